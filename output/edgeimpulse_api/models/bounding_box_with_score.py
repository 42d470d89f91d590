from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class BoundingBoxWithScore(serde.Model):
    """This has the _ratio_ for x/y/w/h (so 0..1)

    Attributes:
        height (float)
        label (str)
        score (float)
        width (float)
        x (float)
        y (float)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("height", "label", "score", "width", "x", "y", "additional_properties")

    height: float
    label: str
    score: float
    width: float
    x: float
    y: float
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"height", "label", "score", "width", "x", "y"}
    )

    def __init__(
        self,
        *,
        height: float,
        label: str,
        score: float,
        width: float,
        x: float,
        y: float,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.height = height
        self.label = label
        self.score = score
        self.width = width
        self.x = x
        self.y = y
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "BoundingBoxWithScore"
    ) -> BoundingBoxWithScore:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            height = data["height"]
            label = data["label"]
            score = data["score"]
            width = data["width"]
            x = data["x"]
            y = data["y"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(height) is not float and type(height) is not int:
            height = serde.float_(height, where, "height")
        if type(label) is not str:
            label = serde.str_(label, where, "label")
        if type(score) is not float and type(score) is not int:
            score = serde.float_(score, where, "score")
        if type(width) is not float and type(width) is not int:
            width = serde.float_(width, where, "width")
        if type(x) is not float and type(x) is not int:
            x = serde.float_(x, where, "x")
        if type(y) is not float and type(y) is not int:
            y = serde.float_(y, where, "y")
        obj = serde.new_object(cls)
        obj.height = height
        obj.label = label
        obj.score = score
        obj.width = width
        obj.x = x
        obj.y = y
        if len(data) == 6:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "height": self.height,
            "label": self.label,
            "score": self.score,
            "width": self.width,
            "x": self.x,
            "y": self.y,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
