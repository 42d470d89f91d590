from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreateOrganizationPortalRequest(serde.Model):
    """The schema at `#/components/schemas/CreateOrganizationPortalRequest` of the API
    description.

    Attributes:
        bucket_id (int): The S3 bucket id to store the uploaded data. Set to '0' to
            select a bucket hosted by Edge Impulse.
        bucket_path (str): The path in the bucket the upload portal will write to.
        name (str): The name of the upload portal.
        description (str, optional): The purpose and description of the upload portal.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "bucket_id",
        "bucket_path",
        "name",
        "description",
        "additional_properties",
    )

    bucket_id: int
    bucket_path: str
    name: str
    description: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"bucketId", "bucketPath", "description", "name"}
    )

    def __init__(
        self,
        *,
        bucket_id: int,
        bucket_path: str,
        name: str,
        description: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.bucket_id = bucket_id
        self.bucket_path = bucket_path
        self.name = name
        self.description = description
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateOrganizationPortalRequest"
    ) -> CreateOrganizationPortalRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            bucket_id = data["bucketId"]
            bucket_path = data["bucketPath"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(bucket_id) is not int:
            bucket_id = serde.int_(bucket_id, where, "bucketId")
        if type(bucket_path) is not str:
            bucket_path = serde.str_(bucket_path, where, "bucketPath")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        found = 3  # declared properties in data
        if "description" in data:
            found += 1
            description = data["description"]
            if type(description) is not str:
                description = serde.str_(description, where, "description")
        else:
            description = UNSET
        obj = serde.new_object(cls)
        obj.bucket_id = bucket_id
        obj.bucket_path = bucket_path
        obj.name = name
        obj.description = description
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "bucketId": self.bucket_id,
            "bucketPath": self.bucket_path,
            "name": self.name,
        }
        if self.description is not UNSET:
            out["description"] = self.description
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
