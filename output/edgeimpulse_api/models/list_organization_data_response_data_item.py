from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class ListOrganizationDataResponseDataItem(serde.Model):
    """The ListOrganizationDataResponseDataItem object of the API.

    Attributes:
        metadata_string_for_cli: String that's passed in to a transformation block in `--metadata` (the metadata + a `dataItemInfo` object)
    """

    id: int
    name: str
    bucket_id: int
    bucket_name: str
    bucket_path: str
    full_bucket_path: str
    dataset: str
    total_file_count: int
    total_file_size: int
    created: datetime.datetime
    metadata: dict[str, str]
    metadata_string_for_cli: str
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "bucketId",
            "bucketName",
            "bucketPath",
            "fullBucketPath",
            "dataset",
            "totalFileCount",
            "totalFileSize",
            "created",
            "metadata",
            "metadataStringForCLI",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListOrganizationDataResponseDataItem"
    ) -> ListOrganizationDataResponseDataItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            id = serde.int_(data["id"], where, "id")
            name = serde.str_(data["name"], where, "name")
            bucket_id = serde.int_(data["bucketId"], where, "bucketId")
            bucket_name = serde.str_(data["bucketName"], where, "bucketName")
            bucket_path = serde.str_(data["bucketPath"], where, "bucketPath")
            full_bucket_path = serde.str_(
                data["fullBucketPath"], where, "fullBucketPath"
            )
            dataset = serde.str_(data["dataset"], where, "dataset")
            total_file_count = serde.int_(
                data["totalFileCount"], where, "totalFileCount"
            )
            total_file_size = serde.int_(data["totalFileSize"], where, "totalFileSize")
            created = serde.datetime_(data["created"], where, "created")
            metadata = serde.dict_of(data["metadata"], where, "metadata", serde.str_)
            metadata_string_for_cli = serde.str_(
                data["metadataStringForCLI"], where, "metadataStringForCLI"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            id=id,
            name=name,
            bucket_id=bucket_id,
            bucket_name=bucket_name,
            bucket_path=bucket_path,
            full_bucket_path=full_bucket_path,
            dataset=dataset,
            total_file_count=total_file_count,
            total_file_size=total_file_size,
            created=created,
            metadata=metadata,
            metadata_string_for_cli=metadata_string_for_cli,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "bucketId": self.bucket_id,
            "bucketName": self.bucket_name,
            "bucketPath": self.bucket_path,
            "fullBucketPath": self.full_bucket_path,
            "dataset": self.dataset,
            "totalFileCount": self.total_file_count,
            "totalFileSize": self.total_file_size,
            "created": serde.format_datetime(self.created),
            "metadata": self.metadata,
            "metadataStringForCLI": self.metadata_string_for_cli,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
