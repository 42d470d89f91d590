from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class OrganizationBucket(serde.Model):
    """The schema at `#/components/schemas/OrganizationBucket` of the API description.

    Attributes:
        access_key (str): Access key for the storage service
        bucket (str): Name of the storage bucket
        connected (bool): Whether we can reach the bucket
        endpoint (str): Endpoint URL for the storage service
        id (int)
        region (str): Region of the storage service (if applicable)
        storage_provider (Literal["s3", "google", "azure", "other"]): The type of
            storage provider for this bucket
        check_connectivity_prefix (str, optional): Optional prefix used for connectivity
            verification when root bucket access is restricted.
        storage_account_name (str, optional): The name of the storage account for Azure
            Blob Storage
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "access_key",
        "bucket",
        "connected",
        "endpoint",
        "id",
        "region",
        "storage_provider",
        "check_connectivity_prefix",
        "storage_account_name",
        "additional_properties",
    )

    access_key: str
    bucket: str
    connected: bool
    endpoint: str
    id: int
    region: str
    storage_provider: Literal["s3", "google", "azure", "other"]
    check_connectivity_prefix: str | Unset
    storage_account_name: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "accessKey",
            "bucket",
            "checkConnectivityPrefix",
            "connected",
            "endpoint",
            "id",
            "region",
            "storageAccountName",
            "storageProvider",
        }
    )

    def __init__(
        self,
        *,
        access_key: str,
        bucket: str,
        connected: bool,
        endpoint: str,
        id: int,
        region: str,
        storage_provider: Literal["s3", "google", "azure", "other"],
        check_connectivity_prefix: str | Unset = UNSET,
        storage_account_name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.access_key = access_key
        self.bucket = bucket
        self.connected = connected
        self.endpoint = endpoint
        self.id = id
        self.region = region
        self.storage_provider = storage_provider
        self.check_connectivity_prefix = check_connectivity_prefix
        self.storage_account_name = storage_account_name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "OrganizationBucket"
    ) -> OrganizationBucket:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            access_key = data["accessKey"]
            bucket = data["bucket"]
            connected = data["connected"]
            endpoint = data["endpoint"]
            _id = data["id"]
            region = data["region"]
            storage_provider = data["storageProvider"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(access_key) is not str:
            access_key = serde.str_(access_key, where, "accessKey")
        if type(bucket) is not str:
            bucket = serde.str_(bucket, where, "bucket")
        if type(connected) is not bool:
            connected = serde.bool_(connected, where, "connected")
        if type(endpoint) is not str:
            endpoint = serde.str_(endpoint, where, "endpoint")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(region) is not str:
            region = serde.str_(region, where, "region")
        if type(storage_provider) is not str:
            storage_provider = serde.str_enum(
                storage_provider, where, "storageProvider"
            )
        found = 7  # declared properties in data
        if "checkConnectivityPrefix" in data:
            found += 1
            check_connectivity_prefix = data["checkConnectivityPrefix"]
            if type(check_connectivity_prefix) is not str:
                check_connectivity_prefix = serde.str_(
                    check_connectivity_prefix, where, "checkConnectivityPrefix"
                )
        else:
            check_connectivity_prefix = UNSET
        if "storageAccountName" in data:
            found += 1
            storage_account_name = data["storageAccountName"]
            if type(storage_account_name) is not str:
                storage_account_name = serde.str_(
                    storage_account_name, where, "storageAccountName"
                )
        else:
            storage_account_name = UNSET
        obj = serde.new_object(cls)
        obj.access_key = access_key
        obj.bucket = bucket
        obj.connected = connected
        obj.endpoint = endpoint
        obj.id = _id
        obj.region = region
        obj.storage_provider = storage_provider
        obj.check_connectivity_prefix = check_connectivity_prefix
        obj.storage_account_name = storage_account_name
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "accessKey": self.access_key,
            "bucket": self.bucket,
            "connected": self.connected,
            "endpoint": self.endpoint,
            "id": self.id,
            "region": self.region,
            "storageProvider": self.storage_provider,
        }
        if self.check_connectivity_prefix is not UNSET:
            out["checkConnectivityPrefix"] = self.check_connectivity_prefix
        if self.storage_account_name is not UNSET:
            out["storageAccountName"] = self.storage_account_name
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
