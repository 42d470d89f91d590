"""The models of Operations Basic. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .add_note_body import AddNoteBody as AddNoteBody
    from .add_note_body2 import AddNoteBody2 as AddNoteBody2
    from .create_item_response202 import CreateItemResponse202 as CreateItemResponse202
    from .item import Item as Item
    from .problem import Problem as Problem
    from .submit_form_body import SubmitFormBody as SubmitFormBody

_MODULES: dict[str, str] = {
    "AddNoteBody": "add_note_body",
    "AddNoteBody2": "add_note_body2",
    "CreateItemResponse202": "create_item_response202",
    "Item": "item",
    "Problem": "problem",
    "SubmitFormBody": "submit_form_body",
}

__all__ = [
    "AddNoteBody",
    "AddNoteBody2",
    "CreateItemResponse202",
    "Item",
    "Problem",
    "SubmitFormBody",
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
