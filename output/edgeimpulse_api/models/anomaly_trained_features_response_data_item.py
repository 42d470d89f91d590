from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class AnomalyTrainedFeaturesResponseDataItem(serde.Model):
    """The schema at
    `#/components/schemas/AnomalyTrainedFeaturesResponse/allOf/1/properties/data/items`
    of the API description.

    Attributes:
        x (dict[str, float]): Data by feature index for this window. Note that this data
            was scaled by the StandardScaler, use the anomaly metadata to unscale if
            needed.
        label (float, optional): Label used for datapoint colorscale in anomaly explorer
            (for gmm only). Is currently the result of the scoring function.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("x", "label", "additional_properties")

    x: dict[str, float]
    label: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"X", "label"})

    def __init__(
        self,
        *,
        x: dict[str, float],
        label: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.x = x
        self.label = label
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyTrainedFeaturesResponseDataItem"
    ) -> AnomalyTrainedFeaturesResponseDataItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            x = data["X"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        x = serde.dict_of(x, where, "X", serde.float_)
        found = 1  # declared properties in data
        if "label" in data:
            found += 1
            label = data["label"]
            if type(label) is not float and type(label) is not int:
                label = serde.float_(label, where, "label")
        else:
            label = UNSET
        obj = serde.new_object(cls)
        obj.x = x
        obj.label = label
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "X": self.x,
        }
        if self.label is not UNSET:
            out["label"] = self.label
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
