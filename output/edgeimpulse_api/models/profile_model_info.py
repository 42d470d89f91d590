from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .keras_custom_metric import KerasCustomMetric
from .profile_model_info_memory import ProfileModelInfoMemory


class ProfileModelInfo(serde.Model):
    """The schema at `#/components/schemas/ProfileModelInfo` of the API description.

    Attributes:
        custom_metrics (list[KerasCustomMetric]): Custom, device-specific performance
            metrics
        device (str)
        has_performance (bool): If false, then no metrics are available for this target
        is_supported_on_mcu (bool)
        tflite_file_size_bytes (int)
        variant (Literal["int8", "float32", "akida"])
        mcu_support_error (str, optional)
        memory (ProfileModelInfoMemory, optional)
        profiling_error (str, optional): Specific error during profiling (e.g. model not
            supported)
        time_per_inference_ms (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "custom_metrics",
        "device",
        "has_performance",
        "is_supported_on_mcu",
        "tflite_file_size_bytes",
        "variant",
        "mcu_support_error",
        "memory",
        "profiling_error",
        "time_per_inference_ms",
        "additional_properties",
    )

    custom_metrics: list[KerasCustomMetric]
    device: str
    has_performance: bool
    is_supported_on_mcu: bool
    tflite_file_size_bytes: int
    variant: Literal["int8", "float32", "akida"]
    mcu_support_error: str | Unset
    memory: ProfileModelInfoMemory | Unset
    profiling_error: str | Unset
    time_per_inference_ms: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "customMetrics",
            "device",
            "hasPerformance",
            "isSupportedOnMcu",
            "mcuSupportError",
            "memory",
            "profilingError",
            "tfliteFileSizeBytes",
            "timePerInferenceMs",
            "variant",
        }
    )

    def __init__(
        self,
        *,
        custom_metrics: list[KerasCustomMetric],
        device: str,
        has_performance: bool,
        is_supported_on_mcu: bool,
        tflite_file_size_bytes: int,
        variant: Literal["int8", "float32", "akida"],
        mcu_support_error: str | Unset = UNSET,
        memory: ProfileModelInfoMemory | Unset = UNSET,
        profiling_error: str | Unset = UNSET,
        time_per_inference_ms: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.custom_metrics = custom_metrics
        self.device = device
        self.has_performance = has_performance
        self.is_supported_on_mcu = is_supported_on_mcu
        self.tflite_file_size_bytes = tflite_file_size_bytes
        self.variant = variant
        self.mcu_support_error = mcu_support_error
        self.memory = memory
        self.profiling_error = profiling_error
        self.time_per_inference_ms = time_per_inference_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "ProfileModelInfo") -> ProfileModelInfo:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            custom_metrics = data["customMetrics"]
            device = data["device"]
            has_performance = data["hasPerformance"]
            is_supported_on_mcu = data["isSupportedOnMcu"]
            tflite_file_size_bytes = data["tfliteFileSizeBytes"]
            variant = data["variant"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        custom_metrics = serde.list_of_models(
            custom_metrics, where, "customMetrics", KerasCustomMetric.from_dict
        )
        if type(device) is not str:
            device = serde.str_(device, where, "device")
        if type(has_performance) is not bool:
            has_performance = serde.bool_(has_performance, where, "hasPerformance")
        if type(is_supported_on_mcu) is not bool:
            is_supported_on_mcu = serde.bool_(
                is_supported_on_mcu, where, "isSupportedOnMcu"
            )
        if type(tflite_file_size_bytes) is not int:
            tflite_file_size_bytes = serde.int_(
                tflite_file_size_bytes, where, "tfliteFileSizeBytes"
            )
        if type(variant) is not str:
            variant = serde.str_enum(variant, where, "variant")
        found = 6  # declared properties in data
        if "mcuSupportError" in data:
            found += 1
            mcu_support_error = data["mcuSupportError"]
            if type(mcu_support_error) is not str:
                mcu_support_error = serde.str_(
                    mcu_support_error, where, "mcuSupportError"
                )
        else:
            mcu_support_error = UNSET
        if "memory" in data:
            found += 1
            memory = data["memory"]
            memory = ProfileModelInfoMemory.from_dict(memory, where + ".memory")
        else:
            memory = UNSET
        if "profilingError" in data:
            found += 1
            profiling_error = data["profilingError"]
            if type(profiling_error) is not str:
                profiling_error = serde.str_(profiling_error, where, "profilingError")
        else:
            profiling_error = UNSET
        if "timePerInferenceMs" in data:
            found += 1
            time_per_inference_ms = data["timePerInferenceMs"]
            if type(time_per_inference_ms) is not int:
                time_per_inference_ms = serde.int_(
                    time_per_inference_ms, where, "timePerInferenceMs"
                )
        else:
            time_per_inference_ms = UNSET
        obj = serde.new_object(cls)
        obj.custom_metrics = custom_metrics
        obj.device = device
        obj.has_performance = has_performance
        obj.is_supported_on_mcu = is_supported_on_mcu
        obj.tflite_file_size_bytes = tflite_file_size_bytes
        obj.variant = variant
        obj.mcu_support_error = mcu_support_error
        obj.memory = memory
        obj.profiling_error = profiling_error
        obj.time_per_inference_ms = time_per_inference_ms
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "customMetrics": [
                v0.to_dict(request=request) for v0 in self.custom_metrics
            ],
            "device": self.device,
            "hasPerformance": self.has_performance,
            "isSupportedOnMcu": self.is_supported_on_mcu,
            "tfliteFileSizeBytes": self.tflite_file_size_bytes,
            "variant": self.variant,
        }
        if self.mcu_support_error is not UNSET:
            out["mcuSupportError"] = self.mcu_support_error
        if self.memory is not UNSET:
            out["memory"] = self.memory.to_dict(request=request)
        if self.profiling_error is not UNSET:
            out["profilingError"] = self.profiling_error
        if self.time_per_inference_ms is not UNSET:
            out["timePerInferenceMs"] = self.time_per_inference_ms
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
