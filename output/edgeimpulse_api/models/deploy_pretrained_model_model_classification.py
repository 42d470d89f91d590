from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class DeployPretrainedModelModelClassification(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelModelClassification` of
    the API description.

    Attributes:
        labels (list[str])
        model_type (Literal["classification"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("labels", "model_type", "additional_properties")

    labels: list[str]
    model_type: Literal["classification"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"labels", "modelType"})

    def __init__(
        self,
        *,
        labels: list[str],
        model_type: Literal["classification"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.labels = labels
        self.model_type = model_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelModelClassification"
    ) -> DeployPretrainedModelModelClassification:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            labels = data["labels"]
            model_type = data["modelType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        labels = serde.str_list(labels, where, "labels")
        if type(model_type) is not str:
            model_type = serde.str_enum(model_type, where, "modelType")
        obj = serde.new_object(cls)
        obj.labels = labels
        obj.model_type = model_type
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "labels": self.labels,
            "modelType": self.model_type,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
