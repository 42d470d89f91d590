from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class DeployPretrainedModelModelObjectDetection(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelModelObjectDetection` of
    the API description.

    Attributes:
        labels (list[str])
        last_layer (Literal["mobilenet-ssd", "fomo", "yolov2-akida", "yolov5",
            "yolov5v5-drpai", "yolox", "yolov7", "yolo-pro", "tao-retinanet", "tao-ssd",
            "tao-yolov3", "tao-yolov4", "yolov11", "yolov11-abs", "paddleocr-detector",
            "qc-face-det-lite"])
        minimum_confidence (float): Deprecated: use thresholdValues instead. Threshold
            for objects (f.e. 0.3).
        model_type (Literal["object-detection"])
        threshold_values (dict[str, float], optional): All configured thresholds for the
            current model. Valid keys are 'min_score' (object detection models, all but
            paddleocr-detector); 'min_score_pixel', 'min_score_box', 'unclip_ratio'
            (paddleocr-detector).
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "labels",
        "last_layer",
        "minimum_confidence",
        "model_type",
        "threshold_values",
        "additional_properties",
    )

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
    threshold_values: dict[str, float] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"labels", "lastLayer", "minimumConfidence", "modelType", "thresholdValues"}
    )

    def __init__(
        self,
        *,
        labels: list[str],
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
        ],
        minimum_confidence: float,
        model_type: Literal["object-detection"],
        threshold_values: dict[str, float] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.labels = labels
        self.last_layer = last_layer
        self.minimum_confidence = minimum_confidence
        self.model_type = model_type
        self.threshold_values = threshold_values
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelModelObjectDetection"
    ) -> DeployPretrainedModelModelObjectDetection:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            labels = data["labels"]
            last_layer = data["lastLayer"]
            minimum_confidence = data["minimumConfidence"]
            model_type = data["modelType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        labels = serde.str_list(labels, where, "labels")
        if type(last_layer) is not str:
            last_layer = serde.str_enum(last_layer, where, "lastLayer")
        if (
            type(minimum_confidence) is not float
            and type(minimum_confidence) is not int
        ):
            minimum_confidence = serde.float_(
                minimum_confidence, where, "minimumConfidence"
            )
        if type(model_type) is not str:
            model_type = serde.str_enum(model_type, where, "modelType")
        found = 4  # declared properties in data
        if "thresholdValues" in data:
            found += 1
            threshold_values = data["thresholdValues"]
            threshold_values = serde.dict_of(
                threshold_values, where, "thresholdValues", serde.float_
            )
        else:
            threshold_values = UNSET
        obj = serde.new_object(cls)
        obj.labels = labels
        obj.last_layer = last_layer
        obj.minimum_confidence = minimum_confidence
        obj.model_type = model_type
        obj.threshold_values = threshold_values
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
