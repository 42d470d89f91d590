"""The models of Models Basic. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .cat import Cat as Cat
    from .dog import Dog as Dog
    from .named import Named as Named
    from .pet import Pet as Pet
    from .plant_tree_response import PlantTreeResponse as PlantTreeResponse
    from .plant_tree_response_stats import (
        PlantTreeResponseStats as PlantTreeResponseStats,
    )
    from .tree_node import TreeNode as TreeNode

_MODULES: dict[str, str] = {
    "Cat": "cat",
    "Dog": "dog",
    "Named": "named",
    "Pet": "pet",
    "PlantTreeResponse": "plant_tree_response",
    "PlantTreeResponseStats": "plant_tree_response_stats",
    "TreeNode": "tree_node",
}

__all__ = [
    "Cat",
    "Dog",
    "Named",
    "Pet",
    "PlantTreeResponse",
    "PlantTreeResponseStats",
    "TreeNode",
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
