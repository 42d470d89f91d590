from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .created_updated_by_user import CreatedUpdatedByUser


@dataclass(slots=True, kw_only=True)
class ListOrganizationSecretsResponseSecretsItem(serde.Model):
    """The ListOrganizationSecretsResponseSecretsItem object of the API."""

    id: int
    name: str
    description: str
    created: datetime.datetime
    created_by_user: CreatedUpdatedByUser | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"id", "name", "description", "created", "createdByUser"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListOrganizationSecretsResponseSecretsItem"
    ) -> ListOrganizationSecretsResponseSecretsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            id = serde.int_(data["id"], where, "id")
            name = serde.str_(data["name"], where, "name")
            description = serde.str_(data["description"], where, "description")
            created = serde.datetime_(data["created"], where, "created")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        created_by_user = data.get("createdByUser", UNSET)
        if created_by_user is not UNSET:
            created_by_user = CreatedUpdatedByUser.convert(
                created_by_user, where, "createdByUser"
            )
        return cls(
            id=id,
            name=name,
            description=description,
            created=created,
            created_by_user=created_by_user,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "created": serde.format_datetime(self.created),
        }
        if self.created_by_user is not UNSET:
            out["createdByUser"] = self.created_by_user.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
