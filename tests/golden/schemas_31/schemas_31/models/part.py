from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Part(serde.Model):
    """The schema at `#/components/schemas/Thing/$defs/Part` of the API description.

    Attributes:
        weight (float, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("weight", "additional_properties")

    weight: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"weight"})

    def __init__(
        self,
        *,
        weight: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.weight = weight
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Part") -> Part:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "weight" in data:
            found += 1
            weight = data["weight"]
            if type(weight) is not float and type(weight) is not int:
                weight = serde.float_(weight, where, "weight")
        else:
            weight = UNSET
        obj = serde.new_object(cls)
        obj.weight = weight
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.weight is not UNSET:
            out["weight"] = self.weight
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
