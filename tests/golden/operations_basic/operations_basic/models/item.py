from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class Item(serde.Model):
    """The Item object of the API.

    Attributes:
        id: Read-only: set by the server.
    """

    name: str
    created: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    price: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"created", "id", "name", "price"}
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "Item") -> Item:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            name = serde.str_(data["name"], where, "name")
            id = serde.str_(data["id"], where, "id")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        created = data.get("created", UNSET)
        if created is not UNSET:
            created = serde.datetime_(created, where, "created")
        price = data.get("price", UNSET)
        if price is not UNSET and price is not None:
            price = serde.float_(price, where, "price")
        return cls(
            name=name,
            created=created,
            id=id,
            price=price,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
        }
        if self.created is not UNSET:
            out["created"] = serde.format_datetime(self.created)
        if not request and self.id is not UNSET:
            out["id"] = self.id
        if self.price is not UNSET:
            out["price"] = self.price
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
