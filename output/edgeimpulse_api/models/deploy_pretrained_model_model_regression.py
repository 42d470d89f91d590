from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class DeployPretrainedModelModelRegression(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelModelRegression` of the
    API description.

    Attributes:
        model_type (Literal["regression"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("model_type", "additional_properties")

    model_type: Literal["regression"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"modelType"})

    def __init__(
        self,
        *,
        model_type: Literal["regression"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.model_type = model_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelModelRegression"
    ) -> DeployPretrainedModelModelRegression:
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
        obj = serde.new_object(cls)
        obj.model_type = model_type
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "modelType": self.model_type,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
