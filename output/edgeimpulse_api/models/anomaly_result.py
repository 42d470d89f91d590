from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .bounding_box_with_score import BoundingBoxWithScore


class AnomalyResult(serde.Model):
    """The schema at `#/components/schemas/AnomalyResult` of the API description.

    Attributes:
        boxes (list[BoundingBoxWithScore], optional): For visual anomaly detection. An
            array of bounding box objects, (x, y, width, height, score, label), one per
            detection in the image. Filtered by the minimum confidence rating of the
            learn block.
        max_score (float, optional): Maximum value of the scores.
        mean_score (float, optional): Mean value of the scores.
        scores (list[list[float]], optional): 2D array of shape (n, n) with raw anomaly
            scores for visual anomaly detection, where n can be calculated as ((1/8 of
            image input size)/2 - 1). The scores corresponds to each grid cell in the
            image's spatial matrix.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("boxes", "max_score", "mean_score", "scores", "additional_properties")

    boxes: list[BoundingBoxWithScore] | Unset
    max_score: float | Unset
    mean_score: float | Unset
    scores: list[list[float]] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"boxes", "maxScore", "meanScore", "scores"}
    )

    def __init__(
        self,
        *,
        boxes: list[BoundingBoxWithScore] | Unset = UNSET,
        max_score: float | Unset = UNSET,
        mean_score: float | Unset = UNSET,
        scores: list[list[float]] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.boxes = boxes
        self.max_score = max_score
        self.mean_score = mean_score
        self.scores = scores
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "AnomalyResult") -> AnomalyResult:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "boxes" in data:
            found += 1
            boxes = data["boxes"]
            boxes = serde.list_of_models(
                boxes, where, "boxes", BoundingBoxWithScore.from_dict
            )
        else:
            boxes = UNSET
        if "maxScore" in data:
            found += 1
            max_score = data["maxScore"]
            if type(max_score) is not float and type(max_score) is not int:
                max_score = serde.float_(max_score, where, "maxScore")
        else:
            max_score = UNSET
        if "meanScore" in data:
            found += 1
            mean_score = data["meanScore"]
            if type(mean_score) is not float and type(mean_score) is not int:
                mean_score = serde.float_(mean_score, where, "meanScore")
        else:
            mean_score = UNSET
        if "scores" in data:
            found += 1
            scores = data["scores"]
            scores = serde.list_of(scores, where, "scores", serde.array(serde.float_))
        else:
            scores = UNSET
        obj = serde.new_object(cls)
        obj.boxes = boxes
        obj.max_score = max_score
        obj.mean_score = mean_score
        obj.scores = scores
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.boxes is not UNSET:
            out["boxes"] = [v0.to_dict(request=request) for v0 in self.boxes]
        if self.max_score is not UNSET:
            out["maxScore"] = self.max_score
        if self.mean_score is not UNSET:
            out["meanScore"] = self.mean_score
        if self.scores is not UNSET:
            out["scores"] = self.scores
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
