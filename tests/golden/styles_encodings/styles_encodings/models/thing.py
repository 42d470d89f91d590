from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .child import Child


class Thing(serde.Model):
    """The schema at `#/components/schemas/Thing` of the API description.

    Attributes:
        child (Child)
        id (int)
        name (str)
        either (int | Child, optional)
        tags (list[str], optional)
        when (datetime.datetime, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "child",
        "id",
        "name",
        "either",
        "tags",
        "when",
        "additional_properties",
    )

    child: Child
    id: int
    name: str
    either: int | Child | Unset
    tags: list[str] | Unset
    when: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"child", "either", "id", "name", "tags", "when"}
    )

    def __init__(
        self,
        *,
        child: Child,
        id: int,
        name: str,
        either: int | Child | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        when: datetime.datetime | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.child = child
        self.id = id
        self.name = name
        self.either = either
        self.tags = tags
        self.when = when
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Thing") -> Thing:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            child = data["child"]
            _id = data["id"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        child = Child.from_dict(child, where + ".child")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 3  # declared properties in data
        if "either" in data:
            found += 1
            either = data["either"]
            either = serde.one_of(either, where, "either", Child.convert, serde.int_)
        else:
            either = UNSET
        if "tags" in data:
            found += 1
            tags = data["tags"]
            tags = serde.str_list(tags, where, "tags")
        else:
            tags = UNSET
        if "when" in data:
            found += 1
            when = data["when"]
            when = serde.datetime_(when, where, "when")
        else:
            when = UNSET
        obj = serde.new_object(cls)
        obj.child = child
        obj.id = _id
        obj.name = name
        obj.either = either
        obj.tags = tags
        obj.when = when
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "child": self.child.to_dict(request=request),
            "id": self.id,
            "name": self.name,
        }
        if self.either is not UNSET:
            out["either"] = serde.dump(self.either, request)
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.when is not UNSET:
            out["when"] = serde.format_datetime(self.when)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
