from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pair import Pair


class SendFormBody(serde.Model):
    """The schema at
    `#/paths/~1form/post/requestBody/content/application~1x-www-form-urlencoded/schema`
    of the API description.

    Attributes:
        filter (Pair, optional)
        ids (list[int], optional)
        piped (list[str], optional)
        tags (list[str], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

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
        found = 0  # declared properties in data
        if "filter" in data:
            found += 1
            _filter = data["filter"]
            _filter = Pair.from_dict(_filter, where + ".filter")
        else:
            _filter = UNSET
        if "ids" in data:
            found += 1
            ids = data["ids"]
            ids = serde.int_list(ids, where, "ids")
        else:
            ids = UNSET
        if "piped" in data:
            found += 1
            piped = data["piped"]
            piped = serde.str_list(piped, where, "piped")
        else:
            piped = UNSET
        if "tags" in data:
            found += 1
            tags = data["tags"]
            tags = serde.str_list(tags, where, "tags")
        else:
            tags = UNSET
        obj = serde.new_object(cls)
        obj.filter = _filter
        obj.ids = ids
        obj.piped = piped
        obj.tags = tags
        if len(data) == found:
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
