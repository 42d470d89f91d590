from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Dog(serde.Model):
    """The schema at `#/components/schemas/Dog` of the API description.

    Attributes:
        kind (str)
        barks (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("kind", "barks", "additional_properties")

    kind: str
    barks: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"barks", "kind"})

    def __init__(
        self,
        *,
        kind: str,
        barks: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.kind = kind
        self.barks = barks
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Dog") -> Dog:
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
        if "barks" in data:
            found += 1
            barks = data["barks"]
            if type(barks) is not bool:
                barks = serde.bool_(barks, where, "barks")
        else:
            barks = UNSET
        obj = serde.new_object(cls)
        obj.kind = kind
        obj.barks = barks
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
        if self.barks is not UNSET:
            out["barks"] = self.barks
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
