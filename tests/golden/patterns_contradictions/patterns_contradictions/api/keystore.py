"""Operations tagged 'keystore'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job import Job


class KeystoreApi:
    """Operations tagged 'keystore'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_keystore(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Job:
        """getKeystore

        `GET /keystore`
        """
        from ..models.job import Job

        request = self._client.build_request(
            "GET",
            "/keystore",
            accept="text/plain",
            operation_id="getKeystore",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.negotiated_response(Job.convert))


class AsyncKeystoreApi:
    """Operations tagged 'keystore'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_keystore(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Job:
        """getKeystore

        `GET /keystore`
        """
        from ..models.job import Job

        request = self._client.build_request(
            "GET",
            "/keystore",
            accept="text/plain",
            operation_id="getKeystore",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.negotiated_response(Job.convert))
