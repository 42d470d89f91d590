from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Attachment(serde.Model):
    """The schema at `#/components/schemas/Attachment` of the API description.

    Attributes:
        content (str)
        name (str)
        chunks (list[str], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("content", "name", "chunks", "additional_properties")

    content: str
    name: str
    chunks: list[str] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"chunks", "content", "name"})

    def __init__(
        self,
        *,
        content: str,
        name: str,
        chunks: list[str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.content = content
        self.name = name
        self.chunks = chunks
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Attachment") -> Attachment:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            content = data["content"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(content) is not str:
            content = serde.str_(content, where, "content")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 2  # declared properties in data
        if "chunks" in data:
            found += 1
            chunks = data["chunks"]
            chunks = serde.str_list(chunks, where, "chunks")
        else:
            chunks = UNSET
        obj = serde.new_object(cls)
        obj.content = content
        obj.name = name
        obj.chunks = chunks
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "content": self.content,
            "name": self.name,
        }
        if self.chunks is not UNSET:
            out["chunks"] = self.chunks
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
