from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .pet import Pet


class GetCResponse2(serde.Model):
    """The schema at `#/paths/~1ccc/get/responses/200/content/application~1json/schema`
    of the API description.

    Attributes:
        id (str)
        missing (Any)
        pet (Pet, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "missing", "pet", "additional_properties")

    id: str
    missing: Any
    pet: Pet | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"id", "missing", "pet"})

    def __init__(
        self,
        *,
        id: str,
        missing: Any,
        pet: Pet | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.missing = missing
        self.pet = pet
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "GetCResponse2") -> GetCResponse2:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            missing = data["missing"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        found = 2  # declared properties in data
        if "pet" in data:
            found += 1
            pet = data["pet"]
            pet = Pet.from_dict(pet, where + ".pet")
        else:
            pet = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.missing = missing
        obj.pet = pet
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "missing": self.missing,
        }
        if self.pet is not UNSET:
            out["pet"] = self.pet.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
