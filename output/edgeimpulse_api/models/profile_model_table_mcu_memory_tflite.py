from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class ProfileModelTableMcuMemoryTflite(serde.Model):
    """The schema at
    `#/components/schemas/ProfileModelTableMcu/properties/memory/properties/tflite`
    of the API description.

    Attributes:
        ram (int)
        rom (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("ram", "rom", "additional_properties")

    ram: int
    rom: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"ram", "rom"})

    def __init__(
        self,
        *,
        ram: int,
        rom: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.ram = ram
        self.rom = rom
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelTableMcuMemoryTflite"
    ) -> ProfileModelTableMcuMemoryTflite:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            ram = data["ram"]
            rom = data["rom"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(ram) is not int:
            ram = serde.int_(ram, where, "ram")
        if type(rom) is not int:
            rom = serde.int_(rom, where, "rom")
        obj = serde.new_object(cls)
        obj.ram = ram
        obj.rom = rom
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "ram": self.ram,
            "rom": self.rom,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
