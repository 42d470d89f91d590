from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pet import Pet


class Cat(Pet):
    """The schema at `#/components/schemas/Cat` of the API description.

    Attributes:
        name (str)
        pet_type (Literal["Cat"])
        lives (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("lives",)

    name: str
    pet_type: Literal["Cat"]
    lives: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"lives", "name", "petType"})

    def __init__(
        self,
        *,
        name: str,
        pet_type: Literal["Cat"],
        lives: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.pet_type = pet_type
        self.lives = lives
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Cat") -> Cat:
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
            pet_type = serde.str_enum(pet_type, where, "petType")
        found = 2  # declared properties in data
        if "lives" in data:
            found += 1
            lives = data["lives"]
            if type(lives) is not int:
                lives = serde.int_(lives, where, "lives")
        else:
            lives = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.pet_type = pet_type
        obj.lives = lives
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
        if self.lives is not UNSET:
            out["lives"] = self.lives
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
