from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class DspGroupItemShowIf(serde.Model):
    """The schema at `#/components/schemas/DSPGroupItem/properties/showIf` of the API
    description.

    Attributes:
        operator (Literal["eq", "neq"])
        parameter (str)
        value (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("operator", "parameter", "value", "additional_properties")

    operator: Literal["eq", "neq"]
    parameter: str
    value: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"operator", "parameter", "value"}
    )

    def __init__(
        self,
        *,
        operator: Literal["eq", "neq"],
        parameter: str,
        value: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.operator = operator
        self.parameter = parameter
        self.value = value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DspGroupItemShowIf"
    ) -> DspGroupItemShowIf:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            operator = data["operator"]
            parameter = data["parameter"]
            value = data["value"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(operator) is not str:
            operator = serde.str_enum(operator, where, "operator")
        if type(parameter) is not str:
            parameter = serde.str_(parameter, where, "parameter")
        if type(value) is not str:
            value = serde.str_(value, where, "value")
        obj = serde.new_object(cls)
        obj.operator = operator
        obj.parameter = parameter
        obj.value = value
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "operator": self.operator,
            "parameter": self.parameter,
            "value": self.value,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
