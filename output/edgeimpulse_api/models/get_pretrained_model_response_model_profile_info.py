from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .profile_model_info import ProfileModelInfo
from .profile_model_table import ProfileModelTable


class GetPretrainedModelResponseModelProfileInfo(serde.Model):
    """The schema at
    `#/components/schemas/GetPretrainedModelResponse/allOf/1/properties/model/properties/profileInfo`
    of the API description.

    Attributes:
        table (ProfileModelTable): Performance for a range of device types. Note that
            MPU is referred to as CPU in Studio, as MPU and CPU are treated equivalent
            for performance estimation.
        float32 (ProfileModelInfo, optional)
        int8 (ProfileModelInfo, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("table", "float32", "int8", "additional_properties")

    table: ProfileModelTable
    float32: ProfileModelInfo | Unset
    int8: ProfileModelInfo | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"float32", "int8", "table"})

    def __init__(
        self,
        *,
        table: ProfileModelTable,
        float32: ProfileModelInfo | Unset = UNSET,
        int8: ProfileModelInfo | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.table = table
        self.float32 = float32
        self.int8 = int8
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetPretrainedModelResponseModelProfileInfo"
    ) -> GetPretrainedModelResponseModelProfileInfo:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            table = data["table"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        table = ProfileModelTable.from_dict(table, where + ".table")
        found = 1  # declared properties in data
        if "float32" in data:
            found += 1
            float32 = data["float32"]
            float32 = ProfileModelInfo.from_dict(float32, where + ".float32")
        else:
            float32 = UNSET
        if "int8" in data:
            found += 1
            int8 = data["int8"]
            int8 = ProfileModelInfo.from_dict(int8, where + ".int8")
        else:
            int8 = UNSET
        obj = serde.new_object(cls)
        obj.table = table
        obj.float32 = float32
        obj.int8 = int8
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "table": self.table.to_dict(request=request),
        }
        if self.float32 is not UNSET:
            out["float32"] = self.float32.to_dict(request=request)
        if self.int8 is not UNSET:
            out["int8"] = self.int8.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
