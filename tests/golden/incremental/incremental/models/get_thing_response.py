from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetThingResponse(serde.Model):
    """The schema at `#/paths/~1aaa/get/parameters/0/schema` of the API description.

    Attributes:
        depth (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("depth", "additional_properties")

    depth: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"depth"})

    def __init__(
        self,
        *,
        depth: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.depth = depth
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetThingResponse") -> GetThingResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "depth" in data:
            found += 1
            depth = data["depth"]
            if type(depth) is not int:
                depth = serde.int_(depth, where, "depth")
        else:
            depth = UNSET
        obj = serde.new_object(cls)
        obj.depth = depth
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.depth is not UNSET:
            out["depth"] = self.depth
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
