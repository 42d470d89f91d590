"""Operations tagged 'things'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.thing_record import ThingRecord


class ThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_thing(
        self,
        *,
        thing_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ThingRecord:
        """getThing

        `GET /things/{thingId}`
        """
        from ..models.thing_record import ThingRecord

        request = self._client.build_request(
            "GET",
            "/things/{thingId}",
            path_params={
                "thingId": thing_id,
            },
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(ThingRecord.convert))

    def list_parts(
        self,
        *,
        thing_id: int,
        filter: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[ThingRecord]:
        """listParts

        `GET /things/{thingId}/parts`
        """
        from ..models.thing_record import ThingRecord

        request = self._client.build_request(
            "GET",
            "/things/{thingId}/parts",
            path_params={
                "thingId": thing_id,
            },
            query={
                "filter": filter,
            },
            operation_id="listParts",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(serde.array(ThingRecord.convert))
        )


class AsyncThingsApi:
    """Operations tagged 'things'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_thing(
        self,
        *,
        thing_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ThingRecord:
        """getThing

        `GET /things/{thingId}`
        """
        from ..models.thing_record import ThingRecord

        request = self._client.build_request(
            "GET",
            "/things/{thingId}",
            path_params={
                "thingId": thing_id,
            },
            operation_id="getThing",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(ThingRecord.convert))

    async def list_parts(
        self,
        *,
        thing_id: int,
        filter: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[ThingRecord]:
        """listParts

        `GET /things/{thingId}/parts`
        """
        from ..models.thing_record import ThingRecord

        request = self._client.build_request(
            "GET",
            "/things/{thingId}/parts",
            path_params={
                "thingId": thing_id,
            },
            query={
                "filter": filter,
            },
            operation_id="listParts",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(ThingRecord.convert))
        )
