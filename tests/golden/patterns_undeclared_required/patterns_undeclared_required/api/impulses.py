"""Operations tagged 'impulses'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.impulse import Impulse


class ImpulsesApi:
    """Operations tagged 'impulses'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_impulse(
        self,
        *,
        body: Impulse | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Impulse:
        """createImpulse

        `POST /impulses`

        Args:
            body: The request body (application/json).
        """
        from ..models.impulse import Impulse

        request = self._client.build_request(
            "POST",
            "/impulses",
            json_body=body,
            operation_id="createImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Impulse.convert))


class AsyncImpulsesApi:
    """Operations tagged 'impulses'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_impulse(
        self,
        *,
        body: Impulse | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Impulse:
        """createImpulse

        `POST /impulses`

        Args:
            body: The request body (application/json).
        """
        from ..models.impulse import Impulse

        request = self._client.build_request(
            "POST",
            "/impulses",
            json_body=body,
            operation_id="createImpulse",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Impulse.convert))
