"""Operations tagged 'Optimization'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generic_api_response import GenericApiResponse
    from ..models.list_tuner_runs_response import ListTunerRunsResponse
    from ..models.log_stdout_response import LogStdoutResponse
    from ..models.optimize_dsp_parameters_response import OptimizeDspParametersResponse
    from ..models.tuner_create_trial_impulse import TunerCreateTrialImpulse
    from ..models.window_settings_response import WindowSettingsResponse


class OptimizationApi:
    """Operations tagged 'Optimization'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_trial(
        self,
        *,
        project_id: int,
        job_id: int,
        body: TunerCreateTrialImpulse | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Create trial

        `POST /api/{projectId}/optimize/{jobId}/create-trial`

        Args:
            project_id: Project ID
            job_id: Job ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/optimize/{jobId}/create-trial",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            json_body=body,
            operation_id="createTrial",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def end_trial(
        self,
        *,
        project_id: int,
        job_id: int,
        trial_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """End EON tuner trial

        End an EON trial early. This can for example be used to implement early
        stopping.

        `GET /api/{projectId}/optimize//{jobId}/trial/{trialId}/end-trial`

        Args:
            project_id: Project ID
            job_id: Job ID
            trial_id: trial ID
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize//{jobId}/trial/{trialId}/end-trial",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
                "trialId": trial_id,
            },
            operation_id="endTrial",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def get_dsp_parameters(
        self,
        *,
        project_id: int,
        organization_id: int,
        organization_dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> OptimizeDspParametersResponse:
        """Retrieves DSP block parameters

        `GET /api/{projectId}/optimize/dsp-parameters`

        Args:
            project_id: Project ID
            organization_id: Organization ID
            organization_dsp_id: Organization DSP ID
        """
        from ..models.optimize_dsp_parameters_response import (
            OptimizeDspParametersResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/dsp-parameters",
            path_params={
                "projectId": project_id,
            },
            query={
                "organizationId": organization_id,
                "organizationDspId": organization_dsp_id,
            },
            operation_id="getDspParameters",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(OptimizeDspParametersResponse.convert)
        )

    def get_trial_logs(
        self,
        *,
        project_id: int,
        trial_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> LogStdoutResponse:
        """Get trial logs

        Get the logs for a trial.

        `GET /api/{projectId}/optimize/trial/{trialId}/stdout`

        Args:
            project_id: Project ID
            trial_id: trial ID
        """
        from ..models.log_stdout_response import LogStdoutResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/trial/{trialId}/stdout",
            path_params={
                "projectId": project_id,
                "trialId": trial_id,
            },
            operation_id="getTrialLogs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(LogStdoutResponse.convert))

    def get_window_settings(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> WindowSettingsResponse:
        """Get window settings

        `GET /api/{projectId}/optimize/window-settings`

        Args:
            project_id: Project ID
        """
        from ..models.window_settings_response import WindowSettingsResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/window-settings",
            path_params={
                "projectId": project_id,
            },
            operation_id="getWindowSettings",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(WindowSettingsResponse.convert)
        )

    def list_tuner_runs(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListTunerRunsResponse:
        """List all tuner runs

        List all the tuner runs for a project.

        `GET /api/{projectId}/optimize/runs`

        Args:
            project_id: Project ID
        """
        from ..models.list_tuner_runs_response import ListTunerRunsResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/runs",
            path_params={
                "projectId": project_id,
            },
            operation_id="listTunerRuns",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(ListTunerRunsResponse.convert)
        )


class AsyncOptimizationApi:
    """Operations tagged 'Optimization'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_trial(
        self,
        *,
        project_id: int,
        job_id: int,
        body: TunerCreateTrialImpulse | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Create trial

        `POST /api/{projectId}/optimize/{jobId}/create-trial`

        Args:
            project_id: Project ID
            job_id: Job ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/optimize/{jobId}/create-trial",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            json_body=body,
            operation_id="createTrial",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def end_trial(
        self,
        *,
        project_id: int,
        job_id: int,
        trial_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """End EON tuner trial

        End an EON trial early. This can for example be used to implement early
        stopping.

        `GET /api/{projectId}/optimize//{jobId}/trial/{trialId}/end-trial`

        Args:
            project_id: Project ID
            job_id: Job ID
            trial_id: trial ID
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize//{jobId}/trial/{trialId}/end-trial",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
                "trialId": trial_id,
            },
            operation_id="endTrial",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def get_dsp_parameters(
        self,
        *,
        project_id: int,
        organization_id: int,
        organization_dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> OptimizeDspParametersResponse:
        """Retrieves DSP block parameters

        `GET /api/{projectId}/optimize/dsp-parameters`

        Args:
            project_id: Project ID
            organization_id: Organization ID
            organization_dsp_id: Organization DSP ID
        """
        from ..models.optimize_dsp_parameters_response import (
            OptimizeDspParametersResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/dsp-parameters",
            path_params={
                "projectId": project_id,
            },
            query={
                "organizationId": organization_id,
                "organizationDspId": organization_dsp_id,
            },
            operation_id="getDspParameters",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(OptimizeDspParametersResponse.convert)
        )

    async def get_trial_logs(
        self,
        *,
        project_id: int,
        trial_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> LogStdoutResponse:
        """Get trial logs

        Get the logs for a trial.

        `GET /api/{projectId}/optimize/trial/{trialId}/stdout`

        Args:
            project_id: Project ID
            trial_id: trial ID
        """
        from ..models.log_stdout_response import LogStdoutResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/trial/{trialId}/stdout",
            path_params={
                "projectId": project_id,
                "trialId": trial_id,
            },
            operation_id="getTrialLogs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(LogStdoutResponse.convert)
        )

    async def get_window_settings(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> WindowSettingsResponse:
        """Get window settings

        `GET /api/{projectId}/optimize/window-settings`

        Args:
            project_id: Project ID
        """
        from ..models.window_settings_response import WindowSettingsResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/window-settings",
            path_params={
                "projectId": project_id,
            },
            operation_id="getWindowSettings",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(WindowSettingsResponse.convert)
        )

    async def list_tuner_runs(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListTunerRunsResponse:
        """List all tuner runs

        List all the tuner runs for a project.

        `GET /api/{projectId}/optimize/runs`

        Args:
            project_id: Project ID
        """
        from ..models.list_tuner_runs_response import ListTunerRunsResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/optimize/runs",
            path_params={
                "projectId": project_id,
            },
            operation_id="listTunerRuns",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ListTunerRunsResponse.convert)
        )
