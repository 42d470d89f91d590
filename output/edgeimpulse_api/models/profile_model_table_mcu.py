from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .profile_model_table_mcu_memory import ProfileModelTableMcuMemory


class ProfileModelTableMcu(serde.Model):
    """The schema at `#/components/schemas/ProfileModelTableMcu` of the API description.

    Attributes:
        description (str)
        supported (bool)
        mcu_support_error (str, optional)
        memory (ProfileModelTableMcuMemory, optional)
        time_per_inference_ms (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "description",
        "supported",
        "mcu_support_error",
        "memory",
        "time_per_inference_ms",
        "additional_properties",
    )

    description: str
    supported: bool
    mcu_support_error: str | Unset
    memory: ProfileModelTableMcuMemory | Unset
    time_per_inference_ms: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"description", "mcuSupportError", "memory", "supported", "timePerInferenceMs"}
    )

    def __init__(
        self,
        *,
        description: str,
        supported: bool,
        mcu_support_error: str | Unset = UNSET,
        memory: ProfileModelTableMcuMemory | Unset = UNSET,
        time_per_inference_ms: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.supported = supported
        self.mcu_support_error = mcu_support_error
        self.memory = memory
        self.time_per_inference_ms = time_per_inference_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelTableMcu"
    ) -> ProfileModelTableMcu:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
            supported = data["supported"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(supported) is not bool:
            supported = serde.bool_(supported, where, "supported")
        found = 2  # declared properties in data
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
            memory = ProfileModelTableMcuMemory.from_dict(memory, where + ".memory")
        else:
            memory = UNSET
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
        obj.description = description
        obj.supported = supported
        obj.mcu_support_error = mcu_support_error
        obj.memory = memory
        obj.time_per_inference_ms = time_per_inference_ms
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
            "supported": self.supported,
        }
        if self.mcu_support_error is not UNSET:
            out["mcuSupportError"] = self.mcu_support_error
        if self.memory is not UNSET:
            out["memory"] = self.memory.to_dict(request=request)
        if self.time_per_inference_ms is not UNSET:
            out["timePerInferenceMs"] = self.time_per_inference_ms
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
