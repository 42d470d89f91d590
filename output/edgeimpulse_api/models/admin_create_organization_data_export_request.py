from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AdminCreateOrganizationDataExportRequest(serde.Model):
    """The schema at `#/components/schemas/AdminCreateOrganizationDataExportRequest` of
    the API description.

    Attributes:
        description (str): Description of the data export
        expiration_date (datetime.datetime, optional): Date when the export will expire.
            Default is 30 days. Maximum expiration date is 60 days from the creation
            date.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("description", "expiration_date", "additional_properties")

    description: str
    expiration_date: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"description", "expirationDate"})

    def __init__(
        self,
        *,
        description: str,
        expiration_date: datetime.datetime | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.expiration_date = expiration_date
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminCreateOrganizationDataExportRequest"
    ) -> AdminCreateOrganizationDataExportRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        found = 1  # declared properties in data
        if "expirationDate" in data:
            found += 1
            expiration_date = data["expirationDate"]
            expiration_date = serde.datetime_(expiration_date, where, "expirationDate")
        else:
            expiration_date = UNSET
        obj = serde.new_object(cls)
        obj.description = description
        obj.expiration_date = expiration_date
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
        }
        if self.expiration_date is not UNSET:
            out["expirationDate"] = serde.format_datetime(self.expiration_date)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
