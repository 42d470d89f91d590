from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pet import Pet


class Dog(Pet):
    """A pet that barks.

    Attributes:
        name (str)
        pet_type (str): What kind of pet it is
        barks (bool, optional)
        kennel (Kennel, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("barks", "kennel")

    name: str
    pet_type: str
    barks: bool | Unset
    kennel: Kennel | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"barks", "kennel", "name", "petType"}
    )
    _subtypes = {"Puppy": ("puppy", "Puppy")}

    def __init__(
        self,
        *,
        name: str,
        pet_type: str,
        barks: bool | Unset = UNSET,
        kennel: Kennel | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.pet_type = pet_type
        self.barks = barks
        self.kennel = kennel
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Dog") -> Dog:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        if cls is Dog:  # a model derived from it, when the tag names one
            subtype = serde.subtype(cls, data, "petType")
            if subtype is not None:
                return subtype.from_dict(data, where)
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
        if "barks" in data:
            found += 1
            barks = data["barks"]
            if type(barks) is not bool:
                barks = serde.bool_(barks, where, "barks")
        else:
            barks = UNSET
        if "kennel" in data:
            found += 1
            kennel = data["kennel"]
            kennel = Kennel.from_dict(kennel, where + ".kennel")
        else:
            kennel = UNSET
        obj = serde.new_object(cls)
        obj.name = name
        obj.pet_type = pet_type
        obj.barks = barks
        obj.kennel = kennel
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
        if self.barks is not UNSET:
            out["barks"] = self.barks
        if self.kennel is not UNSET:
            out["kennel"] = self.kennel.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out


class Kennel(serde.Model):
    """The schema at `#/components/schemas/Kennel` of the API description.

    Attributes:
        resident (Dog, optional): A pet that barks.
        size (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("resident", "size", "additional_properties")

    resident: Dog | Unset
    size: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"resident", "size"})

    def __init__(
        self,
        *,
        resident: Dog | Unset = UNSET,
        size: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.resident = resident
        self.size = size
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Kennel") -> Kennel:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "resident" in data:
            found += 1
            resident = data["resident"]
            resident = Dog.from_dict(resident, where + ".resident")
        else:
            resident = UNSET
        if "size" in data:
            found += 1
            size = data["size"]
            if type(size) is not str:
                size = serde.str_(size, where, "size")
        else:
            size = UNSET
        obj = serde.new_object(cls)
        obj.resident = resident
        obj.size = size
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.resident is not UNSET:
            out["resident"] = self.resident.to_dict(request=request)
        if self.size is not UNSET:
            out["size"] = self.size
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
