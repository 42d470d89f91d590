from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationPortalResponse(serde.Model):
    """The schema at `#/components/schemas/UpdateOrganizationPortalResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        url (str): URL to the portal
        bucket_bucket (str, optional): Only set if not using the Edge Impulse hosted
            bucket.
        error (str, optional): Optional error description (set if 'success' was false)
        signed_url (str, optional): pre-signed upload URL, only set if not using the
            Edge Impulse hosted bucket.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "success",
        "url",
        "bucket_bucket",
        "error",
        "signed_url",
        "additional_properties",
    )

    success: bool
    url: str
    bucket_bucket: str | Unset
    error: str | Unset
    signed_url: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"bucketBucket", "error", "signedUrl", "success", "url"}
    )

    def __init__(
        self,
        *,
        success: bool,
        url: str,
        bucket_bucket: str | Unset = UNSET,
        error: str | Unset = UNSET,
        signed_url: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.url = url
        self.bucket_bucket = bucket_bucket
        self.error = error
        self.signed_url = signed_url
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationPortalResponse"
    ) -> UpdateOrganizationPortalResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            success = data["success"]
            url = data["url"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        if type(url) is not str:
            url = serde.str_(url, where, "url")
        found = 2  # declared properties in data
        if "bucketBucket" in data:
            found += 1
            bucket_bucket = data["bucketBucket"]
            if type(bucket_bucket) is not str:
                bucket_bucket = serde.str_(bucket_bucket, where, "bucketBucket")
        else:
            bucket_bucket = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "signedUrl" in data:
            found += 1
            signed_url = data["signedUrl"]
            if type(signed_url) is not str:
                signed_url = serde.str_(signed_url, where, "signedUrl")
        else:
            signed_url = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.url = url
        obj.bucket_bucket = bucket_bucket
        obj.error = error
        obj.signed_url = signed_url
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
            "url": self.url,
        }
        if self.bucket_bucket is not UNSET:
            out["bucketBucket"] = self.bucket_bucket
        if self.error is not UNSET:
            out["error"] = self.error
        if self.signed_url is not UNSET:
            out["signedUrl"] = self.signed_url
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
