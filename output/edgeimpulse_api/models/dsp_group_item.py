from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dsp_group_item_select_options_item import DspGroupItemSelectOptionsItem
from .dsp_group_item_show_if import DspGroupItemShowIf


@dataclass(slots=True, kw_only=True)
class DspGroupItem(serde.Model):
    """The DspGroupItem object of the API.

    Attributes:
        show_click_to_set: If enabled, render a disabled input element with 'Click to set'
        hint: If set, shows a hint below the input.
        items: Recursive definition for items of a parameter with type 'array'.
        max_val: Maximum value for parameters of type 'int' or 'float'.
        min_val: Minimum value for parameters of type 'int' or 'float'.
        multiline: Only valid for type "string". Will render a multiline text area.
        placeholder: Sets the placeholder text on the input element (for types "string", "int", "float" and "secret")
        properties: Recursive definition for a parameter with type 'object'.
        section: Interface section to render parameter in.
        valid: Valid values for parameter.
    """

    default_value: str
    name: str
    param: str
    readonly: bool
    required: bool
    should_show: bool
    show_click_to_set: bool
    type: str
    help: str | Unset = UNSET
    hint: str | Unset = UNSET
    invalid_text: str | Unset = UNSET
    items: dict[str, Any] | Unset = UNSET
    max_val: float | Unset = UNSET
    min_val: float | Unset = UNSET
    multiline: bool | Unset = UNSET
    placeholder: str | Unset = UNSET
    properties: dict[str, Any] | Unset = UNSET
    section: Literal["advanced", "augmentation", "modelProfiling"] | Unset = UNSET
    select_options: list[DspGroupItemSelectOptionsItem] | Unset = UNSET
    show_if: DspGroupItemShowIf | Unset = UNSET
    valid: list[dict[str, Any]] | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "defaultValue",
            "help",
            "hint",
            "invalidText",
            "items",
            "maxVal",
            "minVal",
            "multiline",
            "name",
            "param",
            "placeholder",
            "properties",
            "readonly",
            "required",
            "section",
            "selectOptions",
            "shouldShow",
            "showClickToSet",
            "showIf",
            "type",
            "valid",
            "value",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "DspGroupItem") -> DspGroupItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            default_value = serde.str_(data["defaultValue"], where, "defaultValue")
            name = serde.str_(data["name"], where, "name")
            param = serde.str_(data["param"], where, "param")
            readonly = serde.bool_(data["readonly"], where, "readonly")
            required = serde.bool_(data["required"], where, "required")
            should_show = serde.bool_(data["shouldShow"], where, "shouldShow")
            show_click_to_set = serde.bool_(
                data["showClickToSet"], where, "showClickToSet"
            )
            _type = serde.str_(data["type"], where, "type")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        help = data.get("help", UNSET)
        if help is not UNSET:
            help = serde.str_(help, where, "help")
        hint = data.get("hint", UNSET)
        if hint is not UNSET:
            hint = serde.str_(hint, where, "hint")
        invalid_text = data.get("invalidText", UNSET)
        if invalid_text is not UNSET:
            invalid_text = serde.str_(invalid_text, where, "invalidText")
        items = data.get("items", UNSET)
        if items is not UNSET:
            items = serde.dict_(items, where, "items")
        max_val = data.get("maxVal", UNSET)
        if max_val is not UNSET:
            max_val = serde.float_(max_val, where, "maxVal")
        min_val = data.get("minVal", UNSET)
        if min_val is not UNSET:
            min_val = serde.float_(min_val, where, "minVal")
        multiline = data.get("multiline", UNSET)
        if multiline is not UNSET:
            multiline = serde.bool_(multiline, where, "multiline")
        placeholder = data.get("placeholder", UNSET)
        if placeholder is not UNSET:
            placeholder = serde.str_(placeholder, where, "placeholder")
        properties = data.get("properties", UNSET)
        if properties is not UNSET:
            properties = serde.dict_(properties, where, "properties")
        section = data.get("section", UNSET)
        if section is not UNSET:
            section = serde.str_enum(section, where, "section")
        select_options = data.get("selectOptions", UNSET)
        if select_options is not UNSET:
            select_options = serde.list_of(
                select_options,
                where,
                "selectOptions",
                DspGroupItemSelectOptionsItem.convert,
            )
        show_if = data.get("showIf", UNSET)
        if show_if is not UNSET:
            show_if = DspGroupItemShowIf.convert(show_if, where, "showIf")
        valid = data.get("valid", UNSET)
        if valid is not UNSET:
            valid = serde.list_of(valid, where, "valid", serde.mapping(serde.any_))
        value = data.get("value", UNSET)
        if value is not UNSET:
            value = serde.str_(value, where, "value")
        return cls(
            default_value=default_value,
            name=name,
            param=param,
            readonly=readonly,
            required=required,
            should_show=should_show,
            show_click_to_set=show_click_to_set,
            type=_type,
            help=help,
            hint=hint,
            invalid_text=invalid_text,
            items=items,
            max_val=max_val,
            min_val=min_val,
            multiline=multiline,
            placeholder=placeholder,
            properties=properties,
            section=section,
            select_options=select_options,
            show_if=show_if,
            valid=valid,
            value=value,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "defaultValue": self.default_value,
            "name": self.name,
            "param": self.param,
            "readonly": self.readonly,
            "required": self.required,
            "shouldShow": self.should_show,
            "showClickToSet": self.show_click_to_set,
            "type": self.type,
        }
        if self.help is not UNSET:
            out["help"] = self.help
        if self.hint is not UNSET:
            out["hint"] = self.hint
        if self.invalid_text is not UNSET:
            out["invalidText"] = self.invalid_text
        if self.items is not UNSET:
            out["items"] = self.items
        if self.max_val is not UNSET:
            out["maxVal"] = self.max_val
        if self.min_val is not UNSET:
            out["minVal"] = self.min_val
        if self.multiline is not UNSET:
            out["multiline"] = self.multiline
        if self.placeholder is not UNSET:
            out["placeholder"] = self.placeholder
        if self.properties is not UNSET:
            out["properties"] = self.properties
        if self.section is not UNSET:
            out["section"] = self.section
        if self.select_options is not UNSET:
            out["selectOptions"] = [
                v0.to_dict(request=request) for v0 in self.select_options
            ]
        if self.show_if is not UNSET:
            out["showIf"] = self.show_if.to_dict(request=request)
        if self.valid is not UNSET:
            out["valid"] = self.valid
        if self.value is not UNSET:
            out["value"] = self.value
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
