"""The models of Models Basic. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .cat import Cat as Cat
    from ._typeddicts import CatDict as CatDict
    from .dog import Dog as Dog
    from ._typeddicts import DogDict as DogDict
    from .named import Named as Named
    from .pet import Pet as Pet
    from ._typeddicts import PetDict as PetDict
    from .plant_tree_response import PlantTreeResponse as PlantTreeResponse
    from .plant_tree_response_stats import (
        PlantTreeResponseStats as PlantTreeResponseStats,
    )
    from .tree_node import TreeNode as TreeNode
    from ._typeddicts import TreeNodeDict as TreeNodeDict

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "CatDict": "_typeddicts",
    "Dog": "dog",
    "DogDict": "_typeddicts",
    "Named": "named",
    "Pet": "pet",
    "PetDict": "_typeddicts",
    "PlantTreeResponse": "plant_tree_response",
    "PlantTreeResponseStats": "plant_tree_response_stats",
    "TreeNode": "tree_node",
    "TreeNodeDict": "_typeddicts",
}

__all__ = [
    "Cat",
    "CatDict",
    "Dog",
    "DogDict",
    "Named",
    "Pet",
    "PetDict",
    "PlantTreeResponse",
    "PlantTreeResponseStats",
    "TreeNode",
    "TreeNodeDict",
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
