from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .anomaly_labels_config import AnomalyLabelsConfig


class UpdateProjectRequest(serde.Model):
    """Only fields set in this object will be updated.

    Attributes:
        ai_actions_grid_column_count (int, optional): Number of grid columns in AI
            Actions
        anomaly_labels_config (AnomalyLabelsConfig, optional): Labels to be treated as
            anomalous or non-anomalous. Defaults to "anomaly" / "no anomaly" if not
            specified. Useful when you want to override these default labels. Only
            relevant when there is an anomaly block in your impulse.
        compute_time_limit_m (int, optional): Job limit in minutes
        csv_import_config (dict[str, Any], optional): Config file specifying how to
            process CSV files. (set to null to clear the config)
        data_acquisition_grid_column_count (int, optional): Number of grid columns in
            non-detailed view on data acquisition
        data_acquisition_grid_column_count_detailed (int, optional): Number of grid
            columns in detailed view on data acquisition
        data_acquisition_page_size (int, optional): Default page size on data
            acquisition
        data_acquisition_view_type (Literal["list", "grid"], optional): Default view
            type on data acquisition
        default_profiling_variant (Literal["int8", "float32", "akida"], optional): Last
            shown variant on the model testing and live classification pages. Used to
            keep the same view after refreshing.
        description (str, optional)
        dsp_file_size_mb (int, optional): DSP file size in MB
        dsp_job_notification_uids (list[int], optional): The IDs of users who should be
            notified when a DSP job is finished.
        dsp_page_size (int, optional): Set to '0' to disable DSP paging
        enabled_model_profiling_variants (list[Literal["int8", "float32", "akida"]],
            optional): Set of model variants enabled by default on the model testing and
            live classification pages.
        enterprise_performance (bool, optional)
        experiments (list[str], optional)
        export_job_notification_uids (list[int], optional): The IDs of users who should
            be notified when an export job is finished.
        getting_started_classes (list[str], optional): Classes or labels used in the
            getting started wizard
        getting_started_step (int, optional): The next step in the getting started
            wizard, or set to -1 to clear the getting started wizard
        getting_started_tutorial (Literal["kws", "cv"], optional): The type of
            in-product guided tutorial for the getting started wizard
        impulse_list_additional_metrics_shown_columns (list[str], optional): Which
            additional metrics should be shown in the impulse list. See
            'GetAllDetailedImpulsesResponse' for a list of all metrics.
        impulse_list_core_metrics_hidden_columns (list[str], optional): Which core
            metrics should be hidden in the impulse list. See
            'GetAllDetailedImpulsesResponse' for a list of all metrics.
        impulse_list_extra_columns (list[str], optional): Which extra columns should be
            shown in the impulse list.
        in_pretrained_model_flow (bool, optional): DEPRECATED. To enable the pretrained
            model flow, set the impulse type property to "BYOM" instead.
        ind_pause_processing_samples (bool, optional): Used in tests, to ensure samples
            that need to be processed async are not picked up until the flag is set to
            FALSE again.
        inline_edit_bounding_boxes (bool, optional): If enabled, allows editing bounding
            box labels directly from the acquisition UI.
        labeling_method (Literal["single_label", "object_detection", "label_map"],
            optional): What labeling flow to use
        last_acquisition_label (str, optional)
        last_deploy_eon_compiler (bool, optional): Call this when clicking the Eon
            compiler setting
        last_deploy_model_engine (Literal["tflite-eon", "tflite-eon-ram-optimized",
            "tflite"], optional): Model engine for last deploy
        last_deployment_target (str, optional): Which deployment target was last
            selected (used to populate this deployment target again the next time you
            visit the deployment page). Should match the _format_ property of the
            response from listDeploymentTargetsForProject.
        last_shown_model_engine (Literal["tflite-eon", "tflite-eon-ram-optimized",
            "tflite"], optional): Last shown model engine on the Keras/DSP/BYOM/Anomaly
            screens. Used to keep the same view after refreshing.
        latency_device (str, optional): MCU used for calculating latency
        logo (str, optional): New logo URL, or set to `null` to remove the logo.
        metadata (dict[str, Any], optional): New metadata about the project
        model_testing_job_notification_uids (list[int], optional): The IDs of users who
            should be notified when a model testing job is finished.
        name (str, optional): New project name.
        project_visibility (Literal["public", "private"], optional): The visibility of
            the project, either public or private. Public projects can be viewed by
            anyone on the internet and edited by collaborators. Private projects can
            only be viewed and edited by collaborators.
        public_project_listed (bool, optional): If the project allows public access,
            whether to list it the public projects overview response. If not listed, the
            project is still accessible via direct link. If the project does not allow
            public access, this field has no effect.
        readme (str, optional): Readme for the project (in Markdown)
        selected_project_type_in_wizard (Literal["accelerometer", "audio",
            "image_classification", "object_detection", "something_else"], optional):
            Which option was selected in the project type wizard
        show_create_first_impulse (bool, optional): Whether to show the 'Create your
            first impulse' section on the dashboard
        show_exact_sample_length (bool, optional): If enabled, does not round sample
            length to hours/minutes/seconds, but always displays sample length in
            milliseconds. E.g. instead of 1m 32s, this'll say 92,142ms.
        show_sensor_data_in_acquisition_graph (bool, optional): Whether to show the
            actual sensor data in acquisition charts (only applies when you have
            structured labels)
        train_job_notification_uids (list[int], optional): The IDs of users who should
            be notified when a Keras or retrain job is finished.
        train_job_ram_mb (int, optional): Amount of RAM allocated to training jobs
        use_gpu (bool, optional): Whether to use GPU for training
        versioning_storage_size_mib (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "ai_actions_grid_column_count",
        "anomaly_labels_config",
        "compute_time_limit_m",
        "csv_import_config",
        "data_acquisition_grid_column_count",
        "data_acquisition_grid_column_count_detailed",
        "data_acquisition_page_size",
        "data_acquisition_view_type",
        "default_profiling_variant",
        "description",
        "dsp_file_size_mb",
        "dsp_job_notification_uids",
        "dsp_page_size",
        "enabled_model_profiling_variants",
        "enterprise_performance",
        "experiments",
        "export_job_notification_uids",
        "getting_started_classes",
        "getting_started_step",
        "getting_started_tutorial",
        "impulse_list_additional_metrics_shown_columns",
        "impulse_list_core_metrics_hidden_columns",
        "impulse_list_extra_columns",
        "in_pretrained_model_flow",
        "ind_pause_processing_samples",
        "inline_edit_bounding_boxes",
        "labeling_method",
        "last_acquisition_label",
        "last_deploy_eon_compiler",
        "last_deploy_model_engine",
        "last_deployment_target",
        "last_shown_model_engine",
        "latency_device",
        "logo",
        "metadata",
        "model_testing_job_notification_uids",
        "name",
        "project_visibility",
        "public_project_listed",
        "readme",
        "selected_project_type_in_wizard",
        "show_create_first_impulse",
        "show_exact_sample_length",
        "show_sensor_data_in_acquisition_graph",
        "train_job_notification_uids",
        "train_job_ram_mb",
        "use_gpu",
        "versioning_storage_size_mib",
        "additional_properties",
    )

    ai_actions_grid_column_count: int | Unset
    anomaly_labels_config: AnomalyLabelsConfig | Unset
    compute_time_limit_m: int | Unset
    csv_import_config: dict[str, Any] | Unset
    data_acquisition_grid_column_count: int | Unset
    data_acquisition_grid_column_count_detailed: int | Unset
    data_acquisition_page_size: int | Unset
    data_acquisition_view_type: Literal["list", "grid"] | Unset
    default_profiling_variant: Literal["int8", "float32", "akida"] | Unset
    description: str | Unset
    dsp_file_size_mb: int | Unset
    dsp_job_notification_uids: list[int] | Unset
    dsp_page_size: int | Unset
    enabled_model_profiling_variants: list[Literal["int8", "float32", "akida"]] | Unset
    enterprise_performance: bool | Unset
    experiments: list[str] | Unset
    export_job_notification_uids: list[int] | Unset
    getting_started_classes: list[str] | Unset
    getting_started_step: int | Unset
    getting_started_tutorial: Literal["kws", "cv"] | Unset
    impulse_list_additional_metrics_shown_columns: list[str] | Unset
    impulse_list_core_metrics_hidden_columns: list[str] | Unset
    impulse_list_extra_columns: list[str] | Unset
    in_pretrained_model_flow: bool | Unset
    ind_pause_processing_samples: bool | Unset
    inline_edit_bounding_boxes: bool | Unset
    labeling_method: Literal["single_label", "object_detection", "label_map"] | Unset
    last_acquisition_label: str | Unset
    last_deploy_eon_compiler: bool | Unset
    last_deploy_model_engine: (
        Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"] | Unset
    )
    last_deployment_target: str | Unset
    last_shown_model_engine: (
        Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"] | Unset
    )
    latency_device: str | Unset
    logo: str | Unset
    metadata: dict[str, Any] | Unset
    model_testing_job_notification_uids: list[int] | Unset
    name: str | Unset
    project_visibility: Literal["public", "private"] | Unset
    public_project_listed: bool | Unset
    readme: str | Unset
    selected_project_type_in_wizard: (
        Literal[
            "accelerometer",
            "audio",
            "image_classification",
            "object_detection",
            "something_else",
        ]
        | Unset
    )
    show_create_first_impulse: bool | Unset
    show_exact_sample_length: bool | Unset
    show_sensor_data_in_acquisition_graph: bool | Unset
    train_job_notification_uids: list[int] | Unset
    train_job_ram_mb: int | Unset
    use_gpu: bool | Unset
    versioning_storage_size_mib: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "aiActionsGridColumnCount",
            "anomalyLabelsConfig",
            "computeTimeLimitM",
            "csvImportConfig",
            "dataAcquisitionGridColumnCount",
            "dataAcquisitionGridColumnCountDetailed",
            "dataAcquisitionPageSize",
            "dataAcquisitionViewType",
            "defaultProfilingVariant",
            "description",
            "dspFileSizeMb",
            "dspJobNotificationUids",
            "dspPageSize",
            "enabledModelProfilingVariants",
            "enterprisePerformance",
            "experiments",
            "exportJobNotificationUids",
            "gettingStartedClasses",
            "gettingStartedStep",
            "gettingStartedTutorial",
            "impulseListAdditionalMetricsShownColumns",
            "impulseListCoreMetricsHiddenColumns",
            "impulseListExtraColumns",
            "inPretrainedModelFlow",
            "indPauseProcessingSamples",
            "inlineEditBoundingBoxes",
            "labelingMethod",
            "lastAcquisitionLabel",
            "lastDeployEonCompiler",
            "lastDeployModelEngine",
            "lastDeploymentTarget",
            "lastShownModelEngine",
            "latencyDevice",
            "logo",
            "metadata",
            "modelTestingJobNotificationUids",
            "name",
            "projectVisibility",
            "publicProjectListed",
            "readme",
            "selectedProjectTypeInWizard",
            "showCreateFirstImpulse",
            "showExactSampleLength",
            "showSensorDataInAcquisitionGraph",
            "trainJobNotificationUids",
            "trainJobRamMb",
            "useGpu",
            "versioningStorageSizeMib",
        }
    )

    def __init__(
        self,
        *,
        ai_actions_grid_column_count: int | Unset = UNSET,
        anomaly_labels_config: AnomalyLabelsConfig | Unset = UNSET,
        compute_time_limit_m: int | Unset = UNSET,
        csv_import_config: dict[str, Any] | Unset = UNSET,
        data_acquisition_grid_column_count: int | Unset = UNSET,
        data_acquisition_grid_column_count_detailed: int | Unset = UNSET,
        data_acquisition_page_size: int | Unset = UNSET,
        data_acquisition_view_type: Literal["list", "grid"] | Unset = UNSET,
        default_profiling_variant: Literal["int8", "float32", "akida"] | Unset = UNSET,
        description: str | Unset = UNSET,
        dsp_file_size_mb: int | Unset = UNSET,
        dsp_job_notification_uids: list[int] | Unset = UNSET,
        dsp_page_size: int | Unset = UNSET,
        enabled_model_profiling_variants: (
            list[Literal["int8", "float32", "akida"]] | Unset
        ) = UNSET,
        enterprise_performance: bool | Unset = UNSET,
        experiments: list[str] | Unset = UNSET,
        export_job_notification_uids: list[int] | Unset = UNSET,
        getting_started_classes: list[str] | Unset = UNSET,
        getting_started_step: int | Unset = UNSET,
        getting_started_tutorial: Literal["kws", "cv"] | Unset = UNSET,
        impulse_list_additional_metrics_shown_columns: list[str] | Unset = UNSET,
        impulse_list_core_metrics_hidden_columns: list[str] | Unset = UNSET,
        impulse_list_extra_columns: list[str] | Unset = UNSET,
        in_pretrained_model_flow: bool | Unset = UNSET,
        ind_pause_processing_samples: bool | Unset = UNSET,
        inline_edit_bounding_boxes: bool | Unset = UNSET,
        labeling_method: (
            Literal["single_label", "object_detection", "label_map"] | Unset
        ) = UNSET,
        last_acquisition_label: str | Unset = UNSET,
        last_deploy_eon_compiler: bool | Unset = UNSET,
        last_deploy_model_engine: (
            Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"] | Unset
        ) = UNSET,
        last_deployment_target: str | Unset = UNSET,
        last_shown_model_engine: (
            Literal["tflite-eon", "tflite-eon-ram-optimized", "tflite"] | Unset
        ) = UNSET,
        latency_device: str | Unset = UNSET,
        logo: str | Unset = UNSET,
        metadata: dict[str, Any] | Unset = UNSET,
        model_testing_job_notification_uids: list[int] | Unset = UNSET,
        name: str | Unset = UNSET,
        project_visibility: Literal["public", "private"] | Unset = UNSET,
        public_project_listed: bool | Unset = UNSET,
        readme: str | Unset = UNSET,
        selected_project_type_in_wizard: (
            Literal[
                "accelerometer",
                "audio",
                "image_classification",
                "object_detection",
                "something_else",
            ]
            | Unset
        ) = UNSET,
        show_create_first_impulse: bool | Unset = UNSET,
        show_exact_sample_length: bool | Unset = UNSET,
        show_sensor_data_in_acquisition_graph: bool | Unset = UNSET,
        train_job_notification_uids: list[int] | Unset = UNSET,
        train_job_ram_mb: int | Unset = UNSET,
        use_gpu: bool | Unset = UNSET,
        versioning_storage_size_mib: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.ai_actions_grid_column_count = ai_actions_grid_column_count
        self.anomaly_labels_config = anomaly_labels_config
        self.compute_time_limit_m = compute_time_limit_m
        self.csv_import_config = csv_import_config
        self.data_acquisition_grid_column_count = data_acquisition_grid_column_count
        self.data_acquisition_grid_column_count_detailed = (
            data_acquisition_grid_column_count_detailed
        )
        self.data_acquisition_page_size = data_acquisition_page_size
        self.data_acquisition_view_type = data_acquisition_view_type
        self.default_profiling_variant = default_profiling_variant
        self.description = description
        self.dsp_file_size_mb = dsp_file_size_mb
        self.dsp_job_notification_uids = dsp_job_notification_uids
        self.dsp_page_size = dsp_page_size
        self.enabled_model_profiling_variants = enabled_model_profiling_variants
        self.enterprise_performance = enterprise_performance
        self.experiments = experiments
        self.export_job_notification_uids = export_job_notification_uids
        self.getting_started_classes = getting_started_classes
        self.getting_started_step = getting_started_step
        self.getting_started_tutorial = getting_started_tutorial
        self.impulse_list_additional_metrics_shown_columns = (
            impulse_list_additional_metrics_shown_columns
        )
        self.impulse_list_core_metrics_hidden_columns = (
            impulse_list_core_metrics_hidden_columns
        )
        self.impulse_list_extra_columns = impulse_list_extra_columns
        self.in_pretrained_model_flow = in_pretrained_model_flow
        self.ind_pause_processing_samples = ind_pause_processing_samples
        self.inline_edit_bounding_boxes = inline_edit_bounding_boxes
        self.labeling_method = labeling_method
        self.last_acquisition_label = last_acquisition_label
        self.last_deploy_eon_compiler = last_deploy_eon_compiler
        self.last_deploy_model_engine = last_deploy_model_engine
        self.last_deployment_target = last_deployment_target
        self.last_shown_model_engine = last_shown_model_engine
        self.latency_device = latency_device
        self.logo = logo
        self.metadata = metadata
        self.model_testing_job_notification_uids = model_testing_job_notification_uids
        self.name = name
        self.project_visibility = project_visibility
        self.public_project_listed = public_project_listed
        self.readme = readme
        self.selected_project_type_in_wizard = selected_project_type_in_wizard
        self.show_create_first_impulse = show_create_first_impulse
        self.show_exact_sample_length = show_exact_sample_length
        self.show_sensor_data_in_acquisition_graph = (
            show_sensor_data_in_acquisition_graph
        )
        self.train_job_notification_uids = train_job_notification_uids
        self.train_job_ram_mb = train_job_ram_mb
        self.use_gpu = use_gpu
        self.versioning_storage_size_mib = versioning_storage_size_mib
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateProjectRequest"
    ) -> UpdateProjectRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "aiActionsGridColumnCount" in data:
            found += 1
            ai_actions_grid_column_count = data["aiActionsGridColumnCount"]
            if type(ai_actions_grid_column_count) is not int:
                ai_actions_grid_column_count = serde.int_(
                    ai_actions_grid_column_count, where, "aiActionsGridColumnCount"
                )
        else:
            ai_actions_grid_column_count = UNSET
        if "anomalyLabelsConfig" in data:
            found += 1
            anomaly_labels_config = data["anomalyLabelsConfig"]
            anomaly_labels_config = AnomalyLabelsConfig.from_dict(
                anomaly_labels_config, where + ".anomalyLabelsConfig"
            )
        else:
            anomaly_labels_config = UNSET
        if "computeTimeLimitM" in data:
            found += 1
            compute_time_limit_m = data["computeTimeLimitM"]
            if type(compute_time_limit_m) is not int:
                compute_time_limit_m = serde.int_(
                    compute_time_limit_m, where, "computeTimeLimitM"
                )
        else:
            compute_time_limit_m = UNSET
        if "csvImportConfig" in data:
            found += 1
            csv_import_config = data["csvImportConfig"]
            if type(csv_import_config) is not dict:
                csv_import_config = serde.dict_(
                    csv_import_config, where, "csvImportConfig"
                )
        else:
            csv_import_config = UNSET
        if "dataAcquisitionGridColumnCount" in data:
            found += 1
            data_acquisition_grid_column_count = data["dataAcquisitionGridColumnCount"]
            if type(data_acquisition_grid_column_count) is not int:
                data_acquisition_grid_column_count = serde.int_(
                    data_acquisition_grid_column_count,
                    where,
                    "dataAcquisitionGridColumnCount",
                )
        else:
            data_acquisition_grid_column_count = UNSET
        if "dataAcquisitionGridColumnCountDetailed" in data:
            found += 1
            data_acquisition_grid_column_count_detailed = data[
                "dataAcquisitionGridColumnCountDetailed"
            ]
            if type(data_acquisition_grid_column_count_detailed) is not int:
                data_acquisition_grid_column_count_detailed = serde.int_(
                    data_acquisition_grid_column_count_detailed,
                    where,
                    "dataAcquisitionGridColumnCountDetailed",
                )
        else:
            data_acquisition_grid_column_count_detailed = UNSET
        if "dataAcquisitionPageSize" in data:
            found += 1
            data_acquisition_page_size = data["dataAcquisitionPageSize"]
            if type(data_acquisition_page_size) is not int:
                data_acquisition_page_size = serde.int_(
                    data_acquisition_page_size, where, "dataAcquisitionPageSize"
                )
        else:
            data_acquisition_page_size = UNSET
        if "dataAcquisitionViewType" in data:
            found += 1
            data_acquisition_view_type = data["dataAcquisitionViewType"]
            if type(data_acquisition_view_type) is not str:
                data_acquisition_view_type = serde.str_enum(
                    data_acquisition_view_type, where, "dataAcquisitionViewType"
                )
        else:
            data_acquisition_view_type = UNSET
        if "defaultProfilingVariant" in data:
            found += 1
            default_profiling_variant = data["defaultProfilingVariant"]
            if type(default_profiling_variant) is not str:
                default_profiling_variant = serde.str_enum(
                    default_profiling_variant, where, "defaultProfilingVariant"
                )
        else:
            default_profiling_variant = UNSET
        if "description" in data:
            found += 1
            description = data["description"]
            if type(description) is not str:
                description = serde.str_(description, where, "description")
        else:
            description = UNSET
        if "dspFileSizeMb" in data:
            found += 1
            dsp_file_size_mb = data["dspFileSizeMb"]
            if type(dsp_file_size_mb) is not int:
                dsp_file_size_mb = serde.int_(dsp_file_size_mb, where, "dspFileSizeMb")
        else:
            dsp_file_size_mb = UNSET
        if "dspJobNotificationUids" in data:
            found += 1
            dsp_job_notification_uids = data["dspJobNotificationUids"]
            dsp_job_notification_uids = serde.int_list(
                dsp_job_notification_uids, where, "dspJobNotificationUids"
            )
        else:
            dsp_job_notification_uids = UNSET
        if "dspPageSize" in data:
            found += 1
            dsp_page_size = data["dspPageSize"]
            if type(dsp_page_size) is not int:
                dsp_page_size = serde.int_(dsp_page_size, where, "dspPageSize")
        else:
            dsp_page_size = UNSET
        if "enabledModelProfilingVariants" in data:
            found += 1
            enabled_model_profiling_variants = data["enabledModelProfilingVariants"]
            enabled_model_profiling_variants = serde.str_enum_list(
                enabled_model_profiling_variants, where, "enabledModelProfilingVariants"
            )
        else:
            enabled_model_profiling_variants = UNSET
        if "enterprisePerformance" in data:
            found += 1
            enterprise_performance = data["enterprisePerformance"]
            if type(enterprise_performance) is not bool:
                enterprise_performance = serde.bool_(
                    enterprise_performance, where, "enterprisePerformance"
                )
        else:
            enterprise_performance = UNSET
        if "experiments" in data:
            found += 1
            experiments = data["experiments"]
            experiments = serde.str_list(experiments, where, "experiments")
        else:
            experiments = UNSET
        if "exportJobNotificationUids" in data:
            found += 1
            export_job_notification_uids = data["exportJobNotificationUids"]
            export_job_notification_uids = serde.int_list(
                export_job_notification_uids, where, "exportJobNotificationUids"
            )
        else:
            export_job_notification_uids = UNSET
        if "gettingStartedClasses" in data:
            found += 1
            getting_started_classes = data["gettingStartedClasses"]
            getting_started_classes = serde.str_list(
                getting_started_classes, where, "gettingStartedClasses"
            )
        else:
            getting_started_classes = UNSET
        if "gettingStartedStep" in data:
            found += 1
            getting_started_step = data["gettingStartedStep"]
            if type(getting_started_step) is not int:
                getting_started_step = serde.int_(
                    getting_started_step, where, "gettingStartedStep"
                )
        else:
            getting_started_step = UNSET
        if "gettingStartedTutorial" in data:
            found += 1
            getting_started_tutorial = data["gettingStartedTutorial"]
            if type(getting_started_tutorial) is not str:
                getting_started_tutorial = serde.str_enum(
                    getting_started_tutorial, where, "gettingStartedTutorial"
                )
        else:
            getting_started_tutorial = UNSET
        if "impulseListAdditionalMetricsShownColumns" in data:
            found += 1
            impulse_list_additional_metrics_shown_columns = data[
                "impulseListAdditionalMetricsShownColumns"
            ]
            impulse_list_additional_metrics_shown_columns = serde.str_list(
                impulse_list_additional_metrics_shown_columns,
                where,
                "impulseListAdditionalMetricsShownColumns",
            )
        else:
            impulse_list_additional_metrics_shown_columns = UNSET
        if "impulseListCoreMetricsHiddenColumns" in data:
            found += 1
            impulse_list_core_metrics_hidden_columns = data[
                "impulseListCoreMetricsHiddenColumns"
            ]
            impulse_list_core_metrics_hidden_columns = serde.str_list(
                impulse_list_core_metrics_hidden_columns,
                where,
                "impulseListCoreMetricsHiddenColumns",
            )
        else:
            impulse_list_core_metrics_hidden_columns = UNSET
        if "impulseListExtraColumns" in data:
            found += 1
            impulse_list_extra_columns = data["impulseListExtraColumns"]
            impulse_list_extra_columns = serde.str_list(
                impulse_list_extra_columns, where, "impulseListExtraColumns"
            )
        else:
            impulse_list_extra_columns = UNSET
        if "inPretrainedModelFlow" in data:
            found += 1
            in_pretrained_model_flow = data["inPretrainedModelFlow"]
            if type(in_pretrained_model_flow) is not bool:
                in_pretrained_model_flow = serde.bool_(
                    in_pretrained_model_flow, where, "inPretrainedModelFlow"
                )
        else:
            in_pretrained_model_flow = UNSET
        if "indPauseProcessingSamples" in data:
            found += 1
            ind_pause_processing_samples = data["indPauseProcessingSamples"]
            if type(ind_pause_processing_samples) is not bool:
                ind_pause_processing_samples = serde.bool_(
                    ind_pause_processing_samples, where, "indPauseProcessingSamples"
                )
        else:
            ind_pause_processing_samples = UNSET
        if "inlineEditBoundingBoxes" in data:
            found += 1
            inline_edit_bounding_boxes = data["inlineEditBoundingBoxes"]
            if type(inline_edit_bounding_boxes) is not bool:
                inline_edit_bounding_boxes = serde.bool_(
                    inline_edit_bounding_boxes, where, "inlineEditBoundingBoxes"
                )
        else:
            inline_edit_bounding_boxes = UNSET
        if "labelingMethod" in data:
            found += 1
            labeling_method = data["labelingMethod"]
            if type(labeling_method) is not str:
                labeling_method = serde.str_enum(
                    labeling_method, where, "labelingMethod"
                )
        else:
            labeling_method = UNSET
        if "lastAcquisitionLabel" in data:
            found += 1
            last_acquisition_label = data["lastAcquisitionLabel"]
            if type(last_acquisition_label) is not str:
                last_acquisition_label = serde.str_(
                    last_acquisition_label, where, "lastAcquisitionLabel"
                )
        else:
            last_acquisition_label = UNSET
        if "lastDeployEonCompiler" in data:
            found += 1
            last_deploy_eon_compiler = data["lastDeployEonCompiler"]
            if type(last_deploy_eon_compiler) is not bool:
                last_deploy_eon_compiler = serde.bool_(
                    last_deploy_eon_compiler, where, "lastDeployEonCompiler"
                )
        else:
            last_deploy_eon_compiler = UNSET
        if "lastDeployModelEngine" in data:
            found += 1
            last_deploy_model_engine = data["lastDeployModelEngine"]
            if type(last_deploy_model_engine) is not str:
                last_deploy_model_engine = serde.str_enum(
                    last_deploy_model_engine, where, "lastDeployModelEngine"
                )
        else:
            last_deploy_model_engine = UNSET
        if "lastDeploymentTarget" in data:
            found += 1
            last_deployment_target = data["lastDeploymentTarget"]
            if type(last_deployment_target) is not str:
                last_deployment_target = serde.str_(
                    last_deployment_target, where, "lastDeploymentTarget"
                )
        else:
            last_deployment_target = UNSET
        if "lastShownModelEngine" in data:
            found += 1
            last_shown_model_engine = data["lastShownModelEngine"]
            if type(last_shown_model_engine) is not str:
                last_shown_model_engine = serde.str_enum(
                    last_shown_model_engine, where, "lastShownModelEngine"
                )
        else:
            last_shown_model_engine = UNSET
        if "latencyDevice" in data:
            found += 1
            latency_device = data["latencyDevice"]
            if type(latency_device) is not str:
                latency_device = serde.str_(latency_device, where, "latencyDevice")
        else:
            latency_device = UNSET
        if "logo" in data:
            found += 1
            logo = data["logo"]
            if type(logo) is not str:
                logo = serde.str_(logo, where, "logo")
        else:
            logo = UNSET
        if "metadata" in data:
            found += 1
            metadata = data["metadata"]
            if type(metadata) is not dict:
                metadata = serde.dict_(metadata, where, "metadata")
        else:
            metadata = UNSET
        if "modelTestingJobNotificationUids" in data:
            found += 1
            model_testing_job_notification_uids = data[
                "modelTestingJobNotificationUids"
            ]
            model_testing_job_notification_uids = serde.int_list(
                model_testing_job_notification_uids,
                where,
                "modelTestingJobNotificationUids",
            )
        else:
            model_testing_job_notification_uids = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "projectVisibility" in data:
            found += 1
            project_visibility = data["projectVisibility"]
            if type(project_visibility) is not str:
                project_visibility = serde.str_enum(
                    project_visibility, where, "projectVisibility"
                )
        else:
            project_visibility = UNSET
        if "publicProjectListed" in data:
            found += 1
            public_project_listed = data["publicProjectListed"]
            if type(public_project_listed) is not bool:
                public_project_listed = serde.bool_(
                    public_project_listed, where, "publicProjectListed"
                )
        else:
            public_project_listed = UNSET
        if "readme" in data:
            found += 1
            readme = data["readme"]
            if type(readme) is not str:
                readme = serde.str_(readme, where, "readme")
        else:
            readme = UNSET
        if "selectedProjectTypeInWizard" in data:
            found += 1
            selected_project_type_in_wizard = data["selectedProjectTypeInWizard"]
            if type(selected_project_type_in_wizard) is not str:
                selected_project_type_in_wizard = serde.str_enum(
                    selected_project_type_in_wizard,
                    where,
                    "selectedProjectTypeInWizard",
                )
        else:
            selected_project_type_in_wizard = UNSET
        if "showCreateFirstImpulse" in data:
            found += 1
            show_create_first_impulse = data["showCreateFirstImpulse"]
            if type(show_create_first_impulse) is not bool:
                show_create_first_impulse = serde.bool_(
                    show_create_first_impulse, where, "showCreateFirstImpulse"
                )
        else:
            show_create_first_impulse = UNSET
        if "showExactSampleLength" in data:
            found += 1
            show_exact_sample_length = data["showExactSampleLength"]
            if type(show_exact_sample_length) is not bool:
                show_exact_sample_length = serde.bool_(
                    show_exact_sample_length, where, "showExactSampleLength"
                )
        else:
            show_exact_sample_length = UNSET
        if "showSensorDataInAcquisitionGraph" in data:
            found += 1
            show_sensor_data_in_acquisition_graph = data[
                "showSensorDataInAcquisitionGraph"
            ]
            if type(show_sensor_data_in_acquisition_graph) is not bool:
                show_sensor_data_in_acquisition_graph = serde.bool_(
                    show_sensor_data_in_acquisition_graph,
                    where,
                    "showSensorDataInAcquisitionGraph",
                )
        else:
            show_sensor_data_in_acquisition_graph = UNSET
        if "trainJobNotificationUids" in data:
            found += 1
            train_job_notification_uids = data["trainJobNotificationUids"]
            train_job_notification_uids = serde.int_list(
                train_job_notification_uids, where, "trainJobNotificationUids"
            )
        else:
            train_job_notification_uids = UNSET
        if "trainJobRamMb" in data:
            found += 1
            train_job_ram_mb = data["trainJobRamMb"]
            if type(train_job_ram_mb) is not int:
                train_job_ram_mb = serde.int_(train_job_ram_mb, where, "trainJobRamMb")
        else:
            train_job_ram_mb = UNSET
        if "useGpu" in data:
            found += 1
            use_gpu = data["useGpu"]
            if type(use_gpu) is not bool:
                use_gpu = serde.bool_(use_gpu, where, "useGpu")
        else:
            use_gpu = UNSET
        if "versioningStorageSizeMib" in data:
            found += 1
            versioning_storage_size_mib = data["versioningStorageSizeMib"]
            if type(versioning_storage_size_mib) is not int:
                versioning_storage_size_mib = serde.int_(
                    versioning_storage_size_mib, where, "versioningStorageSizeMib"
                )
        else:
            versioning_storage_size_mib = UNSET
        obj = serde.new_object(cls)
        obj.ai_actions_grid_column_count = ai_actions_grid_column_count
        obj.anomaly_labels_config = anomaly_labels_config
        obj.compute_time_limit_m = compute_time_limit_m
        obj.csv_import_config = csv_import_config
        obj.data_acquisition_grid_column_count = data_acquisition_grid_column_count
        obj.data_acquisition_grid_column_count_detailed = (
            data_acquisition_grid_column_count_detailed
        )
        obj.data_acquisition_page_size = data_acquisition_page_size
        obj.data_acquisition_view_type = data_acquisition_view_type
        obj.default_profiling_variant = default_profiling_variant
        obj.description = description
        obj.dsp_file_size_mb = dsp_file_size_mb
        obj.dsp_job_notification_uids = dsp_job_notification_uids
        obj.dsp_page_size = dsp_page_size
        obj.enabled_model_profiling_variants = enabled_model_profiling_variants
        obj.enterprise_performance = enterprise_performance
        obj.experiments = experiments
        obj.export_job_notification_uids = export_job_notification_uids
        obj.getting_started_classes = getting_started_classes
        obj.getting_started_step = getting_started_step
        obj.getting_started_tutorial = getting_started_tutorial
        obj.impulse_list_additional_metrics_shown_columns = (
            impulse_list_additional_metrics_shown_columns
        )
        obj.impulse_list_core_metrics_hidden_columns = (
            impulse_list_core_metrics_hidden_columns
        )
        obj.impulse_list_extra_columns = impulse_list_extra_columns
        obj.in_pretrained_model_flow = in_pretrained_model_flow
        obj.ind_pause_processing_samples = ind_pause_processing_samples
        obj.inline_edit_bounding_boxes = inline_edit_bounding_boxes
        obj.labeling_method = labeling_method
        obj.last_acquisition_label = last_acquisition_label
        obj.last_deploy_eon_compiler = last_deploy_eon_compiler
        obj.last_deploy_model_engine = last_deploy_model_engine
        obj.last_deployment_target = last_deployment_target
        obj.last_shown_model_engine = last_shown_model_engine
        obj.latency_device = latency_device
        obj.logo = logo
        obj.metadata = metadata
        obj.model_testing_job_notification_uids = model_testing_job_notification_uids
        obj.name = name
        obj.project_visibility = project_visibility
        obj.public_project_listed = public_project_listed
        obj.readme = readme
        obj.selected_project_type_in_wizard = selected_project_type_in_wizard
        obj.show_create_first_impulse = show_create_first_impulse
        obj.show_exact_sample_length = show_exact_sample_length
        obj.show_sensor_data_in_acquisition_graph = (
            show_sensor_data_in_acquisition_graph
        )
        obj.train_job_notification_uids = train_job_notification_uids
        obj.train_job_ram_mb = train_job_ram_mb
        obj.use_gpu = use_gpu
        obj.versioning_storage_size_mib = versioning_storage_size_mib
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.ai_actions_grid_column_count is not UNSET:
            out["aiActionsGridColumnCount"] = self.ai_actions_grid_column_count
        if self.anomaly_labels_config is not UNSET:
            out["anomalyLabelsConfig"] = self.anomaly_labels_config.to_dict(
                request=request
            )
        if self.compute_time_limit_m is not UNSET:
            out["computeTimeLimitM"] = self.compute_time_limit_m
        if self.csv_import_config is not UNSET:
            out["csvImportConfig"] = self.csv_import_config
        if self.data_acquisition_grid_column_count is not UNSET:
            out["dataAcquisitionGridColumnCount"] = (
                self.data_acquisition_grid_column_count
            )
        if self.data_acquisition_grid_column_count_detailed is not UNSET:
            out["dataAcquisitionGridColumnCountDetailed"] = (
                self.data_acquisition_grid_column_count_detailed
            )
        if self.data_acquisition_page_size is not UNSET:
            out["dataAcquisitionPageSize"] = self.data_acquisition_page_size
        if self.data_acquisition_view_type is not UNSET:
            out["dataAcquisitionViewType"] = self.data_acquisition_view_type
        if self.default_profiling_variant is not UNSET:
            out["defaultProfilingVariant"] = self.default_profiling_variant
        if self.description is not UNSET:
            out["description"] = self.description
        if self.dsp_file_size_mb is not UNSET:
            out["dspFileSizeMb"] = self.dsp_file_size_mb
        if self.dsp_job_notification_uids is not UNSET:
            out["dspJobNotificationUids"] = self.dsp_job_notification_uids
        if self.dsp_page_size is not UNSET:
            out["dspPageSize"] = self.dsp_page_size
        if self.enabled_model_profiling_variants is not UNSET:
            out["enabledModelProfilingVariants"] = self.enabled_model_profiling_variants
        if self.enterprise_performance is not UNSET:
            out["enterprisePerformance"] = self.enterprise_performance
        if self.experiments is not UNSET:
            out["experiments"] = self.experiments
        if self.export_job_notification_uids is not UNSET:
            out["exportJobNotificationUids"] = self.export_job_notification_uids
        if self.getting_started_classes is not UNSET:
            out["gettingStartedClasses"] = self.getting_started_classes
        if self.getting_started_step is not UNSET:
            out["gettingStartedStep"] = self.getting_started_step
        if self.getting_started_tutorial is not UNSET:
            out["gettingStartedTutorial"] = self.getting_started_tutorial
        if self.impulse_list_additional_metrics_shown_columns is not UNSET:
            out["impulseListAdditionalMetricsShownColumns"] = (
                self.impulse_list_additional_metrics_shown_columns
            )
        if self.impulse_list_core_metrics_hidden_columns is not UNSET:
            out["impulseListCoreMetricsHiddenColumns"] = (
                self.impulse_list_core_metrics_hidden_columns
            )
        if self.impulse_list_extra_columns is not UNSET:
            out["impulseListExtraColumns"] = self.impulse_list_extra_columns
        if self.in_pretrained_model_flow is not UNSET:
            out["inPretrainedModelFlow"] = self.in_pretrained_model_flow
        if self.ind_pause_processing_samples is not UNSET:
            out["indPauseProcessingSamples"] = self.ind_pause_processing_samples
        if self.inline_edit_bounding_boxes is not UNSET:
            out["inlineEditBoundingBoxes"] = self.inline_edit_bounding_boxes
        if self.labeling_method is not UNSET:
            out["labelingMethod"] = self.labeling_method
        if self.last_acquisition_label is not UNSET:
            out["lastAcquisitionLabel"] = self.last_acquisition_label
        if self.last_deploy_eon_compiler is not UNSET:
            out["lastDeployEonCompiler"] = self.last_deploy_eon_compiler
        if self.last_deploy_model_engine is not UNSET:
            out["lastDeployModelEngine"] = self.last_deploy_model_engine
        if self.last_deployment_target is not UNSET:
            out["lastDeploymentTarget"] = self.last_deployment_target
        if self.last_shown_model_engine is not UNSET:
            out["lastShownModelEngine"] = self.last_shown_model_engine
        if self.latency_device is not UNSET:
            out["latencyDevice"] = self.latency_device
        if self.logo is not UNSET:
            out["logo"] = self.logo
        if self.metadata is not UNSET:
            out["metadata"] = self.metadata
        if self.model_testing_job_notification_uids is not UNSET:
            out["modelTestingJobNotificationUids"] = (
                self.model_testing_job_notification_uids
            )
        if self.name is not UNSET:
            out["name"] = self.name
        if self.project_visibility is not UNSET:
            out["projectVisibility"] = self.project_visibility
        if self.public_project_listed is not UNSET:
            out["publicProjectListed"] = self.public_project_listed
        if self.readme is not UNSET:
            out["readme"] = self.readme
        if self.selected_project_type_in_wizard is not UNSET:
            out["selectedProjectTypeInWizard"] = self.selected_project_type_in_wizard
        if self.show_create_first_impulse is not UNSET:
            out["showCreateFirstImpulse"] = self.show_create_first_impulse
        if self.show_exact_sample_length is not UNSET:
            out["showExactSampleLength"] = self.show_exact_sample_length
        if self.show_sensor_data_in_acquisition_graph is not UNSET:
            out["showSensorDataInAcquisitionGraph"] = (
                self.show_sensor_data_in_acquisition_graph
            )
        if self.train_job_notification_uids is not UNSET:
            out["trainJobNotificationUids"] = self.train_job_notification_uids
        if self.train_job_ram_mb is not UNSET:
            out["trainJobRamMb"] = self.train_job_ram_mb
        if self.use_gpu is not UNSET:
            out["useGpu"] = self.use_gpu
        if self.versioning_storage_size_mib is not UNSET:
            out["versioningStorageSizeMib"] = self.versioning_storage_size_mib
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
