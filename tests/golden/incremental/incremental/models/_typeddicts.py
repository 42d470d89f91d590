"""TypedDicts of the request bodies of the Incremental client, for plain dicts given as
`body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict

from .post_d_body_inner import PostDBodyInner


class PostDBodyDict(TypedDict, total=False):
    """The PostDBody request body as a plain dict: JSON names as keys.

    Keys:
        inner (PostDBodyInner | PostDBodyInnerDict)
    """

    inner: PostDBodyInner | PostDBodyInnerDict


class PostDBodyInnerDict(TypedDict, total=False):
    """The PostDBodyInner request body as a plain dict: JSON names as keys.

    Keys:
        deep (bool)
    """

    deep: bool
