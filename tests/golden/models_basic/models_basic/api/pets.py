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

    def get_pet(
        self,
        *,
        pet_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """getPet

        `GET /pets/{petId}`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets/{petId}",
            path_params={
                "petId": pet_id,
            },
            operation_id="getPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Pet.convert))

    def replace_pet(
        self,
        *,
        pet_id: str,
        body: Pet | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """replacePet

        `PUT /pets/{petId}`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "PUT",
            "/pets/{petId}",
            path_params={
                "petId": pet_id,
            },
            json_body=body,
            operation_id="replacePet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Pet.convert))


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_pet(
        self,
        *,
        pet_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """getPet

        `GET /pets/{petId}`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets/{petId}",
            path_params={
                "petId": pet_id,
            },
            operation_id="getPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Pet.convert))

    async def replace_pet(
        self,
        *,
        pet_id: str,
        body: Pet | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Pet:
        """replacePet

        `PUT /pets/{petId}`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "PUT",
            "/pets/{petId}",
            path_params={
                "petId": pet_id,
            },
            json_body=body,
            operation_id="replacePet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Pet.convert))
