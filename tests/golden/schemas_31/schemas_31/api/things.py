"""Operations tagged 'things'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thing import Thing


class ThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_thing(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Thing:
        """getThing

        `GET /things`
        """
        from ..models.thing import Thing

        request = self._client.build_request(
            "GET",
            "/things",
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Thing.convert))


class AsyncThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_thing(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Thing:
        """getThing

        `GET /things`
        """
        from ..models.thing import Thing

        request = self._client.build_request(
            "GET",
            "/things",
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Thing.convert))
