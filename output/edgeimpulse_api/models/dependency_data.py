from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class DependencyData(serde.Model):
    """The schema at `#/components/schemas/DependencyData` of the API description.

    Attributes:
        block_names (list[str])
        classes (list[str]): Set of all labels present in data feeding into this model
        feature_count (int)
        output_classes (list[str]): Set of output classes for this model
        sample_count (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "block_names",
        "classes",
        "feature_count",
        "output_classes",
        "sample_count",
        "additional_properties",
    )

    block_names: list[str]
    classes: list[str]
    feature_count: int
    output_classes: list[str]
    sample_count: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"blockNames", "classes", "featureCount", "outputClasses", "sampleCount"}
    )

    def __init__(
        self,
        *,
        block_names: list[str],
        classes: list[str],
        feature_count: int,
        output_classes: list[str],
        sample_count: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.block_names = block_names
        self.classes = classes
        self.feature_count = feature_count
        self.output_classes = output_classes
        self.sample_count = sample_count
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "DependencyData") -> DependencyData:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            block_names = data["blockNames"]
            classes = data["classes"]
            feature_count = data["featureCount"]
            output_classes = data["outputClasses"]
            sample_count = data["sampleCount"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        block_names = serde.str_list(block_names, where, "blockNames")
        classes = serde.str_list(classes, where, "classes")
        if type(feature_count) is not int:
            feature_count = serde.int_(feature_count, where, "featureCount")
        output_classes = serde.str_list(output_classes, where, "outputClasses")
        if type(sample_count) is not int:
            sample_count = serde.int_(sample_count, where, "sampleCount")
        obj = serde.new_object(cls)
        obj.block_names = block_names
        obj.classes = classes
        obj.feature_count = feature_count
        obj.output_classes = output_classes
        obj.sample_count = sample_count
        if len(data) == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
