from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Circle(serde.Model):
    """The schema at `#/components/schemas/Circle` of the API description.

    Attributes:
        radius (float)
        shape_type (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("radius", "shape_type", "additional_properties")

    radius: float
    shape_type: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"radius", "shapeType"})

    def __init__(
        self,
        *,
        radius: float,
        shape_type: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.radius = radius
        self.shape_type = shape_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Circle") -> Circle:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            radius = data["radius"]
            shape_type = data["shapeType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(radius) is not float and type(radius) is not int:
            radius = serde.float_(radius, where, "radius")
        if type(shape_type) is not str:
            shape_type = serde.str_(shape_type, where, "shapeType")
        obj = serde.new_object(cls)
        obj.radius = radius
        obj.shape_type = shape_type
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "radius": self.radius,
            "shapeType": self.shape_type,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
