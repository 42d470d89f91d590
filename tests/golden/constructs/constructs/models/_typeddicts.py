"""TypedDicts of the request bodies of the Constructs client, for plain dicts given as
`body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict

from .circle import Circle
from .dog import Dog
from .feline import Feline
from .named import Named
from .named_with_id import NamedWithId
from .square import Square


class CircleDict(TypedDict):
    """The Circle request body as a plain dict: JSON names as keys.

    Keys:
        radius (float, required)
        shapeType (str, required)
    """

    radius: float
    shapeType: str


class _DogDictRequired(TypedDict):
    kind: str


class DogDict(_DogDictRequired, total=False):
    """The Dog request body as a plain dict: JSON names as keys.

    Keys:
        kind (str, required)
        barks (bool)
    """

    barks: bool


class _DrawingDictRequired(TypedDict):
    shapes: list[Circle | CircleDict | Square | SquareDict]


class DrawingDict(_DrawingDictRequired, total=False):
    """The Drawing request body as a plain dict: JSON names as keys.

    Keys:
        shapes (list[Circle | CircleDict | Square | SquareDict], required)
        byName (dict[str, Circle | CircleDict | Square | SquareDict])
        labelOrCount (str | int | list[str])
        layers (list[list[int]])
        pet (Feline | FelineDict | Dog | DogDict): A discriminator whose mapping names a schema that is only a $ref to another
        tagged (Named | NamedDict | NamedWithId | NamedWithIdDict): Without a discriminator, chosen by required properties
    """

    byName: dict[str, Circle | CircleDict | Square | SquareDict]
    labelOrCount: str | int | list[str]
    layers: list[list[int]]
    pet: Feline | FelineDict | Dog | DogDict
    tagged: Named | NamedDict | NamedWithId | NamedWithIdDict


class _FelineDictRequired(TypedDict):
    kind: str


class FelineDict(_FelineDictRequired, total=False):
    """The Feline request body as a plain dict: JSON names as keys.

    Keys:
        kind (str, required)
        purrs (bool)
    """

    purrs: bool


class NamedDict(TypedDict):
    """The Named request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required)
    """

    name: str


class NamedWithIdDict(TypedDict):
    """The NamedWithId request body as a plain dict: JSON names as keys.

    Keys:
        id (int, required)
        name (str, required)
    """

    id: int
    name: str


class SquareDict(TypedDict):
    """The Square request body as a plain dict: JSON names as keys.

    Keys:
        shapeType (str, required)
        side (int, required)
    """

    shapeType: str
    side: int
