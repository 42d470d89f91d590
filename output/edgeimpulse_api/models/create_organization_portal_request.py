from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class CreateOrganizationPortalRequest(serde.Model):
    """The CreateOrganizationPortalRequest object of the API.

    Attributes:
        name: The name of the upload portal.
        bucket_id: The S3 bucket id to store the uploaded data. Set to '0' to select a bucket hosted by Edge Impulse.
        bucket_path: The path in the bucket the upload portal will write to.
        description: The purpose and description of the upload portal.
    """

    name: str
    bucket_id: int
    bucket_path: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"name", "description", "bucketId", "bucketPath"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateOrganizationPortalRequest"
    ) -> CreateOrganizationPortalRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            name = serde.str_(data["name"], where, "name")
            bucket_id = serde.int_(data["bucketId"], where, "bucketId")
            bucket_path = serde.str_(data["bucketPath"], where, "bucketPath")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        description = data.get("description", UNSET)
        if description is not UNSET:
            description = serde.str_(description, where, "description")
        return cls(
            name=name,
            bucket_id=bucket_id,
            bucket_path=bucket_path,
            description=description,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
            "bucketId": self.bucket_id,
            "bucketPath": self.bucket_path,
        }
        if self.description is not UNSET:
            out["description"] = self.description
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
