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

    bucket_id: int
    bucket_name: str
    bucket_path: str
    created: datetime.datetime
    dataset: str
    full_bucket_path: str
    id: int
    metadata: dict[str, str]
    metadata_string_for_cli: str
    name: str
    total_file_count: int
    total_file_size: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "bucketId",
            "bucketName",
            "bucketPath",
            "created",
            "dataset",
            "fullBucketPath",
            "id",
            "metadata",
            "metadataStringForCLI",
            "name",
            "totalFileCount",
            "totalFileSize",
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
            bucket_id = serde.int_(data["bucketId"], where, "bucketId")
            bucket_name = serde.str_(data["bucketName"], where, "bucketName")
            bucket_path = serde.str_(data["bucketPath"], where, "bucketPath")
            created = serde.datetime_(data["created"], where, "created")
            dataset = serde.str_(data["dataset"], where, "dataset")
            full_bucket_path = serde.str_(
                data["fullBucketPath"], where, "fullBucketPath"
            )
            id = serde.int_(data["id"], where, "id")
            metadata = serde.dict_of(data["metadata"], where, "metadata", serde.str_)
            metadata_string_for_cli = serde.str_(
                data["metadataStringForCLI"], where, "metadataStringForCLI"
            )
            name = serde.str_(data["name"], where, "name")
            total_file_count = serde.int_(
                data["totalFileCount"], where, "totalFileCount"
            )
            total_file_size = serde.int_(data["totalFileSize"], where, "totalFileSize")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            bucket_id=bucket_id,
            bucket_name=bucket_name,
            bucket_path=bucket_path,
            created=created,
            dataset=dataset,
            full_bucket_path=full_bucket_path,
            id=id,
            metadata=metadata,
            metadata_string_for_cli=metadata_string_for_cli,
            name=name,
            total_file_count=total_file_count,
            total_file_size=total_file_size,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "bucketId": self.bucket_id,
            "bucketName": self.bucket_name,
            "bucketPath": self.bucket_path,
            "created": serde.format_datetime(self.created),
            "dataset": self.dataset,
            "fullBucketPath": self.full_bucket_path,
            "id": self.id,
            "metadata": self.metadata,
            "metadataStringForCLI": self.metadata_string_for_cli,
            "name": self.name,
            "totalFileCount": self.total_file_count,
            "totalFileSize": self.total_file_size,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
