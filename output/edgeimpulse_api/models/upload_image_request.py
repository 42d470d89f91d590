from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class UploadImageRequest(serde.Model):
    """The schema at `#/components/schemas/UploadImageRequest` of the API description.

    Attributes:
        image (serde.FileInput)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("image", "additional_properties")

    image: serde.FileInput
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"image"})

    def __init__(
        self,
        *,
        image: serde.FileInput,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.image = image
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UploadImageRequest"
    ) -> UploadImageRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            image = data["image"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        obj = serde.new_object(cls)
        obj.image = image
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "image": self.image,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
