from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ExportBlockResponse(serde.Model):
    """The schema at `#/components/schemas/ExportBlockResponse` of the API description.

    Attributes:
        export_url (str)
        id (int): Job identifier. Status updates will include this identifier.
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("export_url", "id", "success", "error", "additional_properties")

    export_url: str
    id: int
    success: bool
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "exportUrl", "id", "success"}
    )

    def __init__(
        self,
        *,
        export_url: str,
        id: int,
        success: bool,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.export_url = export_url
        self.id = id
        self.success = success
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ExportBlockResponse"
    ) -> ExportBlockResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            export_url = data["exportUrl"]
            _id = data["id"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(export_url) is not str:
            export_url = serde.str_(export_url, where, "exportUrl")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.export_url = export_url
        obj.id = _id
        obj.success = success
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "exportUrl": self.export_url,
            "id": self.id,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
