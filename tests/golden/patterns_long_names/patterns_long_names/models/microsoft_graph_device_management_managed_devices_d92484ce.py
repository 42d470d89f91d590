from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .microsoft_graph_device_management_managed_devices_9eb5b821 import (
    MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821,
)


class MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce(serde.Model):
    """The schema at
    `#/components/schemas/microsoft.graph.deviceManagement.managedDevices.windowsProtectionState.detectedMalwareState.deviceConfigurationStates.userExperienceAnalyticsAppHealthApplicationPerformance.remoteActionAuditEvaluationStatusSummary`
    of the API description.

    Attributes:
        user_experience_analytics_app_health_application_f11c1a54 (str)
        details (MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821, optional)
        user_experience_analytics_app_health_application_47662d6f (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "user_experience_analytics_app_health_application_f11c1a54",
        "details",
        "user_experience_analytics_app_health_application_47662d6f",
        "additional_properties",
    )

    user_experience_analytics_app_health_application_f11c1a54: str
    details: MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821 | Unset
    user_experience_analytics_app_health_application_47662d6f: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice",
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice",
        }
    )

    def __init__(
        self,
        *,
        user_experience_analytics_app_health_application_f11c1a54: str,
        details: (
            MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821 | Unset
        ) = UNSET,
        user_experience_analytics_app_health_application_47662d6f: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.user_experience_analytics_app_health_application_f11c1a54 = (
            user_experience_analytics_app_health_application_f11c1a54
        )
        self.details = details
        self.user_experience_analytics_app_health_application_47662d6f = (
            user_experience_analytics_app_health_application_47662d6f
        )
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce",
    ) -> MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            user_experience_analytics_app_health_application_f11c1a54 = data[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice"
            ]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(user_experience_analytics_app_health_application_f11c1a54) is not str:
            user_experience_analytics_app_health_application_f11c1a54 = serde.str_(
                user_experience_analytics_app_health_application_f11c1a54,
                where,
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice",
            )
        found = 1  # declared properties in data
        if "details" in data:
            found += 1
            details = data["details"]
            details = (
                MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821.from_dict(
                    details, where + ".details"
                )
            )
        else:
            details = UNSET
        if (
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            in data
        ):
            found += 1
            user_experience_analytics_app_health_application_47662d6f = data[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            ]
            if (
                type(user_experience_analytics_app_health_application_47662d6f)
                is not str
            ):
                user_experience_analytics_app_health_application_47662d6f = serde.str_(
                    user_experience_analytics_app_health_application_47662d6f,
                    where,
                    "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice",
                )
        else:
            user_experience_analytics_app_health_application_47662d6f = UNSET
        obj = serde.new_object(cls)
        obj.user_experience_analytics_app_health_application_f11c1a54 = (
            user_experience_analytics_app_health_application_f11c1a54
        )
        obj.details = details
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
        out: dict[str, Any] = {
            "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheFirstDevice": self.user_experience_analytics_app_health_application_f11c1a54,
        }
        if self.details is not UNSET:
            out["details"] = self.details.to_dict(request=request)
        if self.user_experience_analytics_app_health_application_47662d6f is not UNSET:
            out[
                "userExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateLastReportedDateTimeOfTheSecondDevice"
            ] = self.user_experience_analytics_app_health_application_47662d6f
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
