from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Square(serde.Model):
    """The schema at `#/components/schemas/Square` of the API description.

    Attributes:
        shape_type (str)
        side (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("shape_type", "side", "additional_properties")

    shape_type: str
    side: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"shapeType", "side"})

    def __init__(
        self,
        *,
        shape_type: str,
        side: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.shape_type = shape_type
        self.side = side
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Square") -> Square:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            shape_type = data["shapeType"]
            side = data["side"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(shape_type) is not str:
            shape_type = serde.str_(shape_type, where, "shapeType")
        if type(side) is not int:
            side = serde.int_(side, where, "side")
        obj = serde.new_object(cls)
        obj.shape_type = shape_type
        obj.side = side
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "shapeType": self.shape_type,
            "side": self.side,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
