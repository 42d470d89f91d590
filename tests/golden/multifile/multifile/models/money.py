from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Money(serde.Model):
    """The schema at `#/components/schemas/Money` of the API description.

    Attributes:
        amount (int)
        currency (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("amount", "currency", "additional_properties")

    amount: int
    currency: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"amount", "currency"})

    def __init__(
        self,
        *,
        amount: int,
        currency: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.amount = amount
        self.currency = currency
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Money") -> Money:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            amount = data["amount"]
            currency = data["currency"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(amount) is not int:
            amount = serde.int_(amount, where, "amount")
        if type(currency) is not str:
            currency = serde.str_(currency, where, "currency")
        obj = serde.new_object(cls)
        obj.amount = amount
        obj.currency = currency
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "amount": self.amount,
            "currency": self.currency,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
