"""Operations tagged 'files'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, IO, Literal

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_note_body import AddNoteBody
    from ..models.add_note_body2 import AddNoteBody2
    from ..models.submit_form_body import SubmitFormBody


class FilesApi:
    """Operations tagged 'files'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def add_note(
        self,
        *,
        body: AddNoteBody | Mapping[str, Any] | AddNoteBody2 | str,
        content_type: Literal[
            "application/json", "application/x-www-form-urlencoded", "text/plain"
        ] = "application/json",
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """addNote

        `POST /notes`

        Args:
            body: The request body (application/json).
            content_type: How to send the body; the API accepts each of these media
                types.
        """

        request = self._client.build_request(
            "POST",
            "/notes",
            body=body,
            body_kinds={
                "application/json": "json",
                "application/x-www-form-urlencoded": "form",
                "text/plain": "text",
            },
            content_type=content_type,
            operation_id="addNote",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def download_photo(
        self,
        *,
        id: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """downloadPhoto

        `GET /items/{id}/photo`

        Args:
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/items/{id}/photo",
            path_params={
                "id": id,
            },
            to_file=to_file,
            accept="image/png",
            operation_id="downloadPhoto",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def submit_form(
        self,
        *,
        body: SubmitFormBody | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """submitForm

        `POST /forms`

        Args:
            body: The request body (application/x-www-form-urlencoded).
        """

        request = self._client.build_request(
            "POST",
            "/forms",
            form=body,
            operation_id="submitForm",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.dict_))

    def upload_photo(
        self,
        *,
        id: str,
        body: serde.FileInput,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """uploadPhoto

        `PUT /items/{id}/photo`

        Args:
            body: The request body (image/png).
        """

        request = self._client.build_request(
            "PUT",
            "/items/{id}/photo",
            path_params={
                "id": id,
            },
            content=body,
            content_type="image/png",
            operation_id="uploadPhoto",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncFilesApi:
    """Operations tagged 'files'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def add_note(
        self,
        *,
        body: AddNoteBody | Mapping[str, Any] | AddNoteBody2 | str,
        content_type: Literal[
            "application/json", "application/x-www-form-urlencoded", "text/plain"
        ] = "application/json",
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """addNote

        `POST /notes`

        Args:
            body: The request body (application/json).
            content_type: How to send the body; the API accepts each of these media
                types.
        """

        request = self._client.build_request(
            "POST",
            "/notes",
            body=body,
            body_kinds={
                "application/json": "json",
                "application/x-www-form-urlencoded": "form",
                "text/plain": "text",
            },
            content_type=content_type,
            operation_id="addNote",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def download_photo(
        self,
        *,
        id: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """downloadPhoto

        `GET /items/{id}/photo`

        Args:
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/items/{id}/photo",
            path_params={
                "id": id,
            },
            to_file=to_file,
            accept="image/png",
            operation_id="downloadPhoto",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def submit_form(
        self,
        *,
        body: SubmitFormBody | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """submitForm

        `POST /forms`

        Args:
            body: The request body (application/x-www-form-urlencoded).
        """

        request = self._client.build_request(
            "POST",
            "/forms",
            form=body,
            operation_id="submitForm",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(serde.dict_))

    async def upload_photo(
        self,
        *,
        id: str,
        body: serde.FileInput,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """uploadPhoto

        `PUT /items/{id}/photo`

        Args:
            body: The request body (image/png).
        """

        request = self._client.build_request(
            "PUT",
            "/items/{id}/photo",
            path_params={
                "id": id,
            },
            content=body,
            content_type="image/png",
            operation_id="uploadPhoto",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
