from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .object_detection_auto_label_response_results_item import (
    ObjectDetectionAutoLabelResponseResultsItem,
)


class ObjectDetectionAutoLabelResponse(serde.Model):
    """The schema at `#/components/schemas/ObjectDetectionAutoLabelResponse` of the API
    description.

    Attributes:
        all_labels (list[str])
        results (list[ObjectDetectionAutoLabelResponseResultsItem])
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("all_labels", "results", "success", "error", "additional_properties")

    all_labels: list[str]
    results: list[ObjectDetectionAutoLabelResponseResultsItem]
    success: bool
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"allLabels", "error", "results", "success"}
    )

    def __init__(
        self,
        *,
        all_labels: list[str],
        results: list[ObjectDetectionAutoLabelResponseResultsItem],
        success: bool,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.all_labels = all_labels
        self.results = results
        self.success = success
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ObjectDetectionAutoLabelResponse"
    ) -> ObjectDetectionAutoLabelResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            all_labels = data["allLabels"]
            results = data["results"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        all_labels = serde.str_list(all_labels, where, "allLabels")
        results = serde.list_of_models(
            results,
            where,
            "results",
            ObjectDetectionAutoLabelResponseResultsItem.from_dict,
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
        obj = serde.new_object(cls)
        obj.all_labels = all_labels
        obj.results = results
        obj.success = success
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "allLabels": self.all_labels,
            "results": [v0.to_dict(request=request) for v0 in self.results],
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
