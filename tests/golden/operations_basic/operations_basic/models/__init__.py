"""The models of Operations Basic. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .add_note_body import AddNoteBody as AddNoteBody
    from .add_note_body2 import AddNoteBody2 as AddNoteBody2
    from ._typeddicts import AddNoteBody2Dict as AddNoteBody2Dict
    from ._typeddicts import AddNoteBodyDict as AddNoteBodyDict
    from .create_item_response202 import CreateItemResponse202 as CreateItemResponse202
    from .item import Item as Item
    from ._typeddicts import ItemDict as ItemDict
    from .problem import Problem as Problem
    from .submit_form_body import SubmitFormBody as SubmitFormBody
    from ._typeddicts import SubmitFormBodyDict as SubmitFormBodyDict

_MODULES: dict[str, str] = {
    "AddNoteBody": "add_note_body",
    "AddNoteBody2": "add_note_body2",
    "AddNoteBody2Dict": "_typeddicts",
    "AddNoteBodyDict": "_typeddicts",
    "CreateItemResponse202": "create_item_response202",
    "Item": "item",
    "ItemDict": "_typeddicts",
    "Problem": "problem",
    "SubmitFormBody": "submit_form_body",
    "SubmitFormBodyDict": "_typeddicts",
}

__all__ = [
    "AddNoteBody",
    "AddNoteBody2",
    "AddNoteBody2Dict",
    "AddNoteBodyDict",
    "CreateItemResponse202",
    "Item",
    "ItemDict",
    "Problem",
    "SubmitFormBody",
    "SubmitFormBodyDict",
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
