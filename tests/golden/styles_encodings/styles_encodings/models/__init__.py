"""The models of Styles and encodings. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .child import Child as Child
    from .pair import Pair as Pair
    from ._typeddicts import PairDict as PairDict
    from .send_form_body import SendFormBody as SendFormBody
    from ._typeddicts import SendFormBodyDict as SendFormBodyDict
    from .thing import Thing as Thing
    from .upload_body import UploadBody as UploadBody
    from ._typeddicts import UploadBodyDict as UploadBodyDict

_MODULES: dict[str, str] = {
    "Child": "child",
    "Pair": "pair",
    "PairDict": "_typeddicts",
    "SendFormBody": "send_form_body",
    "SendFormBodyDict": "_typeddicts",
    "Thing": "thing",
    "UploadBody": "upload_body",
    "UploadBodyDict": "_typeddicts",
}

__all__ = [
    "Child",
    "Pair",
    "PairDict",
    "SendFormBody",
    "SendFormBodyDict",
    "Thing",
    "UploadBody",
    "UploadBodyDict",
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
