"""TypedDicts of the request bodies of the Edge Impulse API client, for plain dicts
given as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import Literal, TypedDict


class _AdminAddOrganizationApiKeyRequestDictRequired(TypedDict):
    name: str
    role: Literal["admin", "member"]


class AdminAddOrganizationApiKeyRequestDict(
    _AdminAddOrganizationApiKeyRequestDictRequired, total=False
):
    """The AdminAddOrganizationApiKeyRequest request body as a plain dict: JSON names as
    keys.
    """

    apiKey: str
    ttl: int
