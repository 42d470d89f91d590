"""Operations tagged 'items'."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, cast

from .. import _runtime as rt
from .. import _serde as serde
from .. import models
from .._serde import UNSET, Unset


class ItemsApi:
    """Operations tagged 'items'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_item(
        self,
        *,
        body: models.Item | models.ItemDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Item | models.CreateItemResponse202:
        """createItem

        `POST /items`

        Args:
            body: The request body (application/json).
        """
        from ..models.create_item_response202 import CreateItemResponse202
        from ..models.item import Item
        from ..models.problem import Problem

        request = self._client.build_request(
            "POST",
            "/items",
            json_body=body,
            operation_id="createItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "models.Item | models.CreateItemResponse202",
            self._client.send(
                request,
                rt.by_status(
                    {
                        "201": rt.json_response(Item.convert),
                        "202": rt.json_response(CreateItemResponse202.convert),
                    }
                ),
                {"422": Problem.convert},
            ),
        )

    def delete_item(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """deleteItem

        `DELETE /items/{id}`
        """
        warnings.warn("delete_item is deprecated", DeprecationWarning, stacklevel=2)

        request = self._client.build_request(
            "DELETE",
            "/items/{id}",
            path_params={
                "id": id,
            },
            operation_id="deleteItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def get_item(
        self,
        *,
        id_path: str,
        id_query: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Item:
        """getItem

        `GET /items/{id}`

        Args:
            id_query: Clashes with the path parameter of the same name
        """
        from ..models.item import Item
        from ..models.problem import Problem

        request = self._client.build_request(
            "GET",
            "/items/{id}",
            path_params={
                "id": id_path,
            },
            query={
                "id": id_query,
            },
            operation_id="getItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(Item.convert), {"404": Problem.convert}
        )

    def list_items(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        legacy_filter: str | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        session: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[models.Item]:
        """List items

        `GET /items`
        """
        if legacy_filter is not UNSET:
            warnings.warn(
                "the parameter legacyFilter is deprecated",
                DeprecationWarning,
                stacklevel=2,
            )
        from ..models.item import Item

        request = self._client.build_request(
            "GET",
            "/items",
            query={
                "tags": tags,
                "ids": ids,
                "active": active,
                "legacyFilter": legacy_filter,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session": session,
            },
            styles={
                ("query", "ids"): ("form", False),
            },
            operation_id="listItems",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(Item.convert)))


class AsyncItemsApi:
    """Operations tagged 'items'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_item(
        self,
        *,
        body: models.Item | models.ItemDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Item | models.CreateItemResponse202:
        """createItem

        `POST /items`

        Args:
            body: The request body (application/json).
        """
        from ..models.create_item_response202 import CreateItemResponse202
        from ..models.item import Item
        from ..models.problem import Problem

        request = self._client.build_request(
            "POST",
            "/items",
            json_body=body,
            operation_id="createItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "models.Item | models.CreateItemResponse202",
            await self._client.send(
                request,
                rt.by_status(
                    {
                        "201": rt.json_response(Item.convert),
                        "202": rt.json_response(CreateItemResponse202.convert),
                    }
                ),
                {"422": Problem.convert},
            ),
        )

    async def delete_item(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """deleteItem

        `DELETE /items/{id}`
        """
        warnings.warn("delete_item is deprecated", DeprecationWarning, stacklevel=2)

        request = self._client.build_request(
            "DELETE",
            "/items/{id}",
            path_params={
                "id": id,
            },
            operation_id="deleteItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def get_item(
        self,
        *,
        id_path: str,
        id_query: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Item:
        """getItem

        `GET /items/{id}`

        Args:
            id_query: Clashes with the path parameter of the same name
        """
        from ..models.item import Item
        from ..models.problem import Problem

        request = self._client.build_request(
            "GET",
            "/items/{id}",
            path_params={
                "id": id_path,
            },
            query={
                "id": id_query,
            },
            operation_id="getItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(Item.convert), {"404": Problem.convert}
        )

    async def list_items(
        self,
        *,
        tags: list[str] | Unset = UNSET,
        ids: list[int] | Unset = UNSET,
        active: bool | Unset = UNSET,
        legacy_filter: str | Unset = UNSET,
        x_trace_id: str | Unset = UNSET,
        session: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[models.Item]:
        """List items

        `GET /items`
        """
        if legacy_filter is not UNSET:
            warnings.warn(
                "the parameter legacyFilter is deprecated",
                DeprecationWarning,
                stacklevel=2,
            )
        from ..models.item import Item

        request = self._client.build_request(
            "GET",
            "/items",
            query={
                "tags": tags,
                "ids": ids,
                "active": active,
                "legacyFilter": legacy_filter,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session": session,
            },
            styles={
                ("query", "ids"): ("form", False),
            },
            operation_id="listItems",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(Item.convert))
        )
