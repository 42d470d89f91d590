from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde


class ListOrganizationDataResponseDataItem(serde.Model):
    """The schema at
    `#/components/schemas/ListOrganizationDataResponse/allOf/1/properties/data/items`
    of the API description.

    Attributes:
        bucket_id (int)
        bucket_name (str)
        bucket_path (str)
        created (datetime.datetime)
        dataset (str)
        full_bucket_path (str)
        id (int)
        metadata (dict[str, str])
        metadata_string_for_cli (str): String that's passed in to a transformation block
            in `--metadata` (the metadata + a `dataItemInfo` object)
        name (str)
        total_file_count (int)
        total_file_size (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "bucket_id",
        "bucket_name",
        "bucket_path",
        "created",
        "dataset",
        "full_bucket_path",
        "id",
        "metadata",
        "metadata_string_for_cli",
        "name",
        "total_file_count",
        "total_file_size",
        "additional_properties",
    )

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
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        bucket_id: int,
        bucket_name: str,
        bucket_path: str,
        created: datetime.datetime,
        dataset: str,
        full_bucket_path: str,
        id: int,
        metadata: dict[str, str],
        metadata_string_for_cli: str,
        name: str,
        total_file_count: int,
        total_file_size: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.bucket_id = bucket_id
        self.bucket_name = bucket_name
        self.bucket_path = bucket_path
        self.created = created
        self.dataset = dataset
        self.full_bucket_path = full_bucket_path
        self.id = id
        self.metadata = metadata
        self.metadata_string_for_cli = metadata_string_for_cli
        self.name = name
        self.total_file_count = total_file_count
        self.total_file_size = total_file_size
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListOrganizationDataResponseDataItem"
    ) -> ListOrganizationDataResponseDataItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            bucket_id = data["bucketId"]
            bucket_name = data["bucketName"]
            bucket_path = data["bucketPath"]
            created = data["created"]
            dataset = data["dataset"]
            full_bucket_path = data["fullBucketPath"]
            _id = data["id"]
            metadata = data["metadata"]
            metadata_string_for_cli = data["metadataStringForCLI"]
            name = data["name"]
            total_file_count = data["totalFileCount"]
            total_file_size = data["totalFileSize"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(bucket_id) is not int:
            bucket_id = serde.int_(bucket_id, where, "bucketId")
        if type(bucket_name) is not str:
            bucket_name = serde.str_(bucket_name, where, "bucketName")
        if type(bucket_path) is not str:
            bucket_path = serde.str_(bucket_path, where, "bucketPath")
        created = serde.datetime_(created, where, "created")
        if type(dataset) is not str:
            dataset = serde.str_(dataset, where, "dataset")
        if type(full_bucket_path) is not str:
            full_bucket_path = serde.str_(full_bucket_path, where, "fullBucketPath")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        metadata = serde.dict_of(metadata, where, "metadata", serde.str_)
        if type(metadata_string_for_cli) is not str:
            metadata_string_for_cli = serde.str_(
                metadata_string_for_cli, where, "metadataStringForCLI"
            )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(total_file_count) is not int:
            total_file_count = serde.int_(total_file_count, where, "totalFileCount")
        if type(total_file_size) is not int:
            total_file_size = serde.int_(total_file_size, where, "totalFileSize")
        obj = serde.new_object(cls)
        obj.bucket_id = bucket_id
        obj.bucket_name = bucket_name
        obj.bucket_path = bucket_path
        obj.created = created
        obj.dataset = dataset
        obj.full_bucket_path = full_bucket_path
        obj.id = _id
        obj.metadata = metadata
        obj.metadata_string_for_cli = metadata_string_for_cli
        obj.name = name
        obj.total_file_count = total_file_count
        obj.total_file_size = total_file_size
        if len(data) == 12:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
