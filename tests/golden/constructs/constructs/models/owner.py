from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Owner(serde.Model):
    """The schema at `#/components/schemas/Owner` of the API description.

    Attributes:
        login (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("login", "additional_properties")

    login: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"login"})

    def __init__(
        self,
        *,
        login: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.login = login
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Owner") -> Owner:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "login" in data:
            found += 1
            login = data["login"]
            if type(login) is not str:
                login = serde.str_(login, where, "login")
        else:
            login = UNSET
        obj = serde.new_object(cls)
        obj.login = login
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.login is not UNSET:
            out["login"] = self.login
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
