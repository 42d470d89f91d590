from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .microsoft_graph_device_management_managed_devices_d3e57c69 import (
    MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69,
)


class MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821(serde.Model):
    """The schema at
    `#/components/schemas/microsoft.graph.deviceManagement.managedDevices.windowsProtectionState.detectedMalwareState.deviceConfigurationStates.userExperienceAnalyticsAppHealthApplicationPerformance.remoteActionAuditEvaluationStatusDetails`
    of the API description.

    Attributes:
        user_experience_analytics_app_health_application_f11c1a54 (int, optional)
        user_experience_analytics_app_health_application_47662d6f
            (MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "user_experience_analytics_app_health_application_f11c1a54",
        "user_experience_analytics_app_health_application_47662d6f",
        "additional_properties",
    )

    user_experience_analytics_app_health_application_f11c1a54: int | Unset
    user_experience_analytics_app_health_application_47662d6f: (
        MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice",
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice",
        }
    )

    def __init__(
        self,
        *,
        user_experience_analytics_app_health_application_f11c1a54: int | Unset = UNSET,
        user_experience_analytics_app_health_application_47662d6f: (
            MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69 | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.user_experience_analytics_app_health_application_f11c1a54 = (
            user_experience_analytics_app_health_application_f11c1a54
        )
        self.user_experience_analytics_app_health_application_47662d6f = (
            user_experience_analytics_app_health_application_47662d6f
        )
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821",
    ) -> MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if (
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice"
            in data
        ):
            found += 1
            user_experience_analytics_app_health_application_f11c1a54 = data[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice"
            ]
            if (
                type(user_experience_analytics_app_health_application_f11c1a54)
                is not int
            ):
                user_experience_analytics_app_health_application_f11c1a54 = serde.int_(
                    user_experience_analytics_app_health_application_f11c1a54,
                    where,
                    "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice",
                )
        else:
            user_experience_analytics_app_health_application_f11c1a54 = UNSET
        if (
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            in data
        ):
            found += 1
            user_experience_analytics_app_health_application_47662d6f = data[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            ]
            user_experience_analytics_app_health_application_47662d6f = MicrosoftGraphDeviceManagementManagedDevicesWindowsD3e57c69.from_dict(
                user_experience_analytics_app_health_application_47662d6f,
                where
                + ".userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice",
            )
        else:
            user_experience_analytics_app_health_application_47662d6f = UNSET
        obj = serde.new_object(cls)
        obj.user_experience_analytics_app_health_application_f11c1a54 = (
            user_experience_analytics_app_health_application_f11c1a54
        )
        obj.user_experience_analytics_app_health_application_47662d6f = (
            user_experience_analytics_app_health_application_47662d6f
        )
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.user_experience_analytics_app_health_application_f11c1a54 is not UNSET:
            out[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice"
            ] = self.user_experience_analytics_app_health_application_f11c1a54
        if self.user_experience_analytics_app_health_application_47662d6f is not UNSET:
            out[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            ] = self.user_experience_analytics_app_health_application_47662d6f.to_dict(
                request=request
            )
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
