"""The models of Long Names. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_53704a42 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_04029cf3 as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_04029cf3,
    )
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_edd3a374 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_2d6509df as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_2d6509df,
    )
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_2ad682da import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_53cb0d68 as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_53cb0d68,
    )
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_f95d950c import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_c844c0e4 as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_c844c0e4,
    )
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_21769022 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_d9098341 as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_d9098341,
    )
    from .application_gateways_get_backend_address_pool_health_with_expanded_conf_740c2a99 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_fbe5c63a as ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_fbe5c63a,
    )

_MODULES: dict[str, str] = {
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_04029cf3": "application_gateways_get_backend_address_pool_health_with_expanded_conf_53704a42",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_2d6509df": "application_gateways_get_backend_address_pool_health_with_expanded_conf_edd3a374",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_53cb0d68": "application_gateways_get_backend_address_pool_health_with_expanded_conf_2ad682da",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_c844c0e4": "application_gateways_get_backend_address_pool_health_with_expanded_conf_f95d950c",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_d9098341": "application_gateways_get_backend_address_pool_health_with_expanded_conf_21769022",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_fbe5c63a": "application_gateways_get_backend_address_pool_health_with_expanded_conf_740c2a99",
}

__all__ = [
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_04029cf3",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_2d6509df",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_53cb0d68",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_c844c0e4",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_d9098341",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithExpandedConfiguration_fbe5c63a",
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
