from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Error(serde.Model):
    """The schema at `#/components/schemas/Error` of the API description.

    Attributes:
        message (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("message", "additional_properties")

    message: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"message"})

    def __init__(
        self,
        *,
        message: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.message = message
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Error") -> Error:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "message" in data:
            found += 1
            message = data["message"]
            if type(message) is not str:
                message = serde.str_(message, where, "message")
        else:
            message = UNSET
        obj = serde.new_object(cls)
        obj.message = message
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.message is not UNSET:
            out["message"] = self.message
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
