"""TypedDicts of the request bodies of the Undeclared Required client, for plain dicts
given as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import Any, TypedDict


class ImpulseDict(TypedDict):
    """The Impulse request body as a plain dict: JSON names as keys.

    Keys:
        inputBlock (Any, required)
        name (str, required)
    """

    inputBlock: Any
    name: str
