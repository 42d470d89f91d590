from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Feline(serde.Model):
    """The schema at `#/components/schemas/Feline` of the API description.

    Attributes:
        kind (str)
        purrs (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("kind", "purrs", "additional_properties")

    kind: str
    purrs: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"kind", "purrs"})

    def __init__(
        self,
        *,
        kind: str,
        purrs: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.purrs = purrs
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Feline") -> Feline:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            kind = data["kind"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(kind) is not str:
            kind = serde.str_(kind, where, "kind")
        found = 1  # declared properties in data
        if "purrs" in data:
            found += 1
            purrs = data["purrs"]
            if type(purrs) is not bool:
                purrs = serde.bool_(purrs, where, "purrs")
        else:
            purrs = UNSET
        obj = serde.new_object(cls)
        obj.kind = kind
        obj.purrs = purrs
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "kind": self.kind,
        }
        if self.purrs is not UNSET:
            out["purrs"] = self.purrs
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
