from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Item(serde.Model):
    """The schema at `#/components/schemas/Item` of the API description.

    Attributes:
        name (str)
        created (datetime.datetime, optional)
        id (str, optional): Read-only: set by the server.
        price (float | None, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "created", "id", "price", "additional_properties")

    name: str
    created: datetime.datetime | Unset
    id: str | Unset
    price: float | None | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"created", "id", "name", "price"}
    )

    def __init__(
        self,
        *,
        name: str,
        created: datetime.datetime | Unset = UNSET,
        id: str | Unset = UNSET,
        price: float | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.created = created
        self.id = id
        self.price = price
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Item") -> Item:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
            _id = data["id"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 2  # declared properties in data
        if "created" in data:
            found += 1
            created = data["created"]
            created = serde.datetime_(created, where, "created")
        else:
            created = UNSET
        if type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        if "price" in data:
            found += 1
            price = data["price"]
            if (
                type(price) is not float
                and type(price) is not int
                and price is not None
            ):
                price = serde.float_(price, where, "price")
        else:
            price = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.created = created
        obj.id = _id
        obj.price = price
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
        if self.created is not UNSET:
            out["created"] = serde.format_datetime(self.created)
        if not request and self.id is not UNSET:
            out["id"] = self.id
        if self.price is not UNSET:
            out["price"] = self.price
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
