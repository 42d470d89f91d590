from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class GetDataExplorerFeaturesResponseDataItemSample(serde.Model):
    """The GetDataExplorerFeaturesResponseDataItemSample object of the API."""

    category: Literal["training", "testing"]
    end_ms: float
    id: float
    name: str
    start_ms: float
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"category", "endMs", "id", "name", "startMs"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetDataExplorerFeaturesResponseDataItemSample"
    ) -> GetDataExplorerFeaturesResponseDataItemSample:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            category = serde.str_enum(data["category"], where, "category")
            end_ms = serde.float_(data["endMs"], where, "endMs")
            id = serde.float_(data["id"], where, "id")
            name = serde.str_(data["name"], where, "name")
            start_ms = serde.float_(data["startMs"], where, "startMs")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            category=category,
            end_ms=end_ms,
            id=id,
            name=name,
            start_ms=start_ms,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "category": self.category,
            "endMs": self.end_ms,
            "id": self.id,
            "name": self.name,
            "startMs": self.start_ms,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
