from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .test_pretrained_model_response_freeform_result_output_94698027 import (
    TestPretrainedModelResponseFreeformResultOutputTensorsItem,
)


class TestPretrainedModelResponseFreeformResult(serde.Model):
    """The schema at
    `#/components/schemas/TestPretrainedModelResponse/allOf/1/properties/freeformResult`
    of the API description.

    Attributes:
        output_tensors
            (list[TestPretrainedModelResponseFreeformResultOutputTensorsItem])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("output_tensors", "additional_properties")

    output_tensors: list[TestPretrainedModelResponseFreeformResultOutputTensorsItem]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"outputTensors"})

    def __init__(
        self,
        *,
        output_tensors: list[
            TestPretrainedModelResponseFreeformResultOutputTensorsItem
        ],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.output_tensors = output_tensors
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "TestPretrainedModelResponseFreeformResult"
    ) -> TestPretrainedModelResponseFreeformResult:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            output_tensors = data["outputTensors"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        output_tensors = serde.list_of_models(
            output_tensors,
            where,
            "outputTensors",
            TestPretrainedModelResponseFreeformResultOutputTensorsItem.from_dict,
        )
        obj = serde.new_object(cls)
        obj.output_tensors = output_tensors
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "outputTensors": [
                v0.to_dict(request=request) for v0 in self.output_tensors
            ],
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
