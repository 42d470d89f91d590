from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class SetAnomalyParameterRequest(serde.Model):
    """Only fields defined in this object are set

    Attributes:
        minimum_confidence_rating (float, optional): DEPRECATED, use
            "setImpulseThresholds" instead. Minimum confidence score, if the anomaly
            block scores a sample above this threshold it will be flagged as anomaly.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("minimum_confidence_rating", "additional_properties")

    minimum_confidence_rating: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"minimumConfidenceRating"})

    def __init__(
        self,
        *,
        minimum_confidence_rating: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.minimum_confidence_rating = minimum_confidence_rating
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "SetAnomalyParameterRequest"
    ) -> SetAnomalyParameterRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "minimumConfidenceRating" in data:
            found += 1
            minimum_confidence_rating = data["minimumConfidenceRating"]
            if (
                type(minimum_confidence_rating) is not float
                and type(minimum_confidence_rating) is not int
            ):
                minimum_confidence_rating = serde.float_(
                    minimum_confidence_rating, where, "minimumConfidenceRating"
                )
        else:
            minimum_confidence_rating = UNSET
        obj = serde.new_object(cls)
        obj.minimum_confidence_rating = minimum_confidence_rating
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.minimum_confidence_rating is not UNSET:
            out["minimumConfidenceRating"] = self.minimum_confidence_rating
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
