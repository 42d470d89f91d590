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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            security=(),
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def list_jobs(
        self,
        *,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            security=(),
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(Job.convert)))


class AsyncJobsApi:
    """Operations tagged 'jobs'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def delete_job(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            security=(),
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def list_jobs(
        self,
        *,
        limit: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
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
            security=(),
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(Job.convert))
        )
