from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class DependencyData(serde.Model):
    """The DependencyData object of the API.

    Attributes:
        classes: Set of all labels present in data feeding into this model
        output_classes: Set of output classes for this model
    """

    block_names: list[str]
    classes: list[str]
    feature_count: int
    output_classes: list[str]
    sample_count: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"blockNames", "classes", "featureCount", "outputClasses", "sampleCount"}
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "DependencyData") -> DependencyData:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            block_names = serde.list_of(
                data["blockNames"], where, "blockNames", serde.str_
            )
            classes = serde.list_of(data["classes"], where, "classes", serde.str_)
            feature_count = serde.int_(data["featureCount"], where, "featureCount")
            output_classes = serde.list_of(
                data["outputClasses"], where, "outputClasses", serde.str_
            )
            sample_count = serde.int_(data["sampleCount"], where, "sampleCount")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            block_names=block_names,
            classes=classes,
            feature_count=feature_count,
            output_classes=output_classes,
            sample_count=sample_count,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "blockNames": self.block_names,
            "classes": self.classes,
            "featureCount": self.feature_count,
            "outputClasses": self.output_classes,
            "sampleCount": self.sample_count,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
