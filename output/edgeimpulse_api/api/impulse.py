"""Operations tagged 'Impulse'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, IO, Literal

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.clone_impulse_request import CloneImpulseRequest
    from ..models.create_new_empty_impulse_request import CreateNewEmptyImpulseRequest
    from ..models.create_new_empty_impulse_response import CreateNewEmptyImpulseResponse
    from ..models.generic_api_response import GenericApiResponse
    from ..models.start_job_response import StartJobResponse
    from ..models.update_impulse_request import UpdateImpulseRequest
    from ..models.verify_dsp_block_url_request import VerifyDspBlockUrlRequest
    from ..models.verify_dsp_block_url_response import VerifyDspBlockUrlResponse


class ImpulseApi:
    """Operations tagged 'Impulse'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def clone_impulse_complete(
        self,
        *,
        project_id: int,
        impulse_id: int,
        body: CloneImpulseRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Clone impulse (complete)

        Clones the complete impulse (incl. config and data) of an existing impulse.

        `POST /api/{projectId}/impulse/{impulseId}/clone/complete`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/{impulseId}/clone/complete",
            path_params={
                "projectId": project_id,
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="cloneImpulseComplete",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))

    def create_new_empty_impulse(
        self,
        *,
        project_id: int,
        body: CreateNewEmptyImpulseRequest | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateNewEmptyImpulseResponse:
        """Create new empty impulse

        Create a new empty impulse, and return the ID.

        `POST /api/{projectId}/impulse/new`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.create_new_empty_impulse_response import (
            CreateNewEmptyImpulseResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/new",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="createNewEmptyImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(CreateNewEmptyImpulseResponse.convert)
        )

    def download_detailed_impulses(
        self,
        *,
        project_id: int,
        format: Literal["json", "csv"] | Unset = UNSET,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download all impulses (incl. metrics), as JSON or CSV.

        Download all impulse for a project, including accuracy and performance metrics,
        as JSON or CSV.

        `GET /api/{projectId}/download-impulses-detailed`

        Args:
            project_id: Project ID
            format: Format of the detailed impulses response, either 'json' or 'csv'. If
                not set, defaults to 'json'.
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/download-impulses-detailed",
            path_params={
                "projectId": project_id,
            },
            query={
                "format": format,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadDetailedImpulses",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def update_impulse(
        self,
        *,
        project_id: int,
        body: UpdateImpulseRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update impulse

        Update the impulse for this project.  If you specify `impulseId` then that
        impulse is created/updated, otherwise the default impulse is created/updated.

        `POST /api/{projectId}/impulse/update`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/update",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="updateImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def verify_dsp_block_url(
        self,
        *,
        project_id: int,
        body: VerifyDspBlockUrlRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> VerifyDspBlockUrlResponse:
        """Verify custom DSP block

        Verify the validity of a custom DSP block

        `POST /api/{projectId}/verify-dsp-block/url`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.verify_dsp_block_url_response import VerifyDspBlockUrlResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/verify-dsp-block/url",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="verifyDspBlockUrl",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(VerifyDspBlockUrlResponse.convert)
        )


class AsyncImpulseApi:
    """Operations tagged 'Impulse'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def clone_impulse_complete(
        self,
        *,
        project_id: int,
        impulse_id: int,
        body: CloneImpulseRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Clone impulse (complete)

        Clones the complete impulse (incl. config and data) of an existing impulse.

        `POST /api/{projectId}/impulse/{impulseId}/clone/complete`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/{impulseId}/clone/complete",
            path_params={
                "projectId": project_id,
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="cloneImpulseComplete",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )

    async def create_new_empty_impulse(
        self,
        *,
        project_id: int,
        body: CreateNewEmptyImpulseRequest | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateNewEmptyImpulseResponse:
        """Create new empty impulse

        Create a new empty impulse, and return the ID.

        `POST /api/{projectId}/impulse/new`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.create_new_empty_impulse_response import (
            CreateNewEmptyImpulseResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/new",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="createNewEmptyImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(CreateNewEmptyImpulseResponse.convert)
        )

    async def download_detailed_impulses(
        self,
        *,
        project_id: int,
        format: Literal["json", "csv"] | Unset = UNSET,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download all impulses (incl. metrics), as JSON or CSV.

        Download all impulse for a project, including accuracy and performance metrics,
        as JSON or CSV.

        `GET /api/{projectId}/download-impulses-detailed`

        Args:
            project_id: Project ID
            format: Format of the detailed impulses response, either 'json' or 'csv'. If
                not set, defaults to 'json'.
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/download-impulses-detailed",
            path_params={
                "projectId": project_id,
            },
            query={
                "format": format,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadDetailedImpulses",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def update_impulse(
        self,
        *,
        project_id: int,
        body: UpdateImpulseRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update impulse

        Update the impulse for this project.  If you specify `impulseId` then that
        impulse is created/updated, otherwise the default impulse is created/updated.

        `POST /api/{projectId}/impulse/update`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/impulse/update",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            json_body=body,
            operation_id="updateImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def verify_dsp_block_url(
        self,
        *,
        project_id: int,
        body: VerifyDspBlockUrlRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> VerifyDspBlockUrlResponse:
        """Verify custom DSP block

        Verify the validity of a custom DSP block

        `POST /api/{projectId}/verify-dsp-block/url`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.verify_dsp_block_url_response import VerifyDspBlockUrlResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/verify-dsp-block/url",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="verifyDspBlockUrl",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(VerifyDspBlockUrlResponse.convert)
        )
