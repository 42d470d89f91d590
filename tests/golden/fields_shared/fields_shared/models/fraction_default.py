from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class FractionDefault(serde.Model):
    """The schema at `#/components/schemas/FractionDefault` of the API description.

    Attributes:
        level (float, optional): Default: 1.0.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("level", "additional_properties")

    level: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"level"})

    def __init__(
        self,
        *,
        level: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.level = level
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "FractionDefault") -> FractionDefault:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "level" in data:
            found += 1
            level = data["level"]
            if type(level) is not float and type(level) is not int:
                level = serde.float_(level, where, "level")
        else:
            level = UNSET
        obj = serde.new_object(cls)
        obj.level = level
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.level is not UNSET:
            out["level"] = self.level
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
