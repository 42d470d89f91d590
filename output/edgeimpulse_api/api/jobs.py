"""Operations tagged 'Jobs'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_features_request import GenerateFeaturesRequest
    from ..models.generic_api_response import GenericApiResponse
    from ..models.profile_tf_lite_request import ProfileTfLiteRequest
    from ..models.project_version_request import ProjectVersionRequest
    from ..models.start_job_response import StartJobResponse
    from ..models.start_post_processing_request import StartPostProcessingRequest


class JobsApi:
    """Operations tagged 'Jobs'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def cancel_job(
        self,
        *,
        project_id: int,
        job_id: int,
        force_cancel: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Cancel job

        Cancel a running job.

        `POST /api/{projectId}/jobs/{jobId}/cancel`

        Args:
            project_id: Project ID
            job_id: Job ID
            force_cancel: If set to 'true', we won't wait for the job cluster to cancel
                the job, and will mark the job as finished.
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/{jobId}/cancel",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            query={
                "forceCancel": force_cancel,
            },
            operation_id="cancelJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def download_jobs_logs(
        self,
        *,
        project_id: int,
        job_id: int,
        limit: int | Unset = UNSET,
        log_level: Literal["error", "warn", "info", "debug"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """Download logs

        Download the logs for a job (as a text file).

        `GET /api/{projectId}/jobs/{jobId}/stdout/download`

        Args:
            project_id: Project ID
            job_id: Job ID
            limit: Maximum number of results
            log_level: Log level (error, warn, info, debug)
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/jobs/{jobId}/stdout/download",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            query={
                "limit": limit,
                "logLevel": log_level,
            },
            accept="text/plain",
            operation_id="downloadJobsLogs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.text_response)

    def generate_features_job(
        self,
        *,
        project_id: int,
        body: GenerateFeaturesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Generate features

        Take the raw training set and generate features from them. Updates are streamed
        over the websocket API.

        `POST /api/{projectId}/jobs/generate-features`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/generate-features",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="generateFeaturesJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))

    def start_post_processing_job(
        self,
        *,
        project_id: int,
        body: StartPostProcessingRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Post-processing

        Begins post processing job

        `POST /api/{projectId}/jobs/post-processing`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/post-processing",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="startPostProcessingJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))

    def start_profile_tflite_job(
        self,
        *,
        project_id: int,
        body: ProfileTfLiteRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Profile TFLite model

        Takes in a TFLite model and returns the latency, RAM and ROM used for this
        model. Updates are streamed over the websocket API (or can be retrieved through
        the /stdout endpoint). Use getProfileTfliteJobResult to get the results when the
        job is completed.

        `POST /api/{projectId}/jobs/profile-tflite`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/profile-tflite",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="startProfileTfliteJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))

    def start_version_job(
        self,
        *,
        project_id: int,
        body: ProjectVersionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Version project

        Create a new version of the project. This stores all data and configuration
        offsite. If you have access to the enterprise version of Edge Impulse you can
        store your data in your own storage buckets (only through JWT token
        authentication).

        `POST /api/{projectId}/jobs/version`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/version",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="startVersionJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))


class AsyncJobsApi:
    """Operations tagged 'Jobs'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def cancel_job(
        self,
        *,
        project_id: int,
        job_id: int,
        force_cancel: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Cancel job

        Cancel a running job.

        `POST /api/{projectId}/jobs/{jobId}/cancel`

        Args:
            project_id: Project ID
            job_id: Job ID
            force_cancel: If set to 'true', we won't wait for the job cluster to cancel
                the job, and will mark the job as finished.
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/{jobId}/cancel",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            query={
                "forceCancel": force_cancel,
            },
            operation_id="cancelJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def download_jobs_logs(
        self,
        *,
        project_id: int,
        job_id: int,
        limit: int | Unset = UNSET,
        log_level: Literal["error", "warn", "info", "debug"] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """Download logs

        Download the logs for a job (as a text file).

        `GET /api/{projectId}/jobs/{jobId}/stdout/download`

        Args:
            project_id: Project ID
            job_id: Job ID
            limit: Maximum number of results
            log_level: Log level (error, warn, info, debug)
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/jobs/{jobId}/stdout/download",
            path_params={
                "projectId": project_id,
                "jobId": job_id,
            },
            query={
                "limit": limit,
                "logLevel": log_level,
            },
            accept="text/plain",
            operation_id="downloadJobsLogs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.text_response)

    async def generate_features_job(
        self,
        *,
        project_id: int,
        body: GenerateFeaturesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Generate features

        Take the raw training set and generate features from them. Updates are streamed
        over the websocket API.

        `POST /api/{projectId}/jobs/generate-features`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/generate-features",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="generateFeaturesJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )

    async def start_post_processing_job(
        self,
        *,
        project_id: int,
        body: StartPostProcessingRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Post-processing

        Begins post processing job

        `POST /api/{projectId}/jobs/post-processing`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/post-processing",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="startPostProcessingJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )

    async def start_profile_tflite_job(
        self,
        *,
        project_id: int,
        body: ProfileTfLiteRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Profile TFLite model

        Takes in a TFLite model and returns the latency, RAM and ROM used for this
        model. Updates are streamed over the websocket API (or can be retrieved through
        the /stdout endpoint). Use getProfileTfliteJobResult to get the results when the
        job is completed.

        `POST /api/{projectId}/jobs/profile-tflite`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/profile-tflite",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="startProfileTfliteJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )

    async def start_version_job(
        self,
        *,
        project_id: int,
        body: ProjectVersionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Version project

        Create a new version of the project. This stores all data and configuration
        offsite. If you have access to the enterprise version of Edge Impulse you can
        store your data in your own storage buckets (only through JWT token
        authentication).

        `POST /api/{projectId}/jobs/version`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/jobs/version",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="startVersionJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )
