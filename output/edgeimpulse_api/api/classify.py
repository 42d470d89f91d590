"""Operations tagged 'Classify'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.test_pretrained_model_response import TestPretrainedModelResponse
    from ..models.upload_image_request import UploadImageRequest


class ClassifyApi:
    """Operations tagged 'Classify'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def classify_image(
        self,
        *,
        project_id: int,
        body: UploadImageRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> TestPretrainedModelResponse:
        """Classify an image

        Test out a trained impulse (using a posted image).

        `POST /api/{projectId}/classify/image`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (multipart/form-data).
        """
        from ..models.test_pretrained_model_response import TestPretrainedModelResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/classify/image",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            multipart=body,
            operation_id="classifyImage",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(TestPretrainedModelResponse.convert)
        )


class AsyncClassifyApi:
    """Operations tagged 'Classify'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def classify_image(
        self,
        *,
        project_id: int,
        body: UploadImageRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> TestPretrainedModelResponse:
        """Classify an image

        Test out a trained impulse (using a posted image).

        `POST /api/{projectId}/classify/image`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (multipart/form-data).
        """
        from ..models.test_pretrained_model_response import TestPretrainedModelResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/classify/image",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            multipart=body,
            operation_id="classifyImage",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(TestPretrainedModelResponse.convert)
        )
