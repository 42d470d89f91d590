from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class TruthChoice(serde.Model):
    """The schema at `#/components/schemas/TruthChoice` of the API description.

    Attributes:
        flag (Literal[True], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("flag", "additional_properties")

    flag: Literal[True] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"flag"})

    def __init__(
        self,
        *,
        flag: Literal[True] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.flag = flag
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "TruthChoice") -> TruthChoice:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "flag" in data:
            found += 1
            flag = data["flag"]
            if type(flag) is not bool:
                flag = serde.bool_enum(flag, where, "flag")
        else:
            flag = UNSET
        obj = serde.new_object(cls)
        obj.flag = flag
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.flag is not UNSET:
            out["flag"] = self.flag
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
