"""Operations tagged 'blob'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, IO

from .. import _runtime as rt
from .._serde import UNSET, Unset


class BlobApi:
    """Operations tagged 'blob'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_blob(
        self,
        *,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """getBlob

        `GET /blob`

        Args:
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/blob",
            to_file=to_file,
            accept="*/*",
            operation_id="getBlob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)


class AsyncBlobApi:
    """Operations tagged 'blob'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_blob(
        self,
        *,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """getBlob

        `GET /blob`

        Args:
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/blob",
            to_file=to_file,
            accept="*/*",
            operation_id="getBlob",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)
