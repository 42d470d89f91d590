from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Dog(serde.Model):
    """The schema at `#/components/schemas/Dog` of the API description.

    Attributes:
        pet_type (str)
        good_boy (bool, optional): Default: True.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("pet_type", "good_boy", "additional_properties")

    pet_type: str
    good_boy: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"goodBoy", "petType"})

    def __init__(
        self,
        *,
        pet_type: str,
        good_boy: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.pet_type = pet_type
        self.good_boy = good_boy
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Dog") -> Dog:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            pet_type = data["petType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(pet_type) is not str:
            pet_type = serde.str_(pet_type, where, "petType")
        found = 1  # declared properties in data
        if "goodBoy" in data:
            found += 1
            good_boy = data["goodBoy"]
            if type(good_boy) is not bool:
                good_boy = serde.bool_(good_boy, where, "goodBoy")
        else:
            good_boy = UNSET
        obj = serde.new_object(cls)
        obj.pet_type = pet_type
        obj.good_boy = good_boy
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "petType": self.pet_type,
        }
        if self.good_boy is not UNSET:
            out["goodBoy"] = self.good_boy
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
