from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AddApiKeyRequest(serde.Model):
    """The schema at `#/components/schemas/AddApiKeyRequest` of the API description.

    Attributes:
        name (str): Description of the key
        api_key (str, optional): Optional: API key. This needs to start with `ei_` and
            will need to be at least 32 characters long. If this field is not passed in,
            a new API key is generated for you.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "api_key", "additional_properties")

    name: str
    api_key: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"apiKey", "name"})

    def __init__(
        self,
        *,
        name: str,
        api_key: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.api_key = api_key
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "AddApiKeyRequest") -> AddApiKeyRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 1  # declared properties in data
        if "apiKey" in data:
            found += 1
            api_key = data["apiKey"]
            if type(api_key) is not str:
                api_key = serde.str_(api_key, where, "apiKey")
        else:
            api_key = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.api_key = api_key
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        if self.api_key is not UNSET:
            out["apiKey"] = self.api_key
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
