"""The models of Incremental. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .get_c_response import GetCResponse as GetCResponse
    from .get_c_response2 import GetCResponse2 as GetCResponse2
    from .get_response import GetResponse as GetResponse
    from .get_thing_response import GetThingResponse as GetThingResponse
    from .get_thing_response2 import GetThingResponse2 as GetThingResponse2
    from .pet import Pet as Pet
    from .post_d_body import PostDBody as PostDBody
    from ._typeddicts import PostDBodyDict as PostDBodyDict
    from .post_d_body_inner import PostDBodyInner as PostDBodyInner
    from ._typeddicts import PostDBodyInnerDict as PostDBodyInnerDict

_MODULES: dict[str, str] = {
    "GetCResponse": "get_c_response",
    "GetCResponse2": "get_c_response2",
    "GetResponse": "get_response",
    "GetThingResponse": "get_thing_response",
    "GetThingResponse2": "get_thing_response2",
    "Pet": "pet",
    "PostDBody": "post_d_body",
    "PostDBodyDict": "_typeddicts",
    "PostDBodyInner": "post_d_body_inner",
    "PostDBodyInnerDict": "_typeddicts",
}

__all__ = [
    "GetCResponse",
    "GetCResponse2",
    "GetResponse",
    "GetThingResponse",
    "GetThingResponse2",
    "Pet",
    "PostDBody",
    "PostDBodyDict",
    "PostDBodyInner",
    "PostDBodyInnerDict",
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
