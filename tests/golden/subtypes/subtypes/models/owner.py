from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pet import Pet


class Owner(serde.Model):
    """The schema at `#/components/schemas/Owner` of the API description.

    Attributes:
        pet (Pet, optional): Any pet; its `petType` says which.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("pet", "additional_properties")

    pet: Pet | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"pet"})

    def __init__(
        self,
        *,
        pet: Pet | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet = pet
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Owner") -> Owner:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "pet" in data:
            found += 1
            pet = data["pet"]
            pet = Pet.from_dict(pet, where + ".pet")
        else:
            pet = UNSET
        obj = serde.new_object(cls)
        obj.pet = pet
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.pet is not UNSET:
            out["pet"] = self.pet.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
