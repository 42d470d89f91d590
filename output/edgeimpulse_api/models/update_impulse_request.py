from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateImpulseRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateImpulseRequest` of the API description.

    Attributes:
        name (str, optional)
        tags (list[str], optional)
        type (Literal["default", "BYOM", "VLM"], optional): Specifies the type of
            impulse. Options include: - default: Standard Edge Impulse pipeline. - BYOM:
            Impulse that includes a pretrained model. - VLM: Impulse created as part of
            a Vision Learning Model (VLM) workflow.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "tags", "type", "additional_properties")

    name: str | Unset
    tags: list[str] | Unset
    type: Literal["default", "BYOM", "VLM"] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"name", "tags", "type"})

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        type: Literal["default", "BYOM", "VLM"] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.tags = tags
        self.type = type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateImpulseRequest"
    ) -> UpdateImpulseRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "tags" in data:
            found += 1
            tags = data["tags"]
            tags = serde.str_list(tags, where, "tags")
        else:
            tags = UNSET
        if "type" in data:
            found += 1
            _type = data["type"]
            if type(_type) is not str:
                _type = serde.str_enum(_type, where, "type")
        else:
            _type = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.tags = tags
        obj.type = _type
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.name is not UNSET:
            out["name"] = self.name
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.type is not UNSET:
            out["type"] = self.type
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
