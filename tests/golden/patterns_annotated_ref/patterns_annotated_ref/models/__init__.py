"""The models of Annotated Ref. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .file_mini import FileMini as FileMini
    from .owner import Owner as Owner
    from .task import Task as Task
    from .task_extended import TaskExtended as TaskExtended

_MODULES: dict[str, str] = {
    "FileMini": "file_mini",
    "Owner": "owner",
    "Task": "task",
    "TaskExtended": "task_extended",
}

__all__ = [
    "FileMini",
    "Owner",
    "Task",
    "TaskExtended",
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
