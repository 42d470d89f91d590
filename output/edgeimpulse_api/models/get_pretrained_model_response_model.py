from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .get_pretrained_model_response_model_profile_info import (
    GetPretrainedModelResponseModelProfileInfo,
)
from .pretrained_model_tensor import PretrainedModelTensor


class GetPretrainedModelResponseModel(serde.Model):
    """The schema at
    `#/components/schemas/GetPretrainedModelResponse/allOf/1/properties/model` of the
    API description.

    Attributes:
        file_name (str)
        inputs (list[PretrainedModelTensor])
        outputs (list[PretrainedModelTensor])
        profile_info (GetPretrainedModelResponseModelProfileInfo, optional)
        profile_job_failed (bool, optional): If this is set, then the profiling job
            failed (get the status by getting the job logs for 'profilingJobId').
        profile_job_id (int, optional): If this is set, then we're still profiling this
            model. Subscribe to job updates to see when it's done (afterward the
            metadata will be updated).
        supports_tf_lite (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "file_name",
        "inputs",
        "outputs",
        "profile_info",
        "profile_job_failed",
        "profile_job_id",
        "supports_tf_lite",
        "additional_properties",
    )

    file_name: str
    inputs: list[PretrainedModelTensor]
    outputs: list[PretrainedModelTensor]
    profile_info: GetPretrainedModelResponseModelProfileInfo | Unset
    profile_job_failed: bool | Unset
    profile_job_id: int | Unset
    supports_tf_lite: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "fileName",
            "inputs",
            "outputs",
            "profileInfo",
            "profileJobFailed",
            "profileJobId",
            "supportsTFLite",
        }
    )

    def __init__(
        self,
        *,
        file_name: str,
        inputs: list[PretrainedModelTensor],
        outputs: list[PretrainedModelTensor],
        profile_info: GetPretrainedModelResponseModelProfileInfo | Unset = UNSET,
        profile_job_failed: bool | Unset = UNSET,
        profile_job_id: int | Unset = UNSET,
        supports_tf_lite: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.file_name = file_name
        self.inputs = inputs
        self.outputs = outputs
        self.profile_info = profile_info
        self.profile_job_failed = profile_job_failed
        self.profile_job_id = profile_job_id
        self.supports_tf_lite = supports_tf_lite
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetPretrainedModelResponseModel"
    ) -> GetPretrainedModelResponseModel:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            file_name = data["fileName"]
            inputs = data["inputs"]
            outputs = data["outputs"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(file_name) is not str:
            file_name = serde.str_(file_name, where, "fileName")
        inputs = serde.list_of_models(
            inputs, where, "inputs", PretrainedModelTensor.from_dict
        )
        outputs = serde.list_of_models(
            outputs, where, "outputs", PretrainedModelTensor.from_dict
        )
        found = 3  # declared properties in data
        if "profileInfo" in data:
            found += 1
            profile_info = data["profileInfo"]
            profile_info = GetPretrainedModelResponseModelProfileInfo.from_dict(
                profile_info, where + ".profileInfo"
            )
        else:
            profile_info = UNSET
        if "profileJobFailed" in data:
            found += 1
            profile_job_failed = data["profileJobFailed"]
            if type(profile_job_failed) is not bool:
                profile_job_failed = serde.bool_(
                    profile_job_failed, where, "profileJobFailed"
                )
        else:
            profile_job_failed = UNSET
        if "profileJobId" in data:
            found += 1
            profile_job_id = data["profileJobId"]
            if type(profile_job_id) is not int:
                profile_job_id = serde.int_(profile_job_id, where, "profileJobId")
        else:
            profile_job_id = UNSET
        if "supportsTFLite" in data:
            found += 1
            supports_tf_lite = data["supportsTFLite"]
            if type(supports_tf_lite) is not bool:
                supports_tf_lite = serde.bool_(
                    supports_tf_lite, where, "supportsTFLite"
                )
        else:
            supports_tf_lite = UNSET
        obj = serde.new_object(cls)
        obj.file_name = file_name
        obj.inputs = inputs
        obj.outputs = outputs
        obj.profile_info = profile_info
        obj.profile_job_failed = profile_job_failed
        obj.profile_job_id = profile_job_id
        obj.supports_tf_lite = supports_tf_lite
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "fileName": self.file_name,
            "inputs": [v0.to_dict(request=request) for v0 in self.inputs],
            "outputs": [v0.to_dict(request=request) for v0 in self.outputs],
        }
        if self.profile_info is not UNSET:
            out["profileInfo"] = self.profile_info.to_dict(request=request)
        if self.profile_job_failed is not UNSET:
            out["profileJobFailed"] = self.profile_job_failed
        if self.profile_job_id is not UNSET:
            out["profileJobId"] = self.profile_job_id
        if self.supports_tf_lite is not UNSET:
            out["supportsTFLite"] = self.supports_tf_lite
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
