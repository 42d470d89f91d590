from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .ai_actions_config_step import AiActionsConfigStep
from .update_ai_action_request_set_metadata_after_running_item import (
    UpdateAiActionRequestSetMetadataAfterRunningItem,
)


class UpdateAiActionRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateAIActionRequest` of the API
    description.

    Attributes:
        data_category (Literal["allData", "unlabeledData", "enabledData",
            "dataWithoutMetadataKey", "dataWithMetadata"]): Type of data to run this AI
            action on.
        set_metadata_after_running
            (list[UpdateAiActionRequestSetMetadataAfterRunningItem]): After the action
            runs, add this key/value pair as metadata on the affected samples.
        steps (list[AiActionsConfigStep])
        data_metadata_key (str, optional): Metadata key to filter on. Required if
            dataCategory is equal to "dataWithoutMetadataKey" or "dataWithMetadata".
        data_metadata_value (str, optional): Metadata value to filter on. Required if
            dataCategory is equal to "dataWithMetadata".
        name (str, optional): User-provided name. If no name is set then displayName on
            the action will be automatically configured based on the transformation
            block.
        sort_order (int, optional): Numeric value (1..n) where this action should be
            shown in the action list (and in which order the actions should run when
            started from a data source).
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "data_category",
        "set_metadata_after_running",
        "steps",
        "data_metadata_key",
        "data_metadata_value",
        "name",
        "sort_order",
        "additional_properties",
    )

    data_category: Literal[
        "allData",
        "unlabeledData",
        "enabledData",
        "dataWithoutMetadataKey",
        "dataWithMetadata",
    ]
    set_metadata_after_running: list[UpdateAiActionRequestSetMetadataAfterRunningItem]
    steps: list[AiActionsConfigStep]
    data_metadata_key: str | Unset
    data_metadata_value: str | Unset
    name: str | Unset
    sort_order: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "dataCategory",
            "dataMetadataKey",
            "dataMetadataValue",
            "name",
            "setMetadataAfterRunning",
            "sortOrder",
            "steps",
        }
    )

    def __init__(
        self,
        *,
        data_category: Literal[
            "allData",
            "unlabeledData",
            "enabledData",
            "dataWithoutMetadataKey",
            "dataWithMetadata",
        ],
        set_metadata_after_running: list[
            UpdateAiActionRequestSetMetadataAfterRunningItem
        ],
        steps: list[AiActionsConfigStep],
        data_metadata_key: str | Unset = UNSET,
        data_metadata_value: str | Unset = UNSET,
        name: str | Unset = UNSET,
        sort_order: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data_category = data_category
        self.set_metadata_after_running = set_metadata_after_running
        self.steps = steps
        self.data_metadata_key = data_metadata_key
        self.data_metadata_value = data_metadata_value
        self.name = name
        self.sort_order = sort_order
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateAiActionRequest"
    ) -> UpdateAiActionRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            data_category = data["dataCategory"]
            set_metadata_after_running = data["setMetadataAfterRunning"]
            steps = data["steps"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(data_category) is not str:
            data_category = serde.str_enum(data_category, where, "dataCategory")
        set_metadata_after_running = serde.list_of_models(
            set_metadata_after_running,
            where,
            "setMetadataAfterRunning",
            UpdateAiActionRequestSetMetadataAfterRunningItem.from_dict,
        )
        steps = serde.list_of_models(
            steps, where, "steps", AiActionsConfigStep.from_dict
        )
        found = 3  # declared properties in data
        if "dataMetadataKey" in data:
            found += 1
            data_metadata_key = data["dataMetadataKey"]
            if type(data_metadata_key) is not str:
                data_metadata_key = serde.str_(
                    data_metadata_key, where, "dataMetadataKey"
                )
        else:
            data_metadata_key = UNSET
        if "dataMetadataValue" in data:
            found += 1
            data_metadata_value = data["dataMetadataValue"]
            if type(data_metadata_value) is not str:
                data_metadata_value = serde.str_(
                    data_metadata_value, where, "dataMetadataValue"
                )
        else:
            data_metadata_value = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "sortOrder" in data:
            found += 1
            sort_order = data["sortOrder"]
            if type(sort_order) is not int:
                sort_order = serde.int_(sort_order, where, "sortOrder")
        else:
            sort_order = UNSET
        obj = serde.new_object(cls)
        obj.data_category = data_category
        obj.set_metadata_after_running = set_metadata_after_running
        obj.steps = steps
        obj.data_metadata_key = data_metadata_key
        obj.data_metadata_value = data_metadata_value
        obj.name = name
        obj.sort_order = sort_order
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dataCategory": self.data_category,
            "setMetadataAfterRunning": [
                v0.to_dict(request=request) for v0 in self.set_metadata_after_running
            ],
            "steps": [v0.to_dict(request=request) for v0 in self.steps],
        }
        if self.data_metadata_key is not UNSET:
            out["dataMetadataKey"] = self.data_metadata_key
        if self.data_metadata_value is not UNSET:
            out["dataMetadataValue"] = self.data_metadata_value
        if self.name is not UNSET:
            out["name"] = self.name
        if self.sort_order is not UNSET:
            out["sortOrder"] = self.sort_order
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
