from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .extensible import Extensible
from .named import Named
from .owner import Owner
from .strict import Strict
from .values_nested import ValuesNested


@dataclass(slots=True, kw_only=True)
class Values(serde.Model):
    """The Values object of the API.

    Attributes:
        owner: An allOf with one $ref and sibling keywords
        maybe_owner: Nullable through the sibling keyword
        legacy: Deprecated.
    """

    level: Literal[1, 2, 3] | Unset = UNSET
    mixed: Literal["auto", 0, True] | Unset = UNSET
    status: Literal["open", "in-progress", "1h", "-", "true"] | None | Unset = UNSET
    strict: Strict | Unset = UNSET
    extensible: Extensible | Unset = UNSET
    free_form: dict[str, Any] | Unset = UNSET
    anything: Any | Unset = UNSET
    uuid_: uuid.UUID | Unset = UNSET
    blob: bytes | Unset = UNSET
    at: datetime.time | Unset = UNSET
    amount: float | Unset = UNSET
    odd: str | Unset = UNSET
    owner: Owner | None | Unset = UNSET
    maybe_owner: Named | None | Unset = UNSET
    not_this: Any | Unset = UNSET
    conditional: Any | Unset = UNSET
    patterned: Any | Unset = UNSET
    legacy: str | Unset = UNSET
    nested: ValuesNested | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "level",
            "mixed",
            "status",
            "strict",
            "extensible",
            "freeForm",
            "anything",
            "uuid",
            "blob",
            "at",
            "amount",
            "odd",
            "owner",
            "maybeOwner",
            "notThis",
            "conditional",
            "patterned",
            "legacy",
            "nested",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "Values") -> Values:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        level = data.get("level", UNSET)
        if level is not UNSET:
            level = serde.int_enum(level, where, "level")
        mixed = data.get("mixed", UNSET)
        if mixed is not UNSET:
            mixed = serde.enum_(mixed, where, "mixed")
        status = data.get("status", UNSET)
        if status is not UNSET and status is not None:
            status = serde.str_enum(status, where, "status")
        strict = data.get("strict", UNSET)
        if strict is not UNSET:
            strict = Strict.convert(strict, where, "strict")
        extensible = data.get("extensible", UNSET)
        if extensible is not UNSET:
            extensible = Extensible.convert(extensible, where, "extensible")
        free_form = data.get("freeForm", UNSET)
        if free_form is not UNSET:
            free_form = serde.dict_(free_form, where, "freeForm")
        anything = data.get("anything", UNSET)
        uuid_ = data.get("uuid", UNSET)
        if uuid_ is not UNSET:
            uuid_ = serde.uuid_(uuid_, where, "uuid")
        blob = data.get("blob", UNSET)
        if blob is not UNSET:
            blob = serde.bytes_(blob, where, "blob")
        at = data.get("at", UNSET)
        if at is not UNSET:
            at = serde.time_(at, where, "at")
        amount = data.get("amount", UNSET)
        if amount is not UNSET:
            amount = serde.float_(amount, where, "amount")
        odd = data.get("odd", UNSET)
        if odd is not UNSET:
            odd = serde.str_(odd, where, "odd")
        owner = data.get("owner", UNSET)
        if owner is not UNSET and owner is not None:
            owner = Owner.convert(owner, where, "owner")
        maybe_owner = data.get("maybeOwner", UNSET)
        if maybe_owner is not UNSET and maybe_owner is not None:
            maybe_owner = Named.convert(maybe_owner, where, "maybeOwner")
        not_this = data.get("notThis", UNSET)
        conditional = data.get("conditional", UNSET)
        patterned = data.get("patterned", UNSET)
        legacy = data.get("legacy", UNSET)
        if legacy is not UNSET:
            legacy = serde.str_(legacy, where, "legacy")
        nested = data.get("nested", UNSET)
        if nested is not UNSET:
            nested = ValuesNested.convert(nested, where, "nested")
        return cls(
            level=level,
            mixed=mixed,
            status=status,
            strict=strict,
            extensible=extensible,
            free_form=free_form,
            anything=anything,
            uuid_=uuid_,
            blob=blob,
            at=at,
            amount=amount,
            odd=odd,
            owner=owner,
            maybe_owner=maybe_owner,
            not_this=not_this,
            conditional=conditional,
            patterned=patterned,
            legacy=legacy,
            nested=nested,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.level is not UNSET:
            out["level"] = self.level
        if self.mixed is not UNSET:
            out["mixed"] = self.mixed
        if self.status is not UNSET:
            out["status"] = self.status
        if self.strict is not UNSET:
            out["strict"] = self.strict.to_dict(request=request)
        if self.extensible is not UNSET:
            out["extensible"] = self.extensible.to_dict(request=request)
        if self.free_form is not UNSET:
            out["freeForm"] = self.free_form
        if self.anything is not UNSET:
            out["anything"] = self.anything
        if self.uuid_ is not UNSET:
            out["uuid"] = str(self.uuid_)
        if self.blob is not UNSET:
            out["blob"] = serde.b64encode(self.blob)
        if self.at is not UNSET:
            out["at"] = serde.format_time(self.at)
        if self.amount is not UNSET:
            out["amount"] = self.amount
        if self.odd is not UNSET:
            out["odd"] = self.odd
        if self.owner is not UNSET:
            out["owner"] = serde.dump(self.owner, request)
        if self.maybe_owner is not UNSET:
            out["maybeOwner"] = serde.dump(self.maybe_owner, request)
        if self.not_this is not UNSET:
            out["notThis"] = self.not_this
        if self.conditional is not UNSET:
            out["conditional"] = self.conditional
        if self.patterned is not UNSET:
            out["patterned"] = self.patterned
        if self.legacy is not UNSET:
            out["legacy"] = self.legacy
        if self.nested is not UNSET:
            out["nested"] = self.nested.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
