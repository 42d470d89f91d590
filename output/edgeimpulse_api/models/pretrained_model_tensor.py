from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class PretrainedModelTensor(serde.Model):
    """The schema at `#/components/schemas/PretrainedModelTensor` of the API
    description.

    Attributes:
        data_type (Literal["int8", "uint8", "float32"])
        name (str)
        shape (list[int])
        quantization_scale (float, optional)
        quantization_zero_point (float, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "data_type",
        "name",
        "shape",
        "quantization_scale",
        "quantization_zero_point",
        "additional_properties",
    )

    data_type: Literal["int8", "uint8", "float32"]
    name: str
    shape: list[int]
    quantization_scale: float | Unset
    quantization_zero_point: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"dataType", "name", "quantizationScale", "quantizationZeroPoint", "shape"}
    )

    def __init__(
        self,
        *,
        data_type: Literal["int8", "uint8", "float32"],
        name: str,
        shape: list[int],
        quantization_scale: float | Unset = UNSET,
        quantization_zero_point: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data_type = data_type
        self.name = name
        self.shape = shape
        self.quantization_scale = quantization_scale
        self.quantization_zero_point = quantization_zero_point
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "PretrainedModelTensor"
    ) -> PretrainedModelTensor:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            data_type = data["dataType"]
            name = data["name"]
            shape = data["shape"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(data_type) is not str:
            data_type = serde.str_enum(data_type, where, "dataType")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        shape = serde.int_list(shape, where, "shape")
        found = 3  # declared properties in data
        if "quantizationScale" in data:
            found += 1
            quantization_scale = data["quantizationScale"]
            if (
                type(quantization_scale) is not float
                and type(quantization_scale) is not int
            ):
                quantization_scale = serde.float_(
                    quantization_scale, where, "quantizationScale"
                )
        else:
            quantization_scale = UNSET
        if "quantizationZeroPoint" in data:
            found += 1
            quantization_zero_point = data["quantizationZeroPoint"]
            if (
                type(quantization_zero_point) is not float
                and type(quantization_zero_point) is not int
            ):
                quantization_zero_point = serde.float_(
                    quantization_zero_point, where, "quantizationZeroPoint"
                )
        else:
            quantization_zero_point = UNSET
        obj = serde.new_object(cls)
        obj.data_type = data_type
        obj.name = name
        obj.shape = shape
        obj.quantization_scale = quantization_scale
        obj.quantization_zero_point = quantization_zero_point
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dataType": self.data_type,
            "name": self.name,
            "shape": self.shape,
        }
        if self.quantization_scale is not UNSET:
            out["quantizationScale"] = self.quantization_scale
        if self.quantization_zero_point is not UNSET:
            out["quantizationZeroPoint"] = self.quantization_zero_point
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
