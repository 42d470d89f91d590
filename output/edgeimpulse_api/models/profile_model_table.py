from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .profile_model_table_mcu import ProfileModelTableMcu
from .profile_model_table_mpu import ProfileModelTableMpu


@dataclass(slots=True, kw_only=True)
class ProfileModelTable(serde.Model):
    """Performance for a range of device types. Note that MPU is referred to as CPU in Studio, as MPU and CPU are treated equivalent for performance estimation."""

    gpu_or_mpu_accelerator: ProfileModelTableMpu
    high_end_mcu: ProfileModelTableMcu
    high_end_mcu_plus_accelerator: ProfileModelTableMcu
    low_end_mcu: ProfileModelTableMcu
    mpu: ProfileModelTableMpu
    variant: Literal["int8", "float32"]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "gpuOrMpuAccelerator",
            "highEndMcu",
            "highEndMcuPlusAccelerator",
            "lowEndMcu",
            "mpu",
            "variant",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelTable"
    ) -> ProfileModelTable:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            gpu_or_mpu_accelerator = ProfileModelTableMpu.convert(
                data["gpuOrMpuAccelerator"], where, "gpuOrMpuAccelerator"
            )
            high_end_mcu = ProfileModelTableMcu.convert(
                data["highEndMcu"], where, "highEndMcu"
            )
            high_end_mcu_plus_accelerator = ProfileModelTableMcu.convert(
                data["highEndMcuPlusAccelerator"], where, "highEndMcuPlusAccelerator"
            )
            low_end_mcu = ProfileModelTableMcu.convert(
                data["lowEndMcu"], where, "lowEndMcu"
            )
            mpu = ProfileModelTableMpu.convert(data["mpu"], where, "mpu")
            variant = serde.str_enum(data["variant"], where, "variant")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            gpu_or_mpu_accelerator=gpu_or_mpu_accelerator,
            high_end_mcu=high_end_mcu,
            high_end_mcu_plus_accelerator=high_end_mcu_plus_accelerator,
            low_end_mcu=low_end_mcu,
            mpu=mpu,
            variant=variant,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "gpuOrMpuAccelerator": self.gpu_or_mpu_accelerator.to_dict(request=request),
            "highEndMcu": self.high_end_mcu.to_dict(request=request),
            "highEndMcuPlusAccelerator": self.high_end_mcu_plus_accelerator.to_dict(
                request=request
            ),
            "lowEndMcu": self.low_end_mcu.to_dict(request=request),
            "mpu": self.mpu.to_dict(request=request),
            "variant": self.variant,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
