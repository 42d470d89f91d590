from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AnomalyGmmMetadataResponse(serde.Model):
    """The schema at `#/components/schemas/AnomalyGmmMetadataResponse` of the API
    description.

    Attributes:
        covariances (list[list[list[float]]]): 3D array of shape (n, m, m)
        means (list[list[float]]): 2D array of shape (n, m)
        success (bool): Whether the operation succeeded
        weights (list[float]): 1D array of shape (n,)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "covariances",
        "means",
        "success",
        "weights",
        "error",
        "additional_properties",
    )

    covariances: list[list[list[float]]]
    means: list[list[float]]
    success: bool
    weights: list[float]
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"covariances", "error", "means", "success", "weights"}
    )

    def __init__(
        self,
        *,
        covariances: list[list[list[float]]],
        means: list[list[float]],
        success: bool,
        weights: list[float],
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.covariances = covariances
        self.means = means
        self.success = success
        self.weights = weights
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyGmmMetadataResponse"
    ) -> AnomalyGmmMetadataResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            covariances = data["covariances"]
            means = data["means"]
            success = data["success"]
            weights = data["weights"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        covariances = serde.list_of(
            covariances, where, "covariances", serde.array(serde.array(serde.float_))
        )
        means = serde.list_of(means, where, "means", serde.array(serde.float_))
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        weights = serde.float_list(weights, where, "weights")
        found = 4  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.covariances = covariances
        obj.means = means
        obj.success = success
        obj.weights = weights
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "covariances": self.covariances,
            "means": self.means,
            "success": self.success,
            "weights": self.weights,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
