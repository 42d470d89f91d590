from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .profile_model_table_mcu_memory_eon import ProfileModelTableMcuMemoryEon
from .profile_model_table_mcu_memory_eon_ram_optimized import (
    ProfileModelTableMcuMemoryEonRamOptimized,
)
from .profile_model_table_mcu_memory_tflite import ProfileModelTableMcuMemoryTflite


class ProfileModelTableMcuMemory(serde.Model):
    """The schema at `#/components/schemas/ProfileModelTableMcu/properties/memory` of
    the API description.

    Attributes:
        eon (ProfileModelTableMcuMemoryEon, optional)
        eon_ram_optimized (ProfileModelTableMcuMemoryEonRamOptimized, optional)
        tflite (ProfileModelTableMcuMemoryTflite, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("eon", "eon_ram_optimized", "tflite", "additional_properties")

    eon: ProfileModelTableMcuMemoryEon | Unset
    eon_ram_optimized: ProfileModelTableMcuMemoryEonRamOptimized | Unset
    tflite: ProfileModelTableMcuMemoryTflite | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"eon", "eonRamOptimized", "tflite"}
    )

    def __init__(
        self,
        *,
        eon: ProfileModelTableMcuMemoryEon | Unset = UNSET,
        eon_ram_optimized: ProfileModelTableMcuMemoryEonRamOptimized | Unset = UNSET,
        tflite: ProfileModelTableMcuMemoryTflite | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.eon = eon
        self.eon_ram_optimized = eon_ram_optimized
        self.tflite = tflite
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelTableMcuMemory"
    ) -> ProfileModelTableMcuMemory:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "eon" in data:
            found += 1
            eon = data["eon"]
            eon = ProfileModelTableMcuMemoryEon.from_dict(eon, where + ".eon")
        else:
            eon = UNSET
        if "eonRamOptimized" in data:
            found += 1
            eon_ram_optimized = data["eonRamOptimized"]
            eon_ram_optimized = ProfileModelTableMcuMemoryEonRamOptimized.from_dict(
                eon_ram_optimized, where + ".eonRamOptimized"
            )
        else:
            eon_ram_optimized = UNSET
        if "tflite" in data:
            found += 1
            tflite = data["tflite"]
            tflite = ProfileModelTableMcuMemoryTflite.from_dict(
                tflite, where + ".tflite"
            )
        else:
            tflite = UNSET
        obj = serde.new_object(cls)
        obj.eon = eon
        obj.eon_ram_optimized = eon_ram_optimized
        obj.tflite = tflite
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.eon is not UNSET:
            out["eon"] = self.eon.to_dict(request=request)
        if self.eon_ram_optimized is not UNSET:
            out["eonRamOptimized"] = self.eon_ram_optimized.to_dict(request=request)
        if self.tflite is not UNSET:
            out["tflite"] = self.tflite.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
