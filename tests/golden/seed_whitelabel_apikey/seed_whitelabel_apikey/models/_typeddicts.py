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

    Keys:
        name (str, required): Description of the key
        role (Literal["admin", "member"], required)
        apiKey (str): Optional: API key. This needs to start with `ei_` and will need to be at least 32 characters long. If this field is not passed in, a new API key is generated for you.
        ttl (int): Time to live in seconds. If not set, the key will expire in 1 minute.
    """

    apiKey: str
    ttl: int
