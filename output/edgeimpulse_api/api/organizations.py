"""Operations tagged 'Organizations'."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import _pagination as pg
from .. import models
from .._serde import UNSET, Unset


class OrganizationsApi:
    """Operations tagged 'Organizations'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def get_organization_data_export(
        self,
        *,
        organization_id: int,
        export_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GetOrganizationDataExportResponse:
        """Get organization data export

        Get a data export for an organization.

        `GET /api/organizations/{organizationId}/exports/{exportId}`

        Args:
            organization_id: Organization ID
            export_id: Export ID
        """
        from ..models.get_organization_data_export_response import (
            GetOrganizationDataExportResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/exports/{exportId}",
            path_params={
                "organizationId": organization_id,
                "exportId": export_id,
            },
            operation_id="getOrganizationDataExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetOrganizationDataExportResponse.convert)
        )

    def invite_organization_member(
        self,
        *,
        organization_id: int,
        body: (
            models.InviteOrganizationMemberRequest
            | models.InviteOrganizationMemberRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Invite member

        Invite a member to an organization.

        `POST /api/organizations/{organizationId}/members/invite`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/members/invite",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="inviteOrganizationMember",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def request_enterprise_limits_increase(
        self,
        *,
        organization_id: int,
        body: (
            models.EnterpriseLimitsIncreaseRequest
            | models.EnterpriseLimitsIncreaseRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Request organization limits increase

        Request an increase in the limits for this organization. Available limits are:
        users, projects, compute, storage.

        `POST /api/organizations/{organizationId}/limits-request`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/limits-request",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="requestEnterpriseLimitsIncrease",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def whitelabel_admin_add_organization_api_key(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: (
            models.AdminAddOrganizationApiKeyRequest
            | models.AdminAddOrganizationApiKeyRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.AddApiKeyResponse:
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

    def whitelabel_admin_create_organization(
        self,
        *,
        organization_id: int,
        body: (
            models.WhitelabelAdminCreateOrganizationRequest
            | models.WhitelabelAdminCreateOrganizationRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.CreateOrganizationResponse:
        """White Label Admin - Create new organization within white label context

        Create a new organization. This is an API only available to white label admins

        `POST /api/organizations/{organizationId}/whitelabel/organizations`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.create_organization_response import CreateOrganizationResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminCreateOrganization",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(CreateOrganizationResponse.convert)
        )

    def whitelabel_admin_create_organization_export(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: (
            models.AdminCreateOrganizationDataExportRequest
            | models.AdminCreateOrganizationDataExportRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.StartJobResponse:
        """White Label Admin - Create a new organization data export

        Create a new data export for an organization.
        A job is created to process the export request and the job details are returned
        in the response.
        This is an API only available to white label admins.

        `POST
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminCreateOrganizationExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))

    def whitelabel_admin_get_organization_info(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        include_deleted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.AdminOrganizationInfoResponse:
        """White Label Admin - Get organization information

        White label admin only API to list all information about an organization.

        `GET
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            include_deleted: Whether to include deleted entities (users, projects, orgs)
        """
        from ..models.admin_organization_info_response import (
            AdminOrganizationInfoResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            query={
                "includeDeleted": include_deleted,
            },
            operation_id="whitelabelAdminGetOrganizationInfo",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(AdminOrganizationInfoResponse.convert)
        )

    def whitelabel_admin_get_organizations(
        self,
        *,
        organization_id: int,
        active: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        filters: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.SyncPage[
        models.AdminGetOrganizationsResponseOrganizationsItem,
        models.AdminGetOrganizationsResponse,
    ]:
        """White Label Admin - Get all organizations within a white label

        White label admin only API to get the list of all organizations.

        `GET /api/organizations/{organizationId}/whitelabel/organizations`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            active: Whether to search for entities (users, orgs) active in the last X
                days
            include_deleted: Whether to include deleted entities (users, projects, orgs)
            sort: Fields and order to sort query by
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
            search: Search query
        """
        from ..models.admin_get_organizations_response import (
            AdminGetOrganizationsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/organizations",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "active": active,
                "includeDeleted": include_deleted,
                "sort": sort,
                "filters": filters,
                "limit": limit,
                "offset": offset,
                "search": search,
            },
            operation_id="whitelabelAdminGetOrganizations",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.SyncPage(
            self._client,
            request,
            rt.json_response(AdminGetOrganizationsResponse.convert),
            None,
            pg.Paging(
                "offset",
                items=("organizations",),
                total=("total",),
                param="offset",
                size_param="limit",
            ),
        )

    def whitelabel_admin_get_projects(
        self,
        *,
        organization_id: int,
        active: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filters: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.SyncPage[models.AdminApiProject, models.AdminListProjectsResponse]:
        """White Label Admin - Get all white label projects

        White label admin only API to get the list of all projects.

        `GET /api/organizations/{organizationId}/whitelabel/projects`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            active: Whether to search for entities (users, orgs) active in the last X
                days
            sort: Fields and order to sort query by
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
            search: Search query
        """
        from ..models.admin_list_projects_response import AdminListProjectsResponse

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/projects",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "active": active,
                "sort": sort,
                "filters": filters,
                "limit": limit,
                "offset": offset,
                "search": search,
            },
            operation_id="whitelabelAdminGetProjects",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.SyncPage(
            self._client,
            request,
            rt.json_response(AdminListProjectsResponse.convert),
            None,
            pg.Paging(
                "offset",
                items=("projects",),
                total=("total",),
                param="offset",
                size_param="limit",
            ),
        )

    def whitelabel_admin_remove_user_from_organization(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        user_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """White Label Admin - Remove user from an organization

        DEPRECATED. White label admin only API to remove a user from an organization.

        `DELETE
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/members/{userId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            user_id: User ID
        """
        warnings.warn(
            "whitelabel_admin_remove_user_from_organization is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "DELETE",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/members/{userId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
                "userId": user_id,
            },
            operation_id="whitelabelAdminRemoveUserFromOrganization",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def whitelabel_admin_update_organization_export(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        export_id: int,
        body: (
            models.AdminUpdateOrganizationDataExportRequest
            | models.AdminUpdateOrganizationDataExportRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """White Label Admin - Update organization data export

        Update a data export for an organization. This is an API only available to white
        label admins.

        `PUT
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports/{exportId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            export_id: Export ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "PUT",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports/{exportId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
                "exportId": export_id,
            },
            json_body=body,
            operation_id="whitelabelAdminUpdateOrganizationExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))


class AsyncOrganizationsApi:
    """Operations tagged 'Organizations'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def get_organization_data_export(
        self,
        *,
        organization_id: int,
        export_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GetOrganizationDataExportResponse:
        """Get organization data export

        Get a data export for an organization.

        `GET /api/organizations/{organizationId}/exports/{exportId}`

        Args:
            organization_id: Organization ID
            export_id: Export ID
        """
        from ..models.get_organization_data_export_response import (
            GetOrganizationDataExportResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/exports/{exportId}",
            path_params={
                "organizationId": organization_id,
                "exportId": export_id,
            },
            operation_id="getOrganizationDataExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetOrganizationDataExportResponse.convert)
        )

    async def invite_organization_member(
        self,
        *,
        organization_id: int,
        body: (
            models.InviteOrganizationMemberRequest
            | models.InviteOrganizationMemberRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Invite member

        Invite a member to an organization.

        `POST /api/organizations/{organizationId}/members/invite`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/members/invite",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="inviteOrganizationMember",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def request_enterprise_limits_increase(
        self,
        *,
        organization_id: int,
        body: (
            models.EnterpriseLimitsIncreaseRequest
            | models.EnterpriseLimitsIncreaseRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Request organization limits increase

        Request an increase in the limits for this organization. Available limits are:
        users, projects, compute, storage.

        `POST /api/organizations/{organizationId}/limits-request`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/limits-request",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="requestEnterpriseLimitsIncrease",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def whitelabel_admin_add_organization_api_key(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: (
            models.AdminAddOrganizationApiKeyRequest
            | models.AdminAddOrganizationApiKeyRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.AddApiKeyResponse:
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

    async def whitelabel_admin_create_organization(
        self,
        *,
        organization_id: int,
        body: (
            models.WhitelabelAdminCreateOrganizationRequest
            | models.WhitelabelAdminCreateOrganizationRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.CreateOrganizationResponse:
        """White Label Admin - Create new organization within white label context

        Create a new organization. This is an API only available to white label admins

        `POST /api/organizations/{organizationId}/whitelabel/organizations`

        Args:
            organization_id: Organization ID
            body: The request body (application/json).
        """
        from ..models.create_organization_response import CreateOrganizationResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations",
            path_params={
                "organizationId": organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminCreateOrganization",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(CreateOrganizationResponse.convert)
        )

    async def whitelabel_admin_create_organization_export(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        body: (
            models.AdminCreateOrganizationDataExportRequest
            | models.AdminCreateOrganizationDataExportRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.StartJobResponse:
        """White Label Admin - Create a new organization data export

        Create a new data export for an organization.
        A job is created to process the export request and the job details are returned
        in the response.
        This is an API only available to white label admins.

        `POST
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            body: The request body (application/json).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            json_body=body,
            operation_id="whitelabelAdminCreateOrganizationExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )

    async def whitelabel_admin_get_organization_info(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        include_deleted: bool | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.AdminOrganizationInfoResponse:
        """White Label Admin - Get organization information

        White label admin only API to list all information about an organization.

        `GET
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            include_deleted: Whether to include deleted entities (users, projects, orgs)
        """
        from ..models.admin_organization_info_response import (
            AdminOrganizationInfoResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
            },
            query={
                "includeDeleted": include_deleted,
            },
            operation_id="whitelabelAdminGetOrganizationInfo",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(AdminOrganizationInfoResponse.convert)
        )

    def whitelabel_admin_get_organizations(
        self,
        *,
        organization_id: int,
        active: int | Unset = UNSET,
        include_deleted: bool | Unset = UNSET,
        sort: str | Unset = UNSET,
        filters: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.AsyncPager[
        models.AdminGetOrganizationsResponseOrganizationsItem,
        models.AdminGetOrganizationsResponse,
    ]:
        """White Label Admin - Get all organizations within a white label

        White label admin only API to get the list of all organizations.

        `GET /api/organizations/{organizationId}/whitelabel/organizations`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            active: Whether to search for entities (users, orgs) active in the last X
                days
            include_deleted: Whether to include deleted entities (users, projects, orgs)
            sort: Fields and order to sort query by
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
            search: Search query
        """
        from ..models.admin_get_organizations_response import (
            AdminGetOrganizationsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/organizations",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "active": active,
                "includeDeleted": include_deleted,
                "sort": sort,
                "filters": filters,
                "limit": limit,
                "offset": offset,
                "search": search,
            },
            operation_id="whitelabelAdminGetOrganizations",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.AsyncPager(
            self._client,
            request,
            rt.json_response(AdminGetOrganizationsResponse.convert),
            None,
            pg.Paging(
                "offset",
                items=("organizations",),
                total=("total",),
                param="offset",
                size_param="limit",
            ),
        )

    def whitelabel_admin_get_projects(
        self,
        *,
        organization_id: int,
        active: int | Unset = UNSET,
        sort: str | Unset = UNSET,
        filters: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        search: str | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.AsyncPager[models.AdminApiProject, models.AdminListProjectsResponse]:
        """White Label Admin - Get all white label projects

        White label admin only API to get the list of all projects.

        `GET /api/organizations/{organizationId}/whitelabel/projects`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            active: Whether to search for entities (users, orgs) active in the last X
                days
            sort: Fields and order to sort query by
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
            search: Search query
        """
        from ..models.admin_list_projects_response import AdminListProjectsResponse

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/whitelabel/projects",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "active": active,
                "sort": sort,
                "filters": filters,
                "limit": limit,
                "offset": offset,
                "search": search,
            },
            operation_id="whitelabelAdminGetProjects",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.AsyncPager(
            self._client,
            request,
            rt.json_response(AdminListProjectsResponse.convert),
            None,
            pg.Paging(
                "offset",
                items=("projects",),
                total=("total",),
                param="offset",
                size_param="limit",
            ),
        )

    async def whitelabel_admin_remove_user_from_organization(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        user_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """White Label Admin - Remove user from an organization

        DEPRECATED. White label admin only API to remove a user from an organization.

        `DELETE
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/members/{userId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            user_id: User ID
        """
        warnings.warn(
            "whitelabel_admin_remove_user_from_organization is deprecated",
            DeprecationWarning,
            stacklevel=2,
        )
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "DELETE",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/members/{userId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
                "userId": user_id,
            },
            operation_id="whitelabelAdminRemoveUserFromOrganization",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def whitelabel_admin_update_organization_export(
        self,
        *,
        organization_id: int,
        inner_organization_id: int,
        export_id: int,
        body: (
            models.AdminUpdateOrganizationDataExportRequest
            | models.AdminUpdateOrganizationDataExportRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """White Label Admin - Update organization data export

        Update a data export for an organization. This is an API only available to white
        label admins.

        `PUT
        /api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports/{exportId}`

        Args:
            organization_id: Organization ID
            inner_organization_id: Organization ID within the context of a white label
            export_id: Export ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "PUT",
            "/api/organizations/{organizationId}/whitelabel/organizations/{innerOrganizationId}/exports/{exportId}",
            path_params={
                "organizationId": organization_id,
                "innerOrganizationId": inner_organization_id,
                "exportId": export_id,
            },
            json_body=body,
            operation_id="whitelabelAdminUpdateOrganizationExport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )
