from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Typing(serde.Model):
    """The schema at `#/components/schemas/typing` of the API description.

    Attributes:
        c (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("c", "additional_properties")

    c: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"c"})

    def __init__(
        self,
        *,
        c: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.c = c
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Typing") -> Typing:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "c" in data:
            found += 1
            c = data["c"]
            if type(c) is not str:
                c = serde.str_(c, where, "c")
        else:
            c = UNSET
        obj = serde.new_object(cls)
        obj.c = c
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.c is not UNSET:
            out["c"] = self.c
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
