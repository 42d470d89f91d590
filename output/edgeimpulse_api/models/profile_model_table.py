from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .profile_model_table_mcu import ProfileModelTableMcu
from .profile_model_table_mpu import ProfileModelTableMpu


class ProfileModelTable(serde.Model):
    """Performance for a range of device types. Note that MPU is referred to as CPU in
    Studio, as MPU and CPU are treated equivalent for performance estimation.

    Attributes:
        gpu_or_mpu_accelerator (ProfileModelTableMpu)
        high_end_mcu (ProfileModelTableMcu)
        high_end_mcu_plus_accelerator (ProfileModelTableMcu)
        low_end_mcu (ProfileModelTableMcu)
        mpu (ProfileModelTableMpu)
        variant (Literal["int8", "float32"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "gpu_or_mpu_accelerator",
        "high_end_mcu",
        "high_end_mcu_plus_accelerator",
        "low_end_mcu",
        "mpu",
        "variant",
        "additional_properties",
    )

    gpu_or_mpu_accelerator: ProfileModelTableMpu
    high_end_mcu: ProfileModelTableMcu
    high_end_mcu_plus_accelerator: ProfileModelTableMcu
    low_end_mcu: ProfileModelTableMcu
    mpu: ProfileModelTableMpu
    variant: Literal["int8", "float32"]
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        gpu_or_mpu_accelerator: ProfileModelTableMpu,
        high_end_mcu: ProfileModelTableMcu,
        high_end_mcu_plus_accelerator: ProfileModelTableMcu,
        low_end_mcu: ProfileModelTableMcu,
        mpu: ProfileModelTableMpu,
        variant: Literal["int8", "float32"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.gpu_or_mpu_accelerator = gpu_or_mpu_accelerator
        self.high_end_mcu = high_end_mcu
        self.high_end_mcu_plus_accelerator = high_end_mcu_plus_accelerator
        self.low_end_mcu = low_end_mcu
        self.mpu = mpu
        self.variant = variant
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelTable"
    ) -> ProfileModelTable:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            gpu_or_mpu_accelerator = data["gpuOrMpuAccelerator"]
            high_end_mcu = data["highEndMcu"]
            high_end_mcu_plus_accelerator = data["highEndMcuPlusAccelerator"]
            low_end_mcu = data["lowEndMcu"]
            mpu = data["mpu"]
            variant = data["variant"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        gpu_or_mpu_accelerator = ProfileModelTableMpu.from_dict(
            gpu_or_mpu_accelerator, where + ".gpuOrMpuAccelerator"
        )
        high_end_mcu = ProfileModelTableMcu.from_dict(
            high_end_mcu, where + ".highEndMcu"
        )
        high_end_mcu_plus_accelerator = ProfileModelTableMcu.from_dict(
            high_end_mcu_plus_accelerator, where + ".highEndMcuPlusAccelerator"
        )
        low_end_mcu = ProfileModelTableMcu.from_dict(low_end_mcu, where + ".lowEndMcu")
        mpu = ProfileModelTableMpu.from_dict(mpu, where + ".mpu")
        if type(variant) is not str:
            variant = serde.str_enum(variant, where, "variant")
        obj = serde.new_object(cls)
        obj.gpu_or_mpu_accelerator = gpu_or_mpu_accelerator
        obj.high_end_mcu = high_end_mcu
        obj.high_end_mcu_plus_accelerator = high_end_mcu_plus_accelerator
        obj.low_end_mcu = low_end_mcu
        obj.mpu = mpu
        obj.variant = variant
        if len(data) == 6:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
