from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class StartSamplingResponse(serde.Model):
    """The schema at `#/components/schemas/StartSamplingResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        id (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("success", "error", "id", "additional_properties")

    success: bool
    error: str | Unset
    id: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"error", "id", "success"})

    def __init__(
        self,
        *,
        success: bool,
        error: str | Unset = UNSET,
        id: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.error = error
        self.id = id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartSamplingResponse"
    ) -> StartSamplingResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 1  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "id" in data:
            found += 1
            _id = data["id"]
            if type(_id) is not int:
                _id = serde.int_(_id, where, "id")
        else:
            _id = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.error = error
        obj.id = _id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.id is not UNSET:
            out["id"] = self.id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
