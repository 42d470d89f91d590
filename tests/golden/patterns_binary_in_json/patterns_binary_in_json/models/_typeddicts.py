"""TypedDicts of the request bodies of the Binary In Json client, for plain dicts given
as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict

from .. import _serde as serde


class _UploadAttachmentBodyDictRequired(TypedDict):
    file: serde.FileInput


class UploadAttachmentBodyDict(_UploadAttachmentBodyDictRequired, total=False):
    """The UploadAttachmentBody request body as a plain dict: JSON names as keys.

    Keys:
        file (serde.FileInput, required)
        note (str)
    """

    note: str
