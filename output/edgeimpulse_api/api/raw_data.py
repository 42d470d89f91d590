"""Operations tagged 'Raw data'."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from .. import _runtime as rt
from .. import _serde as serde
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_add_metadata_request import BatchAddMetadataRequest
    from ..models.find_segment_sample_request import FindSegmentSampleRequest
    from ..models.find_segment_sample_response import FindSegmentSampleResponse
    from ..models.generic_api_response import GenericApiResponse
    from ..models.get_sample_metadata_response import GetSampleMetadataResponse
    from ..models.has_data_explorer_features_response import (
        HasDataExplorerFeaturesResponse,
    )
    from ..models.object_detection_auto_label_request import (
        ObjectDetectionAutoLabelRequest,
    )
    from ..models.object_detection_auto_label_response import (
        ObjectDetectionAutoLabelResponse,
    )
    from ..models.segment_sample_request import SegmentSampleRequest
    from ..models.split_sample_in_frames_request import SplitSampleInFramesRequest
    from ..models.start_job_response import StartJobResponse
    from ..models.track_objects_request import TrackObjectsRequest
    from ..models.track_objects_response import TrackObjectsResponse


class RawDataApi:
    """Operations tagged 'Raw data'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def batch_add_metadata(
        self,
        *,
        project_id: int,
        category: Literal["training", "testing", "post-processing", "all"],
        body: BatchAddMetadataRequest | Mapping[str, Any],
        labels: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        min_length: int | Unset = UNSET,
        min_frequency: float | Unset = UNSET,
        max_frequency: float | Unset = UNSET,
        signature_validity: Literal["both", "valid", "invalid"] | Unset = UNSET,
        include_disabled: Literal["both", "enabled", "disabled"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        exclude_ids: str | Unset = UNSET,
        min_label: float | Unset = UNSET,
        max_label: float | Unset = UNSET,
        search: str | Unset = UNSET,
        data_type: Literal["audio", "image"] | Unset = UNSET,
        min_id: int | Unset = UNSET,
        max_id: int | Unset = UNSET,
        metadata: str | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse | StartJobResponse:
        """Add metadata (multiple samples)

        Add specific metadata for multiple samples.

        `POST /api/{projectId}/raw-data/batch/add-metadata`

        Args:
            project_id: Project ID
            category: Which of the three acquisition categories to retrieve data from
            labels: Only include samples with a label within the given list of labels,
                given as a JSON string
            filename: Only include samples whose filename includes the given filename
            max_length: Only include samples shorter than the given length, in
                milliseconds
            min_length: Only include samples longer than the given length, in
                milliseconds
            min_frequency: Only include samples with higher frequency than given
                frequency, in hertz
            max_frequency: Only include samples with lower frequency than given
                frequency, in hertz
            signature_validity: Include samples with either valid or invalid signatures
            include_disabled: Include only enabled or disabled samples (or both)
            ids: Only include samples with an ID within the given list of IDs, given as
                a JSON string
            exclude_ids: Exclude samples with an ID within the given list of IDs, given
                as a JSON string
            min_label: Only include samples with a label >= this value
            max_label: Only include samples with a label < this value
            search: Search query
            data_type: Include only samples with a particular data type
            min_id: Include only samples with an ID >= this value
            max_id: Include only samples with an ID < this value
            metadata: Filter samples by metadata key-value pairs, provided as a JSON
                string. Each item in the filter list is an object with the following
                properties:     - "key": Metadata key to filter on.     - "op": Operator
                ("eq" for positive match, "neq" for negative match).     - "values":
                (optional) Array of values to match/exclude. If omitted or empty,
                matches/excludes all values for the key. In addition to filter objects,
                the following option objects can be specified:     - { "no_metadata":
                boolean } - If true, include samples without any metadata     - {
                "filters_combinator": ("and" | "or") } - Specifies the combinator and
                matching mode:         - "and": All filter items must match (logical
                AND).         - "or": Any filter item may match (logical OR); samples
                with metadata keys not present in the filters are included.
            min_date: Only include samples that where added after the date given
            max_date: Only include samples that were added before the date given
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/batch/add-metadata",
            path_params={
                "projectId": project_id,
            },
            query={
                "category": category,
                "labels": labels,
                "filename": filename,
                "maxLength": max_length,
                "minLength": min_length,
                "minFrequency": min_frequency,
                "maxFrequency": max_frequency,
                "signatureValidity": signature_validity,
                "includeDisabled": include_disabled,
                "ids": ids,
                "excludeIds": exclude_ids,
                "minLabel": min_label,
                "maxLabel": max_label,
                "search": search,
                "dataType": data_type,
                "minId": min_id,
                "maxId": max_id,
                "metadata": metadata,
                "minDate": min_date,
                "maxDate": max_date,
            },
            json_body=body,
            operation_id="batchAddMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "GenericApiResponse | StartJobResponse",
            self._client.send(
                request,
                rt.json_response(
                    serde.union(StartJobResponse.convert, GenericApiResponse.convert)
                ),
            ),
        )

    def classify_using_autolabel(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: ObjectDetectionAutoLabelRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ObjectDetectionAutoLabelResponse:
        """Auto-label an image

        Classify an image using another neural network.

        `POST /api/{projectId}/raw-data/{sampleId}/autolabel`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.object_detection_auto_label_response import (
            ObjectDetectionAutoLabelResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/autolabel",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="classifyUsingAutolabel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(ObjectDetectionAutoLabelResponse.convert)
        )

    def find_segments_in_sample(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: FindSegmentSampleRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> FindSegmentSampleResponse:
        """Find segments

        Find start and end times for all non-noise events in a sample

        `POST /api/{projectId}/raw-data/{sampleId}/find-segments`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.find_segment_sample_response import FindSegmentSampleResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/find-segments",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="findSegmentsInSample",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(FindSegmentSampleResponse.convert)
        )

    def get_sample_metadata(
        self,
        *,
        project_id: int,
        category: Literal["training", "testing", "post-processing", "all"],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetSampleMetadataResponse:
        """Get project sample metadata

        Get metadata for all samples in a project.

        `GET /api/{projectId}/raw-data/metadata`

        Args:
            project_id: Project ID
            category: Which of the three acquisition categories to retrieve data from
        """
        from ..models.get_sample_metadata_response import GetSampleMetadataResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/raw-data/metadata",
            path_params={
                "projectId": project_id,
            },
            query={
                "category": category,
            },
            operation_id="getSampleMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetSampleMetadataResponse.convert)
        )

    def has_diversity_data(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> HasDataExplorerFeaturesResponse:
        """Check if data diversity metrics exist

        Determine if data diversity metrics have been calculated. To calculate these
        metrics, use the `calculateDataQualityMetrics` endpoint.

        `GET /api/{projectId}/raw-data/data-quality/diversity/exists`

        Args:
            project_id: Project ID
        """
        from ..models.has_data_explorer_features_response import (
            HasDataExplorerFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/raw-data/data-quality/diversity/exists",
            path_params={
                "projectId": project_id,
            },
            operation_id="hasDiversityData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(HasDataExplorerFeaturesResponse.convert)
        )

    def segment_sample(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: SegmentSampleRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Segment sample

        Slice a sample into multiple segments. The original file will be marked as
        deleted, but you can crop any created segment to retrieve the original file.

        `POST /api/{projectId}/raw-data/{sampleId}/segment`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/segment",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="segmentSample",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def split_sample_in_frames(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: SplitSampleInFramesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse | StartJobResponse:
        """Split sample into frames

        Split a video sample into individual frames.
        Depending on the length of the video sample this will either execute immediately
        or return the ID of a job that will perform this action.

        `POST /api/{projectId}/raw-data/{sampleId}/split`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/split",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="splitSampleInFrames",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "GenericApiResponse | StartJobResponse",
            self._client.send(
                request,
                rt.json_response(
                    serde.union(StartJobResponse.convert, GenericApiResponse.convert)
                ),
            ),
        )

    def track_objects(
        self,
        *,
        project_id: int,
        body: TrackObjectsRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> TrackObjectsResponse:
        """Track objects

        Track objects between two samples. Source sample should have bounding boxes set.

        `POST /api/{projectId}/raw-data/track-objects`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.track_objects_response import TrackObjectsResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/track-objects",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="trackObjects",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(TrackObjectsResponse.convert)
        )


class AsyncRawDataApi:
    """Operations tagged 'Raw data'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def batch_add_metadata(
        self,
        *,
        project_id: int,
        category: Literal["training", "testing", "post-processing", "all"],
        body: BatchAddMetadataRequest | Mapping[str, Any],
        labels: str | Unset = UNSET,
        filename: str | Unset = UNSET,
        max_length: int | Unset = UNSET,
        min_length: int | Unset = UNSET,
        min_frequency: float | Unset = UNSET,
        max_frequency: float | Unset = UNSET,
        signature_validity: Literal["both", "valid", "invalid"] | Unset = UNSET,
        include_disabled: Literal["both", "enabled", "disabled"] | Unset = UNSET,
        ids: str | Unset = UNSET,
        exclude_ids: str | Unset = UNSET,
        min_label: float | Unset = UNSET,
        max_label: float | Unset = UNSET,
        search: str | Unset = UNSET,
        data_type: Literal["audio", "image"] | Unset = UNSET,
        min_id: int | Unset = UNSET,
        max_id: int | Unset = UNSET,
        metadata: str | Unset = UNSET,
        min_date: datetime.datetime | Unset = UNSET,
        max_date: datetime.datetime | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse | StartJobResponse:
        """Add metadata (multiple samples)

        Add specific metadata for multiple samples.

        `POST /api/{projectId}/raw-data/batch/add-metadata`

        Args:
            project_id: Project ID
            category: Which of the three acquisition categories to retrieve data from
            labels: Only include samples with a label within the given list of labels,
                given as a JSON string
            filename: Only include samples whose filename includes the given filename
            max_length: Only include samples shorter than the given length, in
                milliseconds
            min_length: Only include samples longer than the given length, in
                milliseconds
            min_frequency: Only include samples with higher frequency than given
                frequency, in hertz
            max_frequency: Only include samples with lower frequency than given
                frequency, in hertz
            signature_validity: Include samples with either valid or invalid signatures
            include_disabled: Include only enabled or disabled samples (or both)
            ids: Only include samples with an ID within the given list of IDs, given as
                a JSON string
            exclude_ids: Exclude samples with an ID within the given list of IDs, given
                as a JSON string
            min_label: Only include samples with a label >= this value
            max_label: Only include samples with a label < this value
            search: Search query
            data_type: Include only samples with a particular data type
            min_id: Include only samples with an ID >= this value
            max_id: Include only samples with an ID < this value
            metadata: Filter samples by metadata key-value pairs, provided as a JSON
                string. Each item in the filter list is an object with the following
                properties:     - "key": Metadata key to filter on.     - "op": Operator
                ("eq" for positive match, "neq" for negative match).     - "values":
                (optional) Array of values to match/exclude. If omitted or empty,
                matches/excludes all values for the key. In addition to filter objects,
                the following option objects can be specified:     - { "no_metadata":
                boolean } - If true, include samples without any metadata     - {
                "filters_combinator": ("and" | "or") } - Specifies the combinator and
                matching mode:         - "and": All filter items must match (logical
                AND).         - "or": Any filter item may match (logical OR); samples
                with metadata keys not present in the filters are included.
            min_date: Only include samples that where added after the date given
            max_date: Only include samples that were added before the date given
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/batch/add-metadata",
            path_params={
                "projectId": project_id,
            },
            query={
                "category": category,
                "labels": labels,
                "filename": filename,
                "maxLength": max_length,
                "minLength": min_length,
                "minFrequency": min_frequency,
                "maxFrequency": max_frequency,
                "signatureValidity": signature_validity,
                "includeDisabled": include_disabled,
                "ids": ids,
                "excludeIds": exclude_ids,
                "minLabel": min_label,
                "maxLabel": max_label,
                "search": search,
                "dataType": data_type,
                "minId": min_id,
                "maxId": max_id,
                "metadata": metadata,
                "minDate": min_date,
                "maxDate": max_date,
            },
            json_body=body,
            operation_id="batchAddMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "GenericApiResponse | StartJobResponse",
            await self._client.send(
                request,
                rt.json_response(
                    serde.union(StartJobResponse.convert, GenericApiResponse.convert)
                ),
            ),
        )

    async def classify_using_autolabel(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: ObjectDetectionAutoLabelRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> ObjectDetectionAutoLabelResponse:
        """Auto-label an image

        Classify an image using another neural network.

        `POST /api/{projectId}/raw-data/{sampleId}/autolabel`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.object_detection_auto_label_response import (
            ObjectDetectionAutoLabelResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/autolabel",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="classifyUsingAutolabel",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(ObjectDetectionAutoLabelResponse.convert)
        )

    async def find_segments_in_sample(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: FindSegmentSampleRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> FindSegmentSampleResponse:
        """Find segments

        Find start and end times for all non-noise events in a sample

        `POST /api/{projectId}/raw-data/{sampleId}/find-segments`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.find_segment_sample_response import FindSegmentSampleResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/find-segments",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="findSegmentsInSample",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(FindSegmentSampleResponse.convert)
        )

    async def get_sample_metadata(
        self,
        *,
        project_id: int,
        category: Literal["training", "testing", "post-processing", "all"],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetSampleMetadataResponse:
        """Get project sample metadata

        Get metadata for all samples in a project.

        `GET /api/{projectId}/raw-data/metadata`

        Args:
            project_id: Project ID
            category: Which of the three acquisition categories to retrieve data from
        """
        from ..models.get_sample_metadata_response import GetSampleMetadataResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/raw-data/metadata",
            path_params={
                "projectId": project_id,
            },
            query={
                "category": category,
            },
            operation_id="getSampleMetadata",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetSampleMetadataResponse.convert)
        )

    async def has_diversity_data(
        self,
        *,
        project_id: int,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> HasDataExplorerFeaturesResponse:
        """Check if data diversity metrics exist

        Determine if data diversity metrics have been calculated. To calculate these
        metrics, use the `calculateDataQualityMetrics` endpoint.

        `GET /api/{projectId}/raw-data/data-quality/diversity/exists`

        Args:
            project_id: Project ID
        """
        from ..models.has_data_explorer_features_response import (
            HasDataExplorerFeaturesResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/raw-data/data-quality/diversity/exists",
            path_params={
                "projectId": project_id,
            },
            operation_id="hasDiversityData",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(HasDataExplorerFeaturesResponse.convert)
        )

    async def segment_sample(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: SegmentSampleRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Segment sample

        Slice a sample into multiple segments. The original file will be marked as
        deleted, but you can crop any created segment to retrieve the original file.

        `POST /api/{projectId}/raw-data/{sampleId}/segment`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/segment",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="segmentSample",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def split_sample_in_frames(
        self,
        *,
        project_id: int,
        sample_id: int,
        body: SplitSampleInFramesRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse | StartJobResponse:
        """Split sample into frames

        Split a video sample into individual frames.
        Depending on the length of the video sample this will either execute immediately
        or return the ID of a job that will perform this action.

        `POST /api/{projectId}/raw-data/{sampleId}/split`

        Args:
            project_id: Project ID
            sample_id: Sample ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse
        from ..models.start_job_response import StartJobResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/{sampleId}/split",
            path_params={
                "projectId": project_id,
                "sampleId": sample_id,
            },
            json_body=body,
            operation_id="splitSampleInFrames",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return cast(
            "GenericApiResponse | StartJobResponse",
            await self._client.send(
                request,
                rt.json_response(
                    serde.union(StartJobResponse.convert, GenericApiResponse.convert)
                ),
            ),
        )

    async def track_objects(
        self,
        *,
        project_id: int,
        body: TrackObjectsRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> TrackObjectsResponse:
        """Track objects

        Track objects between two samples. Source sample should have bounding boxes set.

        `POST /api/{projectId}/raw-data/track-objects`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.track_objects_response import TrackObjectsResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/raw-data/track-objects",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="trackObjects",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(TrackObjectsResponse.convert)
        )
