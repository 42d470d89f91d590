from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class KerasCustomMetric(serde.Model):
    """The schema at `#/components/schemas/KerasCustomMetric` of the API description.

    Attributes:
        name (str): The name of the metric
        value (str): The value of this metric for this model type
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "value", "additional_properties")

    name: str
    value: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"name", "value"})

    def __init__(
        self,
        *,
        name: str,
        value: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "KerasCustomMetric"
    ) -> KerasCustomMetric:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
            value = data["value"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(value) is not str:
            value = serde.str_(value, where, "value")
        obj = serde.new_object(cls)
        obj.name = name
        obj.value = value
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
            "value": self.value,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
