from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class DspGroupItemSelectOptionsItem(serde.Model):
    """The schema at `#/components/schemas/DSPGroupItem/properties/selectOptions/items`
    of the API description.

    Attributes:
        needs_features (list[str], optional)
        needs_ops (list[str], optional)
        option_label (str, optional): What is the label that will be shown to the user
            for this option?
        priority (float, optional): The following options are optional.  See Learn Block
            Auto Config in Notion. Higher priority will get chosen based on limits
            below.
        rom_estimate (float, optional): Estimated ROM footprint for this choice.  Will
            be tested against ROM budget in Studio.
        selected (bool, optional)
        value (str, optional): What is the string that will be set if this option is
            selected?
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "needs_features",
        "needs_ops",
        "option_label",
        "priority",
        "rom_estimate",
        "selected",
        "value",
        "additional_properties",
    )

    needs_features: list[str] | Unset
    needs_ops: list[str] | Unset
    option_label: str | Unset
    priority: float | Unset
    rom_estimate: float | Unset
    selected: bool | Unset
    value: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "needsFeatures",
            "needsOps",
            "optionLabel",
            "priority",
            "romEstimate",
            "selected",
            "value",
        }
    )

    def __init__(
        self,
        *,
        needs_features: list[str] | Unset = UNSET,
        needs_ops: list[str] | Unset = UNSET,
        option_label: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        rom_estimate: float | Unset = UNSET,
        selected: bool | Unset = UNSET,
        value: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.needs_features = needs_features
        self.needs_ops = needs_ops
        self.option_label = option_label
        self.priority = priority
        self.rom_estimate = rom_estimate
        self.selected = selected
        self.value = value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DspGroupItemSelectOptionsItem"
    ) -> DspGroupItemSelectOptionsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "needsFeatures" in data:
            found += 1
            needs_features = data["needsFeatures"]
            needs_features = serde.str_list(needs_features, where, "needsFeatures")
        else:
            needs_features = UNSET
        if "needsOps" in data:
            found += 1
            needs_ops = data["needsOps"]
            needs_ops = serde.str_list(needs_ops, where, "needsOps")
        else:
            needs_ops = UNSET
        if "optionLabel" in data:
            found += 1
            option_label = data["optionLabel"]
            if type(option_label) is not str:
                option_label = serde.str_(option_label, where, "optionLabel")
        else:
            option_label = UNSET
        if "priority" in data:
            found += 1
            priority = data["priority"]
            if type(priority) is not float and type(priority) is not int:
                priority = serde.float_(priority, where, "priority")
        else:
            priority = UNSET
        if "romEstimate" in data:
            found += 1
            rom_estimate = data["romEstimate"]
            if type(rom_estimate) is not float and type(rom_estimate) is not int:
                rom_estimate = serde.float_(rom_estimate, where, "romEstimate")
        else:
            rom_estimate = UNSET
        if "selected" in data:
            found += 1
            selected = data["selected"]
            if type(selected) is not bool:
                selected = serde.bool_(selected, where, "selected")
        else:
            selected = UNSET
        if "value" in data:
            found += 1
            value = data["value"]
            if type(value) is not str:
                value = serde.str_(value, where, "value")
        else:
            value = UNSET
        obj = serde.new_object(cls)
        obj.needs_features = needs_features
        obj.needs_ops = needs_ops
        obj.option_label = option_label
        obj.priority = priority
        obj.rom_estimate = rom_estimate
        obj.selected = selected
        obj.value = value
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.needs_features is not UNSET:
            out["needsFeatures"] = self.needs_features
        if self.needs_ops is not UNSET:
            out["needsOps"] = self.needs_ops
        if self.option_label is not UNSET:
            out["optionLabel"] = self.option_label
        if self.priority is not UNSET:
            out["priority"] = self.priority
        if self.rom_estimate is not UNSET:
            out["romEstimate"] = self.rom_estimate
        if self.selected is not UNSET:
            out["selected"] = self.selected
        if self.value is not UNSET:
            out["value"] = self.value
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
