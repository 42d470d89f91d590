"""Operations tagged 'pets'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pet import Pet


class PetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_pet(
        self,
        *,
        body: Pet | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """createPet

        `POST /pets`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "POST",
            "/pets",
            json_body=body,
            accept="application/json, application/*;q=0.8",
            operation_id="createPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.negotiated_response(Pet.convert))

    def get_pet(
        self,
        *,
        id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """getPet

        `GET /pets/{id}`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets/{id}",
            path_params={
                "id": id,
            },
            accept="application/json, */*;q=0.8",
            operation_id="getPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.negotiated_response(Pet.convert))


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_pet(
        self,
        *,
        body: Pet | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """createPet

        `POST /pets`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "POST",
            "/pets",
            json_body=body,
            accept="application/json, application/*;q=0.8",
            operation_id="createPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.negotiated_response(Pet.convert))

    async def get_pet(
        self,
        *,
        id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """getPet

        `GET /pets/{id}`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets/{id}",
            path_params={
                "id": id,
            },
            accept="application/json, */*;q=0.8",
            operation_id="getPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.negotiated_response(Pet.convert))
