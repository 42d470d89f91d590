"""The models of Fields shared. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .fraction_default import FractionDefault as FractionDefault
    from .number_choice import NumberChoice as NumberChoice
    from .truth_choice import TruthChoice as TruthChoice
    from .whole_default import WholeDefault as WholeDefault

_MODULES: dict[str, str] = {
    "FractionDefault": "fraction_default",
    "NumberChoice": "number_choice",
    "TruthChoice": "truth_choice",
    "WholeDefault": "whole_default",
}

__all__ = [
    "FractionDefault",
    "NumberChoice",
    "TruthChoice",
    "WholeDefault",
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
