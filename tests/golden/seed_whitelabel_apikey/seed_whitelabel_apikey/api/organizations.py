"""Operations tagged 'Organizations'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_api_key_response import AddApiKeyResponse
    from ..models.admin_add_organization_api_key_request import (
        AdminAddOrganizationApiKeyRequest,
    )


class OrganizationsApi:
    """Operations tagged 'Organizations'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def whitelabel_admin_add_organization_api_key(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: AdminAddOrganizationApiKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AddApiKeyResponse:
        """White Label Admin - Add organization API key

        White label admin only API to add an API key to an organization. Add a temporary
        API key that can be used to make Organizations API
        (/api/organizations/{organizationId}/) requests on behalf of the organization.
        These API keys are not visible to the organization itself and have a
        customizable TTL defaulting to 1 minute.

        `POST
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/apiKeys`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            body: The request body (application/json).
        """
        from ..models.add_api_key_response import AddApiKeyResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/apiKeys",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminAddOrganizationApiKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(AddApiKeyResponse.convert))


class AsyncOrganizationsApi:
    """Operations tagged 'Organizations'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def whitelabel_admin_add_organization_api_key(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: AdminAddOrganizationApiKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AddApiKeyResponse:
        """White Label Admin - Add organization API key

        White label admin only API to add an API key to an organization. Add a temporary
        API key that can be used to make Organizations API
        (/api/organizations/{organizationId}/) requests on behalf of the organization.
        These API keys are not visible to the organization itself and have a
        customizable TTL defaulting to 1 minute.

        `POST
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/apiKeys`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            body: The request body (application/json).
        """
        from ..models.add_api_key_response import AddApiKeyResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/apiKeys",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminAddOrganizationApiKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(AddApiKeyResponse.convert)
        )
