from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_config_axes_item import AnomalyConfigAxesItem
from .block_threshold import BlockThreshold
from .dependency_data import DependencyData


@dataclass(slots=True, kw_only=True)
class AnomalyConfigResponse(serde.Model):
    """The AnomalyConfigResponse object of the API.

    Attributes:
        success: Whether the operation succeeded
        axes: Selectable axes for the anomaly detection block
        trained: Whether the block is trained
        selected_axes: Selected clusters (in config)
        minimum_confidence_rating: DEPRECATED, see "thresholds" instead. Minimum confidence rating for this block, scores above this number will be flagged as anomaly.
        thresholds: List of configurable thresholds for this block.
        error: Optional error description (set if 'success' was false)
        cluster_count: Number of clusters for K-means, or number of components for GMM (in config)
    """

    success: bool
    dependencies: DependencyData
    name: str
    axes: list[AnomalyConfigAxesItem]
    trained: bool
    selected_axes: list[int]
    minimum_confidence_rating: float
    thresholds: list[BlockThreshold]
    error: str | Unset = UNSET
    cluster_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "success",
            "error",
            "dependencies",
            "name",
            "axes",
            "trained",
            "clusterCount",
            "selectedAxes",
            "minimumConfidenceRating",
            "thresholds",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyConfigResponse"
    ) -> AnomalyConfigResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            success = serde.bool_(data["success"], where, "success")
            dependencies = DependencyData.convert(
                data["dependencies"], where, "dependencies"
            )
            name = serde.str_(data["name"], where, "name")
            axes = serde.list_of(
                data["axes"], where, "axes", AnomalyConfigAxesItem.convert
            )
            trained = serde.bool_(data["trained"], where, "trained")
            selected_axes = serde.list_of(
                data["selectedAxes"], where, "selectedAxes", serde.int_
            )
            minimum_confidence_rating = serde.float_(
                data["minimumConfidenceRating"], where, "minimumConfidenceRating"
            )
            thresholds = serde.list_of(
                data["thresholds"], where, "thresholds", BlockThreshold.convert
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        error = data.get("error", UNSET)
        if error is not UNSET:
            error = serde.str_(error, where, "error")
        cluster_count = data.get("clusterCount", UNSET)
        if cluster_count is not UNSET:
            cluster_count = serde.int_(cluster_count, where, "clusterCount")
        return cls(
            success=success,
            dependencies=dependencies,
            name=name,
            axes=axes,
            trained=trained,
            selected_axes=selected_axes,
            minimum_confidence_rating=minimum_confidence_rating,
            thresholds=thresholds,
            error=error,
            cluster_count=cluster_count,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
            "dependencies": self.dependencies.to_dict(request=request),
            "name": self.name,
            "axes": [v0.to_dict(request=request) for v0 in self.axes],
            "trained": self.trained,
            "selectedAxes": self.selected_axes,
            "minimumConfidenceRating": self.minimum_confidence_rating,
            "thresholds": [v0.to_dict(request=request) for v0 in self.thresholds],
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.cluster_count is not UNSET:
            out["clusterCount"] = self.cluster_count
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
