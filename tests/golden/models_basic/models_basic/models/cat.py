from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Cat(serde.Model):
    """The schema at `#/components/schemas/Cat` of the API description.

    Attributes:
        lives (int)
        pet_type (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("lives", "pet_type", "additional_properties")

    lives: int
    pet_type: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"lives", "petType"})

    def __init__(
        self,
        *,
        lives: int,
        pet_type: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.lives = lives
        self.pet_type = pet_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Cat") -> Cat:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            lives = data["lives"]
            pet_type = data["petType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(lives) is not int:
            lives = serde.int_(lives, where, "lives")
        if type(pet_type) is not str:
            pet_type = serde.str_(pet_type, where, "petType")
        obj = serde.new_object(cls)
        obj.lives = lives
        obj.pet_type = pet_type
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "lives": self.lives,
            "petType": self.pet_type,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
