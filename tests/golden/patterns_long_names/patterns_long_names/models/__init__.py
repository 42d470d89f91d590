"""The models of Long Names. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .application_gateways_get_backend_address_pool_health_34852200 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWith34852200 as ApplicationGatewaysGetBackendAddressPoolHealthWith34852200,
    )
    from .application_gateways_get_backend_address_pool_health_7376c219 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219 as ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219,
    )
    from .application_gateways_get_backend_address_pool_health_8e2436a0 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0 as ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0,
    )
    from .application_gateways_get_backend_address_pool_health_b07f51a6 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6 as ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6,
    )
    from .application_gateways_get_backend_address_pool_health_c4b73a74 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74 as ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74,
    )
    from .application_gateways_get_backend_address_pool_health_cf3eb9b8 import (
        ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8 as ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8,
    )
    from .microsoft_graph_device_management_managed_devices_9eb5b821 import (
        MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821 as MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821,
    )
    from ._typeddicts import (
        MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict as MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict,
    )
    from .microsoft_graph_device_management_managed_devices_d3e57c69 import (
        MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 as MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69,
    )
    from ._typeddicts import (
        MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict as MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict,
    )
    from .microsoft_graph_device_management_managed_devices_d92484ce import (
        MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce as MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce,
    )

_MODULES: dict[str, str] = {
    "ApplicationGatewaysGetBackendAddressPoolHealthWith34852200": "application_gateways_get_backend_address_pool_health_34852200",
    "ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219": "application_gateways_get_backend_address_pool_health_7376c219",
    "ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0": "application_gateways_get_backend_address_pool_health_8e2436a0",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6": "application_gateways_get_backend_address_pool_health_b07f51a6",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74": "application_gateways_get_backend_address_pool_health_c4b73a74",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8": "application_gateways_get_backend_address_pool_health_cf3eb9b8",
    "MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821": "microsoft_graph_device_management_managed_devices_9eb5b821",
    "MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict": "_typeddicts",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69": "microsoft_graph_device_management_managed_devices_d3e57c69",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict": "_typeddicts",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce": "microsoft_graph_device_management_managed_devices_d92484ce",
}

__all__ = [
    "ApplicationGatewaysGetBackendAddressPoolHealthWith34852200",
    "ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219",
    "ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74",
    "ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8",
    "MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821",
    "MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict",
    "MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce",
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
