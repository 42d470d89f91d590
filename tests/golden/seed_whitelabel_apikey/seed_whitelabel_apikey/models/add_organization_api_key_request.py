from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class AddOrganizationApiKeyRequest(serde.Model):
    """The schema at `#/components/schemas/AddOrganizationApiKeyRequest` of the API
    description.

    Attributes:
        name (str): Description of the key
        role (Literal["admin", "member"])
        api_key (str, optional): Optional: API key. This needs to start with `ei_` and
            will need to be at least 32 characters long. If this field is not passed in,
            a new API key is generated for you.
        ttl (int, optional): Optional: time to live in seconds.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "role", "api_key", "ttl", "additional_properties")

    name: str
    role: Literal["admin", "member"]
    api_key: str | Unset
    ttl: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"apiKey", "name", "role", "ttl"})

    def __init__(
        self,
        *,
        name: str,
        role: Literal["admin", "member"],
        api_key: str | Unset = UNSET,
        ttl: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.role = role
        self.api_key = api_key
        self.ttl = ttl
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AddOrganizationApiKeyRequest"
    ) -> AddOrganizationApiKeyRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
            role = data["role"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(role) is not str:
            role = serde.str_enum(role, where, "role")
        found = 2  # declared properties in data
        if "apiKey" in data:
            found += 1
            api_key = data["apiKey"]
            if type(api_key) is not str:
                api_key = serde.str_(api_key, where, "apiKey")
        else:
            api_key = UNSET
        if "ttl" in data:
            found += 1
            ttl = data["ttl"]
            if type(ttl) is not int:
                ttl = serde.int_(ttl, where, "ttl")
        else:
            ttl = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.role = role
        obj.api_key = api_key
        obj.ttl = ttl
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
            "role": self.role,
        }
        if self.api_key is not UNSET:
            out["apiKey"] = self.api_key
        if self.ttl is not UNSET:
            out["ttl"] = self.ttl
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
