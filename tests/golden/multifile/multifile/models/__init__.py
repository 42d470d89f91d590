"""The models of Multi File. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .error import Error as Error
    from .line import Line as Line
    from .money import Money as Money
    from .order import Order as Order

_MODULES: dict[str, str] = {
    "Error": "error",
    "Line": "line",
    "Money": "money",
    "Order": "order",
}

__all__ = [
    "Error",
    "Line",
    "Money",
    "Order",
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
