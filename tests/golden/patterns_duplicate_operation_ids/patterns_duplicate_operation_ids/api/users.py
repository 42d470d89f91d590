"""Operations tagged 'users'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_user2_response import GetUser2Response
    from ..models.get_user_response import GetUserResponse


class UsersApi:
    """Operations tagged 'users'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_user(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetUserResponse:
        """getUser

        `GET /v1/users/{id}`
        """
        from ..models.get_user_response import GetUserResponse

        request = self._client.build_request(
            "GET",
            "/v1/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetUserResponse.convert))

    def get_user_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetUser2Response:
        """getUser_2

        `GET /v2/users/{id}`
        """
        from ..models.get_user2_response import GetUser2Response

        request = self._client.build_request(
            "GET",
            "/v2/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser_2",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetUser2Response.convert))

    def get_user_3(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """getUser_3

        `DELETE /v2/users/{id}`
        """

        request = self._client.build_request(
            "DELETE",
            "/v2/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser_3",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncUsersApi:
    """Operations tagged 'users'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_user(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetUserResponse:
        """getUser

        `GET /v1/users/{id}`
        """
        from ..models.get_user_response import GetUserResponse

        request = self._client.build_request(
            "GET",
            "/v1/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetUserResponse.convert)
        )

    async def get_user_2(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetUser2Response:
        """getUser_2

        `GET /v2/users/{id}`
        """
        from ..models.get_user2_response import GetUser2Response

        request = self._client.build_request(
            "GET",
            "/v2/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser_2",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetUser2Response.convert)
        )

    async def get_user_3(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """getUser_3

        `DELETE /v2/users/{id}`
        """

        request = self._client.build_request(
            "DELETE",
            "/v2/users/{id}",
            path_params={
                "id": id,
            },
            operation_id="getUser_3",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
