from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class RenamePortalFileRequest(serde.Model):
    """The schema at `#/components/schemas/RenamePortalFileRequest` of the API
    description.

    Attributes:
        new_path (str): S3 path (within the portal)
        old_path (str): S3 path (within the portal)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("new_path", "old_path", "additional_properties")

    new_path: str
    old_path: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"newPath", "oldPath"})

    def __init__(
        self,
        *,
        new_path: str,
        old_path: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.new_path = new_path
        self.old_path = old_path
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "RenamePortalFileRequest"
    ) -> RenamePortalFileRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            new_path = data["newPath"]
            old_path = data["oldPath"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(new_path) is not str:
            new_path = serde.str_(new_path, where, "newPath")
        if type(old_path) is not str:
            old_path = serde.str_(old_path, where, "oldPath")
        obj = serde.new_object(cls)
        obj.new_path = new_path
        obj.old_path = old_path
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "newPath": self.new_path,
            "oldPath": self.old_path,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
