from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class SegmentSampleRequestSegmentsItem(serde.Model):
    """The schema at
    `#/components/schemas/SegmentSampleRequest/properties/segments/items` of the API
    description.

    Attributes:
        end_ms (int)
        start_ms (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("end_ms", "start_ms", "additional_properties")

    end_ms: int
    start_ms: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"endMs", "startMs"})

    def __init__(
        self,
        *,
        end_ms: int,
        start_ms: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.end_ms = end_ms
        self.start_ms = start_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "SegmentSampleRequestSegmentsItem"
    ) -> SegmentSampleRequestSegmentsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            end_ms = data["endMs"]
            start_ms = data["startMs"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(end_ms) is not int:
            end_ms = serde.int_(end_ms, where, "endMs")
        if type(start_ms) is not int:
            start_ms = serde.int_(start_ms, where, "startMs")
        obj = serde.new_object(cls)
        obj.end_ms = end_ms
        obj.start_ms = start_ms
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "endMs": self.end_ms,
            "startMs": self.start_ms,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
