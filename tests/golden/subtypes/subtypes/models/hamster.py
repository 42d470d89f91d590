from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pet import Pet


class Hamster(Pet):
    """The schema at `#/components/schemas/Hamster` of the API description.

    Attributes:
        name (str)
        pet_type (str): What kind of pet it is
        wheel (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("wheel",)

    name: str
    pet_type: str
    wheel: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"name", "petType", "wheel"})

    def __init__(
        self,
        *,
        name: str,
        pet_type: str,
        wheel: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.pet_type = pet_type
        self.wheel = wheel
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Hamster") -> Hamster:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            name = data["name"]
            pet_type = data["petType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(pet_type) is not str:
            pet_type = serde.str_(pet_type, where, "petType")
        found = 2  # declared properties in data
        if "wheel" in data:
            found += 1
            wheel = data["wheel"]
            if type(wheel) is not bool:
                wheel = serde.bool_(wheel, where, "wheel")
        else:
            wheel = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.pet_type = pet_type
        obj.wheel = wheel
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "name": self.name,
            "petType": self.pet_type,
        }
        if self.wheel is not UNSET:
            out["wheel"] = self.wheel
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
