from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .circle import Circle
from .dog import Dog
from .feline import Feline
from .named import Named
from .named_with_id import NamedWithId
from .square import Square


class Drawing(serde.Model):
    """The schema at `#/components/schemas/Drawing` of the API description.

    Attributes:
        shapes (list[Circle | Square])
        by_name (dict[str, Circle | Square], optional)
        label_or_count (str | int | list[str], optional)
        layers (list[list[int]], optional)
        pet (Feline | Dog, optional): A discriminator whose mapping names a schema that
            is only a $ref to another
        tagged (Named | NamedWithId, optional): Without a discriminator, chosen by
            required properties
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "shapes",
        "by_name",
        "label_or_count",
        "layers",
        "pet",
        "tagged",
        "additional_properties",
    )

    shapes: list[Circle | Square]
    by_name: dict[str, Circle | Square] | Unset
    label_or_count: str | int | list[str] | Unset
    layers: list[list[int]] | Unset
    pet: Feline | Dog | Unset
    tagged: Named | NamedWithId | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"byName", "labelOrCount", "layers", "pet", "shapes", "tagged"}
    )

    def __init__(
        self,
        *,
        shapes: list[Circle | Square],
        by_name: dict[str, Circle | Square] | Unset = UNSET,
        label_or_count: str | int | list[str] | Unset = UNSET,
        layers: list[list[int]] | Unset = UNSET,
        pet: Feline | Dog | Unset = UNSET,
        tagged: Named | NamedWithId | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.shapes = shapes
        self.by_name = by_name
        self.label_or_count = label_or_count
        self.layers = layers
        self.pet = pet
        self.tagged = tagged
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Drawing") -> Drawing:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            shapes = data["shapes"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        shapes = serde.list_of(
            shapes,
            where,
            "shapes",
            serde.discriminated(
                "shapeType", {"Circle": Circle.convert, "Square": Square.convert}
            ),
        )
        found = 1  # declared properties in data
        if "byName" in data:
            found += 1
            by_name = data["byName"]
            by_name = serde.dict_of(
                by_name,
                where,
                "byName",
                serde.discriminated(
                    "shapeType", {"Circle": Circle.convert, "Square": Square.convert}
                ),
            )
        else:
            by_name = UNSET
        if "labelOrCount" in data:
            found += 1
            label_or_count = data["labelOrCount"]
            label_or_count = serde.one_of(
                label_or_count,
                where,
                "labelOrCount",
                serde.int_,
                serde.str_,
                serde.array(serde.str_),
            )
        else:
            label_or_count = UNSET
        if "layers" in data:
            found += 1
            layers = data["layers"]
            layers = serde.list_of(layers, where, "layers", serde.array(serde.int_))
        else:
            layers = UNSET
        if "pet" in data:
            found += 1
            pet = data["pet"]
            pet = serde.tagged(
                pet, where, "pet", "kind", {"cat": Feline.convert, "dog": Dog.convert}
            )
        else:
            pet = UNSET
        if "tagged" in data:
            found += 1
            tagged = data["tagged"]
            tagged = serde.one_of(
                tagged, where, "tagged", NamedWithId.convert, Named.convert
            )
        else:
            tagged = UNSET
        obj = serde.new_object(cls)
        obj.shapes = shapes
        obj.by_name = by_name
        obj.label_or_count = label_or_count
        obj.layers = layers
        obj.pet = pet
        obj.tagged = tagged
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "shapes": [serde.dump(v0, request) for v0 in self.shapes],
        }
        if self.by_name is not UNSET:
            out["byName"] = {
                k0: serde.dump(v0, request) for k0, v0 in self.by_name.items()
            }
        if self.label_or_count is not UNSET:
            out["labelOrCount"] = serde.dump(self.label_or_count, request)
        if self.layers is not UNSET:
            out["layers"] = self.layers
        if self.pet is not UNSET:
            out["pet"] = serde.dump(self.pet, request)
        if self.tagged is not UNSET:
            out["tagged"] = serde.dump(self.tagged, request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
