from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dsp_group_item_select_options_item import DspGroupItemSelectOptionsItem
from .dsp_group_item_show_if import DspGroupItemShowIf


class DspGroupItem(serde.Model):
    """The schema at `#/components/schemas/DSPGroupItem` of the API description.

    Attributes:
        default_value (str)
        name (str)
        param (str)
        readonly (bool)
        required (bool)
        should_show (bool)
        show_click_to_set (bool): If enabled, render a disabled input element with
            'Click to set'
        type (str)
        help (str, optional)
        hint (str, optional): If set, shows a hint below the input.
        invalid_text (str, optional)
        items (dict[str, Any], optional): Recursive definition for items of a parameter
            with type 'array'.
        max_val (float, optional): Maximum value for parameters of type 'int' or
            'float'.
        min_val (float, optional): Minimum value for parameters of type 'int' or
            'float'.
        multiline (bool, optional): Only valid for type "string". Will render a
            multiline text area.
        placeholder (str, optional): Sets the placeholder text on the input element (for
            types "string", "int", "float" and "secret")
        properties (dict[str, Any], optional): Recursive definition for a parameter with
            type 'object'.
        section (Literal["advanced", "augmentation", "modelProfiling"], optional):
            Interface section to render parameter in.
        select_options (list[DspGroupItemSelectOptionsItem], optional)
        show_if (DspGroupItemShowIf, optional)
        valid (list[dict[str, Any]], optional): Valid values for parameter.
        value (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "default_value",
        "name",
        "param",
        "readonly",
        "required",
        "should_show",
        "show_click_to_set",
        "type",
        "help",
        "hint",
        "invalid_text",
        "items",
        "max_val",
        "min_val",
        "multiline",
        "placeholder",
        "properties",
        "section",
        "select_options",
        "show_if",
        "valid",
        "value",
        "additional_properties",
    )

    default_value: str
    name: str
    param: str
    readonly: bool
    required: bool
    should_show: bool
    show_click_to_set: bool
    type: str
    help: str | Unset
    hint: str | Unset
    invalid_text: str | Unset
    items: dict[str, Any] | Unset
    max_val: float | Unset
    min_val: float | Unset
    multiline: bool | Unset
    placeholder: str | Unset
    properties: dict[str, Any] | Unset
    section: Literal["advanced", "augmentation", "modelProfiling"] | Unset
    select_options: list[DspGroupItemSelectOptionsItem] | Unset
    show_if: DspGroupItemShowIf | Unset
    valid: list[dict[str, Any]] | Unset
    value: str | Unset
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        default_value: str,
        name: str,
        param: str,
        readonly: bool,
        required: bool,
        should_show: bool,
        show_click_to_set: bool,
        type: str,
        help: str | Unset = UNSET,
        hint: str | Unset = UNSET,
        invalid_text: str | Unset = UNSET,
        items: dict[str, Any] | Unset = UNSET,
        max_val: float | Unset = UNSET,
        min_val: float | Unset = UNSET,
        multiline: bool | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        properties: dict[str, Any] | Unset = UNSET,
        section: Literal["advanced", "augmentation", "modelProfiling"] | Unset = UNSET,
        select_options: list[DspGroupItemSelectOptionsItem] | Unset = UNSET,
        show_if: DspGroupItemShowIf | Unset = UNSET,
        valid: list[dict[str, Any]] | Unset = UNSET,
        value: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.default_value = default_value
        self.name = name
        self.param = param
        self.readonly = readonly
        self.required = required
        self.should_show = should_show
        self.show_click_to_set = show_click_to_set
        self.type = type
        self.help = help
        self.hint = hint
        self.invalid_text = invalid_text
        self.items = items
        self.max_val = max_val
        self.min_val = min_val
        self.multiline = multiline
        self.placeholder = placeholder
        self.properties = properties
        self.section = section
        self.select_options = select_options
        self.show_if = show_if
        self.valid = valid
        self.value = value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "DspGroupItem") -> DspGroupItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            default_value = data["defaultValue"]
            name = data["name"]
            param = data["param"]
            readonly = data["readonly"]
            required = data["required"]
            should_show = data["shouldShow"]
            show_click_to_set = data["showClickToSet"]
            _type = data["type"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(default_value) is not str:
            default_value = serde.str_(default_value, where, "defaultValue")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(param) is not str:
            param = serde.str_(param, where, "param")
        if type(readonly) is not bool:
            readonly = serde.bool_(readonly, where, "readonly")
        if type(required) is not bool:
            required = serde.bool_(required, where, "required")
        if type(should_show) is not bool:
            should_show = serde.bool_(should_show, where, "shouldShow")
        if type(show_click_to_set) is not bool:
            show_click_to_set = serde.bool_(show_click_to_set, where, "showClickToSet")
        if type(_type) is not str:
            _type = serde.str_(_type, where, "type")
        found = 8  # declared properties in data
        if "help" in data:
            found += 1
            _help = data["help"]
            if type(_help) is not str:
                _help = serde.str_(_help, where, "help")
        else:
            _help = UNSET
        if "hint" in data:
            found += 1
            hint = data["hint"]
            if type(hint) is not str:
                hint = serde.str_(hint, where, "hint")
        else:
            hint = UNSET
        if "invalidText" in data:
            found += 1
            invalid_text = data["invalidText"]
            if type(invalid_text) is not str:
                invalid_text = serde.str_(invalid_text, where, "invalidText")
        else:
            invalid_text = UNSET
        if "items" in data:
            found += 1
            items = data["items"]
            if type(items) is not dict:
                items = serde.dict_(items, where, "items")
        else:
            items = UNSET
        if "maxVal" in data:
            found += 1
            max_val = data["maxVal"]
            if type(max_val) is not float and type(max_val) is not int:
                max_val = serde.float_(max_val, where, "maxVal")
        else:
            max_val = UNSET
        if "minVal" in data:
            found += 1
            min_val = data["minVal"]
            if type(min_val) is not float and type(min_val) is not int:
                min_val = serde.float_(min_val, where, "minVal")
        else:
            min_val = UNSET
        if "multiline" in data:
            found += 1
            multiline = data["multiline"]
            if type(multiline) is not bool:
                multiline = serde.bool_(multiline, where, "multiline")
        else:
            multiline = UNSET
        if "placeholder" in data:
            found += 1
            placeholder = data["placeholder"]
            if type(placeholder) is not str:
                placeholder = serde.str_(placeholder, where, "placeholder")
        else:
            placeholder = UNSET
        if "properties" in data:
            found += 1
            properties = data["properties"]
            if type(properties) is not dict:
                properties = serde.dict_(properties, where, "properties")
        else:
            properties = UNSET
        if "section" in data:
            found += 1
            section = data["section"]
            if type(section) is not str:
                section = serde.str_enum(section, where, "section")
        else:
            section = UNSET
        if "selectOptions" in data:
            found += 1
            select_options = data["selectOptions"]
            select_options = serde.list_of_models(
                select_options,
                where,
                "selectOptions",
                DspGroupItemSelectOptionsItem.from_dict,
            )
        else:
            select_options = UNSET
        if "showIf" in data:
            found += 1
            show_if = data["showIf"]
            show_if = DspGroupItemShowIf.from_dict(show_if, where + ".showIf")
        else:
            show_if = UNSET
        if "valid" in data:
            found += 1
            valid = data["valid"]
            valid = serde.dict_list(valid, where, "valid")
        else:
            valid = UNSET
        if "value" in data:
            found += 1
            value = data["value"]
            if type(value) is not str:
                value = serde.str_(value, where, "value")
        else:
            value = UNSET
        obj = serde.new_object(cls)
        obj.default_value = default_value
        obj.name = name
        obj.param = param
        obj.readonly = readonly
        obj.required = required
        obj.should_show = should_show
        obj.show_click_to_set = show_click_to_set
        obj.type = _type
        obj.help = _help
        obj.hint = hint
        obj.invalid_text = invalid_text
        obj.items = items
        obj.max_val = max_val
        obj.min_val = min_val
        obj.multiline = multiline
        obj.placeholder = placeholder
        obj.properties = properties
        obj.section = section
        obj.select_options = select_options
        obj.show_if = show_if
        obj.valid = valid
        obj.value = value
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
