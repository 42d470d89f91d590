from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class TestPretrainedModelResponseFreeformResultOutputTensorsItem(serde.Model):
    """The schema at
    `#/components/schemas/TestPretrainedModelResponse/allOf/1/properties/freeformResult/properties/outputTensors/items`
    of the API description.

    Attributes:
        data (list[float])
        data_type (Literal["int8", "uint8", "float32"])
        shape (list[int])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("data", "data_type", "shape", "additional_properties")

    data: list[float]
    data_type: Literal["int8", "uint8", "float32"]
    shape: list[int]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"data", "dataType", "shape"})

    def __init__(
        self,
        *,
        data: list[float],
        data_type: Literal["int8", "uint8", "float32"],
        shape: list[int],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.data_type = data_type
        self.shape = shape
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "TestPretrainedModelResponseFreeformResultOutputTensorsItem",
    ) -> TestPretrainedModelResponseFreeformResultOutputTensorsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _data = data["data"]
            data_type = data["dataType"]
            shape = data["shape"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        _data = serde.float_list(_data, where, "data")
        if type(data_type) is not str:
            data_type = serde.str_enum(data_type, where, "dataType")
        shape = serde.int_list(shape, where, "shape")
        obj = serde.new_object(cls)
        obj.data = _data
        obj.data_type = data_type
        obj.shape = shape
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "data": self.data,
            "dataType": self.data_type,
            "shape": self.shape,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
