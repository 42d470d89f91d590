from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .block_threshold_dropdown_options_item import BlockThresholdDropdownOptionsItem


class BlockThreshold(serde.Model):
    """Configurable threshold for this block (e.g. minimum score before tagging as an
    anomaly, or the min. score to save bounding boxes)

    Attributes:
        description (str): User-friendly description of the threshold.
        help_text (str): Additional help text (shown in the UI under a "?" icon)
        key (str): Identifier to reference the threshold. You'll need to refer to the
            threshold by this key when you set the threshold).
        value (float | str): Current value of the threshold
        dropdown_options (list[BlockThresholdDropdownOptionsItem], optional): Optional
            list of options, will be shown in a dropdown.
        suggested_value (float, optional): If the threshold has a suggested value, e.g.
            a max. absolute error for regression projects; or the min. anomaly score for
            visual anomaly detection, then this is the numeric value of that threshold.
        suggested_value_text (str, optional): If the threshold has a suggested value,
            e.g. a max. absolute error for regression projects; or the min. anomaly
            score for visual anomaly detection, then this is the stringified value of
            that threshold.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "description",
        "help_text",
        "key",
        "value",
        "dropdown_options",
        "suggested_value",
        "suggested_value_text",
        "additional_properties",
    )

    description: str
    help_text: str
    key: str
    value: float | str
    dropdown_options: list[BlockThresholdDropdownOptionsItem] | Unset
    suggested_value: float | Unset
    suggested_value_text: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "dropdownOptions",
            "helpText",
            "key",
            "suggestedValue",
            "suggestedValueText",
            "value",
        }
    )

    def __init__(
        self,
        *,
        description: str,
        help_text: str,
        key: str,
        value: float | str,
        dropdown_options: list[BlockThresholdDropdownOptionsItem] | Unset = UNSET,
        suggested_value: float | Unset = UNSET,
        suggested_value_text: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.help_text = help_text
        self.key = key
        self.value = value
        self.dropdown_options = dropdown_options
        self.suggested_value = suggested_value
        self.suggested_value_text = suggested_value_text
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "BlockThreshold") -> BlockThreshold:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
            help_text = data["helpText"]
            key = data["key"]
            value = data["value"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(help_text) is not str:
            help_text = serde.str_(help_text, where, "helpText")
        if type(key) is not str:
            key = serde.str_(key, where, "key")
        value = serde.one_of(value, where, "value", serde.float_, serde.str_)
        found = 4  # declared properties in data
        if "dropdownOptions" in data:
            found += 1
            dropdown_options = data["dropdownOptions"]
            dropdown_options = serde.list_of_models(
                dropdown_options,
                where,
                "dropdownOptions",
                BlockThresholdDropdownOptionsItem.from_dict,
            )
        else:
            dropdown_options = UNSET
        if "suggestedValue" in data:
            found += 1
            suggested_value = data["suggestedValue"]
            if type(suggested_value) is not float and type(suggested_value) is not int:
                suggested_value = serde.float_(suggested_value, where, "suggestedValue")
        else:
            suggested_value = UNSET
        if "suggestedValueText" in data:
            found += 1
            suggested_value_text = data["suggestedValueText"]
            if type(suggested_value_text) is not str:
                suggested_value_text = serde.str_(
                    suggested_value_text, where, "suggestedValueText"
                )
        else:
            suggested_value_text = UNSET
        obj = serde.new_object(cls)
        obj.description = description
        obj.help_text = help_text
        obj.key = key
        obj.value = value
        obj.dropdown_options = dropdown_options
        obj.suggested_value = suggested_value
        obj.suggested_value_text = suggested_value_text
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
            "helpText": self.help_text,
            "key": self.key,
            "value": serde.dump(self.value, request),
        }
        if self.dropdown_options is not UNSET:
            out["dropdownOptions"] = [
                v0.to_dict(request=request) for v0 in self.dropdown_options
            ]
        if self.suggested_value is not UNSET:
            out["suggestedValue"] = self.suggested_value
        if self.suggested_value_text is not UNSET:
            out["suggestedValueText"] = self.suggested_value_text
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
