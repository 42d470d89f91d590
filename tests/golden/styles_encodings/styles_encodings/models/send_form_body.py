from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pair import Pair


class SendFormBody(serde.Model):
    """The SendFormBody object of the API."""

    __slots__ = ("filter", "ids", "piped", "tags", "additional_properties")

    filter: Pair | Unset
    ids: list[int] | Unset
    piped: list[str] | Unset
    tags: list[str] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"filter", "ids", "piped", "tags"}
    )

    def __init__(
        self,
        *,
        filter: Pair | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        piped: list[str] | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.filter = filter
        self.ids = ids
        self.piped = piped
        self.tags = tags
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "SendFormBody") -> SendFormBody:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        _filter = data.get("filter", UNSET)
        if _filter is not UNSET:
            _filter = Pair.from_dict(_filter, where + ".filter")
        ids = data.get("ids", UNSET)
        if ids is not UNSET:
            ids = serde.list_of(ids, where, "ids", serde.int_)
        piped = data.get("piped", UNSET)
        if piped is not UNSET:
            piped = serde.list_of(piped, where, "piped", serde.str_)
        tags = data.get("tags", UNSET)
        if tags is not UNSET:
            tags = serde.list_of(tags, where, "tags", serde.str_)
        obj = object.__new__(cls)
        obj.filter = _filter
        obj.ids = ids
        obj.piped = piped
        obj.tags = tags
        if cls._json_names.issuperset(data):
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.filter is not UNSET:
            out["filter"] = self.filter.to_dict(request=request)
        if self.ids is not UNSET:
            out["ids"] = self.ids
        if self.piped is not UNSET:
            out["piped"] = self.piped
        if self.tags is not UNSET:
            out["tags"] = self.tags
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
