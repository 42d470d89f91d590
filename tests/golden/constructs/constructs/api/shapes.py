"""Operations tagged 'shapes'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class ShapesApi:
    """Operations tagged 'shapes'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def echo_shapes(
        self,
        *,
        body: models.Drawing | models.DrawingDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Drawing:
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
        body: models.Drawing | models.DrawingDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Drawing:
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
