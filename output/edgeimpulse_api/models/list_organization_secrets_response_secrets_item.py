from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .created_updated_by_user import CreatedUpdatedByUser


class ListOrganizationSecretsResponseSecretsItem(serde.Model):
    """The schema at
    `#/components/schemas/ListOrganizationSecretsResponse/allOf/1/properties/secrets/items`
    of the API description.

    Attributes:
        created (datetime.datetime)
        description (str)
        id (int)
        name (str)
        created_by_user (CreatedUpdatedByUser, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "description",
        "id",
        "name",
        "created_by_user",
        "additional_properties",
    )

    created: datetime.datetime
    description: str
    id: int
    name: str
    created_by_user: CreatedUpdatedByUser | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"created", "createdByUser", "description", "id", "name"}
    )

    def __init__(
        self,
        *,
        created: datetime.datetime,
        description: str,
        id: int,
        name: str,
        created_by_user: CreatedUpdatedByUser | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.description = description
        self.id = id
        self.name = name
        self.created_by_user = created_by_user
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListOrganizationSecretsResponseSecretsItem"
    ) -> ListOrganizationSecretsResponseSecretsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            description = data["description"]
            _id = data["id"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 4  # declared properties in data
        if "createdByUser" in data:
            found += 1
            created_by_user = data["createdByUser"]
            created_by_user = CreatedUpdatedByUser.from_dict(
                created_by_user, where + ".createdByUser"
            )
        else:
            created_by_user = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.description = description
        obj.id = _id
        obj.name = name
        obj.created_by_user = created_by_user
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "description": self.description,
            "id": self.id,
            "name": self.name,
        }
        if self.created_by_user is not UNSET:
            out["createdByUser"] = self.created_by_user.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
