from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .get_data_explorer_features_response_data_item_sample import (
    GetDataExplorerFeaturesResponseDataItemSample,
)


class GetDataExplorerFeaturesResponseDataItem(serde.Model):
    """The schema at
    `#/components/schemas/GetDataExplorerFeaturesResponse/allOf/1/properties/data/items`
    of the API description.

    Attributes:
        x (dict[str, float]): Data by feature index for this window
        y (int): Training label index
        y_label (str): Training label string
        sample (GetDataExplorerFeaturesResponseDataItemSample, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("x", "y", "y_label", "sample", "additional_properties")

    x: dict[str, float]
    y: int
    y_label: str
    sample: GetDataExplorerFeaturesResponseDataItemSample | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"X", "sample", "y", "yLabel"})

    def __init__(
        self,
        *,
        x: dict[str, float],
        y: int,
        y_label: str,
        sample: GetDataExplorerFeaturesResponseDataItemSample | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.x = x
        self.y = y
        self.y_label = y_label
        self.sample = sample
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetDataExplorerFeaturesResponseDataItem"
    ) -> GetDataExplorerFeaturesResponseDataItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            x = data["X"]
            y = data["y"]
            y_label = data["yLabel"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        x = serde.dict_of(x, where, "X", serde.float_)
        if type(y) is not int:
            y = serde.int_(y, where, "y")
        if type(y_label) is not str:
            y_label = serde.str_(y_label, where, "yLabel")
        found = 3  # declared properties in data
        if "sample" in data:
            found += 1
            sample = data["sample"]
            sample = GetDataExplorerFeaturesResponseDataItemSample.from_dict(
                sample, where + ".sample"
            )
        else:
            sample = UNSET
        obj = serde.new_object(cls)
        obj.x = x
        obj.y = y
        obj.y_label = y_label
        obj.sample = sample
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "X": self.x,
            "y": self.y,
            "yLabel": self.y_label,
        }
        if self.sample is not UNSET:
            out["sample"] = self.sample.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
