"""Operations tagged 'domains'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset


class DomainsApi:
    """Operations tagged 'domains'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def list_(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """list

        `GET /domains`
        """

        request = self._client.build_request(
            "GET",
            "/domains",
            query={
                "statuses": statuses,
            },
            operation_id="list",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))

    def type_(
        self,
        *,
        domain: str,
        includes: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """type

        `GET /domains/{domain}`
        """

        request = self._client.build_request(
            "GET",
            "/domains/{domain}",
            path_params={
                "domain": domain,
            },
            query={
                "includes": includes,
            },
            operation_id="type",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))


class AsyncDomainsApi:
    """Operations tagged 'domains'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def list_(
        self,
        *,
        statuses: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """list

        `GET /domains`
        """

        request = self._client.build_request(
            "GET",
            "/domains",
            query={
                "statuses": statuses,
            },
            operation_id="list",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )

    async def type_(
        self,
        *,
        domain: str,
        includes: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """type

        `GET /domains/{domain}`
        """

        request = self._client.build_request(
            "GET",
            "/domains/{domain}",
            path_params={
                "domain": domain,
            },
            query={
                "includes": includes,
            },
            operation_id="type",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )
