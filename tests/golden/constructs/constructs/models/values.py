from __future__ import annotations

import datetime
import uuid
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .extensible import Extensible
from .named import Named
from .owner import Owner
from .strict import Strict
from .values_nested import ValuesNested


class Values(serde.Model):
    """The schema at `#/components/schemas/Values` of the API description.

    Attributes:
        amount (float, optional)
        anything (Any, optional)
        at (datetime.time, optional)
        blob (bytes, optional)
        conditional (Any, optional)
        extensible (Extensible, optional)
        free_form (dict[str, Any], optional)
        legacy (str, optional): Deprecated.
        level (Literal[1, 2, 3], optional)
        maybe_owner (Named | None, optional): Nullable through the sibling keyword
        mixed (Literal["auto", 0, True], optional)
        nested (ValuesNested, optional)
        not_this (Any, optional)
        odd (str, optional)
        owner (Owner | None, optional): An allOf with one $ref and sibling keywords
        patterned (Any, optional)
        price (str, optional): A decimal sent as a string (Stripe's amounts)
        status (Literal["open", "in-progress", "1h", "-", "true"] | None, optional)
        strict (Strict, optional)
        uuid_ (uuid.UUID, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "amount",
        "anything",
        "at",
        "blob",
        "conditional",
        "extensible",
        "free_form",
        "legacy",
        "level",
        "maybe_owner",
        "mixed",
        "nested",
        "not_this",
        "odd",
        "owner",
        "patterned",
        "price",
        "status",
        "strict",
        "uuid_",
        "additional_properties",
    )

    amount: float | Unset
    anything: Any | Unset
    at: datetime.time | Unset
    blob: bytes | Unset
    conditional: Any | Unset
    extensible: Extensible | Unset
    free_form: dict[str, Any] | Unset
    legacy: str | Unset
    level: Literal[1, 2, 3] | Unset
    maybe_owner: Named | None | Unset
    mixed: Literal["auto", 0, True] | Unset
    nested: ValuesNested | Unset
    not_this: Any | Unset
    odd: str | Unset
    owner: Owner | None | Unset
    patterned: Any | Unset
    price: str | Unset
    status: Literal["open", "in-progress", "1h", "-", "true"] | None | Unset
    strict: Strict | Unset
    uuid_: uuid.UUID | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "amount",
            "anything",
            "at",
            "blob",
            "conditional",
            "extensible",
            "freeForm",
            "legacy",
            "level",
            "maybeOwner",
            "mixed",
            "nested",
            "notThis",
            "odd",
            "owner",
            "patterned",
            "price",
            "status",
            "strict",
            "uuid",
        }
    )

    def __init__(
        self,
        *,
        amount: float | Unset = UNSET,
        anything: Any | Unset = UNSET,
        at: datetime.time | Unset = UNSET,
        blob: bytes | Unset = UNSET,
        conditional: Any | Unset = UNSET,
        extensible: Extensible | Unset = UNSET,
        free_form: dict[str, Any] | Unset = UNSET,
        legacy: str | Unset = UNSET,
        level: Literal[1, 2, 3] | Unset = UNSET,
        maybe_owner: Named | None | Unset = UNSET,
        mixed: Literal["auto", 0, True] | Unset = UNSET,
        nested: ValuesNested | Unset = UNSET,
        not_this: Any | Unset = UNSET,
        odd: str | Unset = UNSET,
        owner: Owner | None | Unset = UNSET,
        patterned: Any | Unset = UNSET,
        price: str | Unset = UNSET,
        status: (
            Literal["open", "in-progress", "1h", "-", "true"] | None | Unset
        ) = UNSET,
        strict: Strict | Unset = UNSET,
        uuid_: uuid.UUID | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.amount = amount
        self.anything = anything
        self.at = at
        self.blob = blob
        self.conditional = conditional
        self.extensible = extensible
        self.free_form = free_form
        self.legacy = legacy
        self.level = level
        self.maybe_owner = maybe_owner
        self.mixed = mixed
        self.nested = nested
        self.not_this = not_this
        self.odd = odd
        self.owner = owner
        self.patterned = patterned
        self.price = price
        self.status = status
        self.strict = strict
        self.uuid_ = uuid_
        self.additional_properties = additional_properties or {}
        if legacy is not UNSET:
            serde.deprecated("Values.legacy is deprecated")

    @classmethod
    def from_dict(cls, data: Any, where: str = "Values") -> Values:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "amount" in data:
            found += 1
            amount = data["amount"]
            if type(amount) is not float and type(amount) is not int:
                amount = serde.float_(amount, where, "amount")
        else:
            amount = UNSET
        if "anything" in data:
            found += 1
            anything = data["anything"]
        else:
            anything = UNSET
        if "at" in data:
            found += 1
            at = data["at"]
            at = serde.time_(at, where, "at")
        else:
            at = UNSET
        if "blob" in data:
            found += 1
            blob = data["blob"]
            blob = serde.bytes_(blob, where, "blob")
        else:
            blob = UNSET
        if "conditional" in data:
            found += 1
            conditional = data["conditional"]
        else:
            conditional = UNSET
        if "extensible" in data:
            found += 1
            extensible = data["extensible"]
            extensible = Extensible.from_dict(extensible, where + ".extensible")
        else:
            extensible = UNSET
        if "freeForm" in data:
            found += 1
            free_form = data["freeForm"]
            if type(free_form) is not dict:
                free_form = serde.dict_(free_form, where, "freeForm")
        else:
            free_form = UNSET
        if "legacy" in data:
            found += 1
            legacy = data["legacy"]
            if type(legacy) is not str:
                legacy = serde.str_(legacy, where, "legacy")
        else:
            legacy = UNSET
        if "level" in data:
            found += 1
            level = data["level"]
            if type(level) is not int:
                level = serde.int_enum(level, where, "level")
        else:
            level = UNSET
        if "maybeOwner" in data:
            found += 1
            maybe_owner = data["maybeOwner"]
            if maybe_owner is not None:
                maybe_owner = Named.from_dict(maybe_owner, where + ".maybeOwner")
        else:
            maybe_owner = UNSET
        if "mixed" in data:
            found += 1
            mixed = data["mixed"]
            mixed = serde.enum_(mixed, where, "mixed")
        else:
            mixed = UNSET
        if "nested" in data:
            found += 1
            nested = data["nested"]
            nested = ValuesNested.from_dict(nested, where + ".nested")
        else:
            nested = UNSET
        if "notThis" in data:
            found += 1
            not_this = data["notThis"]
        else:
            not_this = UNSET
        if "odd" in data:
            found += 1
            odd = data["odd"]
            if type(odd) is not str:
                odd = serde.str_(odd, where, "odd")
        else:
            odd = UNSET
        if "owner" in data:
            found += 1
            owner = data["owner"]
            if owner is not None:
                owner = Owner.from_dict(owner, where + ".owner")
        else:
            owner = UNSET
        if "patterned" in data:
            found += 1
            patterned = data["patterned"]
        else:
            patterned = UNSET
        if "price" in data:
            found += 1
            price = data["price"]
            if type(price) is not str:
                price = serde.str_(price, where, "price")
        else:
            price = UNSET
        if "status" in data:
            found += 1
            status = data["status"]
            if type(status) is not str and status is not None:
                status = serde.str_enum(status, where, "status")
        else:
            status = UNSET
        if "strict" in data:
            found += 1
            strict = data["strict"]
            strict = Strict.from_dict(strict, where + ".strict")
        else:
            strict = UNSET
        if "uuid" in data:
            found += 1
            uuid_ = data["uuid"]
            uuid_ = serde.uuid_(uuid_, where, "uuid")
        else:
            uuid_ = UNSET
        obj = serde.new_object(cls)
        obj.amount = amount
        obj.anything = anything
        obj.at = at
        obj.blob = blob
        obj.conditional = conditional
        obj.extensible = extensible
        obj.free_form = free_form
        obj.legacy = legacy
        obj.level = level
        obj.maybe_owner = maybe_owner
        obj.mixed = mixed
        obj.nested = nested
        obj.not_this = not_this
        obj.odd = odd
        obj.owner = owner
        obj.patterned = patterned
        obj.price = price
        obj.status = status
        obj.strict = strict
        obj.uuid_ = uuid_
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.amount is not UNSET:
            out["amount"] = self.amount
        if self.anything is not UNSET:
            out["anything"] = self.anything
        if self.at is not UNSET:
            out["at"] = serde.format_time(self.at)
        if self.blob is not UNSET:
            out["blob"] = serde.b64encode(self.blob)
        if self.conditional is not UNSET:
            out["conditional"] = self.conditional
        if self.extensible is not UNSET:
            out["extensible"] = self.extensible.to_dict(request=request)
        if self.free_form is not UNSET:
            out["freeForm"] = self.free_form
        if self.legacy is not UNSET:
            out["legacy"] = self.legacy
        if self.level is not UNSET:
            out["level"] = self.level
        if self.maybe_owner is not UNSET:
            out["maybeOwner"] = serde.dump(self.maybe_owner, request)
        if self.mixed is not UNSET:
            out["mixed"] = self.mixed
        if self.nested is not UNSET:
            out["nested"] = self.nested.to_dict(request=request)
        if self.not_this is not UNSET:
            out["notThis"] = self.not_this
        if self.odd is not UNSET:
            out["odd"] = self.odd
        if self.owner is not UNSET:
            out["owner"] = serde.dump(self.owner, request)
        if self.patterned is not UNSET:
            out["patterned"] = self.patterned
        if self.price is not UNSET:
            out["price"] = self.price
        if self.status is not UNSET:
            out["status"] = self.status
        if self.strict is not UNSET:
            out["strict"] = self.strict.to_dict(request=request)
        if self.uuid_ is not UNSET:
            out["uuid"] = str(self.uuid_)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
