"""Operations tagged
'deviceManagement.managedDevices.windowsProtectionState.detectedMalwareState.deviceConfigurationStates.userExperienceAnalyticsAppHealthApplicationPerformance.remoteActionAudits.assignmentFilterEvaluationStatusDetails'.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class DeviceManagementManagedDevicesWindowsProtection27ef51a7Api:
    """Operations tagged
    'deviceManagement.managedDevices.windowsProtectionState.detectedMalwareState.deviceConfigurationStates.userExperienceAnalyticsAppHealthApplicationPerformance.remoteActionAudits.assignmentFilterEvaluationStatusDetails'.
    """

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def device_management_managed_devices_windows_protection_4667d8a9(
        self,
        *,
        managed_device_windows_protection_state_detected_1e4c7deb_path: str,
        filter_user_experience_analytics_app_health_application_b7dc9519: (
            str | Unset
        ) = UNSET,
        filter_user_experience_analytics_app_health_application_d7c6315c: (
            int | Unset
        ) = UNSET,
        managed_device_windows_protection_state_detected_1e4c7deb_header: (
            str | Unset
        ) = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce:
        """deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusSummary

        `GET
        /device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}`
        """
        from ..models.microsoft_graph_device_management_managed_devices_d92484ce import (
            MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce,
        )

        request = self._client.build_request(
            "GET",
            "/device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}",
            path_params={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb_path,
            },
            query={
                "$filterUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateOnlyWithinTheDateRange.first": filter_user_experience_analytics_app_health_application_b7dc9519,
                "$filterUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateOnlyWithinTheDateRange.second": filter_user_experience_analytics_app_health_application_d7c6315c,
            },
            headers={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb_header,
            },
            operation_id="deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusSummary",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request,
            rt.json_response(
                MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce.convert
            ),
        )

    def device_management_managed_devices_windows_protection_d5d16c81(
        self,
        *,
        managed_device_windows_protection_state_detected_1e4c7deb: str,
        body: (
            models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821
            | models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821:
        """deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusDetails

        `POST
        /device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}`

        Args:
            body: The request body (application/json).
        """
        from ..models.microsoft_graph_device_management_managed_devices_9eb5b821 import (
            MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821,
        )

        request = self._client.build_request(
            "POST",
            "/device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}",
            path_params={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb,
            },
            json_body=body,
            operation_id="deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusDetails",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request,
            rt.json_response(
                MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821.convert
            ),
        )


class AsyncDeviceManagementManagedDevicesWindowsProtection27ef51a7Api:
    """Operations tagged
    'deviceManagement.managedDevices.windowsProtectionState.detectedMalwareState.deviceConfigurationStates.userExperienceAnalyticsAppHealthApplicationPerformance.remoteActionAudits.assignmentFilterEvaluationStatusDetails'.
    """

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def device_management_managed_devices_windows_protection_4667d8a9(
        self,
        *,
        managed_device_windows_protection_state_detected_1e4c7deb_path: str,
        filter_user_experience_analytics_app_health_application_b7dc9519: (
            str | Unset
        ) = UNSET,
        filter_user_experience_analytics_app_health_application_d7c6315c: (
            int | Unset
        ) = UNSET,
        managed_device_windows_protection_state_detected_1e4c7deb_header: (
            str | Unset
        ) = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce:
        """deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusSummary

        `GET
        /device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}`
        """
        from ..models.microsoft_graph_device_management_managed_devices_d92484ce import (
            MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce,
        )

        request = self._client.build_request(
            "GET",
            "/device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}",
            path_params={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb_path,
            },
            query={
                "$filterUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateOnlyWithinTheDateRange.first": filter_user_experience_analytics_app_health_application_b7dc9519,
                "$filterUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditsAssignmentFilterEvaluationStatusDetailsDeviceConfigurationStatesWindowsProtectionStateDetectedMalwareStateOnlyWithinTheDateRange.second": filter_user_experience_analytics_app_health_application_d7c6315c,
            },
            headers={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb_header,
            },
            operation_id="deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusSummary",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request,
            rt.json_response(
                MicrosoftGraphDeviceManagementManagedDevicesWindowsD92484ce.convert
            ),
        )

    async def device_management_managed_devices_windows_protection_d5d16c81(
        self,
        *,
        managed_device_windows_protection_state_detected_1e4c7deb: str,
        body: (
            models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821
            | models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821Dict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821:
        """deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusDetails

        `POST
        /device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}`

        Args:
            body: The request body (application/json).
        """
        from ..models.microsoft_graph_device_management_managed_devices_9eb5b821 import (
            MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821,
        )

        request = self._client.build_request(
            "POST",
            "/device-reports/{managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString}",
            path_params={
                "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsAppHealthApplicationPerformanceRemoteActionAuditAssignmentFilterEvaluationStatusDetailUniqueIdentifierString": managed_device_windows_protection_state_detected_1e4c7deb,
            },
            json_body=body,
            operation_id="deviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateGetDeviceConfigurationStatesUserExperienceAnalyticsAppHealthApplicationPerformanceByRemoteActionAuditsAndAssignmentFilterEvaluationStatusDetails",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request,
            rt.json_response(
                MicrosoftGraphDeviceManagementManagedDevicesWindows9eb5b821.convert
            ),
        )
