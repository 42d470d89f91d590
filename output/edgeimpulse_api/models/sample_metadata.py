from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class SampleMetadata(serde.Model):
    """The schema at `#/components/schemas/SampleMetadata` of the API description.

    Attributes:
        id (int): Sample ID
        metadata (dict[str, str]): Sample free form associated metadata
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "metadata", "additional_properties")

    id: int
    metadata: dict[str, str]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"id", "metadata"})

    def __init__(
        self,
        *,
        id: int,
        metadata: dict[str, str],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.metadata = metadata
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "SampleMetadata") -> SampleMetadata:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            metadata = data["metadata"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        metadata = serde.dict_of(metadata, where, "metadata", serde.str_)
        obj = serde.new_object(cls)
        obj.id = _id
        obj.metadata = metadata
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "metadata": self.metadata,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
