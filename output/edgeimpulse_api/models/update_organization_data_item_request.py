from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationDataItemRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateOrganizationDataItemRequest` of the API
    description.

    Attributes:
        dataset (str, optional)
        metadata (dict[str, str], optional)
        name (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("dataset", "metadata", "name", "additional_properties")

    dataset: str | Unset
    metadata: dict[str, str] | Unset
    name: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"dataset", "metadata", "name"})

    def __init__(
        self,
        *,
        dataset: str | Unset = UNSET,
        metadata: dict[str, str] | Unset = UNSET,
        name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dataset = dataset
        self.metadata = metadata
        self.name = name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationDataItemRequest"
    ) -> UpdateOrganizationDataItemRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "dataset" in data:
            found += 1
            dataset = data["dataset"]
            if type(dataset) is not str:
                dataset = serde.str_(dataset, where, "dataset")
        else:
            dataset = UNSET
        if "metadata" in data:
            found += 1
            metadata = data["metadata"]
            metadata = serde.dict_of(metadata, where, "metadata", serde.str_)
        else:
            metadata = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        obj = serde.new_object(cls)
        obj.dataset = dataset
        obj.metadata = metadata
        obj.name = name
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.dataset is not UNSET:
            out["dataset"] = self.dataset
        if self.metadata is not UNSET:
            out["metadata"] = self.metadata
        if self.name is not UNSET:
            out["name"] = self.name
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
