"""Operations tagged 'bodies'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class BodiesApi:
    """Operations tagged 'bodies'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def send_form(
        self,
        *,
        body: models.SendFormBody | models.SendFormBodyDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """sendForm

        `POST /form`

        Args:
            body: The request body (application/x-www-form-urlencoded). Its fields:
                filter (models.Pair)
                ids (list[int])
                piped (list[str])
                tags (list[str])
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
        body: models.UploadBody | models.UploadBodyDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """upload

        `POST /upload`

        Args:
            body: The request body (multipart/form-data). Its fields:
                image (serde.FileInput, required)
                count (int)
                images (list[serde.FileInput])
                meta (models.Pair)
                note (str)
                raw (serde.FileInput)
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
        body: models.SendFormBody | models.SendFormBodyDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """sendForm

        `POST /form`

        Args:
            body: The request body (application/x-www-form-urlencoded). Its fields:
                filter (models.Pair)
                ids (list[int])
                piped (list[str])
                tags (list[str])
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
        body: models.UploadBody | models.UploadBodyDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """upload

        `POST /upload`

        Args:
            body: The request body (multipart/form-data). Its fields:
                image (serde.FileInput, required)
                count (int)
                images (list[serde.FileInput])
                meta (models.Pair)
                note (str)
                raw (serde.FileInput)
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
