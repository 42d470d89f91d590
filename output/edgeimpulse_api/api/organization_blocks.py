"""Operations tagged 'OrganizationBlocks'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_organization_deploy_block_request import (
        AddOrganizationDeployBlockRequest,
    )
    from ..models.entity_created_response import EntityCreatedResponse
    from ..models.export_block_response import ExportBlockResponse
    from ..models.generic_api_response import GenericApiResponse
    from ..models.get_organization_dsp_block_response import (
        GetOrganizationDspBlockResponse,
    )
    from ..models.list_organization_secrets_response import (
        ListOrganizationSecretsResponse,
    )
    from ..models.list_public_organization_transformation_blocks_response import (
        ListPublicOrganizationTransformationBlocksResponse,
    )
    from ..models.update_organization_deploy_block_request import (
        UpdateOrganizationDeployBlockRequest,
    )
    from ..models.update_organization_dsp_block_request import (
        UpdateOrganizationDspBlockRequest,
    )


class OrganizationBlocksApi:
    """Operations tagged 'OrganizationBlocks'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def add_organization_deploy_block(
        self,
        *,
        organization_id: int,
        body: AddOrganizationDeployBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> EntityCreatedResponse:
        """Add deploy block

        Adds a deploy block.

        `POST /api/organizations/{organizationId}/deploy`

        Args:
            organization_id: Organization ID
            body: The request body (multipart/form-data).
        """
        from ..models.entity_created_response import EntityCreatedResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/deploy",
            path_params={
                "organizationId": organization_id,
            },
            multipart=body,
            operation_id="addOrganizationDeployBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(EntityCreatedResponse.convert)
        )

    def export_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ExportBlockResponse:
        """Export dsp block

        Download the source code for this block.

        `POST /api/organizations/{organizationId}/dsp/{dspId}/export`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.export_block_response import ExportBlockResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dsp/{dspId}/export",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            operation_id="exportOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(ExportBlockResponse.convert))

    def export_organization_transfer_learning_block(
        self,
        *,
        organization_id: int,
        transfer_learning_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ExportBlockResponse:
        """Export transfer learning block

        Download the source code for this block.

        `POST
        /api/organizations/{organizationId}/transfer-learning/{transferLearningId}/export`

        Args:
            organization_id: Organization ID
            transfer_learning_id: Transfer learning ID
        """
        from ..models.export_block_response import ExportBlockResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/transfer-learning/{transferLearningId}/export",
            path_params={
                "organizationId": organization_id,
                "transferLearningId": transfer_learning_id,
            },
            operation_id="exportOrganizationTransferLearningBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(ExportBlockResponse.convert))

    def get_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetOrganizationDspBlockResponse:
        """Get dsp block

        Gets a dsp block.

        `GET /api/organizations/{organizationId}/dsp/{dspId}`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.get_organization_dsp_block_response import (
            GetOrganizationDspBlockResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/dsp/{dspId}",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            operation_id="getOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetOrganizationDspBlockResponse.convert)
        )

    def list_organization_secrets(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListOrganizationSecretsResponse:
        """Get secrets

        Retrieve all secrets.

        `GET /api/organizations/{organizationId}/secrets`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_organization_secrets_response import (
            ListOrganizationSecretsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/secrets",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listOrganizationSecrets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(ListOrganizationSecretsResponse.convert)
        )

    def list_public_organization_transformation_blocks(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListPublicOrganizationTransformationBlocksResponse:
        """List public transformation blocks

        Retrieve all transformation blocks published by other organizations, available
        for all organizations.

        `GET /api/organizations/{organizationId}/transformation/public`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_public_organization_transformation_blocks_response import (
            ListPublicOrganizationTransformationBlocksResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/transformation/public",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listPublicOrganizationTransformationBlocks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request,
            rt.json_response(
                ListPublicOrganizationTransformationBlocksResponse.convert
            ),
        )

    def update_organization_deploy_block(
        self,
        *,
        organization_id: int,
        deploy_id: int,
        body: UpdateOrganizationDeployBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update deploy block

        Updates a deploy block. Only values in the body will be updated.

        `POST /api/organizations/{organizationId}/deploy/{deployId}`

        Args:
            organization_id: Organization ID
            deploy_id: Deploy block ID.
            body: The request body (multipart/form-data).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/deploy/{deployId}",
            path_params={
                "organizationId": organization_id,
                "deployId": deploy_id,
            },
            multipart=body,
            operation_id="updateOrganizationDeployBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def update_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        body: UpdateOrganizationDspBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update dsp block

        Updates a dsp block. Only values in the body will be updated.

        `POST /api/organizations/{organizationId}/dsp/{dspId}`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dsp/{dspId}",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            json_body=body,
            operation_id="updateOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))


class AsyncOrganizationBlocksApi:
    """Operations tagged 'OrganizationBlocks'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def add_organization_deploy_block(
        self,
        *,
        organization_id: int,
        body: AddOrganizationDeployBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> EntityCreatedResponse:
        """Add deploy block

        Adds a deploy block.

        `POST /api/organizations/{organizationId}/deploy`

        Args:
            organization_id: Organization ID
            body: The request body (multipart/form-data).
        """
        from ..models.entity_created_response import EntityCreatedResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/deploy",
            path_params={
                "organizationId": organization_id,
            },
            multipart=body,
            operation_id="addOrganizationDeployBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(EntityCreatedResponse.convert)
        )

    async def export_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ExportBlockResponse:
        """Export dsp block

        Download the source code for this block.

        `POST /api/organizations/{organizationId}/dsp/{dspId}/export`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.export_block_response import ExportBlockResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dsp/{dspId}/export",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            operation_id="exportOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ExportBlockResponse.convert)
        )

    async def export_organization_transfer_learning_block(
        self,
        *,
        organization_id: int,
        transfer_learning_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ExportBlockResponse:
        """Export transfer learning block

        Download the source code for this block.

        `POST
        /api/organizations/{organizationId}/transfer-learning/{transferLearningId}/export`

        Args:
            organization_id: Organization ID
            transfer_learning_id: Transfer learning ID
        """
        from ..models.export_block_response import ExportBlockResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/transfer-learning/{transferLearningId}/export",
            path_params={
                "organizationId": organization_id,
                "transferLearningId": transfer_learning_id,
            },
            operation_id="exportOrganizationTransferLearningBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ExportBlockResponse.convert)
        )

    async def get_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetOrganizationDspBlockResponse:
        """Get dsp block

        Gets a dsp block.

        `GET /api/organizations/{organizationId}/dsp/{dspId}`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.get_organization_dsp_block_response import (
            GetOrganizationDspBlockResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/dsp/{dspId}",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            operation_id="getOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetOrganizationDspBlockResponse.convert)
        )

    async def list_organization_secrets(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListOrganizationSecretsResponse:
        """Get secrets

        Retrieve all secrets.

        `GET /api/organizations/{organizationId}/secrets`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_organization_secrets_response import (
            ListOrganizationSecretsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/secrets",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listOrganizationSecrets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ListOrganizationSecretsResponse.convert)
        )

    async def list_public_organization_transformation_blocks(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ListPublicOrganizationTransformationBlocksResponse:
        """List public transformation blocks

        Retrieve all transformation blocks published by other organizations, available
        for all organizations.

        `GET /api/organizations/{organizationId}/transformation/public`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_public_organization_transformation_blocks_response import (
            ListPublicOrganizationTransformationBlocksResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/transformation/public",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listPublicOrganizationTransformationBlocks",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request,
            rt.json_response(
                ListPublicOrganizationTransformationBlocksResponse.convert
            ),
        )

    async def update_organization_deploy_block(
        self,
        *,
        organization_id: int,
        deploy_id: int,
        body: UpdateOrganizationDeployBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update deploy block

        Updates a deploy block. Only values in the body will be updated.

        `POST /api/organizations/{organizationId}/deploy/{deployId}`

        Args:
            organization_id: Organization ID
            deploy_id: Deploy block ID.
            body: The request body (multipart/form-data).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/deploy/{deployId}",
            path_params={
                "organizationId": organization_id,
                "deployId": deploy_id,
            },
            multipart=body,
            operation_id="updateOrganizationDeployBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def update_organization_dsp_block(
        self,
        *,
        organization_id: int,
        dsp_id: int,
        body: UpdateOrganizationDspBlockRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Update dsp block

        Updates a dsp block. Only values in the body will be updated.

        `POST /api/organizations/{organizationId}/dsp/{dspId}`

        Args:
            organization_id: Organization ID
            dsp_id: DSP Block ID, use the impulse functions to retrieve the ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dsp/{dspId}",
            path_params={
                "organizationId": organization_id,
                "dspId": dsp_id,
            },
            json_body=body,
            operation_id="updateOrganizationDspBlock",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )
