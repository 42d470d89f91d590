"""Operations tagged 'widgets'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset


class WidgetsApi:
    """Operations tagged 'widgets'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_widget(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """createWidget

        `POST /widgets`
        """

        request = self._client.build_request(
            "POST",
            "/widgets",
            operation_id="createWidget",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def list_widgets(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listWidgets

        `GET /widgets`
        """

        request = self._client.build_request(
            "GET",
            "/widgets",
            operation_id="listWidgets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))


class AsyncWidgetsApi:
    """Operations tagged 'widgets'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_widget(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """createWidget

        `POST /widgets`
        """

        request = self._client.build_request(
            "POST",
            "/widgets",
            operation_id="createWidget",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def list_widgets(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listWidgets

        `GET /widgets`
        """

        request = self._client.build_request(
            "GET",
            "/widgets",
            operation_id="listWidgets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )
