from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Problem(serde.Model):
    """The schema at `#/components/schemas/Problem` of the API description.

    Attributes:
        detail (str, optional)
        title (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("detail", "title", "additional_properties")

    detail: str | Unset
    title: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"detail", "title"})

    def __init__(
        self,
        *,
        detail: str | Unset = UNSET,
        title: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.detail = detail
        self.title = title
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Problem") -> Problem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "detail" in data:
            found += 1
            detail = data["detail"]
            if type(detail) is not str:
                detail = serde.str_(detail, where, "detail")
        else:
            detail = UNSET
        if "title" in data:
            found += 1
            title = data["title"]
            if type(title) is not str:
                title = serde.str_(title, where, "title")
        else:
            title = UNSET
        obj = serde.new_object(cls)
        obj.detail = detail
        obj.title = title
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.detail is not UNSET:
            out["detail"] = self.detail
        if self.title is not UNSET:
            out["title"] = self.title
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
