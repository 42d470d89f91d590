from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .sample_metadata import SampleMetadata


class ProjectSampleMetadata(serde.Model):
    """Project sample metadata

    Attributes:
        metadata (list[SampleMetadata]): Array with all available sample metadata.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("metadata", "additional_properties")

    metadata: list[SampleMetadata]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"metadata"})

    def __init__(
        self,
        *,
        metadata: list[SampleMetadata],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.metadata = metadata
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProjectSampleMetadata"
    ) -> ProjectSampleMetadata:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            metadata = data["metadata"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        metadata = serde.list_of_models(
            metadata, where, "metadata", SampleMetadata.from_dict
        )
        obj = serde.new_object(cls)
        obj.metadata = metadata
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "metadata": [v0.to_dict(request=request) for v0 in self.metadata],
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
