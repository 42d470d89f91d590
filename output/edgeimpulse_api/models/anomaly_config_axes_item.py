from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class AnomalyConfigAxesItem(serde.Model):
    """The AnomalyConfigAxesItem object of the API."""

    favourite: bool
    ix: int
    label: str
    selected: bool
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"favourite", "ix", "label", "selected"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AnomalyConfigAxesItem"
    ) -> AnomalyConfigAxesItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            favourite = serde.bool_(data["favourite"], where, "favourite")
            ix = serde.int_(data["ix"], where, "ix")
            label = serde.str_(data["label"], where, "label")
            selected = serde.bool_(data["selected"], where, "selected")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            favourite=favourite,
            ix=ix,
            label=label,
            selected=selected,
            additional_properties=serde.extras(data, cls._json_names),
        )

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
