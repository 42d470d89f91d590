from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class WhitelabelAdminCreateOrganizationRequest(serde.Model):
    """The schema at `#/components/schemas/WhitelabelAdminCreateOrganizationRequest` of
    the API description.

    Attributes:
        organization_name (str): The name of the organization.
        admin_email (str, optional): Email of the administrator of the new organization.
        admin_id (int, optional): Unique identifier of the administrator of the new
            organization.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "organization_name",
        "admin_email",
        "admin_id",
        "additional_properties",
    )

    organization_name: str
    admin_email: str | Unset
    admin_id: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"adminEmail", "adminId", "organizationName"}
    )

    def __init__(
        self,
        *,
        organization_name: str,
        admin_email: str | Unset = UNSET,
        admin_id: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.organization_name = organization_name
        self.admin_email = admin_email
        self.admin_id = admin_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "WhitelabelAdminCreateOrganizationRequest"
    ) -> WhitelabelAdminCreateOrganizationRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            organization_name = data["organizationName"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(organization_name) is not str:
            organization_name = serde.str_(organization_name, where, "organizationName")
        found = 1  # declared properties in data
        if "adminEmail" in data:
            found += 1
            admin_email = data["adminEmail"]
            if type(admin_email) is not str:
                admin_email = serde.str_(admin_email, where, "adminEmail")
        else:
            admin_email = UNSET
        if "adminId" in data:
            found += 1
            admin_id = data["adminId"]
            if type(admin_id) is not int:
                admin_id = serde.int_(admin_id, where, "adminId")
        else:
            admin_id = UNSET
        obj = serde.new_object(cls)
        obj.organization_name = organization_name
        obj.admin_email = admin_email
        obj.admin_id = admin_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "organizationName": self.organization_name,
        }
        if self.admin_email is not UNSET:
            out["adminEmail"] = self.admin_email
        if self.admin_id is not UNSET:
            out["adminId"] = self.admin_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
