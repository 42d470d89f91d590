from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class EnterpriseLimitsIncreaseRequest(serde.Model):
    """The schema at `#/components/schemas/EnterpriseLimitsIncreaseRequest` of the API
    description.

    Attributes:
        limits (list[Literal["users", "projects", "compute", "storage"]])
        reason (str, optional): Additional notes for the request. This is optional.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("limits", "reason", "additional_properties")

    limits: list[Literal["users", "projects", "compute", "storage"]]
    reason: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"limits", "reason"})

    def __init__(
        self,
        *,
        limits: list[Literal["users", "projects", "compute", "storage"]],
        reason: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.limits = limits
        self.reason = reason
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "EnterpriseLimitsIncreaseRequest"
    ) -> EnterpriseLimitsIncreaseRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            limits = data["limits"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        limits = serde.str_enum_list(limits, where, "limits")
        found = 1  # declared properties in data
        if "reason" in data:
            found += 1
            reason = data["reason"]
            if type(reason) is not str:
                reason = serde.str_(reason, where, "reason")
        else:
            reason = UNSET
        obj = serde.new_object(cls)
        obj.limits = limits
        obj.reason = reason
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "limits": self.limits,
        }
        if self.reason is not UNSET:
            out["reason"] = self.reason
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
