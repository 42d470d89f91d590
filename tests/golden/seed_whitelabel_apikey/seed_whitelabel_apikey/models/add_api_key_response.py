from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AddApiKeyResponse(serde.Model):
    """The schema at `#/components/schemas/AddApiKeyResponse` of the API description.

    Attributes:
        api_key (str): New API Key (starts with "ei_...") - this'll be shared only once.
        id (int): ID of the new API key
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("api_key", "id", "success", "error", "additional_properties")

    api_key: str
    id: int
    success: bool
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"apiKey", "error", "id", "success"}
    )

    def __init__(
        self,
        *,
        api_key: str,
        id: int,
        success: bool,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.api_key = api_key
        self.id = id
        self.success = success
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AddApiKeyResponse"
    ) -> AddApiKeyResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            api_key = data["apiKey"]
            _id = data["id"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(api_key) is not str:
            api_key = serde.str_(api_key, where, "apiKey")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.api_key = api_key
        obj.id = _id
        obj.success = success
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "apiKey": self.api_key,
            "id": self.id,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
