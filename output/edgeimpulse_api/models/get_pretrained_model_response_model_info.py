from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .deploy_pretrained_model_input_audio import DeployPretrainedModelInputAudio
from .deploy_pretrained_model_input_image import DeployPretrainedModelInputImage
from .deploy_pretrained_model_input_other import DeployPretrainedModelInputOther
from .deploy_pretrained_model_input_time_series import (
    DeployPretrainedModelInputTimeSeries,
)
from .deploy_pretrained_model_model_anomaly import DeployPretrainedModelModelAnomaly
from .deploy_pretrained_model_model_classification import (
    DeployPretrainedModelModelClassification,
)
from .deploy_pretrained_model_model_freeform import DeployPretrainedModelModelFreeform
from .deploy_pretrained_model_model_object_detection import (
    DeployPretrainedModelModelObjectDetection,
)
from .deploy_pretrained_model_model_regression import (
    DeployPretrainedModelModelRegression,
)
from .deploy_pretrained_model_model_visual_anomaly import (
    DeployPretrainedModelModelVisualAnomaly,
)


class GetPretrainedModelResponseModelInfo(serde.Model):
    """The schema at
    `#/components/schemas/GetPretrainedModelResponse/allOf/1/properties/modelInfo` of
    the API description.

    Attributes:
        input (DeployPretrainedModelInputTimeSeries | DeployPretrainedModelInputAudio |
            DeployPretrainedModelInputImage | DeployPretrainedModelInputOther)
        model (DeployPretrainedModelModelClassification |
            DeployPretrainedModelModelRegression |
            DeployPretrainedModelModelObjectDetection |
            DeployPretrainedModelModelFreeform | DeployPretrainedModelModelAnomaly |
            DeployPretrainedModelModelVisualAnomaly)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("input", "model", "additional_properties")

    input: (
        DeployPretrainedModelInputTimeSeries
        | DeployPretrainedModelInputAudio
        | DeployPretrainedModelInputImage
        | DeployPretrainedModelInputOther
    )
    model: (
        DeployPretrainedModelModelClassification
        | DeployPretrainedModelModelRegression
        | DeployPretrainedModelModelObjectDetection
        | DeployPretrainedModelModelFreeform
        | DeployPretrainedModelModelAnomaly
        | DeployPretrainedModelModelVisualAnomaly
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"input", "model"})

    def __init__(
        self,
        *,
        input: (
            DeployPretrainedModelInputTimeSeries
            | DeployPretrainedModelInputAudio
            | DeployPretrainedModelInputImage
            | DeployPretrainedModelInputOther
        ),
        model: (
            DeployPretrainedModelModelClassification
            | DeployPretrainedModelModelRegression
            | DeployPretrainedModelModelObjectDetection
            | DeployPretrainedModelModelFreeform
            | DeployPretrainedModelModelAnomaly
            | DeployPretrainedModelModelVisualAnomaly
        ),
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.input = input
        self.model = model
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetPretrainedModelResponseModelInfo"
    ) -> GetPretrainedModelResponseModelInfo:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _input = data["input"]
            model = data["model"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        _input = serde.tagged(
            _input,
            where,
            "input",
            "inputType",
            {
                "audio": DeployPretrainedModelInputAudio.convert,
                "image": DeployPretrainedModelInputImage.convert,
                "other": DeployPretrainedModelInputOther.convert,
                "time-series": DeployPretrainedModelInputTimeSeries.convert,
            },
        )
        model = serde.tagged(
            model,
            where,
            "model",
            "modelType",
            {
                "anomaly": DeployPretrainedModelModelAnomaly.convert,
                "classification": DeployPretrainedModelModelClassification.convert,
                "freeform": DeployPretrainedModelModelFreeform.convert,
                "object-detection": DeployPretrainedModelModelObjectDetection.convert,
                "regression": DeployPretrainedModelModelRegression.convert,
                "visual-anomaly": DeployPretrainedModelModelVisualAnomaly.convert,
            },
        )
        obj = serde.new_object(cls)
        obj.input = _input
        obj.model = model
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "input": serde.dump(self.input, request),
            "model": serde.dump(self.model, request),
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
