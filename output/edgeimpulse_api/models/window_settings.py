from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class WindowSettings(serde.Model):
    """The WindowSettings object of the API."""

    balance_score: float
    valid: bool
    window_count: int
    window_increase_ms: float
    window_increase_pct: float
    window_size_ms: float
    zero_pad_percentage: float
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "balanceScore",
            "valid",
            "windowCount",
            "windowIncreaseMs",
            "windowIncreasePct",
            "windowSizeMs",
            "zeroPadPercentage",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "WindowSettings") -> WindowSettings:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            balance_score = serde.float_(data["balanceScore"], where, "balanceScore")
            valid = serde.bool_(data["valid"], where, "valid")
            window_count = serde.int_(data["windowCount"], where, "windowCount")
            window_increase_ms = serde.float_(
                data["windowIncreaseMs"], where, "windowIncreaseMs"
            )
            window_increase_pct = serde.float_(
                data["windowIncreasePct"], where, "windowIncreasePct"
            )
            window_size_ms = serde.float_(data["windowSizeMs"], where, "windowSizeMs")
            zero_pad_percentage = serde.float_(
                data["zeroPadPercentage"], where, "zeroPadPercentage"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            balance_score=balance_score,
            valid=valid,
            window_count=window_count,
            window_increase_ms=window_increase_ms,
            window_increase_pct=window_increase_pct,
            window_size_ms=window_size_ms,
            zero_pad_percentage=zero_pad_percentage,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "balanceScore": self.balance_score,
            "valid": self.valid,
            "windowCount": self.window_count,
            "windowIncreaseMs": self.window_increase_ms,
            "windowIncreasePct": self.window_increase_pct,
            "windowSizeMs": self.window_size_ms,
            "zeroPadPercentage": self.zero_pad_percentage,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
