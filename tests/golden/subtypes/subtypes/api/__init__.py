"""Operation groups of the Subtypes client, one module per tag, imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from . import owners as owners
    from . import pets as pets

_MODULES: frozenset[str] = frozenset({"owners", "pets"})


def __getattr__(name: str) -> _Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return _importlib.import_module(f".{name}", __name__)
