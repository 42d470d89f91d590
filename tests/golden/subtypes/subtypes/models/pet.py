from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class Pet(serde.Model):
    """Any pet; its `petType` says which.

    Attributes:
        name (str)
        pet_type (str): What kind of pet it is
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("name", "pet_type", "additional_properties")

    name: str
    pet_type: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"name", "petType"})
    _subtypes = {
        "Cat": ("cat", "Cat"),
        "Puppy": ("puppy", "Puppy"),
        "dog": ("dog", "Dog"),
        "hammy": ("hamster", "Hamster"),
    }

    def __init__(
        self,
        *,
        name: str,
        pet_type: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.name = name
        self.pet_type = pet_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Pet") -> Pet:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        if cls is Pet:  # a model derived from it, when the tag names one
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
        obj = serde.new_object(cls)
        obj.name = name
        obj.pet_type = pet_type
        if len(data) == 2:
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
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
