from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Pair(serde.Model):
    """The schema at `#/components/schemas/Pair` of the API description.

    Attributes:
        a (str, optional)
        b (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("a", "b", "additional_properties")

    a: str | Unset
    b: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"a", "b"})

    def __init__(
        self,
        *,
        a: str | Unset = UNSET,
        b: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.a = a
        self.b = b
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Pair") -> Pair:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "a" in data:
            found += 1
            a = data["a"]
            if type(a) is not str:
                a = serde.str_(a, where, "a")
        else:
            a = UNSET
        if "b" in data:
            found += 1
            b = data["b"]
            if type(b) is not int:
                b = serde.int_(b, where, "b")
        else:
            b = UNSET
        obj = serde.new_object(cls)
        obj.a = a
        obj.b = b
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.a is not UNSET:
            out["a"] = self.a
        if self.b is not UNSET:
            out["b"] = self.b
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
