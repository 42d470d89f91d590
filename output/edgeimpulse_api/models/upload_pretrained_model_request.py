from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class UploadPretrainedModelRequest(serde.Model):
    """The schema at `#/components/schemas/UploadPretrainedModelRequest` of the API
    description.

    Attributes:
        model_file (serde.FileInput)
        model_file_name (str)
        model_file_type (Literal["tflite", "onnx", "saved_model"])
        device (str, optional): MCU used for calculating latency, query `latencyDevices`
            in `listProject` for a list of supported devices (and use the "mcu" property
            here). If this is kept empty then we'll show an overview of multiple
            devices.
        override_input_shape (list[int], optional): Optional for ONNX files: overrides
            the input shape of the model. This is highly suggested if the model has
            dynamic dimensions. If this field is not set, then all dynamic dimensions
            will be set to '1'.
        representative_features (serde.FileInput, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "model_file",
        "model_file_name",
        "model_file_type",
        "device",
        "override_input_shape",
        "representative_features",
        "additional_properties",
    )

    model_file: serde.FileInput
    model_file_name: str
    model_file_type: Literal["tflite", "onnx", "saved_model"]
    device: str | Unset
    override_input_shape: list[int] | Unset
    representative_features: serde.FileInput | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "device",
            "modelFile",
            "modelFileName",
            "modelFileType",
            "overrideInputShape",
            "representativeFeatures",
        }
    )

    def __init__(
        self,
        *,
        model_file: serde.FileInput,
        model_file_name: str,
        model_file_type: Literal["tflite", "onnx", "saved_model"],
        device: str | Unset = UNSET,
        override_input_shape: list[int] | Unset = UNSET,
        representative_features: serde.FileInput | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.model_file = model_file
        self.model_file_name = model_file_name
        self.model_file_type = model_file_type
        self.device = device
        self.override_input_shape = override_input_shape
        self.representative_features = representative_features
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UploadPretrainedModelRequest"
    ) -> UploadPretrainedModelRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            model_file = data["modelFile"]
            model_file_name = data["modelFileName"]
            model_file_type = data["modelFileType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(model_file_name) is not str:
            model_file_name = serde.str_(model_file_name, where, "modelFileName")
        if type(model_file_type) is not str:
            model_file_type = serde.str_enum(model_file_type, where, "modelFileType")
        found = 3  # declared properties in data
        if "device" in data:
            found += 1
            device = data["device"]
            if type(device) is not str:
                device = serde.str_(device, where, "device")
        else:
            device = UNSET
        if "overrideInputShape" in data:
            found += 1
            override_input_shape = data["overrideInputShape"]
            override_input_shape = serde.int_list(
                override_input_shape, where, "overrideInputShape"
            )
        else:
            override_input_shape = UNSET
        if "representativeFeatures" in data:
            found += 1
            representative_features = data["representativeFeatures"]
        else:
            representative_features = UNSET
        obj = serde.new_object(cls)
        obj.model_file = model_file
        obj.model_file_name = model_file_name
        obj.model_file_type = model_file_type
        obj.device = device
        obj.override_input_shape = override_input_shape
        obj.representative_features = representative_features
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "modelFile": self.model_file,
            "modelFileName": self.model_file_name,
            "modelFileType": self.model_file_type,
        }
        if self.device is not UNSET:
            out["device"] = self.device
        if self.override_input_shape is not UNSET:
            out["overrideInputShape"] = self.override_input_shape
        if self.representative_features is not UNSET:
            out["representativeFeatures"] = self.representative_features
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
