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
    """The AddHmacKeyRequest request body as a plain dict: JSON names as keys.

    Keys:
        hmacKey (str, required): HMAC key.
        isDevelopmentKey (bool, required): Whether this key should be used as a development key.
        name (str, required): Description of the key
    """

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

    Keys:
        cliArguments (str, required)
        description (str, required)
        dockerContainer (str, required)
        name (str, required)
        category (Literal["library", "firmware"])
        integrateUrl (str)
        limitsCpu (float)
        limitsMemory (int)
        mountLearnBlock (bool)
        parameters (list[dict[str, Any]]): List of parameters, spec'ed according to https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        photo (serde.FileInput)
        privileged (bool)
        requestsCpu (float)
        requestsMemory (int)
        showOptimizations (bool)
        sourceCodeDownloadStaffOnly (bool): Whether the source code is only available for staff users.
        supportsEonCompiler (bool)
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

    Keys:
        name (str, required): Description of the key
        role (Literal["admin", "member"], required)
        apiKey (str): Optional: API key. This needs to start with `ei_` and will need to be at least 32 characters long. If this field is not passed in, a new API key is generated for you.
        ttl (int): Time to live in seconds. If not set, the key will expire in 1 minute.
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

    Keys:
        description (str, required): Description of the data export
        expirationDate (datetime.datetime): Date when the export will expire. Default is 30 days. Maximum expiration date is 60 days from the creation date.
    """

    expirationDate: datetime.datetime


class AdminUpdateOrganizationDataExportRequestDict(TypedDict, total=False):
    """The AdminUpdateOrganizationDataExportRequest request body as a plain dict: JSON
    names as keys.

    Keys:
        description (str): Description of the data export
        expirationDate (datetime.datetime): Date when the export will expire. Default is 30 days. Maximum expiration date is 60 days from the creation date.
    """

    description: str
    expirationDate: datetime.datetime


class AiActionsConfigStepDict(TypedDict):
    """The AiActionsConfigStep request body as a plain dict: JSON names as keys.

    Keys:
        parameters (dict[str, str], required): Parameters for the transformation block. These map back to the parameters in OrganizationTransformationBlock 'parameters' property.
        transformationBlockId (int, required): The selected transformation block ID.
    """

    parameters: dict[str, str]
    transformationBlockId: int


class AnomalyLabelsConfigDict(TypedDict):
    """The AnomalyLabelsConfig request body as a plain dict: JSON names as keys.

    Keys:
        anomalyLabels (list[str], required): Labels to treat as anomalous during classification or model testing in Studio, defaults to ['anomaly']
        noAnomalyLabels (list[str], required): Labels to treat as non-anomalous during classification or model testing in Studio, defaults to ['no anomaly']
    """

    anomalyLabels: list[str]
    noAnomalyLabels: list[str]


class BatchAddMetadataRequestDict(TypedDict):
    """The BatchAddMetadataRequest request body as a plain dict: JSON names as keys.

    Keys:
        metadataKey (str, required)
        metadataValue (str, required)
    """

    metadataKey: str
    metadataValue: str


class CloneImpulseRequestDict(TypedDict):
    """The CloneImpulseRequest request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required)
    """

    name: str


class CreateDeviceRequestDict(TypedDict):
    """The CreateDeviceRequest request body as a plain dict: JSON names as keys.

    Keys:
        deviceId (str, required): Globally unique device identifier (e.g. MAC address)
        deviceType (str, required): Device type, for example the exact model of the device. Should be the same for all similar devices
        ifNotExists (bool, required): Whether to throw an error when this device already exists.
    """

    deviceId: str
    deviceType: str
    ifNotExists: bool


class CreateNewEmptyImpulseRequestDict(TypedDict, total=False):
    """The CreateNewEmptyImpulseRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        type (Literal["default", "BYOM", "VLM"]): Specifies the type of impulse. Options include: - default: Standard Edge Impulse pipeline. - BYOM: Impulse that includes a pretrained model. - VLM: Impulse created as part of a Vision Learning Model (VLM) workflow.
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

    Keys:
        bucketId (int, required): The S3 bucket id to store the uploaded data. Set to '0' to select a bucket hosted by Edge Impulse.
        bucketPath (str, required): The path in the bucket the upload portal will write to.
        name (str, required): The name of the upload portal.
        description (str): The purpose and description of the upload portal.
    """

    description: str


class DeletePortalFileRequestDict(TypedDict):
    """The DeletePortalFileRequest request body as a plain dict: JSON names as keys.

    Keys:
        path (str, required): S3 path (within the portal)
    """

    path: str


class _EnterpriseLimitsIncreaseRequestDictRequired(TypedDict):
    limits: list[Literal["users", "projects", "compute", "storage"]]


class EnterpriseLimitsIncreaseRequestDict(
    _EnterpriseLimitsIncreaseRequestDictRequired, total=False
):
    """The EnterpriseLimitsIncreaseRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        limits (list[Literal["users", "projects", "compute", "storage"]], required)
        reason (str): Additional notes for the request. This is optional.
    """

    reason: str


class EnterpriseUpgradeOrTrialExtensionRequestDict(TypedDict, total=False):
    """The EnterpriseUpgradeOrTrialExtensionRequest request body as a plain dict: JSON
    names as keys.

    Keys:
        objective (str): Answer to the question: 'What are you hoping to achieve with an extension?'. This is optional.
        reason (str): Answer to the question: 'Why is this the right time for your team to invest in edge AI?'. This is optional.
        timeline (str): Answer to the question: 'What is your timeline for solving your problem?'. This is optional.
        trialId (float): The user's trial ID. This is optional.
        useCase (str): Answer to the question: 'What best describes your use case?'. This is optional.
    """

    objective: str
    reason: str
    timeline: str
    trialId: float
    useCase: str


class FindSegmentSampleRequestDict(TypedDict):
    """The FindSegmentSampleRequest request body as a plain dict: JSON names as keys.

    Keys:
        segmentLengthMs (int, required)
        shiftSegments (bool, required): If set, the segments are automatically shifted randomly, to make the dataset distribution more uniform.
    """

    segmentLengthMs: int
    shiftSegments: bool


class _GenerateFeaturesRequestDictRequired(TypedDict):
    dspId: int


class GenerateFeaturesRequestDict(_GenerateFeaturesRequestDictRequired, total=False):
    """The GenerateFeaturesRequest request body as a plain dict: JSON names as keys.

    Keys:
        dspId (int, required): DSP block ID to generate features for
        calculateFeatureImportance (bool): Whether to generate feature importance (only when available)
        normalizeData (Literal["none", "normalize-channel-standard-scaler"]): Data normalization method to use on the generated features. This only applies if canNormalizeData is true.
        skipFeatureExplorer (bool): If set, skips feature explorer (used in tests)
    """

    calculateFeatureImportance: bool
    normalizeData: Literal["none", "normalize-channel-standard-scaler"]
    skipFeatureExplorer: bool


class InviteOrganizationMemberRequestDict(TypedDict):
    """The InviteOrganizationMemberRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        datasets (list[str], required): Only used for 'guest' users. Limits the datasets the user has access to.
        email (str, required): E-mail address
        role (Literal["admin", "member", "guest"], required)
    """

    datasets: list[str]
    email: str
    role: Literal["admin", "member", "guest"]


class KeepDeviceDebugStreamAliveRequestDict(TypedDict):
    """The KeepDeviceDebugStreamAliveRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        streamId (int, required)
    """

    streamId: int


class ObjectDetectionAutoLabelRequestDict(TypedDict):
    """The ObjectDetectionAutoLabelRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        neuralNetwork (Literal["yolov5", "yolo-pro", "currentProject"], required)
    """

    neuralNetwork: Literal["yolov5", "yolo-pro", "currentProject"]


class ProfileTfLiteRequestDict(TypedDict):
    """The ProfileTfLiteRequest request body as a plain dict: JSON names as keys.

    Keys:
        device (str, required): MCU used for calculating latency, query `latencyDevices` in `listProject` for a list of supported devices (and use the "mcu" property here).
        tfliteFileBase64 (str, required): A base64 encoded TFLite file
    """

    device: str
    tfliteFileBase64: str


class _ProjectVersionRequestDictRequired(TypedDict):
    description: str
    makePublic: bool


class ProjectVersionRequestDict(_ProjectVersionRequestDictRequired, total=False):
    """The ProjectVersionRequest request body as a plain dict: JSON names as keys.

    Keys:
        description (str, required)
        makePublic (bool, required): Whether to make this version available on a public URL.
        bucketId (int): Data bucket ID. Keep empty to store in Edge Impulse hosted storage.
        runModelTestingWhileVersioning (bool): Whether to run model testing when creating this version (if this value is omitted, it will use the current state of 'runModelTestingWhileVersioning' that is returned in ListVersionsResponse).
    """

    bucketId: int
    runModelTestingWhileVersioning: bool


class RenameDeviceRequestDict(TypedDict):
    """The RenameDeviceRequest request body as a plain dict: JSON names as keys.

    Keys:
        name (str, required): New name for this device
    """

    name: str


class RenamePortalFileRequestDict(TypedDict):
    """The RenamePortalFileRequest request body as a plain dict: JSON names as keys.

    Keys:
        newPath (str, required): S3 path (within the portal)
        oldPath (str, required): S3 path (within the portal)
    """

    newPath: str
    oldPath: str


class SegmentSampleRequestDict(TypedDict):
    """The SegmentSampleRequest request body as a plain dict: JSON names as keys.

    Keys:
        segments (list[SegmentSampleRequestSegmentsItem | SegmentSampleRequestSegmentsItemDict], required)
    """

    segments: list[
        SegmentSampleRequestSegmentsItem | SegmentSampleRequestSegmentsItemDict
    ]


class SegmentSampleRequestSegmentsItemDict(TypedDict):
    """The SegmentSampleRequestSegmentsItem request body as a plain dict: JSON names as
    keys.

    Keys:
        endMs (int, required)
        startMs (int, required)
    """

    endMs: int
    startMs: int


class SetAnomalyParameterRequestDict(TypedDict, total=False):
    """The SetAnomalyParameterRequest request body as a plain dict: JSON names as keys.

    Keys:
        minimumConfidenceRating (float): DEPRECATED, use "setImpulseThresholds" instead. Minimum confidence score, if the anomaly block scores a sample above this threshold it will be flagged as anomaly.
    """

    minimumConfidenceRating: float


class SplitSampleInFramesRequestDict(TypedDict, total=False):
    """The SplitSampleInFramesRequest request body as a plain dict: JSON names as keys.

    Keys:
        fps (int): Frames per second to extract from this video.
    """

    fps: int


class StartDeviceSnapshotDebugStreamRequestDict(TypedDict):
    """The StartDeviceSnapshotDebugStreamRequest request body as a plain dict: JSON
    names as keys.

    Keys:
        resolution (Literal["high", "low"], required)
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
    """The StartPostProcessingRequest request body as a plain dict: JSON names as keys.

    Keys:
        algorithm (str, required): Which algorithm container to use
        dataset (Literal["training", "validation", "testing"], required): Which dataset to use
        evaluation (str, required): Which evaluation container to use
        variant (Literal["int8", "float32", "akida"], required): Which model variant to use (int8, float32, etc.)
        designSpaceTolerance (float): The tolerance for the design space
        maxGenerations (int): The maximum number of generations for the genetic algorithm
        objectiveSpaceTolerance (float): The tolerance for the objective space
        population (int): The population size for the genetic algorithm
        terminationPeriod (int): The number of generations the termination criteria are averaged across
    """

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
    """The StartSamplingRequest request body as a plain dict: JSON names as keys.

    Keys:
        category (Literal["training", "testing", "post-processing"], required): Which acquisition category to sample data into.
        intervalMs (float, required): Interval between samples (can be calculated like `1/hz * 1000`)
        label (str, required): Label to be used during sampling.
        lengthMs (int, required): Requested length of the sample (in ms).
        collectedSampleCount (float): A hint to supported clients to show the number of samples currently collected
        labelColor (str): Text color of label displayed on supported clients. Value can be any supported CSS color value
        sensor (str): The sensor to sample from.
        targetSampleCount (float): A hint to supported clients to show the desired number of samples to be collected
    """

    collectedSampleCount: float
    labelColor: str
    sensor: str
    targetSampleCount: float


class StopDeviceDebugStreamRequestDict(TypedDict):
    """The StopDeviceDebugStreamRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        streamId (int, required)
    """

    streamId: int


class TrackObjectsRequestDict(TypedDict):
    """The TrackObjectsRequest request body as a plain dict: JSON names as keys.

    Keys:
        nextSampleId (int, required)
        sourceSampleId (int, required)
    """

    nextSampleId: int
    sourceSampleId: int


class _TunerCreateTrialImpulseDictRequired(TypedDict):
    dspBlock: Any
    inputBlock: Any
    learnBlock: Any


class TunerCreateTrialImpulseDict(_TunerCreateTrialImpulseDictRequired, total=False):
    """The TunerCreateTrialImpulse request body as a plain dict: JSON names as keys.

    Keys:
        dspBlock (Any, required)
        inputBlock (Any, required)
        learnBlock (Any, required)
        dspBlocks (list[dict[str, Any]])
        experiment (str)
        id (str)
        inputBlocks (list[dict[str, Any]])
        learnBlocks (list[dict[str, Any]])
        optimizationRound (float)
        original_trial_id (str)
    """

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
    """The UpdateAiActionRequest request body as a plain dict: JSON names as keys.

    Keys:
        dataCategory (Literal["allData", "unlabeledData", "enabledData", "dataWithoutMetadataKey", "dataWithMetadata"], required): Type of data to run this AI action on.
        setMetadataAfterRunning (list[UpdateAiActionRequestSetMetadataAfterRunningItem | UpdateAiActionRequestSetMetadataAfterRunningItemDict], required): After the action runs, add this key/value pair as metadata on the affected samples.
        steps (list[AiActionsConfigStep | AiActionsConfigStepDict], required)
        dataMetadataKey (str): Metadata key to filter on. Required if dataCategory is equal to "dataWithoutMetadataKey" or "dataWithMetadata".
        dataMetadataValue (str): Metadata value to filter on. Required if dataCategory is equal to "dataWithMetadata".
        name (str): User-provided name. If no name is set then displayName on the action will be automatically configured based on the transformation block.
        sortOrder (int): Numeric value (1..n) where this action should be shown in the action list (and in which order the actions should run when started from a data source).
    """

    dataMetadataKey: str
    dataMetadataValue: str
    name: str
    sortOrder: int


class UpdateAiActionRequestSetMetadataAfterRunningItemDict(TypedDict):
    """The UpdateAiActionRequestSetMetadataAfterRunningItem request body as a plain
    dict: JSON names as keys.

    Keys:
        key (str, required)
        value (str, required)
    """

    key: str
    value: str


class UpdateImpulseRequestDict(TypedDict, total=False):
    """The UpdateImpulseRequest request body as a plain dict: JSON names as keys.

    Keys:
        name (str)
        tags (list[str])
        type (Literal["default", "BYOM", "VLM"]): Specifies the type of impulse. Options include: - default: Standard Edge Impulse pipeline. - BYOM: Impulse that includes a pretrained model. - VLM: Impulse created as part of a Vision Learning Model (VLM) workflow.
    """

    name: str
    tags: list[str]
    type: Literal["default", "BYOM", "VLM"]


class UpdateOrganizationDataItemRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDataItemRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        dataset (str)
        metadata (dict[str, str])
        name (str)
    """

    dataset: str
    metadata: dict[str, str]
    name: str


class UpdateOrganizationDatasetRequestBucketDict(TypedDict):
    """The UpdateOrganizationDatasetRequestBucket request body as a plain dict: JSON
    names as keys.

    Keys:
        dataItemNamingLevelsDeep (int, required): Number of levels deep for data items, e.g. if you have folder "test/abc", with value 1 "test" will be a data item, with value 2 "test/abc" will be a data item. Only used for "clinical" datasets.
        id (int, required): Bucket ID
        path (str, required): Path in the bucket
    """

    dataItemNamingLevelsDeep: int
    id: int
    path: str


class UpdateOrganizationDatasetRequestDict(TypedDict, total=False):
    """The UpdateOrganizationDatasetRequest request body as a plain dict: JSON names as
    keys.

    Keys:
        bucket (UpdateOrganizationDatasetRequestBucket | UpdateOrganizationDatasetRequestBucketDict)
        category (str)
        dataset (str)
        tags (list[str])
        type (Literal["clinical", "files"])
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

    Keys:
        category (Literal["library", "firmware"])
        cliArguments (str)
        description (str)
        dockerContainer (str)
        integrateUrl (str)
        limitsCpu (float)
        limitsMemory (int)
        mountLearnBlock (bool)
        name (str)
        parameters (list[dict[str, Any]]): List of parameters, spec'ed according to https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        photo (serde.FileInput)
        privileged (bool)
        requestsCpu (float)
        requestsMemory (int)
        showOptimizations (bool)
        sourceCodeDownloadStaffOnly (bool): Whether the source code is only available for staff users.
        supportsEonCompiler (bool)
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

    Keys:
        description (str)
        dockerContainer (str)
        limitsCpu (float)
        limitsMemory (int)
        name (str)
        port (int)
        requestsCpu (float)
        requestsMemory (int)
        sourceCodeDownloadStaffOnly (bool): Whether the source code is only available for staff users.
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
    """The UpdateProjectRequest request body as a plain dict: JSON names as keys.

    Keys:
        aiActionsGridColumnCount (int): Number of grid columns in AI Actions
        anomalyLabelsConfig (AnomalyLabelsConfig | AnomalyLabelsConfigDict): Labels to be treated as anomalous or non-anomalous. Defaults to "anomaly" / "no anomaly" if not specified. Useful when you want to override these default labels. Only relevant when there is an anomaly block in your impulse.
        computeTimeLimitM (int): Job limit in minutes
        csvImportConfig (dict[str, Any]): Config file specifying how to process CSV files. (set to null to clear the config)
        dataAcquisitionGridColumnCount (int): Number of grid columns in non-detailed view on data acquisition
        dataAcquisitionGridColumnCountDetailed (int): Number of grid columns in detailed view on data acquisition
        dataAcquisitionPageSize (int): Default page size on data acquisition
        dataAcquisitionViewType (Literal["list", "grid"]): Default view type on data acquisition
        defaultProfilingVariant (Literal["int8", "float32", "akida"]): Last shown variant on the model testing and live classification pages. Used to keep the same view after refreshing.
        description (str)
        dspFileSizeMb (int): DSP file size in MB
        dspJobNotificationUids (list[int]): The IDs of users who should be notified when a DSP job is finished.
        dspPageSize (int): Set to '0' to disable DSP paging
        enabledModelProfilingVariants (list[Literal["int8", "float32", "akida"]]): Set of model variants enabled by default on the model testing and live classification pages.
        enterprisePerformance (bool)
        experiments (list[str])
        exportJobNotificationUids (list[int]): The IDs of users who should be notified when an export job is finished.
        gettingStartedClasses (list[str]): Classes or labels used in the getting started wizard
        gettingStartedStep (int): The next step in the getting started wizard, or set to -1 to clear the getting started wizard
        gettingStartedTutorial (Literal["kws", "cv"]): The type of in-product guided tutorial for the getting started wizard
        impulseListAdditionalMetricsShownColumns (list[str]): Which additional metrics should be shown in the impulse list. See 'GetAllDetailedImpulsesResponse' for a list of all metrics.
        impulseListCoreMetricsHiddenColumns (list[str]): Which core metrics should be hidden in the impulse list. See 'GetAllDetailedImpulsesResponse' for a list of all metrics.
        impulseListExtraColumns (list[str]): Which extra columns should be shown in the impulse list.
        inPretrainedModelFlow (bool): DEPRECATED. To enable the pretrained model flow, set the impulse type property to "BYOM" instead.
        indPauseProcessingSamples (bool): Used in tests, to ensure samples that need to be processed async are not picked up until the flag is set to FALSE again.
        inlineEditBoundingBoxes (bool): If enabled, allows editing bounding box labels directly from the acquisition UI.
        labelingMethod (Literal["single_label", "object_detection", "label_map"]): What labeling flow to use
        lastAcquisitionLabel (str)
        lastDeployEonCompiler (bool): Call this when clicking the Eon compiler setting
        lastDeployModelEngine (Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"]): Model engine for last deploy
        lastDeploymentTarget (str): Which deployment target was last selected (used to populate this deployment target again the next time you visit the deployment page). Should match the _format_ property of the response from listDeploymentTargetsForProject.
        lastShownModelEngine (Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"]): Last shown model engine on the Keras/DSP/BYOM/Anomaly screens. Used to keep the same view after refreshing.
        latencyDevice (str): MCU used for calculating latency
        logo (str): New logo URL, or set to `null` to remove the logo.
        metadata (dict[str, Any]): New metadata about the project
        modelTestingJobNotificationUids (list[int]): The IDs of users who should be notified when a model testing job is finished.
        name (str): New project name.
        projectVisibility (Literal["public", "private"]): The visibility of the project, either public or private. Public projects can be viewed by anyone on the internet and edited by collaborators. Private projects can only be viewed and edited by collaborators.
        publicProjectListed (bool): If the project allows public access, whether to list it the public projects overview response. If not listed, the project is still accessible via direct link. If the project does not allow public access, this field has no effect.
        readme (str): Readme for the project (in Markdown)
        selectedProjectTypeInWizard (Literal["accelerometer", "audio", "image_classification", "object_detection", "something_else"]): Which option was selected in the project type wizard
        showCreateFirstImpulse (bool): Whether to show the 'Create your first impulse' section on the dashboard
        showExactSampleLength (bool): If enabled, does not round sample length to hours/minutes/seconds, but always displays sample length in milliseconds. E.g. instead of 1m 32s, this'll say 92,142ms.
        showSensorDataInAcquisitionGraph (bool): Whether to show the actual sensor data in acquisition charts (only applies when you have structured labels)
        trainJobNotificationUids (list[int]): The IDs of users who should be notified when a Keras or retrain job is finished.
        trainJobRamMb (int): Amount of RAM allocated to training jobs
        useGpu (bool): Whether to use GPU for training
        versioningStorageSizeMib (int)
    """

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
    """The UploadImageRequest request body as a plain dict: JSON names as keys.

    Keys:
        image (serde.FileInput, required)
    """

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

    Keys:
        modelFile (serde.FileInput, required)
        modelFileName (str, required)
        modelFileType (Literal["tflite", "onnx", "saved_model"], required)
        device (str): MCU used for calculating latency, query `latencyDevices` in `listProject` for a list of supported devices (and use the "mcu" property here). If this is kept empty then we'll show an overview of multiple devices.
        overrideInputShape (list[int]): Optional for ONNX files: overrides the input shape of the model. This is highly suggested if the model has dynamic dimensions. If this field is not set, then all dynamic dimensions will be set to '1'.
        representativeFeatures (serde.FileInput)
    """

    device: str
    overrideInputShape: list[int]
    representativeFeatures: serde.FileInput


class UserSetTotpMfaKeyRequestDict(TypedDict):
    """The UserSetTotpMfaKeyRequest request body as a plain dict: JSON names as keys.

    Keys:
        key (str, required): Secret key obtained through `userGenerateNewMfaKey`.
        totpToken (str, required): TOTP token that is valid for the key (to ensure the device is configured correctly)
    """

    key: str
    totpToken: str


class VerifyDspBlockUrlRequestDict(TypedDict):
    """The VerifyDspBlockUrlRequest request body as a plain dict: JSON names as keys.

    Keys:
        url (str, required)
    """

    url: str


class _WhitelabelAdminCreateOrganizationRequestDictRequired(TypedDict):
    organizationName: str


class WhitelabelAdminCreateOrganizationRequestDict(
    _WhitelabelAdminCreateOrganizationRequestDictRequired, total=False
):
    """The WhitelabelAdminCreateOrganizationRequest request body as a plain dict: JSON
    names as keys.

    Keys:
        organizationName (str, required): The name of the organization.
        adminEmail (str): Email of the administrator of the new organization.
        adminId (int): Unique identifier of the administrator of the new organization.
    """

    adminEmail: str
    adminId: int
