"""Operations tagged 'oauth'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_token_response import CreateTokenResponse


class OauthApi:
    """Operations tagged 'oauth'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_token(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateTokenResponse:
        """createToken

        `POST /oauth/token`
        """
        from ..models.create_token_response import CreateTokenResponse

        request = self._client.build_request(
            "POST",
            "/oauth/token",
            server="https://auth.example.com",
            security=(),
            operation_id="createToken",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(CreateTokenResponse.convert))


class AsyncOauthApi:
    """Operations tagged 'oauth'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_token(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateTokenResponse:
        """createToken

        `POST /oauth/token`
        """
        from ..models.create_token_response import CreateTokenResponse

        request = self._client.build_request(
            "POST",
            "/oauth/token",
            server="https://auth.example.com",
            security=(),
            operation_id="createToken",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(CreateTokenResponse.convert)
        )
