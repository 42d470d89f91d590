from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .block_threshold_dropdown_options_item import BlockThresholdDropdownOptionsItem


@dataclass(slots=True, kw_only=True)
class BlockThreshold(serde.Model):
    """Configurable threshold for this block (e.g. minimum score before tagging as an anomaly, or the min. score to save bounding boxes)

    Attributes:
        key: Identifier to reference the threshold. You'll need to refer to the threshold by this key when you set the threshold).
        description: User-friendly description of the threshold.
        help_text: Additional help text (shown in the UI under a "?" icon)
        value: Current value of the threshold
        suggested_value: If the threshold has a suggested value, e.g. a max. absolute error for regression projects; or the min. anomaly score for visual anomaly detection, then this is the numeric value of that threshold.
        suggested_value_text: If the threshold has a suggested value, e.g. a max. absolute error for regression projects; or the min. anomaly score for visual anomaly detection, then this is the stringified value of that threshold.
        dropdown_options: Optional list of options, will be shown in a dropdown.
    """

    key: str
    description: str
    help_text: str
    value: float | str
    suggested_value: float | Unset = UNSET
    suggested_value_text: str | Unset = UNSET
    dropdown_options: list[BlockThresholdDropdownOptionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "description",
            "helpText",
            "suggestedValue",
            "suggestedValueText",
            "value",
            "dropdownOptions",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "BlockThreshold") -> BlockThreshold:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            key = serde.str_(data["key"], where, "key")
            description = serde.str_(data["description"], where, "description")
            help_text = serde.str_(data["helpText"], where, "helpText")
            value = serde.one_of(
                data["value"], where, "value", serde.float_, serde.str_
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        suggested_value = data.get("suggestedValue", UNSET)
        if suggested_value is not UNSET:
            suggested_value = serde.float_(suggested_value, where, "suggestedValue")
        suggested_value_text = data.get("suggestedValueText", UNSET)
        if suggested_value_text is not UNSET:
            suggested_value_text = serde.str_(
                suggested_value_text, where, "suggestedValueText"
            )
        dropdown_options = data.get("dropdownOptions", UNSET)
        if dropdown_options is not UNSET:
            dropdown_options = serde.list_of(
                dropdown_options,
                where,
                "dropdownOptions",
                BlockThresholdDropdownOptionsItem.convert,
            )
        return cls(
            key=key,
            description=description,
            help_text=help_text,
            value=value,
            suggested_value=suggested_value,
            suggested_value_text=suggested_value_text,
            dropdown_options=dropdown_options,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "key": self.key,
            "description": self.description,
            "helpText": self.help_text,
            "value": serde.dump(self.value, request),
        }
        if self.suggested_value is not UNSET:
            out["suggestedValue"] = self.suggested_value
        if self.suggested_value_text is not UNSET:
            out["suggestedValueText"] = self.suggested_value_text
        if self.dropdown_options is not UNSET:
            out["dropdownOptions"] = [
                v0.to_dict(request=request) for v0 in self.dropdown_options
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
