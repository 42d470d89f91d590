"""TypedDicts of the request bodies of the Binary In Json client, for plain dicts given as `body=`.

Nothing imports this module at run time except `typing.get_type_hints()` and callers that want the names (`from ..models import PetDict`): it is for type checkers.
"""

from __future__ import annotations

from typing import TypedDict

from .. import _serde as serde


class _UploadAttachmentBodyDictRequired(TypedDict):
    file: serde.FileInput


class UploadAttachmentBodyDict(_UploadAttachmentBodyDictRequired, total=False):
    """The UploadAttachmentBody request body as a plain dict: JSON names as keys."""

    note: str
