"""The models of Edge Impulse API. Each is imported on first use."""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

if _TYPE_CHECKING:
    from .add_api_key_request import AddApiKeyRequest as AddApiKeyRequest
    from .add_api_key_response import AddApiKeyResponse as AddApiKeyResponse
    from .add_hmac_key_request import AddHmacKeyRequest as AddHmacKeyRequest
    from ._typeddicts import AddHmacKeyRequestDict as AddHmacKeyRequestDict
    from .add_organization_api_key_request import (
        AddOrganizationApiKeyRequest as AddOrganizationApiKeyRequest,
    )
    from .add_organization_deploy_block_request import (
        AddOrganizationDeployBlockRequest as AddOrganizationDeployBlockRequest,
    )
    from ._typeddicts import (
        AddOrganizationDeployBlockRequestDict as AddOrganizationDeployBlockRequestDict,
    )
    from .admin_add_organization_api_key_request import (
        AdminAddOrganizationApiKeyRequest as AdminAddOrganizationApiKeyRequest,
    )
    from ._typeddicts import (
        AdminAddOrganizationApiKeyRequestDict as AdminAddOrganizationApiKeyRequestDict,
    )
    from .admin_api_project import AdminApiProject as AdminApiProject
    from .admin_create_organization_data_export_request import (
        AdminCreateOrganizationDataExportRequest as AdminCreateOrganizationDataExportRequest,
    )
    from ._typeddicts import (
        AdminCreateOrganizationDataExportRequestDict as AdminCreateOrganizationDataExportRequestDict,
    )
    from .admin_get_organizations_response import (
        AdminGetOrganizationsResponse as AdminGetOrganizationsResponse,
    )
    from .admin_get_organizations_response_organizations_item import (
        AdminGetOrganizationsResponseOrganizationsItem as AdminGetOrganizationsResponseOrganizationsItem,
    )
    from .admin_list_projects import AdminListProjects as AdminListProjects
    from .admin_list_projects_response import (
        AdminListProjectsResponse as AdminListProjectsResponse,
    )
    from .admin_organization_info_response import (
        AdminOrganizationInfoResponse as AdminOrganizationInfoResponse,
    )
    from .admin_update_organization_data_export_request import (
        AdminUpdateOrganizationDataExportRequest as AdminUpdateOrganizationDataExportRequest,
    )
    from ._typeddicts import (
        AdminUpdateOrganizationDataExportRequestDict as AdminUpdateOrganizationDataExportRequestDict,
    )
    from .ai_actions_config_step import AiActionsConfigStep as AiActionsConfigStep
    from ._typeddicts import AiActionsConfigStepDict as AiActionsConfigStepDict
    from .anomaly_config import AnomalyConfig as AnomalyConfig
    from .anomaly_config_axes_item import AnomalyConfigAxesItem as AnomalyConfigAxesItem
    from .anomaly_config_response import AnomalyConfigResponse as AnomalyConfigResponse
    from .anomaly_gmm_metadata import AnomalyGmmMetadata as AnomalyGmmMetadata
    from .anomaly_gmm_metadata_response import (
        AnomalyGmmMetadataResponse as AnomalyGmmMetadataResponse,
    )
    from .anomaly_labels_config import AnomalyLabelsConfig as AnomalyLabelsConfig
    from ._typeddicts import AnomalyLabelsConfigDict as AnomalyLabelsConfigDict
    from .anomaly_result import AnomalyResult as AnomalyResult
    from .anomaly_trained_features_response import (
        AnomalyTrainedFeaturesResponse as AnomalyTrainedFeaturesResponse,
    )
    from .anomaly_trained_features_response_data_item import (
        AnomalyTrainedFeaturesResponseDataItem as AnomalyTrainedFeaturesResponseDataItem,
    )
    from .batch_add_metadata_request import (
        BatchAddMetadataRequest as BatchAddMetadataRequest,
    )
    from ._typeddicts import BatchAddMetadataRequestDict as BatchAddMetadataRequestDict
    from .block_threshold import BlockThreshold as BlockThreshold
    from .block_threshold_dropdown_options_item import (
        BlockThresholdDropdownOptionsItem as BlockThresholdDropdownOptionsItem,
    )
    from .bounding_box import BoundingBox as BoundingBox
    from .bounding_box_with_score import BoundingBoxWithScore as BoundingBoxWithScore
    from .clone_impulse_request import CloneImpulseRequest as CloneImpulseRequest
    from ._typeddicts import CloneImpulseRequestDict as CloneImpulseRequestDict
    from .create_developer_profile_response import (
        CreateDeveloperProfileResponse as CreateDeveloperProfileResponse,
    )
    from .create_device_request import CreateDeviceRequest as CreateDeviceRequest
    from ._typeddicts import CreateDeviceRequestDict as CreateDeviceRequestDict
    from .create_new_empty_impulse_request import (
        CreateNewEmptyImpulseRequest as CreateNewEmptyImpulseRequest,
    )
    from ._typeddicts import (
        CreateNewEmptyImpulseRequestDict as CreateNewEmptyImpulseRequestDict,
    )
    from .create_new_empty_impulse_response import (
        CreateNewEmptyImpulseResponse as CreateNewEmptyImpulseResponse,
    )
    from .create_organization_portal_request import (
        CreateOrganizationPortalRequest as CreateOrganizationPortalRequest,
    )
    from ._typeddicts import (
        CreateOrganizationPortalRequestDict as CreateOrganizationPortalRequestDict,
    )
    from .create_organization_response import (
        CreateOrganizationResponse as CreateOrganizationResponse,
    )
    from .created_updated_by_user import CreatedUpdatedByUser as CreatedUpdatedByUser
    from .daily_metrics_record import DailyMetricsRecord as DailyMetricsRecord
    from .delete_portal_file_request import (
        DeletePortalFileRequest as DeletePortalFileRequest,
    )
    from ._typeddicts import DeletePortalFileRequestDict as DeletePortalFileRequestDict
    from .dependency_data import DependencyData as DependencyData
    from .deploy_pretrained_model_input_audio import (
        DeployPretrainedModelInputAudio as DeployPretrainedModelInputAudio,
    )
    from .deploy_pretrained_model_input_image import (
        DeployPretrainedModelInputImage as DeployPretrainedModelInputImage,
    )
    from .deploy_pretrained_model_input_other import (
        DeployPretrainedModelInputOther as DeployPretrainedModelInputOther,
    )
    from .deploy_pretrained_model_input_time_series import (
        DeployPretrainedModelInputTimeSeries as DeployPretrainedModelInputTimeSeries,
    )
    from .deploy_pretrained_model_model_anomaly import (
        DeployPretrainedModelModelAnomaly as DeployPretrainedModelModelAnomaly,
    )
    from .deploy_pretrained_model_model_classification import (
        DeployPretrainedModelModelClassification as DeployPretrainedModelModelClassification,
    )
    from .deploy_pretrained_model_model_freeform import (
        DeployPretrainedModelModelFreeform as DeployPretrainedModelModelFreeform,
    )
    from .deploy_pretrained_model_model_object_detection import (
        DeployPretrainedModelModelObjectDetection as DeployPretrainedModelModelObjectDetection,
    )
    from .deploy_pretrained_model_model_regression import (
        DeployPretrainedModelModelRegression as DeployPretrainedModelModelRegression,
    )
    from .deploy_pretrained_model_model_visual_anomaly import (
        DeployPretrainedModelModelVisualAnomaly as DeployPretrainedModelModelVisualAnomaly,
    )
    from .device import Device as Device
    from .device_inference_info import DeviceInferenceInfo as DeviceInferenceInfo
    from .device_sensors_item import DeviceSensorsItem as DeviceSensorsItem
    from .dsp_group_item import DspGroupItem as DspGroupItem
    from .dsp_group_item_select_options_item import (
        DspGroupItemSelectOptionsItem as DspGroupItemSelectOptionsItem,
    )
    from .dsp_group_item_show_if import DspGroupItemShowIf as DspGroupItemShowIf
    from .dsp_named_axis import DspNamedAxis as DspNamedAxis
    from .enterprise_limits_increase_request import (
        EnterpriseLimitsIncreaseRequest as EnterpriseLimitsIncreaseRequest,
    )
    from ._typeddicts import (
        EnterpriseLimitsIncreaseRequestDict as EnterpriseLimitsIncreaseRequestDict,
    )
    from .enterprise_upgrade_or_trial_extension_request import (
        EnterpriseUpgradeOrTrialExtensionRequest as EnterpriseUpgradeOrTrialExtensionRequest,
    )
    from ._typeddicts import (
        EnterpriseUpgradeOrTrialExtensionRequestDict as EnterpriseUpgradeOrTrialExtensionRequestDict,
    )
    from .entitlement_limits import EntitlementLimits as EntitlementLimits
    from .entity_created_response import EntityCreatedResponse as EntityCreatedResponse
    from .export_block_response import ExportBlockResponse as ExportBlockResponse
    from .find_segment_sample_request import (
        FindSegmentSampleRequest as FindSegmentSampleRequest,
    )
    from ._typeddicts import (
        FindSegmentSampleRequestDict as FindSegmentSampleRequestDict,
    )
    from .find_segment_sample_response import (
        FindSegmentSampleResponse as FindSegmentSampleResponse,
    )
    from .find_segment_sample_response_segments_item import (
        FindSegmentSampleResponseSegmentsItem as FindSegmentSampleResponseSegmentsItem,
    )
    from .generate_features_request import (
        GenerateFeaturesRequest as GenerateFeaturesRequest,
    )
    from ._typeddicts import GenerateFeaturesRequestDict as GenerateFeaturesRequestDict
    from .generic_api_response import GenericApiResponse as GenericApiResponse
    from .get_data_explorer_features_response import (
        GetDataExplorerFeaturesResponse as GetDataExplorerFeaturesResponse,
    )
    from .get_data_explorer_features_response_data_item import (
        GetDataExplorerFeaturesResponseDataItem as GetDataExplorerFeaturesResponseDataItem,
    )
    from .get_data_explorer_features_response_data_item_sample import (
        GetDataExplorerFeaturesResponseDataItemSample as GetDataExplorerFeaturesResponseDataItemSample,
    )
    from .get_deployment_response import GetDeploymentResponse as GetDeploymentResponse
    from .get_device_response import GetDeviceResponse as GetDeviceResponse
    from .get_organization_bucket_response import (
        GetOrganizationBucketResponse as GetOrganizationBucketResponse,
    )
    from .get_organization_data_export_response import (
        GetOrganizationDataExportResponse as GetOrganizationDataExportResponse,
    )
    from .get_organization_dsp_block_response import (
        GetOrganizationDspBlockResponse as GetOrganizationDspBlockResponse,
    )
    from .get_pretrained_model_response import (
        GetPretrainedModelResponse as GetPretrainedModelResponse,
    )
    from .get_pretrained_model_response_model import (
        GetPretrainedModelResponseModel as GetPretrainedModelResponseModel,
    )
    from .get_pretrained_model_response_model_info import (
        GetPretrainedModelResponseModelInfo as GetPretrainedModelResponseModelInfo,
    )
    from .get_pretrained_model_response_model_profile_info import (
        GetPretrainedModelResponseModelProfileInfo as GetPretrainedModelResponseModelProfileInfo,
    )
    from .get_sample_metadata_response import (
        GetSampleMetadataResponse as GetSampleMetadataResponse,
    )
    from .has_data_explorer_features_response import (
        HasDataExplorerFeaturesResponse as HasDataExplorerFeaturesResponse,
    )
    from .impulse_input_block import ImpulseInputBlock as ImpulseInputBlock
    from .impulse_input_block_dataset_subset import (
        ImpulseInputBlockDatasetSubset as ImpulseInputBlockDatasetSubset,
    )
    from .impulse_input_block_labeling_method_multi_label import (
        ImpulseInputBlockLabelingMethodMultiLabel as ImpulseInputBlockLabelingMethodMultiLabel,
    )
    from .invite_organization_member_request import (
        InviteOrganizationMemberRequest as InviteOrganizationMemberRequest,
    )
    from ._typeddicts import (
        InviteOrganizationMemberRequestDict as InviteOrganizationMemberRequestDict,
    )
    from .keep_device_debug_stream_alive_request import (
        KeepDeviceDebugStreamAliveRequest as KeepDeviceDebugStreamAliveRequest,
    )
    from ._typeddicts import (
        KeepDeviceDebugStreamAliveRequestDict as KeepDeviceDebugStreamAliveRequestDict,
    )
    from .keras_custom_metric import KerasCustomMetric as KerasCustomMetric
    from .list_email_response import ListEmailResponse as ListEmailResponse
    from .list_email_response_emails_item import (
        ListEmailResponseEmailsItem as ListEmailResponseEmailsItem,
    )
    from .list_organization_buckets_response import (
        ListOrganizationBucketsResponse as ListOrganizationBucketsResponse,
    )
    from .list_organization_data_response import (
        ListOrganizationDataResponse as ListOrganizationDataResponse,
    )
    from .list_organization_data_response_data_item import (
        ListOrganizationDataResponseDataItem as ListOrganizationDataResponseDataItem,
    )
    from .list_organization_secrets_response import (
        ListOrganizationSecretsResponse as ListOrganizationSecretsResponse,
    )
    from .list_organization_secrets_response_secrets_item import (
        ListOrganizationSecretsResponseSecretsItem as ListOrganizationSecretsResponseSecretsItem,
    )
    from .list_public_organization_transformation_blocks_response import (
        ListPublicOrganizationTransformationBlocksResponse as ListPublicOrganizationTransformationBlocksResponse,
    )
    from .list_tuner_runs_response import ListTunerRunsResponse as ListTunerRunsResponse
    from .log_stdout_response import LogStdoutResponse as LogStdoutResponse
    from .log_stdout_response_stdout_item import (
        LogStdoutResponseStdoutItem as LogStdoutResponseStdoutItem,
    )
    from .object_detection_auto_label_request import (
        ObjectDetectionAutoLabelRequest as ObjectDetectionAutoLabelRequest,
    )
    from ._typeddicts import (
        ObjectDetectionAutoLabelRequestDict as ObjectDetectionAutoLabelRequestDict,
    )
    from .object_detection_auto_label_response import (
        ObjectDetectionAutoLabelResponse as ObjectDetectionAutoLabelResponse,
    )
    from .object_detection_auto_label_response_results_item import (
        ObjectDetectionAutoLabelResponseResultsItem as ObjectDetectionAutoLabelResponseResultsItem,
    )
    from .optimize_dsp_parameters_response import (
        OptimizeDspParametersResponse as OptimizeDspParametersResponse,
    )
    from .organization_bucket import OrganizationBucket as OrganizationBucket
    from .organization_compute_time_usage import (
        OrganizationComputeTimeUsage as OrganizationComputeTimeUsage,
    )
    from .organization_data_export import (
        OrganizationDataExport as OrganizationDataExport,
    )
    from .organization_dsp_block import OrganizationDspBlock as OrganizationDspBlock
    from .pretrained_model_tensor import PretrainedModelTensor as PretrainedModelTensor
    from .profile_model_info import ProfileModelInfo as ProfileModelInfo
    from .profile_model_info_memory import (
        ProfileModelInfoMemory as ProfileModelInfoMemory,
    )
    from .profile_model_info_memory_details import (
        ProfileModelInfoMemoryDetails as ProfileModelInfoMemoryDetails,
    )
    from .profile_model_table import ProfileModelTable as ProfileModelTable
    from .profile_model_table_mcu import ProfileModelTableMcu as ProfileModelTableMcu
    from .profile_model_table_mcu_memory import (
        ProfileModelTableMcuMemory as ProfileModelTableMcuMemory,
    )
    from .profile_model_table_mcu_memory_eon import (
        ProfileModelTableMcuMemoryEon as ProfileModelTableMcuMemoryEon,
    )
    from .profile_model_table_mcu_memory_eon_ram_optimized import (
        ProfileModelTableMcuMemoryEonRamOptimized as ProfileModelTableMcuMemoryEonRamOptimized,
    )
    from .profile_model_table_mcu_memory_tflite import (
        ProfileModelTableMcuMemoryTflite as ProfileModelTableMcuMemoryTflite,
    )
    from .profile_model_table_mpu import ProfileModelTableMpu as ProfileModelTableMpu
    from .profile_tf_lite_request import ProfileTfLiteRequest as ProfileTfLiteRequest
    from ._typeddicts import ProfileTfLiteRequestDict as ProfileTfLiteRequestDict
    from .project_sample_metadata import ProjectSampleMetadata as ProjectSampleMetadata
    from .project_version_request import ProjectVersionRequest as ProjectVersionRequest
    from ._typeddicts import ProjectVersionRequestDict as ProjectVersionRequestDict
    from .public_organization_transformation_block import (
        PublicOrganizationTransformationBlock as PublicOrganizationTransformationBlock,
    )
    from .rename_device_request import RenameDeviceRequest as RenameDeviceRequest
    from ._typeddicts import RenameDeviceRequestDict as RenameDeviceRequestDict
    from .rename_portal_file_request import (
        RenamePortalFileRequest as RenamePortalFileRequest,
    )
    from ._typeddicts import RenamePortalFileRequestDict as RenamePortalFileRequestDict
    from .sample_metadata import SampleMetadata as SampleMetadata
    from .segment_sample_request import SegmentSampleRequest as SegmentSampleRequest
    from ._typeddicts import SegmentSampleRequestDict as SegmentSampleRequestDict
    from .segment_sample_request_segments_item import (
        SegmentSampleRequestSegmentsItem as SegmentSampleRequestSegmentsItem,
    )
    from ._typeddicts import (
        SegmentSampleRequestSegmentsItemDict as SegmentSampleRequestSegmentsItemDict,
    )
    from .set_anomaly_parameter_request import (
        SetAnomalyParameterRequest as SetAnomalyParameterRequest,
    )
    from ._typeddicts import (
        SetAnomalyParameterRequestDict as SetAnomalyParameterRequestDict,
    )
    from .split_sample_in_frames_request import (
        SplitSampleInFramesRequest as SplitSampleInFramesRequest,
    )
    from ._typeddicts import (
        SplitSampleInFramesRequestDict as SplitSampleInFramesRequestDict,
    )
    from .start_device_debug_stream_response import (
        StartDeviceDebugStreamResponse as StartDeviceDebugStreamResponse,
    )
    from .start_device_snapshot_debug_stream_request import (
        StartDeviceSnapshotDebugStreamRequest as StartDeviceSnapshotDebugStreamRequest,
    )
    from ._typeddicts import (
        StartDeviceSnapshotDebugStreamRequestDict as StartDeviceSnapshotDebugStreamRequestDict,
    )
    from .start_job_response import StartJobResponse as StartJobResponse
    from .start_post_processing_request import (
        StartPostProcessingRequest as StartPostProcessingRequest,
    )
    from ._typeddicts import (
        StartPostProcessingRequestDict as StartPostProcessingRequestDict,
    )
    from .start_sampling_request import StartSamplingRequest as StartSamplingRequest
    from ._typeddicts import StartSamplingRequestDict as StartSamplingRequestDict
    from .start_sampling_response import StartSamplingResponse as StartSamplingResponse
    from .stop_device_debug_stream_request import (
        StopDeviceDebugStreamRequest as StopDeviceDebugStreamRequest,
    )
    from ._typeddicts import (
        StopDeviceDebugStreamRequestDict as StopDeviceDebugStreamRequestDict,
    )
    from .test_pretrained_model_response import (
        TestPretrainedModelResponse as TestPretrainedModelResponse,
    )
    from .test_pretrained_model_response_freeform_result import (
        TestPretrainedModelResponseFreeformResult as TestPretrainedModelResponseFreeformResult,
    )
    from .test_pretrained_model_response_freeform_result_output_94698027 import (
        TestPretrainedModelResponseFreeformResultOutputTensorsItem as TestPretrainedModelResponseFreeformResultOutputTensorsItem,
    )
    from .track_objects_request import TrackObjectsRequest as TrackObjectsRequest
    from ._typeddicts import TrackObjectsRequestDict as TrackObjectsRequestDict
    from .track_objects_response import TrackObjectsResponse as TrackObjectsResponse
    from .tuner_create_trial_impulse import (
        TunerCreateTrialImpulse as TunerCreateTrialImpulse,
    )
    from ._typeddicts import TunerCreateTrialImpulseDict as TunerCreateTrialImpulseDict
    from .tuner_run import TunerRun as TunerRun
    from .tuner_space_impulse import TunerSpaceImpulse as TunerSpaceImpulse
    from .update_ai_action_request import UpdateAiActionRequest as UpdateAiActionRequest
    from ._typeddicts import UpdateAiActionRequestDict as UpdateAiActionRequestDict
    from .update_ai_action_request_set_metadata_after_running_item import (
        UpdateAiActionRequestSetMetadataAfterRunningItem as UpdateAiActionRequestSetMetadataAfterRunningItem,
    )
    from ._typeddicts import (
        UpdateAiActionRequestSetMetadataAfterRunningItemDict as UpdateAiActionRequestSetMetadataAfterRunningItemDict,
    )
    from .update_impulse_request import UpdateImpulseRequest as UpdateImpulseRequest
    from ._typeddicts import UpdateImpulseRequestDict as UpdateImpulseRequestDict
    from .update_organization_data_item_request import (
        UpdateOrganizationDataItemRequest as UpdateOrganizationDataItemRequest,
    )
    from ._typeddicts import (
        UpdateOrganizationDataItemRequestDict as UpdateOrganizationDataItemRequestDict,
    )
    from .update_organization_dataset_request import (
        UpdateOrganizationDatasetRequest as UpdateOrganizationDatasetRequest,
    )
    from .update_organization_dataset_request_bucket import (
        UpdateOrganizationDatasetRequestBucket as UpdateOrganizationDatasetRequestBucket,
    )
    from ._typeddicts import (
        UpdateOrganizationDatasetRequestBucketDict as UpdateOrganizationDatasetRequestBucketDict,
    )
    from ._typeddicts import (
        UpdateOrganizationDatasetRequestDict as UpdateOrganizationDatasetRequestDict,
    )
    from .update_organization_deploy_block_request import (
        UpdateOrganizationDeployBlockRequest as UpdateOrganizationDeployBlockRequest,
    )
    from ._typeddicts import (
        UpdateOrganizationDeployBlockRequestDict as UpdateOrganizationDeployBlockRequestDict,
    )
    from .update_organization_dsp_block_request import (
        UpdateOrganizationDspBlockRequest as UpdateOrganizationDspBlockRequest,
    )
    from ._typeddicts import (
        UpdateOrganizationDspBlockRequestDict as UpdateOrganizationDspBlockRequestDict,
    )
    from .update_organization_portal_response import (
        UpdateOrganizationPortalResponse as UpdateOrganizationPortalResponse,
    )
    from .update_project_request import UpdateProjectRequest as UpdateProjectRequest
    from ._typeddicts import UpdateProjectRequestDict as UpdateProjectRequestDict
    from .upload_image_request import UploadImageRequest as UploadImageRequest
    from ._typeddicts import UploadImageRequestDict as UploadImageRequestDict
    from .upload_pretrained_model_request import (
        UploadPretrainedModelRequest as UploadPretrainedModelRequest,
    )
    from ._typeddicts import (
        UploadPretrainedModelRequestDict as UploadPretrainedModelRequestDict,
    )
    from .user_set_totp_mfa_key_request import (
        UserSetTotpMfaKeyRequest as UserSetTotpMfaKeyRequest,
    )
    from ._typeddicts import (
        UserSetTotpMfaKeyRequestDict as UserSetTotpMfaKeyRequestDict,
    )
    from .user_set_totp_mfa_key_response import (
        UserSetTotpMfaKeyResponse as UserSetTotpMfaKeyResponse,
    )
    from .user_subscription_metrics_response import (
        UserSubscriptionMetricsResponse as UserSubscriptionMetricsResponse,
    )
    from .user_subscription_metrics_response_metrics import (
        UserSubscriptionMetricsResponseMetrics as UserSubscriptionMetricsResponseMetrics,
    )
    from .verify_dsp_block_url_request import (
        VerifyDspBlockUrlRequest as VerifyDspBlockUrlRequest,
    )
    from ._typeddicts import (
        VerifyDspBlockUrlRequestDict as VerifyDspBlockUrlRequestDict,
    )
    from .verify_dsp_block_url_response import (
        VerifyDspBlockUrlResponse as VerifyDspBlockUrlResponse,
    )
    from .verify_dsp_block_url_response_block import (
        VerifyDspBlockUrlResponseBlock as VerifyDspBlockUrlResponseBlock,
    )
    from .whitelabel_admin_create_organization_request import (
        WhitelabelAdminCreateOrganizationRequest as WhitelabelAdminCreateOrganizationRequest,
    )
    from ._typeddicts import (
        WhitelabelAdminCreateOrganizationRequestDict as WhitelabelAdminCreateOrganizationRequestDict,
    )
    from .window_settings import WindowSettings as WindowSettings
    from .window_settings_response import (
        WindowSettingsResponse as WindowSettingsResponse,
    )

_MODULES: dict[str, str] = {
    "AddApiKeyRequest": "add_api_key_request",
    "AddApiKeyResponse": "add_api_key_response",
    "AddHmacKeyRequest": "add_hmac_key_request",
    "AddHmacKeyRequestDict": "_typeddicts",
    "AddOrganizationApiKeyRequest": "add_organization_api_key_request",
    "AddOrganizationDeployBlockRequest": "add_organization_deploy_block_request",
    "AddOrganizationDeployBlockRequestDict": "_typeddicts",
    "AdminAddOrganizationApiKeyRequest": "admin_add_organization_api_key_request",
    "AdminAddOrganizationApiKeyRequestDict": "_typeddicts",
    "AdminApiProject": "admin_api_project",
    "AdminCreateOrganizationDataExportRequest": "admin_create_organization_data_export_request",
    "AdminCreateOrganizationDataExportRequestDict": "_typeddicts",
    "AdminGetOrganizationsResponse": "admin_get_organizations_response",
    "AdminGetOrganizationsResponseOrganizationsItem": "admin_get_organizations_response_organizations_item",
    "AdminListProjects": "admin_list_projects",
    "AdminListProjectsResponse": "admin_list_projects_response",
    "AdminOrganizationInfoResponse": "admin_organization_info_response",
    "AdminUpdateOrganizationDataExportRequest": "admin_update_organization_data_export_request",
    "AdminUpdateOrganizationDataExportRequestDict": "_typeddicts",
    "AiActionsConfigStep": "ai_actions_config_step",
    "AiActionsConfigStepDict": "_typeddicts",
    "AnomalyConfig": "anomaly_config",
    "AnomalyConfigAxesItem": "anomaly_config_axes_item",
    "AnomalyConfigResponse": "anomaly_config_response",
    "AnomalyGmmMetadata": "anomaly_gmm_metadata",
    "AnomalyGmmMetadataResponse": "anomaly_gmm_metadata_response",
    "AnomalyLabelsConfig": "anomaly_labels_config",
    "AnomalyLabelsConfigDict": "_typeddicts",
    "AnomalyResult": "anomaly_result",
    "AnomalyTrainedFeaturesResponse": "anomaly_trained_features_response",
    "AnomalyTrainedFeaturesResponseDataItem": "anomaly_trained_features_response_data_item",
    "BatchAddMetadataRequest": "batch_add_metadata_request",
    "BatchAddMetadataRequestDict": "_typeddicts",
    "BlockThreshold": "block_threshold",
    "BlockThresholdDropdownOptionsItem": "block_threshold_dropdown_options_item",
    "BoundingBox": "bounding_box",
    "BoundingBoxWithScore": "bounding_box_with_score",
    "CloneImpulseRequest": "clone_impulse_request",
    "CloneImpulseRequestDict": "_typeddicts",
    "CreateDeveloperProfileResponse": "create_developer_profile_response",
    "CreateDeviceRequest": "create_device_request",
    "CreateDeviceRequestDict": "_typeddicts",
    "CreateNewEmptyImpulseRequest": "create_new_empty_impulse_request",
    "CreateNewEmptyImpulseRequestDict": "_typeddicts",
    "CreateNewEmptyImpulseResponse": "create_new_empty_impulse_response",
    "CreateOrganizationPortalRequest": "create_organization_portal_request",
    "CreateOrganizationPortalRequestDict": "_typeddicts",
    "CreateOrganizationResponse": "create_organization_response",
    "CreatedUpdatedByUser": "created_updated_by_user",
    "DailyMetricsRecord": "daily_metrics_record",
    "DeletePortalFileRequest": "delete_portal_file_request",
    "DeletePortalFileRequestDict": "_typeddicts",
    "DependencyData": "dependency_data",
    "DeployPretrainedModelInputAudio": "deploy_pretrained_model_input_audio",
    "DeployPretrainedModelInputImage": "deploy_pretrained_model_input_image",
    "DeployPretrainedModelInputOther": "deploy_pretrained_model_input_other",
    "DeployPretrainedModelInputTimeSeries": "deploy_pretrained_model_input_time_series",
    "DeployPretrainedModelModelAnomaly": "deploy_pretrained_model_model_anomaly",
    "DeployPretrainedModelModelClassification": "deploy_pretrained_model_model_classification",
    "DeployPretrainedModelModelFreeform": "deploy_pretrained_model_model_freeform",
    "DeployPretrainedModelModelObjectDetection": "deploy_pretrained_model_model_object_detection",
    "DeployPretrainedModelModelRegression": "deploy_pretrained_model_model_regression",
    "DeployPretrainedModelModelVisualAnomaly": "deploy_pretrained_model_model_visual_anomaly",
    "Device": "device",
    "DeviceInferenceInfo": "device_inference_info",
    "DeviceSensorsItem": "device_sensors_item",
    "DspGroupItem": "dsp_group_item",
    "DspGroupItemSelectOptionsItem": "dsp_group_item_select_options_item",
    "DspGroupItemShowIf": "dsp_group_item_show_if",
    "DspNamedAxis": "dsp_named_axis",
    "EnterpriseLimitsIncreaseRequest": "enterprise_limits_increase_request",
    "EnterpriseLimitsIncreaseRequestDict": "_typeddicts",
    "EnterpriseUpgradeOrTrialExtensionRequest": "enterprise_upgrade_or_trial_extension_request",
    "EnterpriseUpgradeOrTrialExtensionRequestDict": "_typeddicts",
    "EntitlementLimits": "entitlement_limits",
    "EntityCreatedResponse": "entity_created_response",
    "ExportBlockResponse": "export_block_response",
    "FindSegmentSampleRequest": "find_segment_sample_request",
    "FindSegmentSampleRequestDict": "_typeddicts",
    "FindSegmentSampleResponse": "find_segment_sample_response",
    "FindSegmentSampleResponseSegmentsItem": "find_segment_sample_response_segments_item",
    "GenerateFeaturesRequest": "generate_features_request",
    "GenerateFeaturesRequestDict": "_typeddicts",
    "GenericApiResponse": "generic_api_response",
    "GetDataExplorerFeaturesResponse": "get_data_explorer_features_response",
    "GetDataExplorerFeaturesResponseDataItem": "get_data_explorer_features_response_data_item",
    "GetDataExplorerFeaturesResponseDataItemSample": "get_data_explorer_features_response_data_item_sample",
    "GetDeploymentResponse": "get_deployment_response",
    "GetDeviceResponse": "get_device_response",
    "GetOrganizationBucketResponse": "get_organization_bucket_response",
    "GetOrganizationDataExportResponse": "get_organization_data_export_response",
    "GetOrganizationDspBlockResponse": "get_organization_dsp_block_response",
    "GetPretrainedModelResponse": "get_pretrained_model_response",
    "GetPretrainedModelResponseModel": "get_pretrained_model_response_model",
    "GetPretrainedModelResponseModelInfo": "get_pretrained_model_response_model_info",
    "GetPretrainedModelResponseModelProfileInfo": "get_pretrained_model_response_model_profile_info",
    "GetSampleMetadataResponse": "get_sample_metadata_response",
    "HasDataExplorerFeaturesResponse": "has_data_explorer_features_response",
    "ImpulseInputBlock": "impulse_input_block",
    "ImpulseInputBlockDatasetSubset": "impulse_input_block_dataset_subset",
    "ImpulseInputBlockLabelingMethodMultiLabel": "impulse_input_block_labeling_method_multi_label",
    "InviteOrganizationMemberRequest": "invite_organization_member_request",
    "InviteOrganizationMemberRequestDict": "_typeddicts",
    "KeepDeviceDebugStreamAliveRequest": "keep_device_debug_stream_alive_request",
    "KeepDeviceDebugStreamAliveRequestDict": "_typeddicts",
    "KerasCustomMetric": "keras_custom_metric",
    "ListEmailResponse": "list_email_response",
    "ListEmailResponseEmailsItem": "list_email_response_emails_item",
    "ListOrganizationBucketsResponse": "list_organization_buckets_response",
    "ListOrganizationDataResponse": "list_organization_data_response",
    "ListOrganizationDataResponseDataItem": "list_organization_data_response_data_item",
    "ListOrganizationSecretsResponse": "list_organization_secrets_response",
    "ListOrganizationSecretsResponseSecretsItem": "list_organization_secrets_response_secrets_item",
    "ListPublicOrganizationTransformationBlocksResponse": "list_public_organization_transformation_blocks_response",
    "ListTunerRunsResponse": "list_tuner_runs_response",
    "LogStdoutResponse": "log_stdout_response",
    "LogStdoutResponseStdoutItem": "log_stdout_response_stdout_item",
    "ObjectDetectionAutoLabelRequest": "object_detection_auto_label_request",
    "ObjectDetectionAutoLabelRequestDict": "_typeddicts",
    "ObjectDetectionAutoLabelResponse": "object_detection_auto_label_response",
    "ObjectDetectionAutoLabelResponseResultsItem": "object_detection_auto_label_response_results_item",
    "OptimizeDspParametersResponse": "optimize_dsp_parameters_response",
    "OrganizationBucket": "organization_bucket",
    "OrganizationComputeTimeUsage": "organization_compute_time_usage",
    "OrganizationDataExport": "organization_data_export",
    "OrganizationDspBlock": "organization_dsp_block",
    "PretrainedModelTensor": "pretrained_model_tensor",
    "ProfileModelInfo": "profile_model_info",
    "ProfileModelInfoMemory": "profile_model_info_memory",
    "ProfileModelInfoMemoryDetails": "profile_model_info_memory_details",
    "ProfileModelTable": "profile_model_table",
    "ProfileModelTableMcu": "profile_model_table_mcu",
    "ProfileModelTableMcuMemory": "profile_model_table_mcu_memory",
    "ProfileModelTableMcuMemoryEon": "profile_model_table_mcu_memory_eon",
    "ProfileModelTableMcuMemoryEonRamOptimized": "profile_model_table_mcu_memory_eon_ram_optimized",
    "ProfileModelTableMcuMemoryTflite": "profile_model_table_mcu_memory_tflite",
    "ProfileModelTableMpu": "profile_model_table_mpu",
    "ProfileTfLiteRequest": "profile_tf_lite_request",
    "ProfileTfLiteRequestDict": "_typeddicts",
    "ProjectSampleMetadata": "project_sample_metadata",
    "ProjectVersionRequest": "project_version_request",
    "ProjectVersionRequestDict": "_typeddicts",
    "PublicOrganizationTransformationBlock": "public_organization_transformation_block",
    "RenameDeviceRequest": "rename_device_request",
    "RenameDeviceRequestDict": "_typeddicts",
    "RenamePortalFileRequest": "rename_portal_file_request",
    "RenamePortalFileRequestDict": "_typeddicts",
    "SampleMetadata": "sample_metadata",
    "SegmentSampleRequest": "segment_sample_request",
    "SegmentSampleRequestDict": "_typeddicts",
    "SegmentSampleRequestSegmentsItem": "segment_sample_request_segments_item",
    "SegmentSampleRequestSegmentsItemDict": "_typeddicts",
    "SetAnomalyParameterRequest": "set_anomaly_parameter_request",
    "SetAnomalyParameterRequestDict": "_typeddicts",
    "SplitSampleInFramesRequest": "split_sample_in_frames_request",
    "SplitSampleInFramesRequestDict": "_typeddicts",
    "StartDeviceDebugStreamResponse": "start_device_debug_stream_response",
    "StartDeviceSnapshotDebugStreamRequest": "start_device_snapshot_debug_stream_request",
    "StartDeviceSnapshotDebugStreamRequestDict": "_typeddicts",
    "StartJobResponse": "start_job_response",
    "StartPostProcessingRequest": "start_post_processing_request",
    "StartPostProcessingRequestDict": "_typeddicts",
    "StartSamplingRequest": "start_sampling_request",
    "StartSamplingRequestDict": "_typeddicts",
    "StartSamplingResponse": "start_sampling_response",
    "StopDeviceDebugStreamRequest": "stop_device_debug_stream_request",
    "StopDeviceDebugStreamRequestDict": "_typeddicts",
    "TestPretrainedModelResponse": "test_pretrained_model_response",
    "TestPretrainedModelResponseFreeformResult": "test_pretrained_model_response_freeform_result",
    "TestPretrainedModelResponseFreeformResultOutputTensorsItem": "test_pretrained_model_response_freeform_result_output_94698027",
    "TrackObjectsRequest": "track_objects_request",
    "TrackObjectsRequestDict": "_typeddicts",
    "TrackObjectsResponse": "track_objects_response",
    "TunerCreateTrialImpulse": "tuner_create_trial_impulse",
    "TunerCreateTrialImpulseDict": "_typeddicts",
    "TunerRun": "tuner_run",
    "TunerSpaceImpulse": "tuner_space_impulse",
    "UpdateAiActionRequest": "update_ai_action_request",
    "UpdateAiActionRequestDict": "_typeddicts",
    "UpdateAiActionRequestSetMetadataAfterRunningItem": "update_ai_action_request_set_metadata_after_running_item",
    "UpdateAiActionRequestSetMetadataAfterRunningItemDict": "_typeddicts",
    "UpdateImpulseRequest": "update_impulse_request",
    "UpdateImpulseRequestDict": "_typeddicts",
    "UpdateOrganizationDataItemRequest": "update_organization_data_item_request",
    "UpdateOrganizationDataItemRequestDict": "_typeddicts",
    "UpdateOrganizationDatasetRequest": "update_organization_dataset_request",
    "UpdateOrganizationDatasetRequestBucket": "update_organization_dataset_request_bucket",
    "UpdateOrganizationDatasetRequestBucketDict": "_typeddicts",
    "UpdateOrganizationDatasetRequestDict": "_typeddicts",
    "UpdateOrganizationDeployBlockRequest": "update_organization_deploy_block_request",
    "UpdateOrganizationDeployBlockRequestDict": "_typeddicts",
    "UpdateOrganizationDspBlockRequest": "update_organization_dsp_block_request",
    "UpdateOrganizationDspBlockRequestDict": "_typeddicts",
    "UpdateOrganizationPortalResponse": "update_organization_portal_response",
    "UpdateProjectRequest": "update_project_request",
    "UpdateProjectRequestDict": "_typeddicts",
    "UploadImageRequest": "upload_image_request",
    "UploadImageRequestDict": "_typeddicts",
    "UploadPretrainedModelRequest": "upload_pretrained_model_request",
    "UploadPretrainedModelRequestDict": "_typeddicts",
    "UserSetTotpMfaKeyRequest": "user_set_totp_mfa_key_request",
    "UserSetTotpMfaKeyRequestDict": "_typeddicts",
    "UserSetTotpMfaKeyResponse": "user_set_totp_mfa_key_response",
    "UserSubscriptionMetricsResponse": "user_subscription_metrics_response",
    "UserSubscriptionMetricsResponseMetrics": "user_subscription_metrics_response_metrics",
    "VerifyDspBlockUrlRequest": "verify_dsp_block_url_request",
    "VerifyDspBlockUrlRequestDict": "_typeddicts",
    "VerifyDspBlockUrlResponse": "verify_dsp_block_url_response",
    "VerifyDspBlockUrlResponseBlock": "verify_dsp_block_url_response_block",
    "WhitelabelAdminCreateOrganizationRequest": "whitelabel_admin_create_organization_request",
    "WhitelabelAdminCreateOrganizationRequestDict": "_typeddicts",
    "WindowSettings": "window_settings",
    "WindowSettingsResponse": "window_settings_response",
}

__all__ = [
    "AddApiKeyRequest",
    "AddApiKeyResponse",
    "AddHmacKeyRequest",
    "AddHmacKeyRequestDict",
    "AddOrganizationApiKeyRequest",
    "AddOrganizationDeployBlockRequest",
    "AddOrganizationDeployBlockRequestDict",
    "AdminAddOrganizationApiKeyRequest",
    "AdminAddOrganizationApiKeyRequestDict",
    "AdminApiProject",
    "AdminCreateOrganizationDataExportRequest",
    "AdminCreateOrganizationDataExportRequestDict",
    "AdminGetOrganizationsResponse",
    "AdminGetOrganizationsResponseOrganizationsItem",
    "AdminListProjects",
    "AdminListProjectsResponse",
    "AdminOrganizationInfoResponse",
    "AdminUpdateOrganizationDataExportRequest",
    "AdminUpdateOrganizationDataExportRequestDict",
    "AiActionsConfigStep",
    "AiActionsConfigStepDict",
    "AnomalyConfig",
    "AnomalyConfigAxesItem",
    "AnomalyConfigResponse",
    "AnomalyGmmMetadata",
    "AnomalyGmmMetadataResponse",
    "AnomalyLabelsConfig",
    "AnomalyLabelsConfigDict",
    "AnomalyResult",
    "AnomalyTrainedFeaturesResponse",
    "AnomalyTrainedFeaturesResponseDataItem",
    "BatchAddMetadataRequest",
    "BatchAddMetadataRequestDict",
    "BlockThreshold",
    "BlockThresholdDropdownOptionsItem",
    "BoundingBox",
    "BoundingBoxWithScore",
    "CloneImpulseRequest",
    "CloneImpulseRequestDict",
    "CreateDeveloperProfileResponse",
    "CreateDeviceRequest",
    "CreateDeviceRequestDict",
    "CreateNewEmptyImpulseRequest",
    "CreateNewEmptyImpulseRequestDict",
    "CreateNewEmptyImpulseResponse",
    "CreateOrganizationPortalRequest",
    "CreateOrganizationPortalRequestDict",
    "CreateOrganizationResponse",
    "CreatedUpdatedByUser",
    "DailyMetricsRecord",
    "DeletePortalFileRequest",
    "DeletePortalFileRequestDict",
    "DependencyData",
    "DeployPretrainedModelInputAudio",
    "DeployPretrainedModelInputImage",
    "DeployPretrainedModelInputOther",
    "DeployPretrainedModelInputTimeSeries",
    "DeployPretrainedModelModelAnomaly",
    "DeployPretrainedModelModelClassification",
    "DeployPretrainedModelModelFreeform",
    "DeployPretrainedModelModelObjectDetection",
    "DeployPretrainedModelModelRegression",
    "DeployPretrainedModelModelVisualAnomaly",
    "Device",
    "DeviceInferenceInfo",
    "DeviceSensorsItem",
    "DspGroupItem",
    "DspGroupItemSelectOptionsItem",
    "DspGroupItemShowIf",
    "DspNamedAxis",
    "EnterpriseLimitsIncreaseRequest",
    "EnterpriseLimitsIncreaseRequestDict",
    "EnterpriseUpgradeOrTrialExtensionRequest",
    "EnterpriseUpgradeOrTrialExtensionRequestDict",
    "EntitlementLimits",
    "EntityCreatedResponse",
    "ExportBlockResponse",
    "FindSegmentSampleRequest",
    "FindSegmentSampleRequestDict",
    "FindSegmentSampleResponse",
    "FindSegmentSampleResponseSegmentsItem",
    "GenerateFeaturesRequest",
    "GenerateFeaturesRequestDict",
    "GenericApiResponse",
    "GetDataExplorerFeaturesResponse",
    "GetDataExplorerFeaturesResponseDataItem",
    "GetDataExplorerFeaturesResponseDataItemSample",
    "GetDeploymentResponse",
    "GetDeviceResponse",
    "GetOrganizationBucketResponse",
    "GetOrganizationDataExportResponse",
    "GetOrganizationDspBlockResponse",
    "GetPretrainedModelResponse",
    "GetPretrainedModelResponseModel",
    "GetPretrainedModelResponseModelInfo",
    "GetPretrainedModelResponseModelProfileInfo",
    "GetSampleMetadataResponse",
    "HasDataExplorerFeaturesResponse",
    "ImpulseInputBlock",
    "ImpulseInputBlockDatasetSubset",
    "ImpulseInputBlockLabelingMethodMultiLabel",
    "InviteOrganizationMemberRequest",
    "InviteOrganizationMemberRequestDict",
    "KeepDeviceDebugStreamAliveRequest",
    "KeepDeviceDebugStreamAliveRequestDict",
    "KerasCustomMetric",
    "ListEmailResponse",
    "ListEmailResponseEmailsItem",
    "ListOrganizationBucketsResponse",
    "ListOrganizationDataResponse",
    "ListOrganizationDataResponseDataItem",
    "ListOrganizationSecretsResponse",
    "ListOrganizationSecretsResponseSecretsItem",
    "ListPublicOrganizationTransformationBlocksResponse",
    "ListTunerRunsResponse",
    "LogStdoutResponse",
    "LogStdoutResponseStdoutItem",
    "ObjectDetectionAutoLabelRequest",
    "ObjectDetectionAutoLabelRequestDict",
    "ObjectDetectionAutoLabelResponse",
    "ObjectDetectionAutoLabelResponseResultsItem",
    "OptimizeDspParametersResponse",
    "OrganizationBucket",
    "OrganizationComputeTimeUsage",
    "OrganizationDataExport",
    "OrganizationDspBlock",
    "PretrainedModelTensor",
    "ProfileModelInfo",
    "ProfileModelInfoMemory",
    "ProfileModelInfoMemoryDetails",
    "ProfileModelTable",
    "ProfileModelTableMcu",
    "ProfileModelTableMcuMemory",
    "ProfileModelTableMcuMemoryEon",
    "ProfileModelTableMcuMemoryEonRamOptimized",
    "ProfileModelTableMcuMemoryTflite",
    "ProfileModelTableMpu",
    "ProfileTfLiteRequest",
    "ProfileTfLiteRequestDict",
    "ProjectSampleMetadata",
    "ProjectVersionRequest",
    "ProjectVersionRequestDict",
    "PublicOrganizationTransformationBlock",
    "RenameDeviceRequest",
    "RenameDeviceRequestDict",
    "RenamePortalFileRequest",
    "RenamePortalFileRequestDict",
    "SampleMetadata",
    "SegmentSampleRequest",
    "SegmentSampleRequestDict",
    "SegmentSampleRequestSegmentsItem",
    "SegmentSampleRequestSegmentsItemDict",
    "SetAnomalyParameterRequest",
    "SetAnomalyParameterRequestDict",
    "SplitSampleInFramesRequest",
    "SplitSampleInFramesRequestDict",
    "StartDeviceDebugStreamResponse",
    "StartDeviceSnapshotDebugStreamRequest",
    "StartDeviceSnapshotDebugStreamRequestDict",
    "StartJobResponse",
    "StartPostProcessingRequest",
    "StartPostProcessingRequestDict",
    "StartSamplingRequest",
    "StartSamplingRequestDict",
    "StartSamplingResponse",
    "StopDeviceDebugStreamRequest",
    "StopDeviceDebugStreamRequestDict",
    "TestPretrainedModelResponse",
    "TestPretrainedModelResponseFreeformResult",
    "TestPretrainedModelResponseFreeformResultOutputTensorsItem",
    "TrackObjectsRequest",
    "TrackObjectsRequestDict",
    "TrackObjectsResponse",
    "TunerCreateTrialImpulse",
    "TunerCreateTrialImpulseDict",
    "TunerRun",
    "TunerSpaceImpulse",
    "UpdateAiActionRequest",
    "UpdateAiActionRequestDict",
    "UpdateAiActionRequestSetMetadataAfterRunningItem",
    "UpdateAiActionRequestSetMetadataAfterRunningItemDict",
    "UpdateImpulseRequest",
    "UpdateImpulseRequestDict",
    "UpdateOrganizationDataItemRequest",
    "UpdateOrganizationDataItemRequestDict",
    "UpdateOrganizationDatasetRequest",
    "UpdateOrganizationDatasetRequestBucket",
    "UpdateOrganizationDatasetRequestBucketDict",
    "UpdateOrganizationDatasetRequestDict",
    "UpdateOrganizationDeployBlockRequest",
    "UpdateOrganizationDeployBlockRequestDict",
    "UpdateOrganizationDspBlockRequest",
    "UpdateOrganizationDspBlockRequestDict",
    "UpdateOrganizationPortalResponse",
    "UpdateProjectRequest",
    "UpdateProjectRequestDict",
    "UploadImageRequest",
    "UploadImageRequestDict",
    "UploadPretrainedModelRequest",
    "UploadPretrainedModelRequestDict",
    "UserSetTotpMfaKeyRequest",
    "UserSetTotpMfaKeyRequestDict",
    "UserSetTotpMfaKeyResponse",
    "UserSubscriptionMetricsResponse",
    "UserSubscriptionMetricsResponseMetrics",
    "VerifyDspBlockUrlRequest",
    "VerifyDspBlockUrlRequestDict",
    "VerifyDspBlockUrlResponse",
    "VerifyDspBlockUrlResponseBlock",
    "WhitelabelAdminCreateOrganizationRequest",
    "WhitelabelAdminCreateOrganizationRequestDict",
    "WindowSettings",
    "WindowSettingsResponse",
]


def __getattr__(name: str) -> _Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
