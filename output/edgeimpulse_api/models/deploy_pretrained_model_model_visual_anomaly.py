from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class DeployPretrainedModelModelVisualAnomaly(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelModelVisualAnomaly` of
    the API description.

    Attributes:
        model_type (Literal["visual-anomaly"])
        threshold_values (dict[str, float | str], optional): All configured thresholds
            for the current model. Valid keys are 'min_anomaly_score' and
            'anomaly_scoring_aggregation_method'.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("model_type", "threshold_values", "additional_properties")

    model_type: Literal["visual-anomaly"]
    threshold_values: dict[str, float | str] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"modelType", "thresholdValues"})

    def __init__(
        self,
        *,
        model_type: Literal["visual-anomaly"],
        threshold_values: dict[str, float | str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.model_type = model_type
        self.threshold_values = threshold_values
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelModelVisualAnomaly"
    ) -> DeployPretrainedModelModelVisualAnomaly:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            model_type = data["modelType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(model_type) is not str:
            model_type = serde.str_enum(model_type, where, "modelType")
        found = 1  # declared properties in data
        if "thresholdValues" in data:
            found += 1
            threshold_values = data["thresholdValues"]
            threshold_values = serde.dict_of(
                threshold_values,
                where,
                "thresholdValues",
                serde.union(serde.float_, serde.str_),
            )
        else:
            threshold_values = UNSET
        obj = serde.new_object(cls)
        obj.model_type = model_type
        obj.threshold_values = threshold_values
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "modelType": self.model_type,
        }
        if self.threshold_values is not UNSET:
            out["thresholdValues"] = {
                k0: serde.dump(v0, request) for k0, v0 in self.threshold_values.items()
            }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
