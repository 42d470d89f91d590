from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class TrackObjectsRequest(serde.Model):
    """The schema at `#/components/schemas/TrackObjectsRequest` of the API description.

    Attributes:
        next_sample_id (int)
        source_sample_id (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("next_sample_id", "source_sample_id", "additional_properties")

    next_sample_id: int
    source_sample_id: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"nextSampleId", "sourceSampleId"}
    )

    def __init__(
        self,
        *,
        next_sample_id: int,
        source_sample_id: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.next_sample_id = next_sample_id
        self.source_sample_id = source_sample_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "TrackObjectsRequest"
    ) -> TrackObjectsRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            next_sample_id = data["nextSampleId"]
            source_sample_id = data["sourceSampleId"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(next_sample_id) is not int:
            next_sample_id = serde.int_(next_sample_id, where, "nextSampleId")
        if type(source_sample_id) is not int:
            source_sample_id = serde.int_(source_sample_id, where, "sourceSampleId")
        obj = serde.new_object(cls)
        obj.next_sample_id = next_sample_id
        obj.source_sample_id = source_sample_id
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "nextSampleId": self.next_sample_id,
            "sourceSampleId": self.source_sample_id,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
