from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class StartSamplingRequest(serde.Model):
    """The schema at `#/components/schemas/StartSamplingRequest` of the API description.

    Attributes:
        category (Literal["training", "testing", "post-processing"]): Which acquisition
            category to sample data into.
        interval_ms (float): Interval between samples (can be calculated like `1/hz *
            1000`)
        label (str): Label to be used during sampling.
        length_ms (int): Requested length of the sample (in ms).
        collected_sample_count (float, optional): A hint to supported clients to show
            the number of samples currently collected
        label_color (str, optional): Text color of label displayed on supported clients.
            Value can be any supported CSS color value
        sensor (str, optional): The sensor to sample from.
        target_sample_count (float, optional): A hint to supported clients to show the
            desired number of samples to be collected
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "category",
        "interval_ms",
        "label",
        "length_ms",
        "collected_sample_count",
        "label_color",
        "sensor",
        "target_sample_count",
        "additional_properties",
    )

    category: Literal["training", "testing", "post-processing"]
    interval_ms: float
    label: str
    length_ms: int
    collected_sample_count: float | Unset
    label_color: str | Unset
    sensor: str | Unset
    target_sample_count: float | Unset
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        category: Literal["training", "testing", "post-processing"],
        interval_ms: float,
        label: str,
        length_ms: int,
        collected_sample_count: float | Unset = UNSET,
        label_color: str | Unset = UNSET,
        sensor: str | Unset = UNSET,
        target_sample_count: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.category = category
        self.interval_ms = interval_ms
        self.label = label
        self.length_ms = length_ms
        self.collected_sample_count = collected_sample_count
        self.label_color = label_color
        self.sensor = sensor
        self.target_sample_count = target_sample_count
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartSamplingRequest"
    ) -> StartSamplingRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            category = data["category"]
            interval_ms = data["intervalMs"]
            label = data["label"]
            length_ms = data["lengthMs"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(category) is not str:
            category = serde.str_enum(category, where, "category")
        if type(interval_ms) is not float and type(interval_ms) is not int:
            interval_ms = serde.float_(interval_ms, where, "intervalMs")
        if type(label) is not str:
            label = serde.str_(label, where, "label")
        if type(length_ms) is not int:
            length_ms = serde.int_(length_ms, where, "lengthMs")
        found = 4  # declared properties in data
        if "collectedSampleCount" in data:
            found += 1
            collected_sample_count = data["collectedSampleCount"]
            if (
                type(collected_sample_count) is not float
                and type(collected_sample_count) is not int
            ):
                collected_sample_count = serde.float_(
                    collected_sample_count, where, "collectedSampleCount"
                )
        else:
            collected_sample_count = UNSET
        if "labelColor" in data:
            found += 1
            label_color = data["labelColor"]
            if type(label_color) is not str:
                label_color = serde.str_(label_color, where, "labelColor")
        else:
            label_color = UNSET
        if "sensor" in data:
            found += 1
            sensor = data["sensor"]
            if type(sensor) is not str:
                sensor = serde.str_(sensor, where, "sensor")
        else:
            sensor = UNSET
        if "targetSampleCount" in data:
            found += 1
            target_sample_count = data["targetSampleCount"]
            if (
                type(target_sample_count) is not float
                and type(target_sample_count) is not int
            ):
                target_sample_count = serde.float_(
                    target_sample_count, where, "targetSampleCount"
                )
        else:
            target_sample_count = UNSET
        obj = serde.new_object(cls)
        obj.category = category
        obj.interval_ms = interval_ms
        obj.label = label
        obj.length_ms = length_ms
        obj.collected_sample_count = collected_sample_count
        obj.label_color = label_color
        obj.sensor = sensor
        obj.target_sample_count = target_sample_count
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
