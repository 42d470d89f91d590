from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dog import Dog, Kennel


class Puppy(Dog):
    """The schema at `#/components/schemas/Puppy` of the API description.

    Attributes:
        age_weeks (int)
        name (str)
        pet_type (str): What kind of pet it is
        barks (bool, optional)
        kennel (Kennel, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("age_weeks",)

    age_weeks: int
    name: str
    pet_type: str
    barks: bool | Unset
    kennel: Kennel | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"ageWeeks", "barks", "kennel", "name", "petType"}
    )

    def __init__(
        self,
        *,
        age_weeks: int,
        name: str,
        pet_type: str,
        barks: bool | Unset = UNSET,
        kennel: Kennel | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.age_weeks = age_weeks
        self.name = name
        self.pet_type = pet_type
        self.barks = barks
        self.kennel = kennel
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Puppy") -> Puppy:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            age_weeks = data["ageWeeks"]
            name = data["name"]
            pet_type = data["petType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(age_weeks) is not int:
            age_weeks = serde.int_(age_weeks, where, "ageWeeks")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(pet_type) is not str:
            pet_type = serde.str_(pet_type, where, "petType")
        found = 3  # declared properties in data
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
        obj.age_weeks = age_weeks
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
            "ageWeeks": self.age_weeks,
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
