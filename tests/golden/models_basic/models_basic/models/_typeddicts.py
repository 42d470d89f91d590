"""TypedDicts of the request bodies of the Models Basic client, for plain dicts given as
`body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

import datetime
from typing import Literal, TypedDict

from .cat import Cat
from .dog import Dog
from .tree_node import TreeNode


class CatDict(TypedDict):
    """The Cat request body as a plain dict: JSON names as keys.

    Keys:
        lives (int, required)
        petType (str, required)
    """

    lives: int
    petType: str


class _DogDictRequired(TypedDict):
    petType: str


class DogDict(_DogDictRequired, total=False):
    """The Dog request body as a plain dict: JSON names as keys.

    Keys:
        petType (str, required)
        goodBoy (bool)
    """

    goodBoy: bool


_PetDictRequired = TypedDict(
    "_PetDictRequired",
    {
        "id": "int",
        "kind": "Cat | CatDict | Dog | DogDict",
        "name": "str",
        "status": 'Literal["available", "in-progress", "sold", "1h", "-"]',
    },
)
_PetDictOptional = TypedDict(
    "_PetDictOptional",
    {
        "2fa": "bool",
        "aliases": "list[str]",
        "birthday": "datetime.date",
        "born": "datetime.datetime",
        "class": "str",
        "counts": "list[int]",
        "flags": "list[bool]",
        "fooBar": "str",
        "foo_bar": "str",
        "from": "str",
        "labels": "dict[str, str]",
        "moods": 'list[Literal["calm", "playful"]]',
        "nickname": "str | None",
        "scores": "list[float]",
        "tag": "int",
        "type": "str",
        "weight": "float | str",
        "x-rate.limit": "int",
    },
    total=False,
)


class PetDict(_PetDictRequired, _PetDictOptional):
    """The Pet request body as a plain dict: JSON names as keys.

    Keys:
        id (int, required)
        kind (Cat | CatDict | Dog | DogDict, required)
        name (str, required): Display name
        status (Literal["available", "in-progress", "sold", "1h", "-"], required)
        2fa (bool)
        aliases (list[str])
        birthday (datetime.date)
        born (datetime.datetime)
        class (str): A Python keyword as a property name
        counts (list[int])
        flags (list[bool])
        fooBar (str)
        foo_bar (str)
        from (str)
        labels (dict[str, str])
        moods (list[Literal["calm", "playful"]])
        nickname (str | None)
        scores (list[float])
        tag (int): Redeclared as an integer by the derived schema
        type (str)
        weight (float | str)
        x-rate.limit (int)
    """


class _TreeNodeDictRequired(TypedDict):
    value: str


class TreeNodeDict(_TreeNodeDictRequired, total=False):
    """The TreeNode request body as a plain dict: JSON names as keys.

    Keys:
        value (str, required)
        byName (dict[str, TreeNode | TreeNodeDict])
        children (list[TreeNode | TreeNodeDict])
        parent (TreeNode | TreeNodeDict | None)
    """

    byName: dict[str, TreeNode | TreeNodeDict]
    children: list[TreeNode | TreeNodeDict]
    parent: TreeNode | TreeNodeDict | None
