"""TypedDicts of the request bodies of the Styles and encodings client, for plain dicts
given as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict

from .. import _serde as serde
from .pair import Pair


class PairDict(TypedDict, total=False):
    """The Pair request body as a plain dict: JSON names as keys.

    Keys:
        a (str)
        b (int)
    """

    a: str
    b: int


class SendFormBodyDict(TypedDict, total=False):
    """The SendFormBody request body as a plain dict: JSON names as keys.

    Keys:
        filter (Pair | PairDict)
        ids (list[int])
        piped (list[str])
        tags (list[str])
    """

    filter: Pair | PairDict
    ids: list[int]
    piped: list[str]
    tags: list[str]


class _UploadBodyDictRequired(TypedDict):
    image: serde.FileInput


class UploadBodyDict(_UploadBodyDictRequired, total=False):
    """The UploadBody request body as a plain dict: JSON names as keys.

    Keys:
        image (serde.FileInput, required)
        count (int)
        images (list[serde.FileInput])
        meta (Pair | PairDict)
        note (str)
        raw (serde.FileInput)
    """

    count: int
    images: list[serde.FileInput]
    meta: Pair | PairDict
    note: str
    raw: serde.FileInput
