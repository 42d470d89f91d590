from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .line import Line
from .money import Money


class Order(serde.Model):
    """Attributes:
    id (str)
    total (Money)
    lines (list[Line], optional)
    additional_properties (dict[str, Any]): The properties the schema does not
        declare.
    """

    __slots__ = ("id", "total", "lines", "additional_properties")

    id: str
    total: Money
    lines: list[Line] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"id", "lines", "total"})

    def __init__(
        self,
        *,
        id: str,
        total: Money,
        lines: list[Line] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.total = total
        self.lines = lines
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Order") -> Order:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            total = data["total"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        total = Money.from_dict(total, where + ".total")
        found = 2  # declared properties in data
        if "lines" in data:
            found += 1
            lines = data["lines"]
            lines = serde.list_of_models(lines, where, "lines", Line.from_dict)
        else:
            lines = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.total = total
        obj.lines = lines
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "total": self.total.to_dict(request=request),
        }
        if self.lines is not UNSET:
            out["lines"] = [v0.to_dict(request=request) for v0 in self.lines]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
