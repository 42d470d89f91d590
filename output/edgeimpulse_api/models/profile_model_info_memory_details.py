from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class ProfileModelInfoMemoryDetails(serde.Model):
    """The ProfileModelInfoMemoryDetails object of the API.

    Attributes:
        arena_size: Estimated arena size required for model inference, measured in bytes
        ram: Estimated amount of RAM required by the model, measured in bytes
        rom: Estimated amount of ROM required by the model, measured in bytes
    """

    arena_size: int
    ram: int
    rom: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"arenaSize", "ram", "rom"})

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileModelInfoMemoryDetails"
    ) -> ProfileModelInfoMemoryDetails:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            arena_size = serde.int_(data["arenaSize"], where, "arenaSize")
            ram = serde.int_(data["ram"], where, "ram")
            rom = serde.int_(data["rom"], where, "rom")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            arena_size=arena_size,
            ram=ram,
            rom=rom,
            additional_properties=serde.extras(data, cls._json_names),
        )

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
