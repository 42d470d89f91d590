from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class DeletePortalFileRequest(serde.Model):
    """The schema at `#/components/schemas/DeletePortalFileRequest` of the API
    description.

    Attributes:
        path (str): S3 path (within the portal)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("path", "additional_properties")

    path: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"path"})

    def __init__(
        self,
        *,
        path: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeletePortalFileRequest"
    ) -> DeletePortalFileRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            path = data["path"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(path) is not str:
            path = serde.str_(path, where, "path")
        obj = serde.new_object(cls)
        obj.path = path
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "path": self.path,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
