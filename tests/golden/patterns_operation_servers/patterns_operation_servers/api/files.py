"""Operations tagged 'files'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_file_response import UploadFileResponse


class FilesApi:
    """Operations tagged 'files'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listFiles

        `GET /files`
        """

        request = self._client.build_request(
            "GET",
            "/files",
            operation_id="listFiles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))

    def upload_file(
        self,
        *,
        body: serde.FileInput,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UploadFileResponse:
        """uploadFile

        `POST /files`

        Args:
            body: The request body (application/octet-stream).
        """
        from ..models.upload_file_response import UploadFileResponse

        request = self._client.build_request(
            "POST",
            "/files",
            content=body,
            content_type="application/octet-stream",
            server="https://eu.upload.example.com/v2",
            operation_id="uploadFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(UploadFileResponse.convert))


class AsyncFilesApi:
    """Operations tagged 'files'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def list_files(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """listFiles

        `GET /files`
        """

        request = self._client.build_request(
            "GET",
            "/files",
            operation_id="listFiles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )

    async def upload_file(
        self,
        *,
        body: serde.FileInput,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UploadFileResponse:
        """uploadFile

        `POST /files`

        Args:
            body: The request body (application/octet-stream).
        """
        from ..models.upload_file_response import UploadFileResponse

        request = self._client.build_request(
            "POST",
            "/files",
            content=body,
            content_type="application/octet-stream",
            server="https://eu.upload.example.com/v2",
            operation_id="uploadFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(UploadFileResponse.convert)
        )
