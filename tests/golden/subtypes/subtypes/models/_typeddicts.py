"""TypedDicts of the request bodies of the Subtypes client, for plain dicts given as
`body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict


class PetDict(TypedDict):
    """The Pet request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required)
        petType (str, required): What kind of pet it is
    """

    name: str
    petType: str
