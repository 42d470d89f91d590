"""TypedDicts of the request bodies of the Long Names client, for plain dicts given as
`body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

from typing import TypedDict

from .microsoft_graph_device_management_managed_devices_d3e57c69 import (
    MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69,
)

_MicrosoftGraphDeviceManagementManagedDevices461c6897Optional = TypedDict(
    "_MicrosoftGraphDeviceManagementManagedDevices461c6897Optional",
    {
        "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice": "int",
        "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice": "MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 | MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict",
    },
    total=False,
)


class MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict(
    _MicrosoftGraphDeviceManagementManagedDevices461c6897Optional
):
    """The MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821 request body as a
    plain dict: JSON names as keys.

    Keys:
        userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice (int)
        userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice (MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 | MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict)
    """


class MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69Dict(
    TypedDict, total=False
):
    """The MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 request body as a
    plain dict: JSON names as keys.

    Keys:
        leaf (str)
    """

    leaf: str
