from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetUserResponse(serde.Model):
    """The schema at
    `#/paths/~1v1~1users~1{id}/get/responses/200/content/application~1json/schema` of
    the API description.

    Attributes:
        v1 (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("v1", "additional_properties")

    v1: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"v1"})

    def __init__(
        self,
        *,
        v1: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.v1 = v1
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetUserResponse") -> GetUserResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "v1" in data:
            found += 1
            v1 = data["v1"]
            if type(v1) is not bool:
                v1 = serde.bool_(v1, where, "v1")
        else:
            v1 = UNSET
        obj = serde.new_object(cls)
        obj.v1 = v1
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.v1 is not UNSET:
            out["v1"] = self.v1
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
