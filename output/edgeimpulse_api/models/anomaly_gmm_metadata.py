from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class AnomalyGmmMetadata(serde.Model):
    """The schema at `#/components/schemas/AnomalyGmmMetadata` of the API description.

    Attributes:
        covariances (list[list[list[float]]]): 3D array of shape (n, m, m)
        means (list[list[float]]): 2D array of shape (n, m)
        weights (list[float]): 1D array of shape (n,)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("covariances", "means", "weights", "additional_properties")

    covariances: list[list[list[float]]]
    means: list[list[float]]
    weights: list[float]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"covariances", "means", "weights"}
    )

    def __init__(
        self,
        *,
        covariances: list[list[list[float]]],
        means: list[list[float]],
        weights: list[float],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.covariances = covariances
        self.means = means
        self.weights = weights
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyGmmMetadata"
    ) -> AnomalyGmmMetadata:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            covariances = data["covariances"]
            means = data["means"]
            weights = data["weights"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        covariances = serde.list_of(
            covariances, where, "covariances", serde.array(serde.array(serde.float_))
        )
        means = serde.list_of(means, where, "means", serde.array(serde.float_))
        weights = serde.float_list(weights, where, "weights")
        obj = serde.new_object(cls)
        obj.covariances = covariances
        obj.means = means
        obj.weights = weights
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "covariances": self.covariances,
            "means": self.means,
            "weights": self.weights,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
