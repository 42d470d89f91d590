from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class List(serde.Model):
    """The schema at `#/components/schemas/list` of the API description.

    Attributes:
        items (list[str], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("items", "additional_properties")

    items: list[str] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"items"})

    def __init__(
        self,
        *,
        items: list[str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.items = items
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "List") -> List:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "items" in data:
            found += 1
            items = data["items"]
            items = serde.str_list(items, where, "items")
        else:
            items = UNSET
        obj = serde.new_object(cls)
        obj.items = items
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.items is not UNSET:
            out["items"] = self.items
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
