from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .impulse_input_block import ImpulseInputBlock


class HasDataExplorerFeaturesResponse(serde.Model):
    """The schema at `#/components/schemas/HasDataExplorerFeaturesResponse` of the API
    description.

    Attributes:
        has_features (bool)
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        input_block (ImpulseInputBlock, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "has_features",
        "success",
        "error",
        "input_block",
        "additional_properties",
    )

    has_features: bool
    success: bool
    error: str | Unset
    input_block: ImpulseInputBlock | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "hasFeatures", "inputBlock", "success"}
    )

    def __init__(
        self,
        *,
        has_features: bool,
        success: bool,
        error: str | Unset = UNSET,
        input_block: ImpulseInputBlock | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.has_features = has_features
        self.success = success
        self.error = error
        self.input_block = input_block
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "HasDataExplorerFeaturesResponse"
    ) -> HasDataExplorerFeaturesResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            has_features = data["hasFeatures"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(has_features) is not bool:
            has_features = serde.bool_(has_features, where, "hasFeatures")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 2  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "inputBlock" in data:
            found += 1
            input_block = data["inputBlock"]
            input_block = ImpulseInputBlock.from_dict(
                input_block, where + ".inputBlock"
            )
        else:
            input_block = UNSET
        obj = serde.new_object(cls)
        obj.has_features = has_features
        obj.success = success
        obj.error = error
        obj.input_block = input_block
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "hasFeatures": self.has_features,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.input_block is not UNSET:
            out["inputBlock"] = self.input_block.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
