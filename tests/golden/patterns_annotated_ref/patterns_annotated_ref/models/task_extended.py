from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class TaskExtended(serde.Model):
    """Not an annotation but a real extension of FileMini, so a model of its own.

    Attributes:
        id (str)
        name (str, optional)
        size (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "name", "size", "additional_properties")

    id: str
    name: str | Unset
    size: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"id", "name", "size"})

    def __init__(
        self,
        *,
        id: str,
        name: str | Unset = UNSET,
        size: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.size = size
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "TaskExtended") -> TaskExtended:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        found = 1  # declared properties in data
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "size" in data:
            found += 1
            size = data["size"]
            if type(size) is not int:
                size = serde.int_(size, where, "size")
        else:
            size = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.name = name
        obj.size = size
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
        }
        if self.name is not UNSET:
            out["name"] = self.name
        if self.size is not UNSET:
            out["size"] = self.size
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
