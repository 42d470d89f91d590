"""The models of Constructs. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .calendar import Calendar as Calendar
    from .circle import Circle as Circle
    from ._typeddicts import CircleDict as CircleDict
    from .dog import Dog as Dog
    from ._typeddicts import DogDict as DogDict
    from .drawing import Drawing as Drawing
    from ._typeddicts import DrawingDict as DrawingDict
    from .extensible import Extensible as Extensible
    from .feline import Feline as Feline
    from ._typeddicts import FelineDict as FelineDict
    from .foo_bar import FooBar as FooBar
    from .foo_bar2 import FooBar2 as FooBar2
    from .list import List as List
    from .named import Named as Named
    from ._typeddicts import NamedDict as NamedDict
    from .named_with_id import NamedWithId as NamedWithId
    from ._typeddicts import NamedWithIdDict as NamedWithIdDict
    from .owner import Owner as Owner
    from .retired import Retired as Retired
    from .square import Square as Square
    from ._typeddicts import SquareDict as SquareDict
    from .strict import Strict as Strict
    from .typing import Typing as Typing
    from .values import Values as Values
    from .values_nested import ValuesNested as ValuesNested

_MODULES: dict[str, str] = {
    "Calendar": "calendar",
    "Circle": "circle",
    "CircleDict": "_typeddicts",
    "Dog": "dog",
    "DogDict": "_typeddicts",
    "Drawing": "drawing",
    "DrawingDict": "_typeddicts",
    "Extensible": "extensible",
    "Feline": "feline",
    "FelineDict": "_typeddicts",
    "FooBar": "foo_bar",
    "FooBar2": "foo_bar2",
    "List": "list",
    "Named": "named",
    "NamedDict": "_typeddicts",
    "NamedWithId": "named_with_id",
    "NamedWithIdDict": "_typeddicts",
    "Owner": "owner",
    "Retired": "retired",
    "Square": "square",
    "SquareDict": "_typeddicts",
    "Strict": "strict",
    "Typing": "typing",
    "Values": "values",
    "ValuesNested": "values_nested",
}

__all__ = [
    "Calendar",
    "Circle",
    "CircleDict",
    "Dog",
    "DogDict",
    "Drawing",
    "DrawingDict",
    "Extensible",
    "Feline",
    "FelineDict",
    "FooBar",
    "FooBar2",
    "List",
    "Named",
    "NamedDict",
    "NamedWithId",
    "NamedWithIdDict",
    "Owner",
    "Retired",
    "Square",
    "SquareDict",
    "Strict",
    "Typing",
    "Values",
    "ValuesNested",
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
