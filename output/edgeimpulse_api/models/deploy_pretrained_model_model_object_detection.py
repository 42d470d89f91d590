from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class DeployPretrainedModelModelObjectDetection(serde.Model):
    """The DeployPretrainedModelModelObjectDetection object of the API.

    Attributes:
        minimum_confidence: Deprecated: use thresholdValues instead. Threshold for objects (f.e. 0.3).
        threshold_values: All configured thresholds for the current model. Valid keys are 'min_score' (object detection models, all but paddleocr-detector); 'min_score_pixel', 'min_score_box', 'unclip_ratio' (paddleocr-detector).
    """

    labels: list[str]
    last_layer: Literal[
        "mobilenet-ssd",
        "fomo",
        "yolov2-akida",
        "yolov5",
        "yolov5v5-drpai",
        "yolox",
        "yolov7",
        "yolo-pro",
        "tao-retinanet",
        "tao-ssd",
        "tao-yolov3",
        "tao-yolov4",
        "yolov11",
        "yolov11-abs",
        "paddleocr-detector",
        "qc-face-det-lite",
    ]
    minimum_confidence: float
    model_type: Literal["object-detection"]
    threshold_values: dict[str, float] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"labels", "lastLayer", "minimumConfidence", "modelType", "thresholdValues"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelModelObjectDetection"
    ) -> DeployPretrainedModelModelObjectDetection:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            labels = serde.list_of(data["labels"], where, "labels", serde.str_)
            last_layer = serde.str_enum(data["lastLayer"], where, "lastLayer")
            minimum_confidence = serde.float_(
                data["minimumConfidence"], where, "minimumConfidence"
            )
            model_type = serde.str_enum(data["modelType"], where, "modelType")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        threshold_values = data.get("thresholdValues", UNSET)
        if threshold_values is not UNSET:
            threshold_values = serde.dict_of(
                threshold_values, where, "thresholdValues", serde.float_
            )
        return cls(
            labels=labels,
            last_layer=last_layer,
            minimum_confidence=minimum_confidence,
            model_type=model_type,
            threshold_values=threshold_values,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "labels": self.labels,
            "lastLayer": self.last_layer,
            "minimumConfidence": self.minimum_confidence,
            "modelType": self.model_type,
        }
        if self.threshold_values is not UNSET:
            out["thresholdValues"] = self.threshold_values
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
