from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class AdminApiProject(serde.Model):
    """The schema at `#/components/schemas/AdminApiProject` of the API description.

    Attributes:
        id (int)
        name (str)
        owner (str): User or organization that owns the project
        category (Literal["kws", "audio", "object-detection", "image", "accelerometer",
            "other"], optional)
        created (datetime.datetime, optional)
        deleted_date (datetime.datetime, optional)
        description (str, optional)
        last_accessed (datetime.datetime, optional)
        owner_organization_id (int, optional)
        owner_user_id (int, optional)
        tier (Literal["free", "community-plus", "professional", "enterprise"],
            optional): The project tier. This is "enterprise" for all organization
            projects, or the user tier for all user projects.
        whitelabel_id (int | None, optional): Unique identifier of the white label this
            project belongs to, if any.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "id",
        "name",
        "owner",
        "category",
        "created",
        "deleted_date",
        "description",
        "last_accessed",
        "owner_organization_id",
        "owner_user_id",
        "tier",
        "whitelabel_id",
        "additional_properties",
    )

    id: int
    name: str
    owner: str
    category: (
        Literal["kws", "audio", "object-detection", "image", "accelerometer", "other"]
        | Unset
    )
    created: datetime.datetime | Unset
    deleted_date: datetime.datetime | Unset
    description: str | Unset
    last_accessed: datetime.datetime | Unset
    owner_organization_id: int | Unset
    owner_user_id: int | Unset
    tier: Literal["free", "community-plus", "professional", "enterprise"] | Unset
    whitelabel_id: int | None | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "created",
            "deletedDate",
            "description",
            "id",
            "lastAccessed",
            "name",
            "owner",
            "ownerOrganizationId",
            "ownerUserId",
            "tier",
            "whitelabelId",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        name: str,
        owner: str,
        category: (
            Literal[
                "kws", "audio", "object-detection", "image", "accelerometer", "other"
            ]
            | Unset
        ) = UNSET,
        created: datetime.datetime | Unset = UNSET,
        deleted_date: datetime.datetime | Unset = UNSET,
        description: str | Unset = UNSET,
        last_accessed: datetime.datetime | Unset = UNSET,
        owner_organization_id: int | Unset = UNSET,
        owner_user_id: int | Unset = UNSET,
        tier: (
            Literal["free", "community-plus", "professional", "enterprise"] | Unset
        ) = UNSET,
        whitelabel_id: int | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.owner = owner
        self.category = category
        self.created = created
        self.deleted_date = deleted_date
        self.description = description
        self.last_accessed = last_accessed
        self.owner_organization_id = owner_organization_id
        self.owner_user_id = owner_user_id
        self.tier = tier
        self.whitelabel_id = whitelabel_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "AdminApiProject") -> AdminApiProject:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            name = data["name"]
            owner = data["owner"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(owner) is not str:
            owner = serde.str_(owner, where, "owner")
        found = 3  # declared properties in data
        if "category" in data:
            found += 1
            category = data["category"]
            if type(category) is not str:
                category = serde.str_enum(category, where, "category")
        else:
            category = UNSET
        if "created" in data:
            found += 1
            created = data["created"]
            created = serde.datetime_(created, where, "created")
        else:
            created = UNSET
        if "deletedDate" in data:
            found += 1
            deleted_date = data["deletedDate"]
            deleted_date = serde.datetime_(deleted_date, where, "deletedDate")
        else:
            deleted_date = UNSET
        if "description" in data:
            found += 1
            description = data["description"]
            if type(description) is not str:
                description = serde.str_(description, where, "description")
        else:
            description = UNSET
        if "lastAccessed" in data:
            found += 1
            last_accessed = data["lastAccessed"]
            last_accessed = serde.datetime_(last_accessed, where, "lastAccessed")
        else:
            last_accessed = UNSET
        if "ownerOrganizationId" in data:
            found += 1
            owner_organization_id = data["ownerOrganizationId"]
            if type(owner_organization_id) is not int:
                owner_organization_id = serde.int_(
                    owner_organization_id, where, "ownerOrganizationId"
                )
        else:
            owner_organization_id = UNSET
        if "ownerUserId" in data:
            found += 1
            owner_user_id = data["ownerUserId"]
            if type(owner_user_id) is not int:
                owner_user_id = serde.int_(owner_user_id, where, "ownerUserId")
        else:
            owner_user_id = UNSET
        if "tier" in data:
            found += 1
            tier = data["tier"]
            if type(tier) is not str:
                tier = serde.str_enum(tier, where, "tier")
        else:
            tier = UNSET
        if "whitelabelId" in data:
            found += 1
            whitelabel_id = data["whitelabelId"]
            if type(whitelabel_id) is not int and whitelabel_id is not None:
                whitelabel_id = serde.int_(whitelabel_id, where, "whitelabelId")
        else:
            whitelabel_id = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.name = name
        obj.owner = owner
        obj.category = category
        obj.created = created
        obj.deleted_date = deleted_date
        obj.description = description
        obj.last_accessed = last_accessed
        obj.owner_organization_id = owner_organization_id
        obj.owner_user_id = owner_user_id
        obj.tier = tier
        obj.whitelabel_id = whitelabel_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "owner": self.owner,
        }
        if self.category is not UNSET:
            out["category"] = self.category
        if self.created is not UNSET:
            out["created"] = serde.format_datetime(self.created)
        if self.deleted_date is not UNSET:
            out["deletedDate"] = serde.format_datetime(self.deleted_date)
        if self.description is not UNSET:
            out["description"] = self.description
        if self.last_accessed is not UNSET:
            out["lastAccessed"] = serde.format_datetime(self.last_accessed)
        if self.owner_organization_id is not UNSET:
            out["ownerOrganizationId"] = self.owner_organization_id
        if self.owner_user_id is not UNSET:
            out["ownerUserId"] = self.owner_user_id
        if self.tier is not UNSET:
            out["tier"] = self.tier
        if self.whitelabel_id is not UNSET:
            out["whitelabelId"] = self.whitelabel_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
