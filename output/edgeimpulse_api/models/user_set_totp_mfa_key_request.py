from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class UserSetTotpMfaKeyRequest(serde.Model):
    """The schema at `#/components/schemas/UserSetTotpMfaKeyRequest` of the API
    description.

    Attributes:
        key (str): Secret key obtained through `userGenerateNewMfaKey`.
        totp_token (str): TOTP token that is valid for the key (to ensure the device is
            configured correctly)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("key", "totp_token", "additional_properties")

    key: str
    totp_token: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"key", "totpToken"})

    def __init__(
        self,
        *,
        key: str,
        totp_token: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.key = key
        self.totp_token = totp_token
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UserSetTotpMfaKeyRequest"
    ) -> UserSetTotpMfaKeyRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            key = data["key"]
            totp_token = data["totpToken"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(key) is not str:
            key = serde.str_(key, where, "key")
        if type(totp_token) is not str:
            totp_token = serde.str_(totp_token, where, "totpToken")
        obj = serde.new_object(cls)
        obj.key = key
        obj.totp_token = totp_token
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "key": self.key,
            "totpToken": self.totp_token,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
