"""Operations tagged 'orders'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class OrdersApi:
    """Operations tagged 'orders'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_order(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Order:
        """getOrder

        `GET /orders/{id}`
        """
        from ..models.error import Error
        from ..models.order import Order

        request = self._client.build_request(
            "GET",
            "/orders/{id}",
            path_params={
                "id": id,
            },
            operation_id="getOrder",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(Order.convert), {"404": Error.convert}
        )


class AsyncOrdersApi:
    """Operations tagged 'orders'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_order(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Order:
        """getOrder

        `GET /orders/{id}`
        """
        from ..models.error import Error
        from ..models.order import Order

        request = self._client.build_request(
            "GET",
            "/orders/{id}",
            path_params={
                "id": id,
            },
            operation_id="getOrder",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(Order.convert), {"404": Error.convert}
        )
