from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class StartSamplingRequest(serde.Model):
    """The StartSamplingRequest object of the API.

    Attributes:
        category: Which acquisition category to sample data into.
        interval_ms: Interval between samples (can be calculated like `1/hz * 1000`)
        label: Label to be used during sampling.
        length_ms: Requested length of the sample (in ms).
        collected_sample_count: A hint to supported clients to show the number of samples currently collected
        label_color: Text color of label displayed on supported clients. Value can be any supported CSS color value
        sensor: The sensor to sample from.
        target_sample_count: A hint to supported clients to show the desired number of samples to be collected
    """

    category: Literal["training", "testing", "post-processing"]
    interval_ms: float
    label: str
    length_ms: int
    collected_sample_count: float | Unset = UNSET
    label_color: str | Unset = UNSET
    sensor: str | Unset = UNSET
    target_sample_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "collectedSampleCount",
            "intervalMs",
            "label",
            "labelColor",
            "lengthMs",
            "sensor",
            "targetSampleCount",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartSamplingRequest"
    ) -> StartSamplingRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            category = serde.str_enum(data["category"], where, "category")
            interval_ms = serde.float_(data["intervalMs"], where, "intervalMs")
            label = serde.str_(data["label"], where, "label")
            length_ms = serde.int_(data["lengthMs"], where, "lengthMs")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        collected_sample_count = data.get("collectedSampleCount", UNSET)
        if collected_sample_count is not UNSET:
            collected_sample_count = serde.float_(
                collected_sample_count, where, "collectedSampleCount"
            )
        label_color = data.get("labelColor", UNSET)
        if label_color is not UNSET:
            label_color = serde.str_(label_color, where, "labelColor")
        sensor = data.get("sensor", UNSET)
        if sensor is not UNSET:
            sensor = serde.str_(sensor, where, "sensor")
        target_sample_count = data.get("targetSampleCount", UNSET)
        if target_sample_count is not UNSET:
            target_sample_count = serde.float_(
                target_sample_count, where, "targetSampleCount"
            )
        return cls(
            category=category,
            interval_ms=interval_ms,
            label=label,
            length_ms=length_ms,
            collected_sample_count=collected_sample_count,
            label_color=label_color,
            sensor=sensor,
            target_sample_count=target_sample_count,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "category": self.category,
            "intervalMs": self.interval_ms,
            "label": self.label,
            "lengthMs": self.length_ms,
        }
        if self.collected_sample_count is not UNSET:
            out["collectedSampleCount"] = self.collected_sample_count
        if self.label_color is not UNSET:
            out["labelColor"] = self.label_color
        if self.sensor is not UNSET:
            out["sensor"] = self.sensor
        if self.target_sample_count is not UNSET:
            out["targetSampleCount"] = self.target_sample_count
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
