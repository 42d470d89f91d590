"""Operations tagged 'tasks'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task import Task


class TasksApi:
    """Operations tagged 'tasks'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_task(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Task:
        """getTask

        `GET /tasks/{id}`
        """
        from ..models.task import Task

        request = self._client.build_request(
            "GET",
            "/tasks/{id}",
            path_params={
                "id": id,
            },
            operation_id="getTask",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Task.convert))


class AsyncTasksApi:
    """Operations tagged 'tasks'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_task(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Task:
        """getTask

        `GET /tasks/{id}`
        """
        from ..models.task import Task

        request = self._client.build_request(
            "GET",
            "/tasks/{id}",
            path_params={
                "id": id,
            },
            operation_id="getTask",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Task.convert))
