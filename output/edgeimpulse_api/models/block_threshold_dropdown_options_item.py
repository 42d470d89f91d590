from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class BlockThresholdDropdownOptionsItem(serde.Model):
    """The schema at
    `#/components/schemas/BlockThreshold/properties/dropdownOptions/items` of the API
    description.

    Attributes:
        description (str): Full description of the value
        value (str): Value, maps back to "BlockThreshold#value"
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("description", "value", "additional_properties")

    description: str
    value: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"description", "value"})

    def __init__(
        self,
        *,
        description: str,
        value: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.value = value
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "BlockThresholdDropdownOptionsItem"
    ) -> BlockThresholdDropdownOptionsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
            value = data["value"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(value) is not str:
            value = serde.str_(value, where, "value")
        obj = serde.new_object(cls)
        obj.description = description
        obj.value = value
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
            "value": self.value,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
