from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class NamedWithId(serde.Model):
    """The schema at `#/components/schemas/NamedWithId` of the API description.

    Attributes:
        id (int)
        name (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "name", "additional_properties")

    id: int
    name: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"id", "name"})

    def __init__(
        self,
        *,
        id: int,
        name: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "NamedWithId") -> NamedWithId:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        obj = serde.new_object(cls)
        obj.id = _id
        obj.name = name
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
