from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .get_pretrained_model_response_model import GetPretrainedModelResponseModel
from .get_pretrained_model_response_model_info import (
    GetPretrainedModelResponseModelInfo,
)


class GetPretrainedModelResponse(serde.Model):
    """The schema at `#/components/schemas/GetPretrainedModelResponse` of the API
    description.

    Attributes:
        available_model_types (list[Literal["int8", "float32", "akida",
            "requiresRetrain"]]): The types of model that are available
        specific_device_selected (bool): Whether a specific device was selected for
            performance profiling
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        model (GetPretrainedModelResponseModel, optional)
        model_info (GetPretrainedModelResponseModelInfo, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "available_model_types",
        "specific_device_selected",
        "success",
        "error",
        "model",
        "model_info",
        "additional_properties",
    )

    available_model_types: list[Literal["int8", "float32", "akida", "requiresRetrain"]]
    specific_device_selected: bool
    success: bool
    error: str | Unset
    model: GetPretrainedModelResponseModel | Unset
    model_info: GetPretrainedModelResponseModelInfo | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "availableModelTypes",
            "error",
            "model",
            "modelInfo",
            "specificDeviceSelected",
            "success",
        }
    )

    def __init__(
        self,
        *,
        available_model_types: list[
            Literal["int8", "float32", "akida", "requiresRetrain"]
        ],
        specific_device_selected: bool,
        success: bool,
        error: str | Unset = UNSET,
        model: GetPretrainedModelResponseModel | Unset = UNSET,
        model_info: GetPretrainedModelResponseModelInfo | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.available_model_types = available_model_types
        self.specific_device_selected = specific_device_selected
        self.success = success
        self.error = error
        self.model = model
        self.model_info = model_info
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetPretrainedModelResponse"
    ) -> GetPretrainedModelResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            available_model_types = data["availableModelTypes"]
            specific_device_selected = data["specificDeviceSelected"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        available_model_types = serde.str_enum_list(
            available_model_types, where, "availableModelTypes"
        )
        if type(specific_device_selected) is not bool:
            specific_device_selected = serde.bool_(
                specific_device_selected, where, "specificDeviceSelected"
            )
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "model" in data:
            found += 1
            model = data["model"]
            model = GetPretrainedModelResponseModel.from_dict(model, where + ".model")
        else:
            model = UNSET
        if "modelInfo" in data:
            found += 1
            model_info = data["modelInfo"]
            model_info = GetPretrainedModelResponseModelInfo.from_dict(
                model_info, where + ".modelInfo"
            )
        else:
            model_info = UNSET
        obj = serde.new_object(cls)
        obj.available_model_types = available_model_types
        obj.specific_device_selected = specific_device_selected
        obj.success = success
        obj.error = error
        obj.model = model
        obj.model_info = model_info
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "availableModelTypes": self.available_model_types,
            "specificDeviceSelected": self.specific_device_selected,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.model is not UNSET:
            out["model"] = self.model.to_dict(request=request)
        if self.model_info is not UNSET:
            out["modelInfo"] = self.model_info.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
