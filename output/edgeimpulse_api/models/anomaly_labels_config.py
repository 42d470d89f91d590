from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class AnomalyLabelsConfig(serde.Model):
    """The schema at `#/components/schemas/AnomalyLabelsConfig` of the API description.

    Attributes:
        anomaly_labels (list[str]): Labels to treat as anomalous during classification
            or model testing in Studio, defaults to ['anomaly']
        no_anomaly_labels (list[str]): Labels to treat as non-anomalous during
            classification or model testing in Studio, defaults to ['no anomaly']
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("anomaly_labels", "no_anomaly_labels", "additional_properties")

    anomaly_labels: list[str]
    no_anomaly_labels: list[str]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"anomalyLabels", "noAnomalyLabels"}
    )

    def __init__(
        self,
        *,
        anomaly_labels: list[str],
        no_anomaly_labels: list[str],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.anomaly_labels = anomaly_labels
        self.no_anomaly_labels = no_anomaly_labels
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyLabelsConfig"
    ) -> AnomalyLabelsConfig:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            anomaly_labels = data["anomalyLabels"]
            no_anomaly_labels = data["noAnomalyLabels"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        anomaly_labels = serde.str_list(anomaly_labels, where, "anomalyLabels")
        no_anomaly_labels = serde.str_list(no_anomaly_labels, where, "noAnomalyLabels")
        obj = serde.new_object(cls)
        obj.anomaly_labels = anomaly_labels
        obj.no_anomaly_labels = no_anomaly_labels
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "anomalyLabels": self.anomaly_labels,
            "noAnomalyLabels": self.no_anomaly_labels,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
