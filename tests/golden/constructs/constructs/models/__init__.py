"""The models of Constructs. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .calendar import Calendar as Calendar
    from .circle import Circle as Circle
    from .dog import Dog as Dog
    from .drawing import Drawing as Drawing
    from .extensible import Extensible as Extensible
    from .feline import Feline as Feline
    from .foo_bar import FooBar as FooBar
    from .foo_bar2 import FooBar2 as FooBar2
    from .list import List as List
    from .named import Named as Named
    from .named_with_id import NamedWithId as NamedWithId
    from .owner import Owner as Owner
    from .retired import Retired as Retired
    from .square import Square as Square
    from .strict import Strict as Strict
    from .typing import Typing as Typing
    from .values import Values as Values
    from .values_nested import ValuesNested as ValuesNested

_MODULES: dict[str, str] = {
    "Calendar": "calendar",
    "Circle": "circle",
    "Dog": "dog",
    "Drawing": "drawing",
    "Extensible": "extensible",
    "Feline": "feline",
    "FooBar": "foo_bar",
    "FooBar2": "foo_bar2",
    "List": "list",
    "Named": "named",
    "NamedWithId": "named_with_id",
    "Owner": "owner",
    "Retired": "retired",
    "Square": "square",
    "Strict": "strict",
    "Typing": "typing",
    "Values": "values",
    "ValuesNested": "values_nested",
}

__all__ = [
    "Calendar",
    "Circle",
    "Dog",
    "Drawing",
    "Extensible",
    "Feline",
    "FooBar",
    "FooBar2",
    "List",
    "Named",
    "NamedWithId",
    "Owner",
    "Retired",
    "Square",
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
