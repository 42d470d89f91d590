from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .money import Money


class Line(serde.Model):
    """Attributes:
    sku (str)
    price (Money, optional)
    additional_properties (dict[str, Any]): The properties the schema does not
        declare.
    """

    __slots__ = ("sku", "price", "additional_properties")

    sku: str
    price: Money | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"price", "sku"})

    def __init__(
        self,
        *,
        sku: str,
        price: Money | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.sku = sku
        self.price = price
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Line") -> Line:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            sku = data["sku"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(sku) is not str:
            sku = serde.str_(sku, where, "sku")
        found = 1  # declared properties in data
        if "price" in data:
            found += 1
            price = data["price"]
            price = Money.from_dict(price, where + ".price")
        else:
            price = UNSET
        obj = serde.new_object(cls)
        obj.sku = sku
        obj.price = price
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "sku": self.sku,
        }
        if self.price is not UNSET:
            out["price"] = self.price.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
