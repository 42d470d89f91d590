"""Operations tagged 'servlet'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .._serde import UNSET, Unset


class ServletApi:
    """Operations tagged 'servlet'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_servlet(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """getServlet

        `GET /servlet`
        """

        request = self._client.build_request(
            "GET",
            "/servlet",
            accept="text/html",
            operation_id="getServlet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncServletApi:
    """Operations tagged 'servlet'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_servlet(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """getServlet

        `GET /servlet`
        """

        request = self._client.build_request(
            "GET",
            "/servlet",
            accept="text/html",
            operation_id="getServlet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
