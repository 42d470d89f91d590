from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class BoundingBoxWithScore(serde.Model):
    """This has the _ratio_ for x/y/w/h (so 0..1)"""

    label: str
    x: float
    y: float
    width: float
    height: float
    score: float
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"label", "x", "y", "width", "height", "score"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "BoundingBoxWithScore"
    ) -> BoundingBoxWithScore:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            label = serde.str_(data["label"], where, "label")
            x = serde.float_(data["x"], where, "x")
            y = serde.float_(data["y"], where, "y")
            width = serde.float_(data["width"], where, "width")
            height = serde.float_(data["height"], where, "height")
            score = serde.float_(data["score"], where, "score")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            label=label,
            x=x,
            y=y,
            width=width,
            height=height,
            score=score,
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
            "score": self.score,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
