from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class DspNamedAxis(serde.Model):
    """The schema at `#/components/schemas/DSPNamedAxis` of the API description.

    Attributes:
        description (str)
        name (str)
        required (bool)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("description", "name", "required", "additional_properties")

    description: str
    name: str
    required: bool
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"description", "name", "required"}
    )

    def __init__(
        self,
        *,
        description: str,
        name: str,
        required: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.name = name
        self.required = required
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "DspNamedAxis") -> DspNamedAxis:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
            name = data["name"]
            required = data["required"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(required) is not bool:
            required = serde.bool_(required, where, "required")
        obj = serde.new_object(cls)
        obj.description = description
        obj.name = name
        obj.required = required
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
            "name": self.name,
            "required": self.required,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
