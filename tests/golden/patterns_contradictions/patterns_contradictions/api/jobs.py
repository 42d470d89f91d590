"""Operations tagged 'jobs'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job import Job


class JobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def delete_job(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """deleteJob

        `DELETE /jobs/{id}`
        """

        request = self._client.build_request(
            "DELETE",
            "/jobs/{id}",
            path_params={
                "id": id,
            },
            operation_id="deleteJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def list_jobs(
        self,
        *,
        content_type_header: str,
        limit: int | Unset = UNSET,
        authorization: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[Job]:
        """listJobs

        `GET /jobs`
        """
        from ..models.job import Job

        request = self._client.build_request(
            "GET",
            "/jobs",
            query={
                "limit": limit,
            },
            headers={
                "Content-Type": content_type_header,
                "Authorization": authorization,
            },
            operation_id="listJobs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(Job.convert)))

    def replace_job(
        self,
        *,
        id: str,
        body: Job | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Job:
        """replaceJob

        `PUT /jobs/{id}`

        Args:
            body: The request body (application/json).
        """
        from ..models.job import Job

        request = self._client.build_request(
            "PUT",
            "/jobs/{id}",
            path_params={
                "id": id,
            },
            json_body=body,
            security=(("token",),),
            operation_id="replaceJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Job.convert))


class AsyncJobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def delete_job(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """deleteJob

        `DELETE /jobs/{id}`
        """

        request = self._client.build_request(
            "DELETE",
            "/jobs/{id}",
            path_params={
                "id": id,
            },
            operation_id="deleteJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def list_jobs(
        self,
        *,
        content_type_header: str,
        limit: int | Unset = UNSET,
        authorization: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[Job]:
        """listJobs

        `GET /jobs`
        """
        from ..models.job import Job

        request = self._client.build_request(
            "GET",
            "/jobs",
            query={
                "limit": limit,
            },
            headers={
                "Content-Type": content_type_header,
                "Authorization": authorization,
            },
            operation_id="listJobs",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(Job.convert))
        )

    async def replace_job(
        self,
        *,
        id: str,
        body: Job | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Job:
        """replaceJob

        `PUT /jobs/{id}`

        Args:
            body: The request body (application/json).
        """
        from ..models.job import Job

        request = self._client.build_request(
            "PUT",
            "/jobs/{id}",
            path_params={
                "id": id,
            },
            json_body=body,
            security=(("token",),),
            operation_id="replaceJob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Job.convert))
