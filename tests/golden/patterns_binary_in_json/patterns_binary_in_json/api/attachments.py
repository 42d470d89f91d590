"""Operations tagged 'attachments'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.upload_attachment_body import UploadAttachmentBody


class AttachmentsApi:
    """Operations tagged 'attachments'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_attachment(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Attachment:
        """getAttachment

        `GET /attachments/{id}`
        """
        from ..models.attachment import Attachment

        request = self._client.build_request(
            "GET",
            "/attachments/{id}",
            path_params={
                "id": id,
            },
            operation_id="getAttachment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Attachment.convert))

    def get_attachment_chunks(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """getAttachmentChunks

        `GET /attachments/{id}/chunks`
        """

        request = self._client.build_request(
            "GET",
            "/attachments/{id}/chunks",
            path_params={
                "id": id,
            },
            operation_id="getAttachmentChunks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.array(serde.str_)))

    def get_attachment_content(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """getAttachmentContent

        `GET /attachments/{id}/raw`
        """

        request = self._client.build_request(
            "GET",
            "/attachments/{id}/raw",
            path_params={
                "id": id,
            },
            operation_id="getAttachmentContent",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(serde.str_))

    def upload_attachment(
        self,
        *,
        body: UploadAttachmentBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Attachment:
        """uploadAttachment

        `POST /attachments`

        Args:
            body: The request body (multipart/form-data).
        """
        from ..models.attachment import Attachment

        request = self._client.build_request(
            "POST",
            "/attachments",
            multipart=body,
            operation_id="uploadAttachment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(Attachment.convert))


class AsyncAttachmentsApi:
    """Operations tagged 'attachments'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_attachment(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Attachment:
        """getAttachment

        `GET /attachments/{id}`
        """
        from ..models.attachment import Attachment

        request = self._client.build_request(
            "GET",
            "/attachments/{id}",
            path_params={
                "id": id,
            },
            operation_id="getAttachment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Attachment.convert))

    async def get_attachment_chunks(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> list[str]:
        """getAttachmentChunks

        `GET /attachments/{id}/chunks`
        """

        request = self._client.build_request(
            "GET",
            "/attachments/{id}/chunks",
            path_params={
                "id": id,
            },
            operation_id="getAttachmentChunks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(serde.array(serde.str_))
        )

    async def get_attachment_content(
        self,
        *,
        id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """getAttachmentContent

        `GET /attachments/{id}/raw`
        """

        request = self._client.build_request(
            "GET",
            "/attachments/{id}/raw",
            path_params={
                "id": id,
            },
            operation_id="getAttachmentContent",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(serde.str_))

    async def upload_attachment(
        self,
        *,
        body: UploadAttachmentBody | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> Attachment:
        """uploadAttachment

        `POST /attachments`

        Args:
            body: The request body (multipart/form-data).
        """
        from ..models.attachment import Attachment

        request = self._client.build_request(
            "POST",
            "/attachments",
            multipart=body,
            operation_id="uploadAttachment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.json_response(Attachment.convert))
