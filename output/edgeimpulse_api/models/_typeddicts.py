"""TypedDicts of the request bodies of the Edge Impulse API client, for plain dicts
given as `body=`.

For type checkers: nothing imports this module at run time, except
`typing.get_type_hints()` and
code that imports a TypedDict from the `models` package.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal, TypedDict

from .. import _serde as serde
from .ai_actions_config_step import AiActionsConfigStep
from .anomaly_labels_config import AnomalyLabelsConfig
from .segment_sample_request_segments_item import SegmentSampleRequestSegmentsItem
from .update_ai_action_request_set_metadata_after_running_item import (
    UpdateAiActionRequestSetMetadataAfterRunningItem,
)
from .update_organization_dataset_request_bucket import (
    UpdateOrganizationDatasetRequestBucket,
)


class AddHmacKeyRequestDict(TypedDict):
    """The AddHmacKeyRequest request body as a plain dict: JSON names as keys."""

    hmacKey: str
    isDevelopmentKey: bool
    name: str


class _AddOrganizationDeployBlockRequestDictRequired(TypedDict):
    cliArguments: str
    description: str
    dockerContainer: str
    name: str


class AddOrganizationDeployBlockRequestDict(
    _AddOrganizationDeployBlockRequestDictRequired, total=False
):
    """The AddOrganizationDeployBlockRequest request body as a plain dict: JSON names as
    keys.
    """

    category: Literal["library", "firmware"]
    integrateUrl: str
    limitsCpu: float
    limitsMemory: int
    mountLearnBlock: bool
    parameters: list[dict[str, Any]]
    photo: serde.FileInput
    privileged: bool
    requestsCpu: float
    requestsMemory: int
    showOptimizations: bool
    sourceCodeDownloadStaffOnly: bool
    supportsEonCompiler: bool


class _AdminAddOrganizationApiKeyRequestDictRequired(TypedDict):
    name: str
    role: Literal["admin", "member"]


class AdminAddOrganizationApiKeyRequestDict(
    _AdminAddOrganizationApiKeyRequestDictRequired, total=False
):
    """The AdminAddOrganizationApiKeyRequest request body as a plain dict: JSON names as
    keys.
    """

    apiKey: str
    ttl: int


class _AdminCreateOrganizationDataExportRequestDictRequired(TypedDict):
    description: str


class AdminCreateOrganizationDataExportRequestDict(
    _AdminCreateOrganizationDataExportRequestDictRequired, total=False
):
    """The AdminCreateOrganizationDataExportRequest request body as a plain dict: JSON
    names as keys.
    """

    expirationDate: datetime.datetime


class AdminUpdateOrganizationDataExportRequestDict(TypedDict, total=False):
    """The AdminUpdateOrganizationDataExportRequest request body as a plain dict: JSON
    names as keys.
    """

    description: str
    expirationDate: datetime.datetime


class AiActionsConfigStepDict(TypedDict):
    """The AiActionsConfigStep request body as a plain dict: JSON names as keys."""

    parameters: dict[str, str]
    transformationBlockId: int


class AnomalyLabelsConfigDict(TypedDict):
    """The AnomalyLabelsConfig request body as a plain dict: JSON names as keys."""

    anomalyLabels: list[str]
    noAnomalyLabels: list[str]


class BatchAddMetadataRequestDict(TypedDict):
    """The BatchAddMetadataRequest request body as a plain dict: JSON names as keys."""

    metadataKey: str
    metadataValue: str


class CloneImpulseRequestDict(TypedDict):
    """The CloneImpulseRequest request body as a plain dict: JSON names as keys."""

    name: str


class CreateDeviceRequestDict(TypedDict):
    """The CreateDeviceRequest request body as a plain dict: JSON names as keys."""

    deviceId: str
    deviceType: str
    ifNotExists: bool


class CreateNewEmptyImpulseRequestDict(TypedDict, total=False):
    """The CreateNewEmptyImpulseRequest request body as a plain dict: JSON names as
    keys.
    """

    type: Literal["default", "BYOM", "VLM"]


class _CreateOrganizationPortalRequestDictRequired(TypedDict):
    bucketId: int
    bucketPath: str
    name: str


class CreateOrganizationPortalRequestDict(
    _CreateOrganizationPortalRequestDictRequired, total=False
):
    """The CreateOrganizationPortalRequest request body as a plain dict: JSON names as
    keys.
    """

    description: str


class DeletePortalFileRequestDict(TypedDict):
    """The DeletePortalFileRequest request body as a plain dict: JSON names as keys."""

    path: str


class _EnterpriseLimitsIncreaseRequestDictRequired(TypedDict):
    limits: list[Literal["users", "projects", "compute", "storage"]]


class EnterpriseLimitsIncreaseRequestDict(
    _EnterpriseLimitsIncreaseRequestDictRequired, total=False
):
    """The EnterpriseLimitsIncreaseRequest request body as a plain dict: JSON names as
    keys.
    """

    reason: str


class EnterpriseUpgradeOrTrialExtensionRequestDict(TypedDict, total=False):
    """The EnterpriseUpgradeOrTrialExtensionRequest request body as a plain dict: JSON
    names as keys.
    """

    objective: str
    reason: str
    timeline: str
    trialId: float
    useCase: str


class FindSegmentSampleRequestDict(TypedDict):
    """The FindSegmentSampleRequest request body as a plain dict: JSON names as keys."""

    segmentLengthMs: int
    shiftSegments: bool


class _GenerateFeaturesRequestDictRequired(TypedDict):
    dspId: int


class GenerateFeaturesRequestDict(_GenerateFeaturesRequestDictRequired, total=False):
    """The GenerateFeaturesRequest request body as a plain dict: JSON names as keys."""

    calculateFeatureImportance: bool
    normalizeData: Literal["none", "normalize-channel-standard-scaler"]
    skipFeatureExplorer: bool


class InviteOrganizationMemberRequestDict(TypedDict):
    """The InviteOrganizationMemberRequest request body as a plain dict: JSON names as
    keys.
    """

    datasets: list[str]
    email: str
    role: Literal["admin", "member", "guest"]


class KeepDeviceDebugStreamAliveRequestDict(TypedDict):
    """The KeepDeviceDebugStreamAliveRequest request body as a plain dict: JSON names as
    keys.
    """

    streamId: int


class ObjectDetectionAutoLabelRequestDict(TypedDict):
    """The ObjectDetectionAutoLabelRequest request body as a plain dict: JSON names as
    keys.
    """

    neuralNetwork: Literal["yolov5", "yolo-pro", "currentProject"]


class ProfileTfLiteRequestDict(TypedDict):
    """The ProfileTfLiteRequest request body as a plain dict: JSON names as keys."""

    device: str
    tfliteFileBase64: str


class _ProjectVersionRequestDictRequired(TypedDict):
    description: str
    makePublic: bool


class ProjectVersionRequestDict(_ProjectVersionRequestDictRequired, total=False):
    """The ProjectVersionRequest request body as a plain dict: JSON names as keys."""

    bucketId: int
    runModelTestingWhileVersioning: bool


class RenameDeviceRequestDict(TypedDict):
    """The RenameDeviceRequest request body as a plain dict: JSON names as keys."""

    name: str


class RenamePortalFileRequestDict(TypedDict):
    """The RenamePortalFileRequest request body as a plain dict: JSON names as keys."""

    newPath: str
    oldPath: str


class SegmentSampleRequestDict(TypedDict):
    """The SegmentSampleRequest request body as a plain dict: JSON names as keys."""

    segments: list[
        SegmentSampleRequestSegmentsItem | SegmentSampleRequestSegmentsItemDict
    ]


class SegmentSampleRequestSegmentsItemDict(TypedDict):
    """The SegmentSampleRequestSegmentsItem request body as a plain dict: JSON names as
    keys.
    """

    endMs: int
    startMs: int


class SetAnomalyParameterRequestDict(TypedDict, total=False):
    """The SetAnomalyParameterRequest request body as a plain dict: JSON names as keys."""

    minimumConfidenceRating: float


class SplitSampleInFramesRequestDict(TypedDict, total=False):
    """The SplitSampleInFramesRequest request body as a plain dict: JSON names as keys."""

    fps: int


class StartDeviceSnapshotDebugStreamRequestDict(TypedDict):
    """The StartDeviceSnapshotDebugStreamRequest request body as a plain dict: JSON
    names as keys.
    """

    resolution: Literal["high", "low"]


class _StartPostProcessingRequestDictRequired(TypedDict):
    algorithm: str
    dataset: Literal["training", "validation", "testing"]
    evaluation: str
    variant: Literal["int8", "float32", "akida"]


class StartPostProcessingRequestDict(
    _StartPostProcessingRequestDictRequired, total=False
):
    """The StartPostProcessingRequest request body as a plain dict: JSON names as keys."""

    designSpaceTolerance: float
    maxGenerations: int
    objectiveSpaceTolerance: float
    population: int
    terminationPeriod: int


class _StartSamplingRequestDictRequired(TypedDict):
    category: Literal["training", "testing", "post-processing"]
    intervalMs: float
    label: str
    lengthMs: int


class StartSamplingRequestDict(_StartSamplingRequestDictRequired, total=False):
    """The StartSamplingRequest request body as a plain dict: JSON names as keys."""

    collectedSampleCount: float
    labelColor: str
    sensor: str
    targetSampleCount: float


class StopDeviceDebugStreamRequestDict(TypedDict):
    """The StopDeviceDebugStreamRequest request body as a plain dict: JSON names as
    keys.
    """

    streamId: int


class TrackObjectsRequestDict(TypedDict):
    """The TrackObjectsRequest request body as a plain dict: JSON names as keys."""

    nextSampleId: int
    sourceSampleId: int


class _TunerCreateTrialImpulseDictRequired(TypedDict):
    dspBlock: Any
    inputBlock: Any
    learnBlock: Any


class TunerCreateTrialImpulseDict(_TunerCreateTrialImpulseDictRequired, total=False):
    """The TunerCreateTrialImpulse request body as a plain dict: JSON names as keys."""

    dspBlocks: list[dict[str, Any]]
    experiment: str
    id: str
    inputBlocks: list[dict[str, Any]]
    learnBlocks: list[dict[str, Any]]
    optimizationRound: float
    original_trial_id: str


class _UpdateAiActionRequestDictRequired(TypedDict):
    dataCategory: Literal[
        "allData",
        "unlabeledData",
        "enabledData",
        "dataWithoutMetadataKey",
        "dataWithMetadata",
    ]
    setMetadataAfterRunning: list[
        UpdateAiActionRequestSetMetadataAfterRunningItem
        | UpdateAiActionRequestSetMetadataAfterRunningItemDict
    ]
    steps: list[AiActionsConfigStep | AiActionsConfigStepDict]


class UpdateAiActionRequestDict(_UpdateAiActionRequestDictRequired, total=False):
    """The UpdateAiActionRequest request body as a plain dict: JSON names as keys."""

    dataMetadataKey: str
    dataMetadataValue: str
    name: str
    sortOrder: int


class UpdateAiActionRequestSetMetadataAfterRunningItemDict(TypedDict):
    """The UpdateAiActionRequestSetMetadataAfterRunningItem request body as a plain
    dict: JSON names as keys.
    """

    key: str
    value: str


class UpdateImpulseRequestDict(TypedDict, total=False):
    """The UpdateImpulseRequest request body as a plain dict: JSON names as keys."""

    name: str
    tags: list[str]
    type: Literal["default", "BYOM", "VLM"]


class UpdateOrganizationDataItemRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDataItemRequest request body as a plain dict: JSON names as
    keys.
    """

    dataset: str
    metadata: dict[str, str]
    name: str


class UpdateOrganizationDatasetRequestBucketDict(TypedDict):
    """The UpdateOrganizationDatasetRequestBucket request body as a plain dict: JSON
    names as keys.
    """

    dataItemNamingLevelsDeep: int
    id: int
    path: str


class UpdateOrganizationDatasetRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDatasetRequest request body as a plain dict: JSON names as
    keys.
    """

    bucket: (
        UpdateOrganizationDatasetRequestBucket
        | UpdateOrganizationDatasetRequestBucketDict
    )
    category: str
    dataset: str
    tags: list[str]
    type: Literal["clinical", "files"]


class UpdateOrganizationDeployBlockRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDeployBlockRequest request body as a plain dict: JSON names
    as keys.
    """

    category: Literal["library", "firmware"]
    cliArguments: str
    description: str
    dockerContainer: str
    integrateUrl: str
    limitsCpu: float
    limitsMemory: int
    mountLearnBlock: bool
    name: str
    parameters: list[dict[str, Any]]
    photo: serde.FileInput
    privileged: bool
    requestsCpu: float
    requestsMemory: int
    showOptimizations: bool
    sourceCodeDownloadStaffOnly: bool
    supportsEonCompiler: bool


class UpdateOrganizationDspBlockRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDspBlockRequest request body as a plain dict: JSON names as
    keys.
    """

    description: str
    dockerContainer: str
    limitsCpu: float
    limitsMemory: int
    name: str
    port: int
    requestsCpu: float
    requestsMemory: int
    sourceCodeDownloadStaffOnly: bool


class UpdateProjectRequestDict(TypedDict, total=False):
    """The UpdateProjectRequest request body as a plain dict: JSON names as keys."""

    aiActionsGridColumnCount: int
    anomalyLabelsConfig: AnomalyLabelsConfig | AnomalyLabelsConfigDict
    computeTimeLimitM: int
    csvImportConfig: dict[str, Any]
    dataAcquisitionGridColumnCount: int
    dataAcquisitionGridColumnCountDetailed: int
    dataAcquisitionPageSize: int
    dataAcquisitionViewType: Literal["list", "grid"]
    defaultProfilingVariant: Literal["int8", "float32", "akida"]
    description: str
    dspFileSizeMb: int
    dspJobNotificationUids: list[int]
    dspPageSize: int
    enabledModelProfilingVariants: list[Literal["int8", "float32", "akida"]]
    enterprisePerformance: bool
    experiments: list[str]
    exportJobNotificationUids: list[int]
    gettingStartedClasses: list[str]
    gettingStartedStep: int
    gettingStartedTutorial: Literal["kws", "cv"]
    impulseListAdditionalMetricsShownColumns: list[str]
    impulseListCoreMetricsHiddenColumns: list[str]
    impulseListExtraColumns: list[str]
    inPretrainedModelFlow: bool
    indPauseProcessingSamples: bool
    inlineEditBoundingBoxes: bool
    labelingMethod: Literal["single_label", "object_detection", "label_map"]
    lastAcquisitionLabel: str
    lastDeployEonCompiler: bool
    lastDeployModelEngine: Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"]
    lastDeploymentTarget: str
    lastShownModelEngine: Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"]
    latencyDevice: str
    logo: str
    metadata: dict[str, Any]
    modelTestingJobNotificationUids: list[int]
    name: str
    projectVisibility: Literal["public", "private"]
    publicProjectListed: bool
    readme: str
    selectedProjectTypeInWizard: Literal[
        "accelerometer",
        "audio",
        "image_classification",
        "object_detection",
        "something_else",
    ]
    showCreateFirstImpulse: bool
    showExactSampleLength: bool
    showSensorDataInAcquisitionGraph: bool
    trainJobNotificationUids: list[int]
    trainJobRamMb: int
    useGpu: bool
    versioningStorageSizeMib: int


class UploadImageRequestDict(TypedDict):
    """The UploadImageRequest request body as a plain dict: JSON names as keys."""

    image: serde.FileInput


class _UploadPretrainedModelRequestDictRequired(TypedDict):
    modelFile: serde.FileInput
    modelFileName: str
    modelFileType: Literal["tflite", "onnx", "saved_model"]


class UploadPretrainedModelRequestDict(
    _UploadPretrainedModelRequestDictRequired, total=False
):
    """The UploadPretrainedModelRequest request body as a plain dict: JSON names as
    keys.
    """

    device: str
    overrideInputShape: list[int]
    representativeFeatures: serde.FileInput


class UserSetTotpMfaKeyRequestDict(TypedDict):
    """The UserSetTotpMfaKeyRequest request body as a plain dict: JSON names as keys."""

    key: str
    totpToken: str


class VerifyDspBlockUrlRequestDict(TypedDict):
    """The VerifyDspBlockUrlRequest request body as a plain dict: JSON names as keys."""

    url: str


class _WhitelabelAdminCreateOrganizationRequestDictRequired(TypedDict):
    organizationName: str


class WhitelabelAdminCreateOrganizationRequestDict(
    _WhitelabelAdminCreateOrganizationRequestDictRequired, total=False
):
    """The WhitelabelAdminCreateOrganizationRequest request body as a plain dict: JSON
    names as keys.
    """

    adminEmail: str
    adminId: int
