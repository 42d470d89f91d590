from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class BatchAddMetadataRequest(serde.Model):
    """The schema at `#/components/schemas/BatchAddMetadataRequest` of the API
    description.

    Attributes:
        metadata_key (str)
        metadata_value (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("metadata_key", "metadata_value", "additional_properties")

    metadata_key: str
    metadata_value: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"metadataKey", "metadataValue"})

    def __init__(
        self,
        *,
        metadata_key: str,
        metadata_value: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.metadata_key = metadata_key
        self.metadata_value = metadata_value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "BatchAddMetadataRequest"
    ) -> BatchAddMetadataRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            metadata_key = data["metadataKey"]
            metadata_value = data["metadataValue"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(metadata_key) is not str:
            metadata_key = serde.str_(metadata_key, where, "metadataKey")
        if type(metadata_value) is not str:
            metadata_value = serde.str_(metadata_value, where, "metadataValue")
        obj = serde.new_object(cls)
        obj.metadata_key = metadata_key
        obj.metadata_value = metadata_value
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "metadataKey": self.metadata_key,
            "metadataValue": self.metadata_value,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
