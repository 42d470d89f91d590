from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class AddHmacKeyRequest(serde.Model):
    """The AddHmacKeyRequest object of the API.

    Attributes:
        hmac_key: HMAC key.
        is_development_key: Whether this key should be used as a development key.
        name: Description of the key
    """

    hmac_key: str
    is_development_key: bool
    name: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"hmacKey", "isDevelopmentKey", "name"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AddHmacKeyRequest"
    ) -> AddHmacKeyRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            hmac_key = serde.str_(data["hmacKey"], where, "hmacKey")
            is_development_key = serde.bool_(
                data["isDevelopmentKey"], where, "isDevelopmentKey"
            )
            name = serde.str_(data["name"], where, "name")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            hmac_key=hmac_key,
            is_development_key=is_development_key,
            name=name,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "hmacKey": self.hmac_key,
            "isDevelopmentKey": self.is_development_key,
            "name": self.name,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
