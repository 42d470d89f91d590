from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_config_axes_item import AnomalyConfigAxesItem
from .block_threshold import BlockThreshold
from .dependency_data import DependencyData


class AnomalyConfigResponse(serde.Model):
    """The schema at `#/components/schemas/AnomalyConfigResponse` of the API
    description.

    Attributes:
        axes (list[AnomalyConfigAxesItem]): Selectable axes for the anomaly detection
            block
        dependencies (DependencyData)
        minimum_confidence_rating (float): DEPRECATED, see "thresholds" instead. Minimum
            confidence rating for this block, scores above this number will be flagged
            as anomaly.
        name (str)
        selected_axes (list[int]): Selected clusters (in config)
        success (bool): Whether the operation succeeded
        thresholds (list[BlockThreshold]): List of configurable thresholds for this
            block.
        trained (bool): Whether the block is trained
        cluster_count (int, optional): Number of clusters for K-means, or number of
            components for GMM (in config)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "axes",
        "dependencies",
        "minimum_confidence_rating",
        "name",
        "selected_axes",
        "success",
        "thresholds",
        "trained",
        "cluster_count",
        "error",
        "additional_properties",
    )

    axes: list[AnomalyConfigAxesItem]
    dependencies: DependencyData
    minimum_confidence_rating: float
    name: str
    selected_axes: list[int]
    success: bool
    thresholds: list[BlockThreshold]
    trained: bool
    cluster_count: int | Unset
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "axes",
            "clusterCount",
            "dependencies",
            "error",
            "minimumConfidenceRating",
            "name",
            "selectedAxes",
            "success",
            "thresholds",
            "trained",
        }
    )

    def __init__(
        self,
        *,
        axes: list[AnomalyConfigAxesItem],
        dependencies: DependencyData,
        minimum_confidence_rating: float,
        name: str,
        selected_axes: list[int],
        success: bool,
        thresholds: list[BlockThreshold],
        trained: bool,
        cluster_count: int | Unset = UNSET,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.axes = axes
        self.dependencies = dependencies
        self.minimum_confidence_rating = minimum_confidence_rating
        self.name = name
        self.selected_axes = selected_axes
        self.success = success
        self.thresholds = thresholds
        self.trained = trained
        self.cluster_count = cluster_count
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyConfigResponse"
    ) -> AnomalyConfigResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            axes = data["axes"]
            dependencies = data["dependencies"]
            minimum_confidence_rating = data["minimumConfidenceRating"]
            name = data["name"]
            selected_axes = data["selectedAxes"]
            success = data["success"]
            thresholds = data["thresholds"]
            trained = data["trained"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        axes = serde.list_of_models(
            axes, where, "axes", AnomalyConfigAxesItem.from_dict
        )
        dependencies = DependencyData.from_dict(dependencies, where + ".dependencies")
        if (
            type(minimum_confidence_rating) is not float
            and type(minimum_confidence_rating) is not int
        ):
            minimum_confidence_rating = serde.float_(
                minimum_confidence_rating, where, "minimumConfidenceRating"
            )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        selected_axes = serde.int_list(selected_axes, where, "selectedAxes")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        thresholds = serde.list_of_models(
            thresholds, where, "thresholds", BlockThreshold.from_dict
        )
        if type(trained) is not bool:
            trained = serde.bool_(trained, where, "trained")
        found = 8  # declared properties in data
        if "clusterCount" in data:
            found += 1
            cluster_count = data["clusterCount"]
            if type(cluster_count) is not int:
                cluster_count = serde.int_(cluster_count, where, "clusterCount")
        else:
            cluster_count = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.axes = axes
        obj.dependencies = dependencies
        obj.minimum_confidence_rating = minimum_confidence_rating
        obj.name = name
        obj.selected_axes = selected_axes
        obj.success = success
        obj.thresholds = thresholds
        obj.trained = trained
        obj.cluster_count = cluster_count
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "axes": [v0.to_dict(request=request) for v0 in self.axes],
            "dependencies": self.dependencies.to_dict(request=request),
            "minimumConfidenceRating": self.minimum_confidence_rating,
            "name": self.name,
            "selectedAxes": self.selected_axes,
            "success": self.success,
            "thresholds": [v0.to_dict(request=request) for v0 in self.thresholds],
            "trained": self.trained,
        }
        if self.cluster_count is not UNSET:
            out["clusterCount"] = self.cluster_count
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
