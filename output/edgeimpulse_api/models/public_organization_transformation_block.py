from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dsp_group_item import DspGroupItem


@dataclass(slots=True, kw_only=True)
class PublicOrganizationTransformationBlock(serde.Model):
    """The PublicOrganizationTransformationBlock object of the API.

    Attributes:
        show_in_data_sources: Whether to show this block in 'Data sources'. Only applies for standalone blocks.
        show_in_create_transformation_job: Whether to show this block in 'Create transformation job'. Only applies for standalone blocks.
        show_in_synthetic_data: Whether to show this block in 'Synthetic data'. Only applies for standalone blocks.
        show_in_ai_actions: Whether to show this block in 'AI Labeling'. Only applies for standalone blocks.
        parameters: List of parameters, spec'ed according to https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        parameters_ui: List of parameters to be rendered in the UI
        repository_url: URL to the source code of this custom learn block.
        ai_actions_operates_on: For AI labeling blocks, this lists the data types that the block supports. If this field is empty then there's no information about supported data types.
    """

    id: int
    owner_organization_id: int
    owner_organization_name: str
    name: str
    created: datetime.datetime
    description: str
    operates_on: Literal["file", "directory", "standalone"]
    allow_extra_cli_arguments: bool
    show_in_data_sources: bool
    show_in_create_transformation_job: bool
    show_in_synthetic_data: bool
    show_in_ai_actions: bool
    last_updated: datetime.datetime | Unset = UNSET
    parameters: list[dict[str, Any]] | Unset = UNSET
    parameters_ui: list[DspGroupItem] | Unset = UNSET
    repository_url: str | Unset = UNSET
    ai_actions_operates_on: (
        list[
            Literal["images_object_detection", "images_single_label", "audio", "other"]
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "ownerOrganizationId",
            "ownerOrganizationName",
            "name",
            "created",
            "lastUpdated",
            "description",
            "operatesOn",
            "allowExtraCliArguments",
            "parameters",
            "parametersUI",
            "repositoryUrl",
            "showInDataSources",
            "showInCreateTransformationJob",
            "showInSyntheticData",
            "showInAIActions",
            "aiActionsOperatesOn",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "PublicOrganizationTransformationBlock"
    ) -> PublicOrganizationTransformationBlock:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            id = serde.int_(data["id"], where, "id")
            owner_organization_id = serde.int_(
                data["ownerOrganizationId"], where, "ownerOrganizationId"
            )
            owner_organization_name = serde.str_(
                data["ownerOrganizationName"], where, "ownerOrganizationName"
            )
            name = serde.str_(data["name"], where, "name")
            created = serde.datetime_(data["created"], where, "created")
            description = serde.str_(data["description"], where, "description")
            operates_on = serde.str_enum(data["operatesOn"], where, "operatesOn")
            allow_extra_cli_arguments = serde.bool_(
                data["allowExtraCliArguments"], where, "allowExtraCliArguments"
            )
            show_in_data_sources = serde.bool_(
                data["showInDataSources"], where, "showInDataSources"
            )
            show_in_create_transformation_job = serde.bool_(
                data["showInCreateTransformationJob"],
                where,
                "showInCreateTransformationJob",
            )
            show_in_synthetic_data = serde.bool_(
                data["showInSyntheticData"], where, "showInSyntheticData"
            )
            show_in_ai_actions = serde.bool_(
                data["showInAIActions"], where, "showInAIActions"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        last_updated = data.get("lastUpdated", UNSET)
        if last_updated is not UNSET:
            last_updated = serde.datetime_(last_updated, where, "lastUpdated")
        parameters = data.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = serde.list_of(
                parameters, where, "parameters", serde.mapping(serde.any_)
            )
        parameters_ui = data.get("parametersUI", UNSET)
        if parameters_ui is not UNSET:
            parameters_ui = serde.list_of(
                parameters_ui, where, "parametersUI", DspGroupItem.convert
            )
        repository_url = data.get("repositoryUrl", UNSET)
        if repository_url is not UNSET:
            repository_url = serde.str_(repository_url, where, "repositoryUrl")
        ai_actions_operates_on = data.get("aiActionsOperatesOn", UNSET)
        if ai_actions_operates_on is not UNSET:
            ai_actions_operates_on = serde.list_of(
                ai_actions_operates_on, where, "aiActionsOperatesOn", serde.str_enum
            )
        return cls(
            id=id,
            owner_organization_id=owner_organization_id,
            owner_organization_name=owner_organization_name,
            name=name,
            created=created,
            description=description,
            operates_on=operates_on,
            allow_extra_cli_arguments=allow_extra_cli_arguments,
            show_in_data_sources=show_in_data_sources,
            show_in_create_transformation_job=show_in_create_transformation_job,
            show_in_synthetic_data=show_in_synthetic_data,
            show_in_ai_actions=show_in_ai_actions,
            last_updated=last_updated,
            parameters=parameters,
            parameters_ui=parameters_ui,
            repository_url=repository_url,
            ai_actions_operates_on=ai_actions_operates_on,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "ownerOrganizationId": self.owner_organization_id,
            "ownerOrganizationName": self.owner_organization_name,
            "name": self.name,
            "created": serde.format_datetime(self.created),
            "description": self.description,
            "operatesOn": self.operates_on,
            "allowExtraCliArguments": self.allow_extra_cli_arguments,
            "showInDataSources": self.show_in_data_sources,
            "showInCreateTransformationJob": self.show_in_create_transformation_job,
            "showInSyntheticData": self.show_in_synthetic_data,
            "showInAIActions": self.show_in_ai_actions,
        }
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
        if self.ai_actions_operates_on is not UNSET:
            out["aiActionsOperatesOn"] = self.ai_actions_operates_on
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
