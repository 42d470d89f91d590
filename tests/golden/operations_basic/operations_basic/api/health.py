"""Operations tagged 'health'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .._serde import UNSET, Unset


class HealthApi:
    """Operations tagged 'health'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def health(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """health

        `GET /health`
        """

        request = self._client.build_request(
            "GET",
            "/health",
            accept="text/plain",
            security=(),
            operation_id="health",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.text_response)


class AsyncHealthApi:
    """Operations tagged 'health'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def health(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """health

        `GET /health`
        """

        request = self._client.build_request(
            "GET",
            "/health",
            accept="text/plain",
            security=(),
            operation_id="health",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.text_response)
