"""Operations tagged 'Projects'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_hmac_key_request import AddHmacKeyRequest
    from ..models.entity_created_response import EntityCreatedResponse
    from ..models.generic_api_response import GenericApiResponse
    from ..models.list_email_response import ListEmailResponse
    from ..models.update_ai_action_request import UpdateAiActionRequest
    from ..models.update_project_request import UpdateProjectRequest


class ProjectsApi:
    """Operations tagged 'Projects'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def add_project_hmac_key(
        self,
        *,
        project_id: int,
        body: AddHmacKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> EntityCreatedResponse:
        """Add HMAC key

        Add an HMAC key. If you set `developmentKey` to `true` this flag will be removed
        from the current development HMAC key.

        `POST /api/{projectId}/hmackeys`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.entity_created_response import EntityCreatedResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/hmackeys",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="addProjectHmacKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(EntityCreatedResponse.convert)
        )

    def list_emails(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListEmailResponse:
        """List emails

        Get a list of all emails sent by Edge Impulse regarding this project.

        `GET /api/{projectId}/emails`

        Args:
            project_id: Project ID
        """
        from ..models.list_email_response import ListEmailResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/emails",
            path_params={
                "projectId": project_id,
            },
            operation_id="listEmails",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(ListEmailResponse.convert))

    def update_ai_action(
        self,
        *,
        project_id: int,
        action_id: int,
        body: UpdateAiActionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Save AI Actions config

        Store an AI Actions config. Use `createAIActionsJob` to run the job. Post the
        full AI Action here w/ all parameters.

        `POST /api/{projectId}/ai-actions/{actionId}`

        Args:
            project_id: Project ID
            action_id: AI Action ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/ai-actions/{actionId}",
            path_params={
                "projectId": project_id,
                "actionId": action_id,
            },
            json_body=body,
            operation_id="updateAIAction",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def update_project(
        self,
        *,
        project_id: int,
        body: UpdateProjectRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update project

        Update project properties such as name and logo.

        `POST /api/{projectId}`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="updateProject",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))


class AsyncProjectsApi:
    """Operations tagged 'Projects'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def add_project_hmac_key(
        self,
        *,
        project_id: int,
        body: AddHmacKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> EntityCreatedResponse:
        """Add HMAC key

        Add an HMAC key. If you set `developmentKey` to `true` this flag will be removed
        from the current development HMAC key.

        `POST /api/{projectId}/hmackeys`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.entity_created_response import EntityCreatedResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/hmackeys",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="addProjectHmacKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(EntityCreatedResponse.convert)
        )

    async def list_emails(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListEmailResponse:
        """List emails

        Get a list of all emails sent by Edge Impulse regarding this project.

        `GET /api/{projectId}/emails`

        Args:
            project_id: Project ID
        """
        from ..models.list_email_response import ListEmailResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/emails",
            path_params={
                "projectId": project_id,
            },
            operation_id="listEmails",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ListEmailResponse.convert)
        )

    async def update_ai_action(
        self,
        *,
        project_id: int,
        action_id: int,
        body: UpdateAiActionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Save AI Actions config

        Store an AI Actions config. Use `createAIActionsJob` to run the job. Post the
        full AI Action here w/ all parameters.

        `POST /api/{projectId}/ai-actions/{actionId}`

        Args:
            project_id: Project ID
            action_id: AI Action ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/ai-actions/{actionId}",
            path_params={
                "projectId": project_id,
                "actionId": action_id,
            },
            json_body=body,
            operation_id="updateAIAction",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def update_project(
        self,
        *,
        project_id: int,
        body: UpdateProjectRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update project

        Update project properties such as name and logo.

        `POST /api/{projectId}`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="updateProject",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )
