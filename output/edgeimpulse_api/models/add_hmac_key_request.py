from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class AddHmacKeyRequest(serde.Model):
    """The schema at `#/components/schemas/AddHmacKeyRequest` of the API description.

    Attributes:
        hmac_key (str): HMAC key.
        is_development_key (bool): Whether this key should be used as a development key.
        name (str): Description of the key
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("hmac_key", "is_development_key", "name", "additional_properties")

    hmac_key: str
    is_development_key: bool
    name: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"hmacKey", "isDevelopmentKey", "name"}
    )

    def __init__(
        self,
        *,
        hmac_key: str,
        is_development_key: bool,
        name: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.hmac_key = hmac_key
        self.is_development_key = is_development_key
        self.name = name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AddHmacKeyRequest"
    ) -> AddHmacKeyRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            hmac_key = data["hmacKey"]
            is_development_key = data["isDevelopmentKey"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(hmac_key) is not str:
            hmac_key = serde.str_(hmac_key, where, "hmacKey")
        if type(is_development_key) is not bool:
            is_development_key = serde.bool_(
                is_development_key, where, "isDevelopmentKey"
            )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        obj = serde.new_object(cls)
        obj.hmac_key = hmac_key
        obj.is_development_key = is_development_key
        obj.name = name
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
