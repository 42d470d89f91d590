from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class ImpulseInputBlockLabelingMethodMultiLabel(serde.Model):
    """How to pick the label for multi-label samples

    Attributes:
        type (Literal["end-of-window", "anywhere-in-window"])
        labels (list[str], optional): Required when choosing "anywhere-in-window". The
            list of classes that should trigger detection (e.g. "interference").
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("type", "labels", "additional_properties")

    type: Literal["end-of-window", "anywhere-in-window"]
    labels: list[str] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"labels", "type"})

    def __init__(
        self,
        *,
        type: Literal["end-of-window", "anywhere-in-window"],
        labels: list[str] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.type = type
        self.labels = labels
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ImpulseInputBlockLabelingMethodMultiLabel"
    ) -> ImpulseInputBlockLabelingMethodMultiLabel:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _type = data["type"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_type) is not str:
            _type = serde.str_enum(_type, where, "type")
        found = 1  # declared properties in data
        if "labels" in data:
            found += 1
            labels = data["labels"]
            labels = serde.str_list(labels, where, "labels")
        else:
            labels = UNSET
        obj = serde.new_object(cls)
        obj.type = _type
        obj.labels = labels
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "type": self.type,
        }
        if self.labels is not UNSET:
            out["labels"] = self.labels
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
