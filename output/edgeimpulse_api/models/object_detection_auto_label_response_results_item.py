from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class ObjectDetectionAutoLabelResponseResultsItem(serde.Model):
    """The ObjectDetectionAutoLabelResponseResultsItem object of the API."""

    height: int
    label: str
    width: int
    x: int
    y: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"height", "label", "width", "x", "y"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ObjectDetectionAutoLabelResponseResultsItem"
    ) -> ObjectDetectionAutoLabelResponseResultsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            height = serde.int_(data["height"], where, "height")
            label = serde.str_(data["label"], where, "label")
            width = serde.int_(data["width"], where, "width")
            x = serde.int_(data["x"], where, "x")
            y = serde.int_(data["y"], where, "y")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            height=height,
            label=label,
            width=width,
            x=x,
            y=y,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "height": self.height,
            "label": self.label,
            "width": self.width,
            "x": self.x,
            "y": self.y,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
