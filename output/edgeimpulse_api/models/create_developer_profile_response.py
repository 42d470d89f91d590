from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreateDeveloperProfileResponse(serde.Model):
    """The schema at `#/components/schemas/CreateDeveloperProfileResponse` of the API
    description.

    Attributes:
        organization_id (int)
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        link (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("organization_id", "success", "error", "link", "additional_properties")

    organization_id: int
    success: bool
    error: str | Unset
    link: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "link", "organizationId", "success"}
    )

    def __init__(
        self,
        *,
        organization_id: int,
        success: bool,
        error: str | Unset = UNSET,
        link: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.organization_id = organization_id
        self.success = success
        self.error = error
        self.link = link
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateDeveloperProfileResponse"
    ) -> CreateDeveloperProfileResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            organization_id = data["organizationId"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(organization_id) is not int:
            organization_id = serde.int_(organization_id, where, "organizationId")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 2  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "link" in data:
            found += 1
            link = data["link"]
            if type(link) is not str:
                link = serde.str_(link, where, "link")
        else:
            link = UNSET
        obj = serde.new_object(cls)
        obj.organization_id = organization_id
        obj.success = success
        obj.error = error
        obj.link = link
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "organizationId": self.organization_id,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.link is not UNSET:
            out["link"] = self.link
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
