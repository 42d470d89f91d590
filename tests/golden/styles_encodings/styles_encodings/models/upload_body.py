from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pair import Pair


class UploadBody(serde.Model):
    """The schema at
    `#/paths/~1upload/post/requestBody/content/multipart~1form-data/schema` of the
    API description.

    Attributes:
        image (serde.FileInput)
        count (int, optional)
        images (list[serde.FileInput], optional)
        meta (Pair, optional)
        note (str, optional)
        raw (serde.FileInput, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "image",
        "count",
        "images",
        "meta",
        "note",
        "raw",
        "additional_properties",
    )

    image: serde.FileInput
    count: int | Unset
    images: list[serde.FileInput] | Unset
    meta: Pair | Unset
    note: str | Unset
    raw: serde.FileInput | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"count", "image", "images", "meta", "note", "raw"}
    )

    def __init__(
        self,
        *,
        image: serde.FileInput,
        count: int | Unset = UNSET,
        images: list[serde.FileInput] | Unset = UNSET,
        meta: Pair | Unset = UNSET,
        note: str | Unset = UNSET,
        raw: serde.FileInput | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.image = image
        self.count = count
        self.images = images
        self.meta = meta
        self.note = note
        self.raw = raw
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "UploadBody") -> UploadBody:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            image = data["image"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        found = 1  # declared properties in data
        if "count" in data:
            found += 1
            count = data["count"]
            if type(count) is not int:
                count = serde.int_(count, where, "count")
        else:
            count = UNSET
        if "images" in data:
            found += 1
            images = data["images"]
            images = serde.list_of(images, where, "images", serde.any_)
        else:
            images = UNSET
        if "meta" in data:
            found += 1
            meta = data["meta"]
            meta = Pair.from_dict(meta, where + ".meta")
        else:
            meta = UNSET
        if "note" in data:
            found += 1
            note = data["note"]
            if type(note) is not str:
                note = serde.str_(note, where, "note")
        else:
            note = UNSET
        if "raw" in data:
            found += 1
            raw = data["raw"]
        else:
            raw = UNSET
        obj = serde.new_object(cls)
        obj.image = image
        obj.count = count
        obj.images = images
        obj.meta = meta
        obj.note = note
        obj.raw = raw
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "image": self.image,
        }
        if self.count is not UNSET:
            out["count"] = self.count
        if self.images is not UNSET:
            out["images"] = self.images
        if self.meta is not UNSET:
            out["meta"] = self.meta.to_dict(request=request)
        if self.note is not UNSET:
            out["note"] = self.note
        if self.raw is not UNSET:
            out["raw"] = self.raw
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
