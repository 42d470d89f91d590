from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class ProfileModelInfoMemoryDetails(serde.Model):
    """The schema at `#/components/schemas/ProfileModelInfoMemoryDetails` of the API
    description.

    Attributes:
        arena_size (int): Estimated arena size required for model inference, measured in
            bytes
        ram (int): Estimated amount of RAM required by the model, measured in bytes
        rom (int): Estimated amount of ROM required by the model, measured in bytes
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("arena_size", "ram", "rom", "additional_properties")

    arena_size: int
    ram: int
    rom: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"arenaSize", "ram", "rom"})

    def __init__(
        self,
        *,
        arena_size: int,
        ram: int,
        rom: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.arena_size = arena_size
        self.ram = ram
        self.rom = rom
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelInfoMemoryDetails"
    ) -> ProfileModelInfoMemoryDetails:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            arena_size = data["arenaSize"]
            ram = data["ram"]
            rom = data["rom"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(arena_size) is not int:
            arena_size = serde.int_(arena_size, where, "arenaSize")
        if type(ram) is not int:
            ram = serde.int_(ram, where, "ram")
        if type(rom) is not int:
            rom = serde.int_(rom, where, "rom")
        obj = serde.new_object(cls)
        obj.arena_size = arena_size
        obj.ram = ram
        obj.rom = rom
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "arenaSize": self.arena_size,
            "ram": self.ram,
            "rom": self.rom,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
