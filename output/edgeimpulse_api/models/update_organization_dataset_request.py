from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .update_organization_dataset_request_bucket import (
    UpdateOrganizationDatasetRequestBucket,
)


class UpdateOrganizationDatasetRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateOrganizationDatasetRequest` of the API
    description.

    Attributes:
        bucket (UpdateOrganizationDatasetRequestBucket, optional)
        category (str, optional)
        dataset (str, optional)
        tags (list[str], optional)
        type (Literal["clinical", "files"], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "bucket",
        "category",
        "dataset",
        "tags",
        "type",
        "additional_properties",
    )

    bucket: UpdateOrganizationDatasetRequestBucket | Unset
    category: str | Unset
    dataset: str | Unset
    tags: list[str] | Unset
    type: Literal["clinical", "files"] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"bucket", "category", "dataset", "tags", "type"}
    )

    def __init__(
        self,
        *,
        bucket: UpdateOrganizationDatasetRequestBucket | Unset = UNSET,
        category: str | Unset = UNSET,
        dataset: str | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
        type: Literal["clinical", "files"] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.bucket = bucket
        self.category = category
        self.dataset = dataset
        self.tags = tags
        self.type = type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationDatasetRequest"
    ) -> UpdateOrganizationDatasetRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "bucket" in data:
            found += 1
            bucket = data["bucket"]
            bucket = UpdateOrganizationDatasetRequestBucket.from_dict(
                bucket, where + ".bucket"
            )
        else:
            bucket = UNSET
        if "category" in data:
            found += 1
            category = data["category"]
            if type(category) is not str:
                category = serde.str_(category, where, "category")
        else:
            category = UNSET
        if "dataset" in data:
            found += 1
            dataset = data["dataset"]
            if type(dataset) is not str:
                dataset = serde.str_(dataset, where, "dataset")
        else:
            dataset = UNSET
        if "tags" in data:
            found += 1
            tags = data["tags"]
            tags = serde.str_list(tags, where, "tags")
        else:
            tags = UNSET
        if "type" in data:
            found += 1
            _type = data["type"]
            if type(_type) is not str:
                _type = serde.str_enum(_type, where, "type")
        else:
            _type = UNSET
        obj = serde.new_object(cls)
        obj.bucket = bucket
        obj.category = category
        obj.dataset = dataset
        obj.tags = tags
        obj.type = _type
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.bucket is not UNSET:
            out["bucket"] = self.bucket.to_dict(request=request)
        if self.category is not UNSET:
            out["category"] = self.category
        if self.dataset is not UNSET:
            out["dataset"] = self.dataset
        if self.tags is not UNSET:
            out["tags"] = self.tags
        if self.type is not UNSET:
            out["type"] = self.type
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
