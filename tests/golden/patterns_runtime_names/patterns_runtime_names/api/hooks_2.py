"""Operations tagged 'hooks'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset


class HooksApi:
    """Operations tagged 'hooks'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def list_hooks(
        self,
        *,
        request_query: Literal["GetMap", "GetCapabilities"],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listHooks

        `GET /hooks`
        """

        request = self._client.build_request(
            "GET",
            "/hooks",
            query={
                "request": request_query,
            },
            operation_id="listHooks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))


class AsyncHooksApi:
    """Operations tagged 'hooks'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def list_hooks(
        self,
        *,
        request_query: Literal["GetMap", "GetCapabilities"],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listHooks

        `GET /hooks`
        """

        request = self._client.build_request(
            "GET",
            "/hooks",
            query={
                "request": request_query,
            },
            operation_id="listHooks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )
