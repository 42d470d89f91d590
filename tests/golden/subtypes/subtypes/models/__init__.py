"""The models of Subtypes. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .fish import Fish as Fish
    from .hamster import Hamster as Hamster
    from .dog import Kennel as Kennel
    from .owner import Owner as Owner
    from .pet import Pet as Pet
    from ._typeddicts import PetDict as PetDict
    from .puppy import Puppy as Puppy

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "Dog": "dog",
    "Fish": "fish",
    "Hamster": "hamster",
    "Kennel": "dog",
    "Owner": "owner",
    "Pet": "pet",
    "PetDict": "_typeddicts",
    "Puppy": "puppy",
}

__all__ = [
    "Cat",
    "Dog",
    "Fish",
    "Hamster",
    "Kennel",
    "Owner",
    "Pet",
    "PetDict",
    "Puppy",
]


def __getattr__(name: str) -> _Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
