"""Operations tagged 'Learn'."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, IO

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anomaly_config_response import AnomalyConfigResponse
    from ..models.anomaly_gmm_metadata_response import AnomalyGmmMetadataResponse
    from ..models.anomaly_trained_features_response import (
        AnomalyTrainedFeaturesResponse,
    )
    from ..models.generic_api_response import GenericApiResponse
    from ..models.get_data_explorer_features_response import (
        GetDataExplorerFeaturesResponse,
    )
    from ..models.get_pretrained_model_response import GetPretrainedModelResponse
    from ..models.set_anomaly_parameter_request import SetAnomalyParameterRequest
    from ..models.start_job_response import StartJobResponse
    from ..models.upload_pretrained_model_request import UploadPretrainedModelRequest


class LearnApi:
    """Operations tagged 'Learn'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def anomaly_trained_features(
        self,
        *,
        project_id: int,
        learn_id: int,
        feature_ax1: int,
        feature_ax2: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyTrainedFeaturesResponse:
        """Trained features

        Get a sample of trained features, this extracts a number of samples and their
        features.

        `GET /api/{projectId}/training/anomaly/{learnId}/features/get-graph`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            feature_ax1: Feature axis 1
            feature_ax2: Feature axis 2
        """
        from ..models.anomaly_trained_features_response import (
            AnomalyTrainedFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}/features/get-graph",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            query={
                "featureAx1": feature_ax1,
                "featureAx2": feature_ax2,
            },
            operation_id="anomalyTrainedFeatures",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(AnomalyTrainedFeaturesResponse.convert)
        )

    def download_learn_model(
        self,
        *,
        project_id: int,
        learn_id: int,
        model_download_id: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download trained model

        Download a trained model for a learning block. Depending on the block this can
        be a TensorFlow model, or the cluster centroids.

        `GET /api/{projectId}/learn-data/{learnId}/model/{modelDownloadId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            model_download_id: Model download ID, which can be obtained from the project
                information
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/learn-data/{learnId}/model/{modelDownloadId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
                "modelDownloadId": model_download_id,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadLearnModel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def get_anomaly(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyConfigResponse:
        """Anomaly information

        Get information about an anomaly block, such as its dependencies. Use the
        impulse blocks to find the learnId.

        `GET /api/{projectId}/training/anomaly/{learnId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.anomaly_config_response import AnomalyConfigResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getAnomaly",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(AnomalyConfigResponse.convert)
        )

    def get_gmm_metadata(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyGmmMetadataResponse:
        """Anomaly GMM metadata

        Get raw model metadata of the Gaussian mixture model (GMM) for a trained anomaly
        block. Use the impulse blocks to find the learnId.

        `GET /api/{projectId}/training/anomaly/{learnId}/gmm/metadata`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.anomaly_gmm_metadata_response import AnomalyGmmMetadataResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}/gmm/metadata",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getGmmMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(AnomalyGmmMetadataResponse.convert)
        )

    def get_keras_data_explorer_features(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDataExplorerFeaturesResponse:
        """Get data explorer features

        t-SNE2 output of the raw dataset using embeddings from this Keras block

        `GET /api/{projectId}/training/keras/{learnId}/data-explorer/features`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.get_data_explorer_features_response import (
            GetDataExplorerFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/keras/{learnId}/data-explorer/features",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getKerasDataExplorerFeatures",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetDataExplorerFeaturesResponse.convert)
        )

    def get_learn_x_data(
        self,
        *,
        project_id: int,
        learn_id: int,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download data

        Download the processed data for this learning block. This is data already
        processed by the signal processing blocks.

        `GET /api/{projectId}/training/{learnId}/x`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/{learnId}/x",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="getLearnXData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.bytes_response)

    def get_pretrained_model_info(
        self,
        *,
        project_id: int,
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetPretrainedModelResponse:
        """Get pretrained model

        Receive info back about the earlier uploaded pretrained model (via
        `uploadPretrainedModel`) input/output tensors. If you want to deploy a
        pretrained model from the API, see `startDeployPretrainedModelJob`.

        `GET /api/{projectId}/pretrained-model`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
        """
        from ..models.get_pretrained_model_response import GetPretrainedModelResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/pretrained-model",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            operation_id="getPretrainedModelInfo",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetPretrainedModelResponse.convert)
        )

    def set_anomaly(
        self,
        *,
        project_id: int,
        learn_id: int,
        body: SetAnomalyParameterRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Anomaly settings

        Configure the anomaly block, such as its minimum confidence score. Use the
        impulse blocks to find the learnId.

        `POST /api/{projectId}/training/anomaly/{learnId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/training/anomaly/{learnId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            json_body=body,
            operation_id="setAnomaly",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def upload_pretrained_model(
        self,
        *,
        project_id: int,
        body: UploadPretrainedModelRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Upload a pretrained model

        Upload a pretrained model and receive info back about the input/output tensors.
        If you want to deploy a pretrained model from the API, see
        `startDeployPretrainedModelJob`.

        `POST /api/{projectId}/pretrained-model/upload`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (multipart/form-data).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/pretrained-model/upload",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            multipart=body,
            operation_id="uploadPretrainedModel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(StartJobResponse.convert))


class AsyncLearnApi:
    """Operations tagged 'Learn'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def anomaly_trained_features(
        self,
        *,
        project_id: int,
        learn_id: int,
        feature_ax1: int,
        feature_ax2: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyTrainedFeaturesResponse:
        """Trained features

        Get a sample of trained features, this extracts a number of samples and their
        features.

        `GET /api/{projectId}/training/anomaly/{learnId}/features/get-graph`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            feature_ax1: Feature axis 1
            feature_ax2: Feature axis 2
        """
        from ..models.anomaly_trained_features_response import (
            AnomalyTrainedFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}/features/get-graph",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            query={
                "featureAx1": feature_ax1,
                "featureAx2": feature_ax2,
            },
            operation_id="anomalyTrainedFeatures",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(AnomalyTrainedFeaturesResponse.convert)
        )

    async def download_learn_model(
        self,
        *,
        project_id: int,
        learn_id: int,
        model_download_id: str,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download trained model

        Download a trained model for a learning block. Depending on the block this can
        be a TensorFlow model, or the cluster centroids.

        `GET /api/{projectId}/learn-data/{learnId}/model/{modelDownloadId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            model_download_id: Model download ID, which can be obtained from the project
                information
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/learn-data/{learnId}/model/{modelDownloadId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
                "modelDownloadId": model_download_id,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="downloadLearnModel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def get_anomaly(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyConfigResponse:
        """Anomaly information

        Get information about an anomaly block, such as its dependencies. Use the
        impulse blocks to find the learnId.

        `GET /api/{projectId}/training/anomaly/{learnId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.anomaly_config_response import AnomalyConfigResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getAnomaly",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(AnomalyConfigResponse.convert)
        )

    async def get_gmm_metadata(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> AnomalyGmmMetadataResponse:
        """Anomaly GMM metadata

        Get raw model metadata of the Gaussian mixture model (GMM) for a trained anomaly
        block. Use the impulse blocks to find the learnId.

        `GET /api/{projectId}/training/anomaly/{learnId}/gmm/metadata`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.anomaly_gmm_metadata_response import AnomalyGmmMetadataResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/anomaly/{learnId}/gmm/metadata",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getGmmMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(AnomalyGmmMetadataResponse.convert)
        )

    async def get_keras_data_explorer_features(
        self,
        *,
        project_id: int,
        learn_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDataExplorerFeaturesResponse:
        """Get data explorer features

        t-SNE2 output of the raw dataset using embeddings from this Keras block

        `GET /api/{projectId}/training/keras/{learnId}/data-explorer/features`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
        """
        from ..models.get_data_explorer_features_response import (
            GetDataExplorerFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/keras/{learnId}/data-explorer/features",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            operation_id="getKerasDataExplorerFeatures",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetDataExplorerFeaturesResponse.convert)
        )

    async def get_learn_x_data(
        self,
        *,
        project_id: int,
        learn_id: int,
        to_file: str | os.PathLike[str] | IO[bytes] | None = None,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> bytes:
        """Download data

        Download the processed data for this learning block. This is data already
        processed by the signal processing blocks.

        `GET /api/{projectId}/training/{learnId}/x`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            to_file: Write the response body into this file (a path, or a binary file
                object) as it arrives, instead of keeping it in memory; the call then
                returns empty bytes.
        """

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/training/{learnId}/x",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            to_file=to_file,
            accept="application/octet-stream",
            operation_id="getLearnXData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.bytes_response)

    async def get_pretrained_model_info(
        self,
        *,
        project_id: int,
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetPretrainedModelResponse:
        """Get pretrained model

        Receive info back about the earlier uploaded pretrained model (via
        `uploadPretrainedModel`) input/output tensors. If you want to deploy a
        pretrained model from the API, see `startDeployPretrainedModelJob`.

        `GET /api/{projectId}/pretrained-model`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
        """
        from ..models.get_pretrained_model_response import GetPretrainedModelResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/pretrained-model",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            operation_id="getPretrainedModelInfo",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetPretrainedModelResponse.convert)
        )

    async def set_anomaly(
        self,
        *,
        project_id: int,
        learn_id: int,
        body: SetAnomalyParameterRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Anomaly settings

        Configure the anomaly block, such as its minimum confidence score. Use the
        impulse blocks to find the learnId.

        `POST /api/{projectId}/training/anomaly/{learnId}`

        Args:
            project_id: Project ID
            learn_id: Learn Block ID, use the impulse functions to retrieve the ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/training/anomaly/{learnId}",
            path_params={
                "projectId": project_id,
                "learnId": learn_id,
            },
            json_body=body,
            operation_id="setAnomaly",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def upload_pretrained_model(
        self,
        *,
        project_id: int,
        body: UploadPretrainedModelRequest | Mapping[str, Any],
        impulse_id: int | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartJobResponse:
        """Upload a pretrained model

        Upload a pretrained model and receive info back about the input/output tensors.
        If you want to deploy a pretrained model from the API, see
        `startDeployPretrainedModelJob`.

        `POST /api/{projectId}/pretrained-model/upload`

        Args:
            project_id: Project ID
            impulse_id: Impulse ID. If this is unset then the default impulse is used.
            body: The request body (multipart/form-data).
        """
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/pretrained-model/upload",
            path_params={
                "projectId": project_id,
            },
            query={
                "impulseId": impulse_id,
            },
            multipart=body,
            operation_id="uploadPretrainedModel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartJobResponse.convert)
        )
