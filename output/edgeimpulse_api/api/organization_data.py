"""Operations tagged 'OrganizationData'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, IO

from .. import _runtime as rt
from .. import _pagination as pg
from .. import models
from .._serde import UNSET, Unset


class OrganizationDataApi:
    """Operations tagged 'OrganizationData'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def delete_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: models.DeletePortalFileRequest | models.DeletePortalFileRequestDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Delete file from dataset

        Delete a file from a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}/files/delete`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/delete",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="deleteDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def download_organization_data_file(
        self,
        *,
        organization_id: int,
        data_id: int,
        file_name: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download file

        Download a single file from a data item.

        `GET /api/organizations/{organizationId}/data/{dataId}/files/download`

        Args:
            organization_id: Organization ID
            data_id: Data ID
            file_name: File name
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/data/{dataId}/files/download",
            path_params={
                "organizationId": organization_id,
                "dataId": data_id,
            },
            query={
                "fileName": file_name,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadOrganizationDataFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def get_organization_bucket(
        self,
        *,
        organization_id: int,
        bucket_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GetOrganizationBucketResponse:
        """Get storage bucket

        Get storage bucket details.

        `GET /api/organizations/{organizationId}/buckets/{bucketId}`

        Args:
            organization_id: Organization ID
            bucket_id: Bucket ID
        """
        from ..models.get_organization_bucket_response import (
            GetOrganizationBucketResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/buckets/{bucketId}",
            path_params={
                "organizationId": organization_id,
                "bucketId": bucket_id,
            },
            operation_id="getOrganizationBucket",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetOrganizationBucketResponse.convert)
        )

    def list_organization_buckets(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.ListOrganizationBucketsResponse:
        """List storage buckets

        Retrieve all configured storage buckets. This does not list the secret key.

        `GET /api/organizations/{organizationId}/buckets`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_organization_buckets_response import (
            ListOrganizationBucketsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/buckets",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listOrganizationBuckets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(ListOrganizationBucketsResponse.convert)
        )

    def list_organization_data(
        self,
        *,
        organization_id: int,
        dataset: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.SyncPage[
        models.ListOrganizationDataResponseDataItem, models.ListOrganizationDataResponse
    ]:
        """List data

        Lists all data items. This can be filtered by the ?filter parameter.

        `GET /api/organizations/{organizationId}/data`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            dataset: Selected dataset
            filter: Data filter in SQL WHERE format, where you can reference 'dataset',
                'bucket', 'name', 'total_file_count', 'total_file_size', 'created' and
                any metadata label through 'metadata->' (dots are replaced by
                underscore).
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
        """
        from ..models.list_organization_data_response import (
            ListOrganizationDataResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/data",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "dataset": dataset,
                "filter": filter,
                "limit": limit,
                "offset": offset,
            },
            operation_id="listOrganizationData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.SyncPage(
            self._client,
            request,
            rt.json_response(ListOrganizationDataResponse.convert),
            None,
            pg.Paging("offset", items=("data",), param="offset", size_param="limit"),
        )

    def rename_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: models.RenamePortalFileRequest | models.RenamePortalFileRequestDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Rename file from dataset

        Rename a file in a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}/files/rename`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/rename",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="renameDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def update_organization_data_item(
        self,
        *,
        organization_id: int,
        data_id: int,
        body: (
            models.UpdateOrganizationDataItemRequest
            | models.UpdateOrganizationDataItemRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Update data metadata

        Update the data item metadata.

        `POST /api/organizations/{organizationId}/data/{dataId}`

        Args:
            organization_id: Organization ID
            data_id: Data ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/data/{dataId}",
            path_params={
                "organizationId": organization_id,
                "dataId": data_id,
            },
            json_body=body,
            operation_id="updateOrganizationDataItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def update_organization_dataset(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: (
            models.UpdateOrganizationDatasetRequest
            | models.UpdateOrganizationDatasetRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Update dataset

        Set information about a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="updateOrganizationDataset",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def view_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        path: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """View file from dataset

        View a file that's located in a dataset (requires JWT auth). File might be
        converted (e.g. Parquet) or truncated (e.g. CSV).

        `GET /api/organizations/{organizationId}/dataset/{dataset}/files/view`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            path: Path to file in portal
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/view",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            query={
                "path": path,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="viewDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)


class AsyncOrganizationDataApi:
    """Operations tagged 'OrganizationData'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def delete_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: models.DeletePortalFileRequest | models.DeletePortalFileRequestDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Delete file from dataset

        Delete a file from a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}/files/delete`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/delete",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="deleteDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def download_organization_data_file(
        self,
        *,
        organization_id: int,
        data_id: int,
        file_name: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download file

        Download a single file from a data item.

        `GET /api/organizations/{organizationId}/data/{dataId}/files/download`

        Args:
            organization_id: Organization ID
            data_id: Data ID
            file_name: File name
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/data/{dataId}/files/download",
            path_params={
                "organizationId": organization_id,
                "dataId": data_id,
            },
            query={
                "fileName": file_name,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadOrganizationDataFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def get_organization_bucket(
        self,
        *,
        organization_id: int,
        bucket_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GetOrganizationBucketResponse:
        """Get storage bucket

        Get storage bucket details.

        `GET /api/organizations/{organizationId}/buckets/{bucketId}`

        Args:
            organization_id: Organization ID
            bucket_id: Bucket ID
        """
        from ..models.get_organization_bucket_response import (
            GetOrganizationBucketResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/buckets/{bucketId}",
            path_params={
                "organizationId": organization_id,
                "bucketId": bucket_id,
            },
            operation_id="getOrganizationBucket",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetOrganizationBucketResponse.convert)
        )

    async def list_organization_buckets(
        self,
        *,
        organization_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.ListOrganizationBucketsResponse:
        """List storage buckets

        Retrieve all configured storage buckets. This does not list the secret key.

        `GET /api/organizations/{organizationId}/buckets`

        Args:
            organization_id: Organization ID
        """
        from ..models.list_organization_buckets_response import (
            ListOrganizationBucketsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/buckets",
            path_params={
                "organizationId": organization_id,
            },
            operation_id="listOrganizationBuckets",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ListOrganizationBucketsResponse.convert)
        )

    def list_organization_data(
        self,
        *,
        organization_id: int,
        dataset: str | Unset = UNSET,
        filter: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        offset: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> pg.AsyncPager[
        models.ListOrganizationDataResponseDataItem, models.ListOrganizationDataResponse
    ]:
        """List data

        Lists all data items. This can be filtered by the ?filter parameter.

        `GET /api/organizations/{organizationId}/data`

        Returns a page: iterating it yields the items of this page and of every page
        after it, each fetched when the iteration reaches it; each next page starts
        where the last ended (`offset`). `.items`, `.response`, `.has_next_page()`,
        `.get_next_page()`, `.iter_pages()`.

        Args:
            organization_id: Organization ID
            dataset: Selected dataset
            filter: Data filter in SQL WHERE format, where you can reference 'dataset',
                'bucket', 'name', 'total_file_count', 'total_file_size', 'created' and
                any metadata label through 'metadata->' (dots are replaced by
                underscore).
            limit: Maximum number of results
            offset: Offset in results, can be used in conjunction with
                LimitResultsParameter to implement paging.
        """
        from ..models.list_organization_data_response import (
            ListOrganizationDataResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/data",
            path_params={
                "organizationId": organization_id,
            },
            query={
                "dataset": dataset,
                "filter": filter,
                "limit": limit,
                "offset": offset,
            },
            operation_id="listOrganizationData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return pg.AsyncPager(
            self._client,
            request,
            rt.json_response(ListOrganizationDataResponse.convert),
            None,
            pg.Paging("offset", items=("data",), param="offset", size_param="limit"),
        )

    async def rename_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: models.RenamePortalFileRequest | models.RenamePortalFileRequestDict,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Rename file from dataset

        Rename a file in a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}/files/rename`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/rename",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="renameDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def update_organization_data_item(
        self,
        *,
        organization_id: int,
        data_id: int,
        body: (
            models.UpdateOrganizationDataItemRequest
            | models.UpdateOrganizationDataItemRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Update data metadata

        Update the data item metadata.

        `POST /api/organizations/{organizationId}/data/{dataId}`

        Args:
            organization_id: Organization ID
            data_id: Data ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/data/{dataId}",
            path_params={
                "organizationId": organization_id,
                "dataId": data_id,
            },
            json_body=body,
            operation_id="updateOrganizationDataItem",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def update_organization_dataset(
        self,
        *,
        organization_id: int,
        dataset: str,
        body: (
            models.UpdateOrganizationDatasetRequest
            | models.UpdateOrganizationDatasetRequestDict
        ),
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.GenericApiResponse:
        """Update dataset

        Set information about a dataset

        `POST /api/organizations/{organizationId}/dataset/{dataset}`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/organizations/{organizationId}/dataset/{dataset}",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            json_body=body,
            operation_id="updateOrganizationDataset",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def view_dataset_file(
        self,
        *,
        organization_id: int,
        dataset: str,
        path: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """View file from dataset

        View a file that's located in a dataset (requires JWT auth). File might be
        converted (e.g. Parquet) or truncated (e.g. CSV).

        `GET /api/organizations/{organizationId}/dataset/{dataset}/files/view`

        Args:
            organization_id: Organization ID
            dataset: Dataset name
            path: Path to file in portal
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/organizations/{organizationId}/dataset/{dataset}/files/view",
            path_params={
                "organizationId": organization_id,
                "dataset": dataset,
            },
            query={
                "path": path,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="viewDatasetFile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)
