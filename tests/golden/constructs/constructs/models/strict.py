from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Strict(serde.Model):
    """The schema at `#/components/schemas/Strict` of the API description.

    Attributes:
        a (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("a", "additional_properties")

    a: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"a"})

    def __init__(
        self,
        *,
        a: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.a = a
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Strict") -> Strict:
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
        obj = serde.new_object(cls)
        obj.a = a
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
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
