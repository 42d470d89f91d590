"""Operations tagged 'cees'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_c_response2 import GetCResponse2
    from ..models.post_d_body import PostDBody


class CeesApi:
    """Operations tagged 'cees'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_c(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetCResponse2:
        """Get a C

        `GET /ccc`
        """
        from ..models.get_c_response2 import GetCResponse2

        request = self._client.build_request(
            "GET",
            "/ccc",
            operation_id="getC",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetCResponse2.convert))

    def post_d(
        self,
        *,
        body: PostDBody | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """postD

        `POST /ddd`

        Args:
            body: The request body (application/json).
        """

        request = self._client.build_request(
            "POST",
            "/ddd",
            json_body=body,
            operation_id="postD",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncCeesApi:
    """Operations tagged 'cees'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_c(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetCResponse2:
        """Get a C

        `GET /ccc`
        """
        from ..models.get_c_response2 import GetCResponse2

        request = self._client.build_request(
            "GET",
            "/ccc",
            operation_id="getC",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(GetCResponse2.convert))

    async def post_d(
        self,
        *,
        body: PostDBody | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """postD

        `POST /ddd`

        Args:
            body: The request body (application/json).
        """

        request = self._client.build_request(
            "POST",
            "/ddd",
            json_body=body,
            operation_id="postD",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
