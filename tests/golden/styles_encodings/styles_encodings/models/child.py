from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Child(serde.Model):
    """The schema at `#/components/schemas/Child` of the API description.

    Attributes:
        x (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("x", "additional_properties")

    x: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"x"})

    def __init__(
        self,
        *,
        x: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.x = x
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Child") -> Child:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            x = data["x"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(x) is not int:
            x = serde.int_(x, where, "x")
        obj = serde.new_object(cls)
        obj.x = x
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "x": self.x,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
