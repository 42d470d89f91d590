"""Operations tagged 'OrganizationPortals'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_organization_portal_request import (
        CreateOrganizationPortalRequest,
    )
    from ..models.update_organization_portal_response import (
        UpdateOrganizationPortalResponse,
    )


class OrganizationPortalsApi:
    """Operations tagged 'OrganizationPortals'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def update_organization_portal(
        self,
        *,
        organization_id: int,
        portal_id: int,
        body: CreateOrganizationPortalRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UpdateOrganizationPortalResponse:
        """Update upload portal

        Updates an upload portal for the organization.

        `PUT /api/organizations/{organizationId}/portals/{portalId}/update`

        Args:
            organization_id: Organization ID
            portal_id: Portal ID
            body: The request body (application/json).
        """
        from ..models.update_organization_portal_response import (
            UpdateOrganizationPortalResponse,
        )

        request = self._client.build_request(
            "PUT",
            "/api/organizations/{organizationId}/portals/{portalId}/update",
            path_params={
                "organizationId": organization_id,
                "portalId": portal_id,
            },
            json_body=body,
            operation_id="updateOrganizationPortal",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(UpdateOrganizationPortalResponse.convert)
        )


class AsyncOrganizationPortalsApi:
    """Operations tagged 'OrganizationPortals'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def update_organization_portal(
        self,
        *,
        organization_id: int,
        portal_id: int,
        body: CreateOrganizationPortalRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UpdateOrganizationPortalResponse:
        """Update upload portal

        Updates an upload portal for the organization.

        `PUT /api/organizations/{organizationId}/portals/{portalId}/update`

        Args:
            organization_id: Organization ID
            portal_id: Portal ID
            body: The request body (application/json).
        """
        from ..models.update_organization_portal_response import (
            UpdateOrganizationPortalResponse,
        )

        request = self._client.build_request(
            "PUT",
            "/api/organizations/{organizationId}/portals/{portalId}/update",
            path_params={
                "organizationId": organization_id,
                "portalId": portal_id,
            },
            json_body=body,
            operation_id="updateOrganizationPortal",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(UpdateOrganizationPortalResponse.convert)
        )
