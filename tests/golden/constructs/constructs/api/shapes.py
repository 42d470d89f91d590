"""Operations tagged 'shapes'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.drawing import Drawing


class ShapesApi:
    """Operations tagged 'shapes'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def echo_shapes(
        self,
        *,
        body: Drawing | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Drawing:
        """echoShapes

        `POST /shapes`

        Args:
            body: The request body (application/json).
        """
        from ..models.drawing import Drawing

        request = self._client.build_request(
            "POST",
            "/shapes",
            json_body=body,
            operation_id="echoShapes",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Drawing.convert))


class AsyncShapesApi:
    """Operations tagged 'shapes'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def echo_shapes(
        self,
        *,
        body: Drawing | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Drawing:
        """echoShapes

        `POST /shapes`

        Args:
            body: The request body (application/json).
        """
        from ..models.drawing import Drawing

        request = self._client.build_request(
            "POST",
            "/shapes",
            json_body=body,
            operation_id="echoShapes",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Drawing.convert))
