"""Operations tagged 'Deployment'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, IO, Literal

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_deployment_response import GetDeploymentResponse


class DeploymentApi:
    """Operations tagged 'Deployment'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def download_build(
        self,
        *,
        project_id: int,
        type: str,
        model_type: (
            Literal["int8", "float32", "akida", "requiresRetrain"] | Unset
        ) = UNSET,
        engine: (
            Literal[
                "tflite",
                "tflite-eon",
                "tflite-eon-ram-optimized",
                "tensorrt",
                "tensaiflow",
                "drp-ai",
                "tidl",
                "akida",
                "syntiant",
                "memryx",
                "neox",
                "ethos-linux",
                "st-aton",
                "ceva-npn",
                "nordic-axon",
                "vlm-connector",
            ]
            | Unset
        ) = UNSET,
        impulse_id: int | Unset = UNSET,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download

        DEPRECATED, use downloadHistoricDeployment instead. Download the build artefacts
        for a project.

        `GET /api/{projectId}/deployment/download`

        Args:
            project_id: Project ID
            type: The name of the built target. You can find this by listing all
                deployment targets through `listDeploymentTargetsForProject` (via `GET
                /v1/api/{projectId}/deployment/targets`) and see the `format` type.
            model_type: Optional model type of the build (if not, it uses the settings
                in the Keras block)
            engine: Optional engine for the build (if not, it uses the default engine
                for the deployment target)
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment/download",
            path_params={
                "projectId": project_id,
            },
            query={
                "type": type,
                "modelType": model_type,
                "engine": engine,
                "impulseId": impulse_id,
            },
            to_file=to_file,
            accept="application/zip",
            operation_id="downloadBuild",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def download_historic_deployment(
        self,
        *,
        project_id: int,
        deployment_version: int,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download historic deployment

        Download a previously built deployment (use listDeploymentHistory to see all
        deployments).

        `GET /api/{projectId}/deployment/history/{deploymentVersion}/download`

        Args:
            project_id: Project ID
            deployment_version: Deployment version ID
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment/history/{deploymentVersion}/download",
            path_params={
                "projectId": project_id,
                "deploymentVersion": deployment_version,
            },
            to_file=to_file,
            accept="application/zip",
            operation_id="downloadHistoricDeployment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def get_deployment(
        self,
        *,
        project_id: int,
        type: str,
        model_type: (
            Literal["int8", "float32", "akida", "requiresRetrain"] | Unset
        ) = UNSET,
        engine: (
            Literal[
                "tflite",
                "tflite-eon",
                "tflite-eon-ram-optimized",
                "tensorrt",
                "tensaiflow",
                "drp-ai",
                "tidl",
                "akida",
                "syntiant",
                "memryx",
                "neox",
                "ethos-linux",
                "st-aton",
                "ceva-npn",
                "nordic-axon",
                "vlm-connector",
            ]
            | Unset
        ) = UNSET,
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDeploymentResponse:
        """Get deployment info

        Gives information on whether a deployment was already built for a type

        `GET /api/{projectId}/deployment`

        Args:
            project_id: Project ID
            type: The name of the built target. You can find this by listing all
                deployment targets through `listDeploymentTargetsForProject` (via `GET
                /v1/api/{projectId}/deployment/targets`) and see the `format` type.
            model_type: Optional model type of the build (if not, it uses the settings
                in the Keras block)
            engine: Optional engine for the build (if not, it uses the default engine
                for the deployment target)
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
        """
        from ..models.get_deployment_response import GetDeploymentResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment",
            path_params={
                "projectId": project_id,
            },
            query={
                "type": type,
                "modelType": model_type,
                "engine": engine,
                "impulseId": impulse_id,
            },
            operation_id="getDeployment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetDeploymentResponse.convert)
        )


class AsyncDeploymentApi:
    """Operations tagged 'Deployment'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def download_build(
        self,
        *,
        project_id: int,
        type: str,
        model_type: (
            Literal["int8", "float32", "akida", "requiresRetrain"] | Unset
        ) = UNSET,
        engine: (
            Literal[
                "tflite",
                "tflite-eon",
                "tflite-eon-ram-optimized",
                "tensorrt",
                "tensaiflow",
                "drp-ai",
                "tidl",
                "akida",
                "syntiant",
                "memryx",
                "neox",
                "ethos-linux",
                "st-aton",
                "ceva-npn",
                "nordic-axon",
                "vlm-connector",
            ]
            | Unset
        ) = UNSET,
        impulse_id: int | Unset = UNSET,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download

        DEPRECATED, use downloadHistoricDeployment instead. Download the build artefacts
        for a project.

        `GET /api/{projectId}/deployment/download`

        Args:
            project_id: Project ID
            type: The name of the built target. You can find this by listing all
                deployment targets through `listDeploymentTargetsForProject` (via `GET
                /v1/api/{projectId}/deployment/targets`) and see the `format` type.
            model_type: Optional model type of the build (if not, it uses the settings
                in the Keras block)
            engine: Optional engine for the build (if not, it uses the default engine
                for the deployment target)
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment/download",
            path_params={
                "projectId": project_id,
            },
            query={
                "type": type,
                "modelType": model_type,
                "engine": engine,
                "impulseId": impulse_id,
            },
            to_file=to_file,
            accept="application/zip",
            operation_id="downloadBuild",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def download_historic_deployment(
        self,
        *,
        project_id: int,
        deployment_version: int,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download historic deployment

        Download a previously built deployment (use listDeploymentHistory to see all
        deployments).

        `GET /api/{projectId}/deployment/history/{deploymentVersion}/download`

        Args:
            project_id: Project ID
            deployment_version: Deployment version ID
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment/history/{deploymentVersion}/download",
            path_params={
                "projectId": project_id,
                "deploymentVersion": deployment_version,
            },
            to_file=to_file,
            accept="application/zip",
            operation_id="downloadHistoricDeployment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def get_deployment(
        self,
        *,
        project_id: int,
        type: str,
        model_type: (
            Literal["int8", "float32", "akida", "requiresRetrain"] | Unset
        ) = UNSET,
        engine: (
            Literal[
                "tflite",
                "tflite-eon",
                "tflite-eon-ram-optimized",
                "tensorrt",
                "tensaiflow",
                "drp-ai",
                "tidl",
                "akida",
                "syntiant",
                "memryx",
                "neox",
                "ethos-linux",
                "st-aton",
                "ceva-npn",
                "nordic-axon",
                "vlm-connector",
            ]
            | Unset
        ) = UNSET,
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDeploymentResponse:
        """Get deployment info

        Gives information on whether a deployment was already built for a type

        `GET /api/{projectId}/deployment`

        Args:
            project_id: Project ID
            type: The name of the built target. You can find this by listing all
                deployment targets through `listDeploymentTargetsForProject` (via `GET
                /v1/api/{projectId}/deployment/targets`) and see the `format` type.
            model_type: Optional model type of the build (if not, it uses the settings
                in the Keras block)
            engine: Optional engine for the build (if not, it uses the default engine
                for the deployment target)
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
        """
        from ..models.get_deployment_response import GetDeploymentResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/deployment",
            path_params={
                "projectId": project_id,
            },
            query={
                "type": type,
                "modelType": model_type,
                "engine": engine,
                "impulseId": impulse_id,
            },
            operation_id="getDeployment",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetDeploymentResponse.convert)
        )
