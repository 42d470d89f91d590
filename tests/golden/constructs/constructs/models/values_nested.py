from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ValuesNested(serde.Model):
    """The schema at `#/components/schemas/Values/properties/nested` of the API
    description.

    Attributes:
        name (str)
        depth (int, optional)
        extra (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "depth", "extra", "additional_properties")

    name: str
    depth: int | Unset
    extra: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"depth", "extra", "name"})

    def __init__(
        self,
        *,
        name: str,
        depth: int | Unset = UNSET,
        extra: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.depth = depth
        self.extra = extra
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "ValuesNested") -> ValuesNested:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 1  # declared properties in data
        if "depth" in data:
            found += 1
            depth = data["depth"]
            if type(depth) is not int:
                depth = serde.int_(depth, where, "depth")
        else:
            depth = UNSET
        if "extra" in data:
            found += 1
            extra = data["extra"]
            if type(extra) is not bool:
                extra = serde.bool_(extra, where, "extra")
        else:
            extra = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.depth = depth
        obj.extra = extra
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        if self.depth is not UNSET:
            out["depth"] = self.depth
        if self.extra is not UNSET:
            out["extra"] = self.extra
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
