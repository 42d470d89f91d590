from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class GenerateFeaturesRequest(serde.Model):
    """The schema at `#/components/schemas/GenerateFeaturesRequest` of the API
    description.

    Attributes:
        dsp_id (int): DSP block ID to generate features for
        calculate_feature_importance (bool, optional): Whether to generate feature
            importance (only when available)
        normalize_data (Literal["none", "normalize-channel-standard-scaler"], optional):
            Data normalization method to use on the generated features. This only
            applies if canNormalizeData is true.
        skip_feature_explorer (bool, optional): If set, skips feature explorer (used in
            tests)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "dsp_id",
        "calculate_feature_importance",
        "normalize_data",
        "skip_feature_explorer",
        "additional_properties",
    )

    dsp_id: int
    calculate_feature_importance: bool | Unset
    normalize_data: Literal["none", "normalize-channel-standard-scaler"] | Unset
    skip_feature_explorer: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"calculateFeatureImportance", "dspId", "normalizeData", "skipFeatureExplorer"}
    )

    def __init__(
        self,
        *,
        dsp_id: int,
        calculate_feature_importance: bool | Unset = UNSET,
        normalize_data: (
            Literal["none", "normalize-channel-standard-scaler"] | Unset
        ) = UNSET,
        skip_feature_explorer: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dsp_id = dsp_id
        self.calculate_feature_importance = calculate_feature_importance
        self.normalize_data = normalize_data
        self.skip_feature_explorer = skip_feature_explorer
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GenerateFeaturesRequest"
    ) -> GenerateFeaturesRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            dsp_id = data["dspId"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(dsp_id) is not int:
            dsp_id = serde.int_(dsp_id, where, "dspId")
        found = 1  # declared properties in data
        if "calculateFeatureImportance" in data:
            found += 1
            calculate_feature_importance = data["calculateFeatureImportance"]
            if type(calculate_feature_importance) is not bool:
                calculate_feature_importance = serde.bool_(
                    calculate_feature_importance, where, "calculateFeatureImportance"
                )
        else:
            calculate_feature_importance = UNSET
        if "normalizeData" in data:
            found += 1
            normalize_data = data["normalizeData"]
            if type(normalize_data) is not str:
                normalize_data = serde.str_enum(normalize_data, where, "normalizeData")
        else:
            normalize_data = UNSET
        if "skipFeatureExplorer" in data:
            found += 1
            skip_feature_explorer = data["skipFeatureExplorer"]
            if type(skip_feature_explorer) is not bool:
                skip_feature_explorer = serde.bool_(
                    skip_feature_explorer, where, "skipFeatureExplorer"
                )
        else:
            skip_feature_explorer = UNSET
        obj = serde.new_object(cls)
        obj.dsp_id = dsp_id
        obj.calculate_feature_importance = calculate_feature_importance
        obj.normalize_data = normalize_data
        obj.skip_feature_explorer = skip_feature_explorer
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dspId": self.dsp_id,
        }
        if self.calculate_feature_importance is not UNSET:
            out["calculateFeatureImportance"] = self.calculate_feature_importance
        if self.normalize_data is not UNSET:
            out["normalizeData"] = self.normalize_data
        if self.skip_feature_explorer is not UNSET:
            out["skipFeatureExplorer"] = self.skip_feature_explorer
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
