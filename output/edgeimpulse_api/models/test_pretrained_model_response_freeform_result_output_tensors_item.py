from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class TestPretrainedModelResponseFreeformResultOutputTensorsItem(serde.Model):
    """The TestPretrainedModelResponseFreeformResultOutputTensorsItem object of the API."""

    shape: list[int]
    data_type: Literal["int8", "uint8", "float32"]
    data: list[float]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"shape", "dataType", "data"})

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "TestPretrainedModelResponseFreeformResultOutputTensorsItem",
    ) -> TestPretrainedModelResponseFreeformResultOutputTensorsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            shape = serde.list_of(data["shape"], where, "shape", serde.int_)
            data_type = serde.str_enum(data["dataType"], where, "dataType")
            _data = serde.list_of(data["data"], where, "data", serde.float_)
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            shape=shape,
            data_type=data_type,
            data=_data,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "shape": self.shape,
            "dataType": self.data_type,
            "data": self.data,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
