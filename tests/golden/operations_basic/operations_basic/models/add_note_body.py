from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AddNoteBody(serde.Model):
    """The schema at `#/paths/~1notes/post/requestBody/content/application~1json/schema`
    of the API description.

    Attributes:
        text (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("text", "additional_properties")

    text: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"text"})

    def __init__(
        self,
        *,
        text: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.text = text
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "AddNoteBody") -> AddNoteBody:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "text" in data:
            found += 1
            text = data["text"]
            if type(text) is not str:
                text = serde.str_(text, where, "text")
        else:
            text = UNSET
        obj = serde.new_object(cls)
        obj.text = text
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.text is not UNSET:
            out["text"] = self.text
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
