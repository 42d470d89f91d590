"""The models of Edge Impulse API. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .add_api_key_request import AddApiKeyRequest as AddApiKeyRequest
    from .add_api_key_response import AddApiKeyResponse as AddApiKeyResponse
    from .add_organization_api_key_request import (
        AddOrganizationApiKeyRequest as AddOrganizationApiKeyRequest,
    )
    from .admin_add_organization_api_key_request import (
        AdminAddOrganizationApiKeyRequest as AdminAddOrganizationApiKeyRequest,
    )
    from ._typeddicts import (
        AdminAddOrganizationApiKeyRequestDict as AdminAddOrganizationApiKeyRequestDict,
    )
    from .generic_api_response import GenericApiResponse as GenericApiResponse

_MODULES: dict[str, str] = {
    "AddApiKeyRequest": "add_api_key_request",
    "AddApiKeyResponse": "add_api_key_response",
    "AddOrganizationApiKeyRequest": "add_organization_api_key_request",
    "AdminAddOrganizationApiKeyRequest": "admin_add_organization_api_key_request",
    "AdminAddOrganizationApiKeyRequestDict": "_typeddicts",
    "GenericApiResponse": "generic_api_response",
}

__all__ = [
    "AddApiKeyRequest",
    "AddApiKeyResponse",
    "AddOrganizationApiKeyRequest",
    "AdminAddOrganizationApiKeyRequest",
    "AdminAddOrganizationApiKeyRequestDict",
    "GenericApiResponse",
]


def __getattr__(name: str) -> _Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
