from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .part import Part


class Thing(serde.Model):
    """The schema at `#/components/schemas/Thing` of the API description.

    Attributes:
        kind (Literal["thing"])
        name (str | None)
        point (list[float])
        color (Literal["red", "green"] | None, optional)
        count (int | str, optional)
        part (Part, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "kind",
        "name",
        "point",
        "color",
        "count",
        "part",
        "additional_properties",
    )

    kind: Literal["thing"]
    name: str | None
    point: list[float]
    color: Literal["red", "green"] | None | Unset
    count: int | str | Unset
    part: Part | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"color", "count", "kind", "name", "part", "point"}
    )

    def __init__(
        self,
        *,
        kind: Literal["thing"],
        name: str | None,
        point: list[float],
        color: Literal["red", "green"] | None | Unset = UNSET,
        count: int | str | Unset = UNSET,
        part: Part | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.name = name
        self.point = point
        self.color = color
        self.count = count
        self.part = part
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Thing") -> Thing:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            kind = data["kind"]
            name = data["name"]
            point = data["point"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(kind) is not str:
            kind = serde.str_enum(kind, where, "kind")
        if type(name) is not str and name is not None:
            name = serde.str_(name, where, "name")
        point = serde.float_list(point, where, "point")
        found = 3  # declared properties in data
        if "color" in data:
            found += 1
            color = data["color"]
            if type(color) is not str and color is not None:
                color = serde.str_enum(color, where, "color")
        else:
            color = UNSET
        if "count" in data:
            found += 1
            count = data["count"]
            count = serde.one_of(count, where, "count", serde.int_, serde.str_)
        else:
            count = UNSET
        if "part" in data:
            found += 1
            part = data["part"]
            part = Part.from_dict(part, where + ".part")
        else:
            part = UNSET
        obj = serde.new_object(cls)
        obj.kind = kind
        obj.name = name
        obj.point = point
        obj.color = color
        obj.count = count
        obj.part = part
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "name": self.name,
            "point": self.point,
        }
        if self.color is not UNSET:
            out["color"] = self.color
        if self.count is not UNSET:
            out["count"] = serde.dump(self.count, request)
        if self.part is not UNSET:
            out["part"] = self.part.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
