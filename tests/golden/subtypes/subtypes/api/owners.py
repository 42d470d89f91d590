"""Operations tagged 'owners'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class OwnersApi:
    """Operations tagged 'owners'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_owner(
        self,
        *,
        id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Owner:
        """getOwner

        `GET /owners/{id}`
        """
        from ..models.owner import Owner

        request = self._client.build_request(
            "GET",
            "/owners/{id}",
            path_params={
                "id": id,
            },
            operation_id="getOwner",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Owner.convert))


class AsyncOwnersApi:
    """Operations tagged 'owners'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_owner(
        self,
        *,
        id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Owner:
        """getOwner

        `GET /owners/{id}`
        """
        from ..models.owner import Owner

        request = self._client.build_request(
            "GET",
            "/owners/{id}",
            path_params={
                "id": id,
            },
            operation_id="getOwner",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Owner.convert))
