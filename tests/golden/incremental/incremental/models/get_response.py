from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetResponse(serde.Model):
    """The schema at `#/components/responses/Shared/content/application~1json/schema` of
    the API description.

    Attributes:
        total (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("total", "additional_properties")

    total: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"total"})

    def __init__(
        self,
        *,
        total: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.total = total
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetResponse") -> GetResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "total" in data:
            found += 1
            total = data["total"]
            if type(total) is not int:
                total = serde.int_(total, where, "total")
        else:
            total = UNSET
        obj = serde.new_object(cls)
        obj.total = total
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.total is not UNSET:
            out["total"] = self.total
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
