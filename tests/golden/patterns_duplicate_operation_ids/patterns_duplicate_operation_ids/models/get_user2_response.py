from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetUser2Response(serde.Model):
    """The schema at
    `#/paths/~1v2~1users~1{id}/get/responses/200/content/application~1json/schema` of
    the API description.

    Attributes:
        v2 (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("v2", "additional_properties")

    v2: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"v2"})

    def __init__(
        self,
        *,
        v2: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.v2 = v2
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetUser2Response") -> GetUser2Response:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "v2" in data:
            found += 1
            v2 = data["v2"]
            if type(v2) is not bool:
                v2 = serde.bool_(v2, where, "v2")
        else:
            v2 = UNSET
        obj = serde.new_object(cls)
        obj.v2 = v2
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.v2 is not UNSET:
            out["v2"] = self.v2
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
