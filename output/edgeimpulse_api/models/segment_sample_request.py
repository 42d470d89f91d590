from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .segment_sample_request_segments_item import SegmentSampleRequestSegmentsItem


class SegmentSampleRequest(serde.Model):
    """The schema at `#/components/schemas/SegmentSampleRequest` of the API description.

    Attributes:
        segments (list[SegmentSampleRequestSegmentsItem])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("segments", "additional_properties")

    segments: list[SegmentSampleRequestSegmentsItem]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"segments"})

    def __init__(
        self,
        *,
        segments: list[SegmentSampleRequestSegmentsItem],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.segments = segments
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "SegmentSampleRequest"
    ) -> SegmentSampleRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            segments = data["segments"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        segments = serde.list_of_models(
            segments, where, "segments", SegmentSampleRequestSegmentsItem.from_dict
        )
        obj = serde.new_object(cls)
        obj.segments = segments
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "segments": [v0.to_dict(request=request) for v0 in self.segments],
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
