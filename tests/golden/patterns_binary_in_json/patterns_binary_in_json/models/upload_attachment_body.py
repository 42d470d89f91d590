from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UploadAttachmentBody(serde.Model):
    """The schema at
    `#/paths/~1attachments/post/requestBody/content/multipart~1form-data/schema` of
    the API description.

    Attributes:
        file (serde.FileInput)
        note (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("file", "note", "additional_properties")

    file: serde.FileInput
    note: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"file", "note"})

    def __init__(
        self,
        *,
        file: serde.FileInput,
        note: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.file = file
        self.note = note
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UploadAttachmentBody"
    ) -> UploadAttachmentBody:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            file = data["file"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        found = 1  # declared properties in data
        if "note" in data:
            found += 1
            note = data["note"]
            if type(note) is not str:
                note = serde.str_(note, where, "note")
        else:
            note = UNSET
        obj = serde.new_object(cls)
        obj.file = file
        obj.note = note
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "file": self.file,
        }
        if self.note is not UNSET:
            out["note"] = self.note
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
