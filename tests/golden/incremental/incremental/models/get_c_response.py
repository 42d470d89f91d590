from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetCResponse(serde.Model):
    """The schema at `#/components/schemas/GetCResponse` of the API description.

    Attributes:
        taken (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("taken", "additional_properties")

    taken: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"taken"})

    def __init__(
        self,
        *,
        taken: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.taken = taken
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetCResponse") -> GetCResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "taken" in data:
            found += 1
            taken = data["taken"]
            if type(taken) is not bool:
                taken = serde.bool_(taken, where, "taken")
        else:
            taken = UNSET
        obj = serde.new_object(cls)
        obj.taken = taken
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.taken is not UNSET:
            out["taken"] = self.taken
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
