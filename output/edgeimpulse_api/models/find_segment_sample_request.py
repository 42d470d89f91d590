from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class FindSegmentSampleRequest(serde.Model):
    """The FindSegmentSampleRequest object of the API.

    Attributes:
        shift_segments: If set, the segments are automatically shifted randomly, to make the dataset distribution more uniform.
    """

    shift_segments: bool
    segment_length_ms: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"shiftSegments", "segmentLengthMs"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "FindSegmentSampleRequest"
    ) -> FindSegmentSampleRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            shift_segments = serde.bool_(data["shiftSegments"], where, "shiftSegments")
            segment_length_ms = serde.int_(
                data["segmentLengthMs"], where, "segmentLengthMs"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            shift_segments=shift_segments,
            segment_length_ms=segment_length_ms,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "shiftSegments": self.shift_segments,
            "segmentLengthMs": self.segment_length_ms,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
