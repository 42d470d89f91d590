from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class AddApiKeyResponse(serde.Model):
    """The AddApiKeyResponse object of the API.

    Attributes:
        success: Whether the operation succeeded
        id: ID of the new API key
        api_key: New API Key (starts with "ei_...") - this'll be shared only once.
        error: Optional error description (set if 'success' was false)
    """

    success: bool
    id: int
    api_key: str
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"success", "error", "id", "apiKey"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AddApiKeyResponse"
    ) -> AddApiKeyResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            success = serde.bool_(data["success"], where, "success")
            id = serde.int_(data["id"], where, "id")
            api_key = serde.str_(data["apiKey"], where, "apiKey")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        error = data.get("error", UNSET)
        if error is not UNSET:
            error = serde.str_(error, where, "error")
        return cls(
            success=success,
            id=id,
            api_key=api_key,
            error=error,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
            "id": self.id,
            "apiKey": self.api_key,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
