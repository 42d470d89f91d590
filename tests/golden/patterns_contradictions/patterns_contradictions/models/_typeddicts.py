"""TypedDicts of the request bodies of the Contradictions client, for plain dicts given
as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict


class _JobDictRequired(TypedDict):
    uuid: str


class JobDict(_JobDictRequired, total=False):
    """The Job request body as a plain dict: JSON names as keys.

    Keys:
        uuid (str, required)
        title (str)
    """

    title: str
