from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class AnomalyConfigAxesItem(serde.Model):
    """The schema at `#/components/schemas/AnomalyConfig/properties/axes/items` of the
    API description.

    Attributes:
        favourite (bool)
        ix (int)
        label (str)
        selected (bool)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("favourite", "ix", "label", "selected", "additional_properties")

    favourite: bool
    ix: int
    label: str
    selected: bool
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"favourite", "ix", "label", "selected"}
    )

    def __init__(
        self,
        *,
        favourite: bool,
        ix: int,
        label: str,
        selected: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.favourite = favourite
        self.ix = ix
        self.label = label
        self.selected = selected
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyConfigAxesItem"
    ) -> AnomalyConfigAxesItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            favourite = data["favourite"]
            ix = data["ix"]
            label = data["label"]
            selected = data["selected"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(favourite) is not bool:
            favourite = serde.bool_(favourite, where, "favourite")
        if type(ix) is not int:
            ix = serde.int_(ix, where, "ix")
        if type(label) is not str:
            label = serde.str_(label, where, "label")
        if type(selected) is not bool:
            selected = serde.bool_(selected, where, "selected")
        obj = serde.new_object(cls)
        obj.favourite = favourite
        obj.ix = ix
        obj.label = label
        obj.selected = selected
        if len(data) == 4:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "favourite": self.favourite,
            "ix": self.ix,
            "label": self.label,
            "selected": self.selected,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
