from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreateNewEmptyImpulseRequest(serde.Model):
    """The schema at `#/components/schemas/CreateNewEmptyImpulseRequest` of the API
    description.

    Attributes:
        type (Literal["default", "BYOM", "VLM"], optional): Specifies the type of
            impulse. Options include: - default: Standard Edge Impulse pipeline. - BYOM:
            Impulse that includes a pretrained model. - VLM: Impulse created as part of
            a Vision Learning Model (VLM) workflow.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("type", "additional_properties")

    type: Literal["default", "BYOM", "VLM"] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"type"})

    def __init__(
        self,
        *,
        type: Literal["default", "BYOM", "VLM"] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateNewEmptyImpulseRequest"
    ) -> CreateNewEmptyImpulseRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "type" in data:
            found += 1
            _type = data["type"]
            if type(_type) is not str:
                _type = serde.str_enum(_type, where, "type")
        else:
            _type = UNSET
        obj = serde.new_object(cls)
        obj.type = _type
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.type is not UNSET:
            out["type"] = self.type
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
