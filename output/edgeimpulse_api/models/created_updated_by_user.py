from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class CreatedUpdatedByUser(serde.Model):
    """The CreatedUpdatedByUser object of the API."""

    id: int
    name: str
    username: str
    photo: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"id", "name", "photo", "username"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreatedUpdatedByUser"
    ) -> CreatedUpdatedByUser:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            id = serde.int_(data["id"], where, "id")
            name = serde.str_(data["name"], where, "name")
            username = serde.str_(data["username"], where, "username")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        photo = data.get("photo", UNSET)
        if photo is not UNSET:
            photo = serde.str_(photo, where, "photo")
        return cls(
            id=id,
            name=name,
            username=username,
            photo=photo,
            additional_properties=serde.extras(data, cls._json_names),
        )

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
