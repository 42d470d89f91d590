"""Operations tagged 'pets'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import _serde as serde
from .. import models
from .._serde import UNSET, Unset


class PetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def add_pet(
        self,
        *,
        body: models.Pet | models.PetDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Pet:
        """addPet

        `POST /pets`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "POST",
            "/pets",
            json_body=body,
            operation_id="addPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Pet.convert))

    def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[models.Pet]:
        """listPets

        `GET /pets`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets",
            operation_id="listPets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(Pet.convert)))


class AsyncPetsApi:
    """Operations tagged 'pets'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def add_pet(
        self,
        *,
        body: models.Pet | models.PetDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.Pet:
        """addPet

        `POST /pets`

        Args:
            body: The request body (application/json).
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "POST",
            "/pets",
            json_body=body,
            operation_id="addPet",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Pet.convert))

    async def list_pets(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[models.Pet]:
        """listPets

        `GET /pets`
        """
        from ..models.pet import Pet

        request = self._client.build_request(
            "GET",
            "/pets",
            operation_id="listPets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(Pet.convert))
        )
