"""Operations tagged 'greeting'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset


class GreetingApi:
    """Operations tagged 'greeting'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_greeting(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """getGreeting

        `GET /greeting`
        """

        request = self._client.build_request(
            "GET",
            "/greeting",
            accept="application/json, */*;q=0.8",
            operation_id="getGreeting",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.negotiated_response(serde.str_))


class AsyncGreetingApi:
    """Operations tagged 'greeting'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_greeting(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """getGreeting

        `GET /greeting`
        """

        request = self._client.build_request(
            "GET",
            "/greeting",
            accept="application/json, */*;q=0.8",
            operation_id="getGreeting",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.negotiated_response(serde.str_))
