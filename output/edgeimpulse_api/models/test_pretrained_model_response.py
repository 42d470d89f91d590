from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_result import AnomalyResult
from .bounding_box_with_score import BoundingBoxWithScore
from .test_pretrained_model_response_freeform_result import (
    TestPretrainedModelResponseFreeformResult,
)


class TestPretrainedModelResponse(serde.Model):
    """The schema at `#/components/schemas/TestPretrainedModelResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        anomaly_result (list[AnomalyResult], optional): Anomaly scores and computed
            metrics for visual anomaly detection, one item per window.
        bounding_boxes (list[BoundingBoxWithScore], optional)
        error (str, optional): Optional error description (set if 'success' was false)
        freeform_result (TestPretrainedModelResponseFreeformResult, optional)
        result (dict[str, float], optional): Classification value per label. For a
            neural network this will be the confidence, for anomalies the anomaly score.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "success",
        "anomaly_result",
        "bounding_boxes",
        "error",
        "freeform_result",
        "result",
        "additional_properties",
    )

    success: bool
    anomaly_result: list[AnomalyResult] | Unset
    bounding_boxes: list[BoundingBoxWithScore] | Unset
    error: str | Unset
    freeform_result: TestPretrainedModelResponseFreeformResult | Unset
    result: dict[str, float] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "anomalyResult",
            "boundingBoxes",
            "error",
            "freeformResult",
            "result",
            "success",
        }
    )

    def __init__(
        self,
        *,
        success: bool,
        anomaly_result: list[AnomalyResult] | Unset = UNSET,
        bounding_boxes: list[BoundingBoxWithScore] | Unset = UNSET,
        error: str | Unset = UNSET,
        freeform_result: TestPretrainedModelResponseFreeformResult | Unset = UNSET,
        result: dict[str, float] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.anomaly_result = anomaly_result
        self.bounding_boxes = bounding_boxes
        self.error = error
        self.freeform_result = freeform_result
        self.result = result
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "TestPretrainedModelResponse"
    ) -> TestPretrainedModelResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 1  # declared properties in data
        if "anomalyResult" in data:
            found += 1
            anomaly_result = data["anomalyResult"]
            anomaly_result = serde.list_of_models(
                anomaly_result, where, "anomalyResult", AnomalyResult.from_dict
            )
        else:
            anomaly_result = UNSET
        if "boundingBoxes" in data:
            found += 1
            bounding_boxes = data["boundingBoxes"]
            bounding_boxes = serde.list_of_models(
                bounding_boxes, where, "boundingBoxes", BoundingBoxWithScore.from_dict
            )
        else:
            bounding_boxes = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "freeformResult" in data:
            found += 1
            freeform_result = data["freeformResult"]
            freeform_result = TestPretrainedModelResponseFreeformResult.from_dict(
                freeform_result, where + ".freeformResult"
            )
        else:
            freeform_result = UNSET
        if "result" in data:
            found += 1
            result = data["result"]
            result = serde.dict_of(result, where, "result", serde.float_)
        else:
            result = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.anomaly_result = anomaly_result
        obj.bounding_boxes = bounding_boxes
        obj.error = error
        obj.freeform_result = freeform_result
        obj.result = result
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
        }
        if self.anomaly_result is not UNSET:
            out["anomalyResult"] = [
                v0.to_dict(request=request) for v0 in self.anomaly_result
            ]
        if self.bounding_boxes is not UNSET:
            out["boundingBoxes"] = [
                v0.to_dict(request=request) for v0 in self.bounding_boxes
            ]
        if self.error is not UNSET:
            out["error"] = self.error
        if self.freeform_result is not UNSET:
            out["freeformResult"] = self.freeform_result.to_dict(request=request)
        if self.result is not UNSET:
            out["result"] = self.result
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
