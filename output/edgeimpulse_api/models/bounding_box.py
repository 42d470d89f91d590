from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class BoundingBox(serde.Model):
    """This has the _absolute values_ for x/y/w/h (so 0..x (where x is the w/h of the image))"""

    label: str
    x: int
    y: int
    width: int
    height: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"label", "x", "y", "width", "height"}
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "BoundingBox") -> BoundingBox:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            label = serde.str_(data["label"], where, "label")
            x = serde.int_(data["x"], where, "x")
            y = serde.int_(data["y"], where, "y")
            width = serde.int_(data["width"], where, "width")
            height = serde.int_(data["height"], where, "height")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            label=label,
            x=x,
            y=y,
            width=width,
            height=height,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "label": self.label,
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "height": self.height,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
