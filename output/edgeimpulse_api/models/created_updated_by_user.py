from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreatedUpdatedByUser(serde.Model):
    """The schema at `#/components/schemas/CreatedUpdatedByUser` of the API description.

    Attributes:
        id (int)
        name (str)
        username (str)
        photo (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "name", "username", "photo", "additional_properties")

    id: int
    name: str
    username: str
    photo: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"id", "name", "photo", "username"}
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        username: str,
        photo: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.username = username
        self.photo = photo
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreatedUpdatedByUser"
    ) -> CreatedUpdatedByUser:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            name = data["name"]
            username = data["username"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(username) is not str:
            username = serde.str_(username, where, "username")
        found = 3  # declared properties in data
        if "photo" in data:
            found += 1
            photo = data["photo"]
            if type(photo) is not str:
                photo = serde.str_(photo, where, "photo")
        else:
            photo = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.name = name
        obj.username = username
        obj.photo = photo
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "username": self.username,
        }
        if self.photo is not UNSET:
            out["photo"] = self.photo
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
