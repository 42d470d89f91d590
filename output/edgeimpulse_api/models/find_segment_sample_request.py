from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class FindSegmentSampleRequest(serde.Model):
    """The schema at `#/components/schemas/FindSegmentSampleRequest` of the API
    description.

    Attributes:
        segment_length_ms (int)
        shift_segments (bool): If set, the segments are automatically shifted randomly,
            to make the dataset distribution more uniform.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("segment_length_ms", "shift_segments", "additional_properties")

    segment_length_ms: int
    shift_segments: bool
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"segmentLengthMs", "shiftSegments"}
    )

    def __init__(
        self,
        *,
        segment_length_ms: int,
        shift_segments: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.segment_length_ms = segment_length_ms
        self.shift_segments = shift_segments
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "FindSegmentSampleRequest"
    ) -> FindSegmentSampleRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            segment_length_ms = data["segmentLengthMs"]
            shift_segments = data["shiftSegments"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(segment_length_ms) is not int:
            segment_length_ms = serde.int_(segment_length_ms, where, "segmentLengthMs")
        if type(shift_segments) is not bool:
            shift_segments = serde.bool_(shift_segments, where, "shiftSegments")
        obj = serde.new_object(cls)
        obj.segment_length_ms = segment_length_ms
        obj.shift_segments = shift_segments
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "segmentLengthMs": self.segment_length_ms,
            "shiftSegments": self.shift_segments,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
