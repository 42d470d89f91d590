from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class BoundingBox(serde.Model):
    """This has the _absolute values_ for x/y/w/h (so 0..x (where x is the w/h of the
    image))

    Attributes:
        height (int)
        label (str)
        width (int)
        x (int)
        y (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("height", "label", "width", "x", "y", "additional_properties")

    height: int
    label: str
    width: int
    x: int
    y: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"height", "label", "width", "x", "y"}
    )

    def __init__(
        self,
        *,
        height: int,
        label: str,
        width: int,
        x: int,
        y: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.height = height
        self.label = label
        self.width = width
        self.x = x
        self.y = y
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "BoundingBox") -> BoundingBox:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            height = data["height"]
            label = data["label"]
            width = data["width"]
            x = data["x"]
            y = data["y"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(height) is not int:
            height = serde.int_(height, where, "height")
        if type(label) is not str:
            label = serde.str_(label, where, "label")
        if type(width) is not int:
            width = serde.int_(width, where, "width")
        if type(x) is not int:
            x = serde.int_(x, where, "x")
        if type(y) is not int:
            y = serde.int_(y, where, "y")
        obj = serde.new_object(cls)
        obj.height = height
        obj.label = label
        obj.width = width
        obj.x = x
        obj.y = y
        if len(data) == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
