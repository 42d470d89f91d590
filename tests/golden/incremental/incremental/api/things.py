"""Operations tagged 'things'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_response import GetResponse
    from ..models.get_thing_response import GetThingResponse


class ThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get(
        self,
        *,
        thing_response: GetThingResponse | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetResponse:
        """get

        `GET /aaa`
        """
        from ..models.get_response import GetResponse

        request = self._client.build_request(
            "GET",
            "/aaa",
            query={
                "thingResponse": thing_response,
            },
            operation_id="get",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetResponse.convert))

    def list_b(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetResponse:
        """listB

        `GET /bbb`
        """
        from ..models.get_response import GetResponse

        request = self._client.build_request(
            "GET",
            "/bbb",
            operation_id="listB",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetResponse.convert))


class AsyncThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get(
        self,
        *,
        thing_response: GetThingResponse | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetResponse:
        """get

        `GET /aaa`
        """
        from ..models.get_response import GetResponse

        request = self._client.build_request(
            "GET",
            "/aaa",
            query={
                "thingResponse": thing_response,
            },
            operation_id="get",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(GetResponse.convert))

    async def list_b(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetResponse:
        """listB

        `GET /bbb`
        """
        from ..models.get_response import GetResponse

        request = self._client.build_request(
            "GET",
            "/bbb",
            operation_id="listB",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(GetResponse.convert))
