from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Extensible(serde.Model):
    """The schema at `#/components/schemas/Extensible` of the API description.

    Attributes:
        kind (str, optional)
        additional_properties (dict[str, list[int]]): The properties the schema does not
            declare.
    """

    __slots__ = ("kind", "additional_properties")

    kind: str | Unset
    additional_properties: dict[str, list[int]]

    _json_names: ClassVar[frozenset[str]] = frozenset({"kind"})

    def __init__(
        self,
        *,
        kind: str | Unset = UNSET,
        additional_properties: dict[str, list[int]] | None = None,
    ) -> None:
        self.kind = kind
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Extensible") -> Extensible:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "kind" in data:
            found += 1
            kind = data["kind"]
            if type(kind) is not str:
                kind = serde.str_(kind, where, "kind")
        else:
            kind = UNSET
        obj = serde.new_object(cls)
        obj.kind = kind
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras_of(
                data, cls._json_names, where, serde.array(serde.int_)
            )
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.kind is not UNSET:
            out["kind"] = self.kind
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
