from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreateTokenResponse(serde.Model):
    """The schema at
    `#/paths/~1oauth~1token/post/responses/200/content/application~1json/schema` of
    the API description.

    Attributes:
        access_token (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("access_token", "additional_properties")

    access_token: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"access_token"})

    def __init__(
        self,
        *,
        access_token: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.access_token = access_token
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateTokenResponse"
    ) -> CreateTokenResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "access_token" in data:
            found += 1
            access_token = data["access_token"]
            if type(access_token) is not str:
                access_token = serde.str_(access_token, where, "access_token")
        else:
            access_token = UNSET
        obj = serde.new_object(cls)
        obj.access_token = access_token
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.access_token is not UNSET:
            out["access_token"] = self.access_token
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
