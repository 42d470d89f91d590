"""Operations tagged 'zzz'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_thing_response2 import GetThingResponse2


class ZzzApi:
    """Operations tagged 'zzz'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_thing(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetThingResponse2:
        """getThing

        `GET /zzz`
        """
        from ..models.get_thing_response2 import GetThingResponse2

        request = self._client.build_request(
            "GET",
            "/zzz",
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetThingResponse2.convert))


class AsyncZzzApi:
    """Operations tagged 'zzz'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_thing(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetThingResponse2:
        """getThing

        `GET /zzz`
        """
        from ..models.get_thing_response2 import GetThingResponse2

        request = self._client.build_request(
            "GET",
            "/zzz",
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetThingResponse2.convert)
        )
