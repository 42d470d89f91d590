from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_config_axes_item import AnomalyConfigAxesItem
from .block_threshold import BlockThreshold
from .dependency_data import DependencyData


@dataclass(slots=True, kw_only=True)
class AnomalyConfig(serde.Model):
    """The AnomalyConfig object of the API.

    Attributes:
        axes: Selectable axes for the anomaly detection block
        minimum_confidence_rating: DEPRECATED, see "thresholds" instead. Minimum confidence rating for this block, scores above this number will be flagged as anomaly.
        selected_axes: Selected clusters (in config)
        thresholds: List of configurable thresholds for this block.
        trained: Whether the block is trained
        cluster_count: Number of clusters for K-means, or number of components for GMM (in config)
    """

    axes: list[AnomalyConfigAxesItem]
    dependencies: DependencyData
    minimum_confidence_rating: float
    name: str
    selected_axes: list[int]
    thresholds: list[BlockThreshold]
    trained: bool
    cluster_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "axes",
            "clusterCount",
            "dependencies",
            "minimumConfidenceRating",
            "name",
            "selectedAxes",
            "thresholds",
            "trained",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "AnomalyConfig") -> AnomalyConfig:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            axes = serde.list_of(
                data["axes"], where, "axes", AnomalyConfigAxesItem.convert
            )
            dependencies = DependencyData.convert(
                data["dependencies"], where, "dependencies"
            )
            minimum_confidence_rating = serde.float_(
                data["minimumConfidenceRating"], where, "minimumConfidenceRating"
            )
            name = serde.str_(data["name"], where, "name")
            selected_axes = serde.list_of(
                data["selectedAxes"], where, "selectedAxes", serde.int_
            )
            thresholds = serde.list_of(
                data["thresholds"], where, "thresholds", BlockThreshold.convert
            )
            trained = serde.bool_(data["trained"], where, "trained")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        cluster_count = data.get("clusterCount", UNSET)
        if cluster_count is not UNSET:
            cluster_count = serde.int_(cluster_count, where, "clusterCount")
        return cls(
            axes=axes,
            dependencies=dependencies,
            minimum_confidence_rating=minimum_confidence_rating,
            name=name,
            selected_axes=selected_axes,
            thresholds=thresholds,
            trained=trained,
            cluster_count=cluster_count,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "axes": [v0.to_dict(request=request) for v0 in self.axes],
            "dependencies": self.dependencies.to_dict(request=request),
            "minimumConfidenceRating": self.minimum_confidence_rating,
            "name": self.name,
            "selectedAxes": self.selected_axes,
            "thresholds": [v0.to_dict(request=request) for v0 in self.thresholds],
            "trained": self.trained,
        }
        if self.cluster_count is not UNSET:
            out["clusterCount"] = self.cluster_count
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
