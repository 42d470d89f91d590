"""Operations tagged 'bodies'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_form_body import SendFormBody
    from ..models.upload_body import UploadBody


class BodiesApi:
    """Operations tagged 'bodies'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def send_form(
        self,
        *,
        body: SendFormBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """sendForm

        `POST /form`

        Args:
            body: The request body (application/x-www-form-urlencoded).
        """

        request = self._client.build_request(
            "POST",
            "/form",
            styles={
                ("form", "filter"): ("deepObject", True),
                ("form", "piped"): ("pipeDelimited", False),
                ("form", "tags"): ("form", False),
            },
            form=body,
            operation_id="sendForm",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def upload(
        self,
        *,
        body: UploadBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """upload

        `POST /upload`

        Args:
            body: The request body (multipart/form-data).
        """

        request = self._client.build_request(
            "POST",
            "/upload",
            multipart=body,
            part_types={
                "image": "image/png",
                "images": "image/jpeg",
                "note": "text/markdown",
            },
            operation_id="upload",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncBodiesApi:
    """Operations tagged 'bodies'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def send_form(
        self,
        *,
        body: SendFormBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """sendForm

        `POST /form`

        Args:
            body: The request body (application/x-www-form-urlencoded).
        """

        request = self._client.build_request(
            "POST",
            "/form",
            styles={
                ("form", "filter"): ("deepObject", True),
                ("form", "piped"): ("pipeDelimited", False),
                ("form", "tags"): ("form", False),
            },
            form=body,
            operation_id="sendForm",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def upload(
        self,
        *,
        body: UploadBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """upload

        `POST /upload`

        Args:
            body: The request body (multipart/form-data).
        """

        request = self._client.build_request(
            "POST",
            "/upload",
            multipart=body,
            part_types={
                "image": "image/png",
                "images": "image/jpeg",
                "note": "text/markdown",
            },
            operation_id="upload",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
