from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_trained_features_response_data_item import (
    AnomalyTrainedFeaturesResponseDataItem,
)


class AnomalyTrainedFeaturesResponse(serde.Model):
    """The schema at `#/components/schemas/AnomalyTrainedFeaturesResponse` of the API
    description.

    Attributes:
        data (list[AnomalyTrainedFeaturesResponseDataItem])
        success (bool): Whether the operation succeeded
        total_sample_count (int): Total number of windows in the data set
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "data",
        "success",
        "total_sample_count",
        "error",
        "additional_properties",
    )

    data: list[AnomalyTrainedFeaturesResponseDataItem]
    success: bool
    total_sample_count: int
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"data", "error", "success", "totalSampleCount"}
    )

    def __init__(
        self,
        *,
        data: list[AnomalyTrainedFeaturesResponseDataItem],
        success: bool,
        total_sample_count: int,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data = data
        self.success = success
        self.total_sample_count = total_sample_count
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyTrainedFeaturesResponse"
    ) -> AnomalyTrainedFeaturesResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _data = data["data"]
            success = data["success"]
            total_sample_count = data["totalSampleCount"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        _data = serde.list_of_models(
            _data, where, "data", AnomalyTrainedFeaturesResponseDataItem.from_dict
        )
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        if type(total_sample_count) is not int:
            total_sample_count = serde.int_(
                total_sample_count, where, "totalSampleCount"
            )
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.data = _data
        obj.success = success
        obj.total_sample_count = total_sample_count
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "data": [v0.to_dict(request=request) for v0 in self.data],
            "success": self.success,
            "totalSampleCount": self.total_sample_count,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
