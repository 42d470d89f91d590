from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class AdminApiProject(serde.Model):
    """The AdminApiProject object of the API.

    Attributes:
        owner: User or organization that owns the project
        tier: The project tier. This is "enterprise" for all organization projects, or the user tier for all user projects.
        whitelabel_id: Unique identifier of the white label this project belongs to, if any.
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
            data = serde.missing(where, exc, data, cls._json_names)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(owner) is not str:
            owner = serde.str_(owner, where, "owner")
        category = data.get("category", UNSET)
        if category is not UNSET and type(category) is not str:
            category = serde.str_enum(category, where, "category")
        created = data.get("created", UNSET)
        if created is not UNSET:
            created = serde.datetime_(created, where, "created")
        deleted_date = data.get("deletedDate", UNSET)
        if deleted_date is not UNSET:
            deleted_date = serde.datetime_(deleted_date, where, "deletedDate")
        description = data.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            description = serde.str_(description, where, "description")
        last_accessed = data.get("lastAccessed", UNSET)
        if last_accessed is not UNSET:
            last_accessed = serde.datetime_(last_accessed, where, "lastAccessed")
        owner_organization_id = data.get("ownerOrganizationId", UNSET)
        if (
            owner_organization_id is not UNSET
            and type(owner_organization_id) is not int
        ):
            owner_organization_id = serde.int_(
                owner_organization_id, where, "ownerOrganizationId"
            )
        owner_user_id = data.get("ownerUserId", UNSET)
        if owner_user_id is not UNSET and type(owner_user_id) is not int:
            owner_user_id = serde.int_(owner_user_id, where, "ownerUserId")
        tier = data.get("tier", UNSET)
        if tier is not UNSET and type(tier) is not str:
            tier = serde.str_enum(tier, where, "tier")
        whitelabel_id = data.get("whitelabelId", UNSET)
        if (
            whitelabel_id is not UNSET
            and type(whitelabel_id) is not int
            and whitelabel_id is not None
        ):
            whitelabel_id = serde.int_(whitelabel_id, where, "whitelabelId")
        obj = object.__new__(cls)
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
        if cls._json_names.issuperset(data):
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
