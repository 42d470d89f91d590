"""TypedDicts of the request bodies of the Operations Basic client, for plain dicts
given as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

import datetime
from typing import TypedDict


class AddNoteBody2Dict(TypedDict, total=False):
    """The AddNoteBody2 request body as a plain dict: JSON names as keys.

    Keys:
        text (str)
    """

    text: str


class AddNoteBodyDict(TypedDict, total=False):
    """The AddNoteBody request body as a plain dict: JSON names as keys.

    Keys:
        text (str)
    """

    text: str


class _ItemDictRequired(TypedDict):
    name: str


class ItemDict(_ItemDictRequired, total=False):
    """The Item request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required)
        created (datetime.datetime)
        price (float | None)
    """

    created: datetime.datetime
    price: float | None


class _SubmitFormBodyDictRequired(TypedDict):
    name: str


class SubmitFormBodyDict(_SubmitFormBodyDictRequired, total=False):
    """The SubmitFormBody request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required)
        count (int)
    """

    count: int
