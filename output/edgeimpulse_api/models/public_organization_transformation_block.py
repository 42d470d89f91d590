from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dsp_group_item import DspGroupItem


class PublicOrganizationTransformationBlock(serde.Model):
    """The schema at `#/components/schemas/PublicOrganizationTransformationBlock` of the
    API description.

    Attributes:
        allow_extra_cli_arguments (bool)
        created (datetime.datetime)
        description (str)
        id (int)
        name (str)
        operates_on (Literal["file", "directory", "standalone"])
        owner_organization_id (int)
        owner_organization_name (str)
        show_in_ai_actions (bool): Whether to show this block in 'AI Labeling'. Only
            applies for standalone blocks.
        show_in_create_transformation_job (bool): Whether to show this block in 'Create
            transformation job'. Only applies for standalone blocks.
        show_in_data_sources (bool): Whether to show this block in 'Data sources'. Only
            applies for standalone blocks.
        show_in_synthetic_data (bool): Whether to show this block in 'Synthetic data'.
            Only applies for standalone blocks.
        ai_actions_operates_on (list[Literal["images_object_detection",
            "images_single_label", "audio", "other"]], optional): For AI labeling
            blocks, this lists the data types that the block supports. If this field is
            empty then there's no information about supported data types.
        last_updated (datetime.datetime, optional)
        parameters (list[dict[str, Any]], optional): List of parameters, spec'ed
            according to
            https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        parameters_ui (list[DspGroupItem], optional): List of parameters to be rendered
            in the UI
        repository_url (str, optional): URL to the source code of this custom learn
            block.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "allow_extra_cli_arguments",
        "created",
        "description",
        "id",
        "name",
        "operates_on",
        "owner_organization_id",
        "owner_organization_name",
        "show_in_ai_actions",
        "show_in_create_transformation_job",
        "show_in_data_sources",
        "show_in_synthetic_data",
        "ai_actions_operates_on",
        "last_updated",
        "parameters",
        "parameters_ui",
        "repository_url",
        "additional_properties",
    )

    allow_extra_cli_arguments: bool
    created: datetime.datetime
    description: str
    id: int
    name: str
    operates_on: Literal["file", "directory", "standalone"]
    owner_organization_id: int
    owner_organization_name: str
    show_in_ai_actions: bool
    show_in_create_transformation_job: bool
    show_in_data_sources: bool
    show_in_synthetic_data: bool
    ai_actions_operates_on: (
        list[
            Literal["images_object_detection", "images_single_label", "audio", "other"]
        ]
        | Unset
    )
    last_updated: datetime.datetime | Unset
    parameters: list[dict[str, Any]] | Unset
    parameters_ui: list[DspGroupItem] | Unset
    repository_url: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "aiActionsOperatesOn",
            "allowExtraCliArguments",
            "created",
            "description",
            "id",
            "lastUpdated",
            "name",
            "operatesOn",
            "ownerOrganizationId",
            "ownerOrganizationName",
            "parameters",
            "parametersUI",
            "repositoryUrl",
            "showInAIActions",
            "showInCreateTransformationJob",
            "showInDataSources",
            "showInSyntheticData",
        }
    )

    def __init__(
        self,
        *,
        allow_extra_cli_arguments: bool,
        created: datetime.datetime,
        description: str,
        id: int,
        name: str,
        operates_on: Literal["file", "directory", "standalone"],
        owner_organization_id: int,
        owner_organization_name: str,
        show_in_ai_actions: bool,
        show_in_create_transformation_job: bool,
        show_in_data_sources: bool,
        show_in_synthetic_data: bool,
        ai_actions_operates_on: (
            list[
                Literal[
                    "images_object_detection", "images_single_label", "audio", "other"
                ]
            ]
            | Unset
        ) = UNSET,
        last_updated: datetime.datetime | Unset = UNSET,
        parameters: list[dict[str, Any]] | Unset = UNSET,
        parameters_ui: list[DspGroupItem] | Unset = UNSET,
        repository_url: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.allow_extra_cli_arguments = allow_extra_cli_arguments
        self.created = created
        self.description = description
        self.id = id
        self.name = name
        self.operates_on = operates_on
        self.owner_organization_id = owner_organization_id
        self.owner_organization_name = owner_organization_name
        self.show_in_ai_actions = show_in_ai_actions
        self.show_in_create_transformation_job = show_in_create_transformation_job
        self.show_in_data_sources = show_in_data_sources
        self.show_in_synthetic_data = show_in_synthetic_data
        self.ai_actions_operates_on = ai_actions_operates_on
        self.last_updated = last_updated
        self.parameters = parameters
        self.parameters_ui = parameters_ui
        self.repository_url = repository_url
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "PublicOrganizationTransformationBlock"
    ) -> PublicOrganizationTransformationBlock:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            allow_extra_cli_arguments = data["allowExtraCliArguments"]
            created = data["created"]
            description = data["description"]
            _id = data["id"]
            name = data["name"]
            operates_on = data["operatesOn"]
            owner_organization_id = data["ownerOrganizationId"]
            owner_organization_name = data["ownerOrganizationName"]
            show_in_ai_actions = data["showInAIActions"]
            show_in_create_transformation_job = data["showInCreateTransformationJob"]
            show_in_data_sources = data["showInDataSources"]
            show_in_synthetic_data = data["showInSyntheticData"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(allow_extra_cli_arguments) is not bool:
            allow_extra_cli_arguments = serde.bool_(
                allow_extra_cli_arguments, where, "allowExtraCliArguments"
            )
        created = serde.datetime_(created, where, "created")
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(operates_on) is not str:
            operates_on = serde.str_enum(operates_on, where, "operatesOn")
        if type(owner_organization_id) is not int:
            owner_organization_id = serde.int_(
                owner_organization_id, where, "ownerOrganizationId"
            )
        if type(owner_organization_name) is not str:
            owner_organization_name = serde.str_(
                owner_organization_name, where, "ownerOrganizationName"
            )
        if type(show_in_ai_actions) is not bool:
            show_in_ai_actions = serde.bool_(
                show_in_ai_actions, where, "showInAIActions"
            )
        if type(show_in_create_transformation_job) is not bool:
            show_in_create_transformation_job = serde.bool_(
                show_in_create_transformation_job,
                where,
                "showInCreateTransformationJob",
            )
        if type(show_in_data_sources) is not bool:
            show_in_data_sources = serde.bool_(
                show_in_data_sources, where, "showInDataSources"
            )
        if type(show_in_synthetic_data) is not bool:
            show_in_synthetic_data = serde.bool_(
                show_in_synthetic_data, where, "showInSyntheticData"
            )
        found = 12  # declared properties in data
        if "aiActionsOperatesOn" in data:
            found += 1
            ai_actions_operates_on = data["aiActionsOperatesOn"]
            ai_actions_operates_on = serde.str_enum_list(
                ai_actions_operates_on, where, "aiActionsOperatesOn"
            )
        else:
            ai_actions_operates_on = UNSET
        if "lastUpdated" in data:
            found += 1
            last_updated = data["lastUpdated"]
            last_updated = serde.datetime_(last_updated, where, "lastUpdated")
        else:
            last_updated = UNSET
        if "parameters" in data:
            found += 1
            parameters = data["parameters"]
            parameters = serde.dict_list(parameters, where, "parameters")
        else:
            parameters = UNSET
        if "parametersUI" in data:
            found += 1
            parameters_ui = data["parametersUI"]
            parameters_ui = serde.list_of_models(
                parameters_ui, where, "parametersUI", DspGroupItem.from_dict
            )
        else:
            parameters_ui = UNSET
        if "repositoryUrl" in data:
            found += 1
            repository_url = data["repositoryUrl"]
            if type(repository_url) is not str:
                repository_url = serde.str_(repository_url, where, "repositoryUrl")
        else:
            repository_url = UNSET
        obj = serde.new_object(cls)
        obj.allow_extra_cli_arguments = allow_extra_cli_arguments
        obj.created = created
        obj.description = description
        obj.id = _id
        obj.name = name
        obj.operates_on = operates_on
        obj.owner_organization_id = owner_organization_id
        obj.owner_organization_name = owner_organization_name
        obj.show_in_ai_actions = show_in_ai_actions
        obj.show_in_create_transformation_job = show_in_create_transformation_job
        obj.show_in_data_sources = show_in_data_sources
        obj.show_in_synthetic_data = show_in_synthetic_data
        obj.ai_actions_operates_on = ai_actions_operates_on
        obj.last_updated = last_updated
        obj.parameters = parameters
        obj.parameters_ui = parameters_ui
        obj.repository_url = repository_url
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "allowExtraCliArguments": self.allow_extra_cli_arguments,
            "created": serde.format_datetime(self.created),
            "description": self.description,
            "id": self.id,
            "name": self.name,
            "operatesOn": self.operates_on,
            "ownerOrganizationId": self.owner_organization_id,
            "ownerOrganizationName": self.owner_organization_name,
            "showInAIActions": self.show_in_ai_actions,
            "showInCreateTransformationJob": self.show_in_create_transformation_job,
            "showInDataSources": self.show_in_data_sources,
            "showInSyntheticData": self.show_in_synthetic_data,
        }
        if self.ai_actions_operates_on is not UNSET:
            out["aiActionsOperatesOn"] = self.ai_actions_operates_on
        if self.last_updated is not UNSET:
            out["lastUpdated"] = serde.format_datetime(self.last_updated)
        if self.parameters is not UNSET:
            out["parameters"] = self.parameters
        if self.parameters_ui is not UNSET:
            out["parametersUI"] = [
                v0.to_dict(request=request) for v0 in self.parameters_ui
            ]
        if self.repository_url is not UNSET:
            out["repositoryUrl"] = self.repository_url
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
