from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class WindowSettings(serde.Model):
    """The schema at `#/components/schemas/WindowSettings` of the API description.

    Attributes:
        balance_score (float)
        valid (bool)
        window_count (int)
        window_increase_ms (float)
        window_increase_pct (float)
        window_size_ms (float)
        zero_pad_percentage (float)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "balance_score",
        "valid",
        "window_count",
        "window_increase_ms",
        "window_increase_pct",
        "window_size_ms",
        "zero_pad_percentage",
        "additional_properties",
    )

    balance_score: float
    valid: bool
    window_count: int
    window_increase_ms: float
    window_increase_pct: float
    window_size_ms: float
    zero_pad_percentage: float
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        balance_score: float,
        valid: bool,
        window_count: int,
        window_increase_ms: float,
        window_increase_pct: float,
        window_size_ms: float,
        zero_pad_percentage: float,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.balance_score = balance_score
        self.valid = valid
        self.window_count = window_count
        self.window_increase_ms = window_increase_ms
        self.window_increase_pct = window_increase_pct
        self.window_size_ms = window_size_ms
        self.zero_pad_percentage = zero_pad_percentage
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "WindowSettings") -> WindowSettings:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            balance_score = data["balanceScore"]
            valid = data["valid"]
            window_count = data["windowCount"]
            window_increase_ms = data["windowIncreaseMs"]
            window_increase_pct = data["windowIncreasePct"]
            window_size_ms = data["windowSizeMs"]
            zero_pad_percentage = data["zeroPadPercentage"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(balance_score) is not float and type(balance_score) is not int:
            balance_score = serde.float_(balance_score, where, "balanceScore")
        if type(valid) is not bool:
            valid = serde.bool_(valid, where, "valid")
        if type(window_count) is not int:
            window_count = serde.int_(window_count, where, "windowCount")
        if (
            type(window_increase_ms) is not float
            and type(window_increase_ms) is not int
        ):
            window_increase_ms = serde.float_(
                window_increase_ms, where, "windowIncreaseMs"
            )
        if (
            type(window_increase_pct) is not float
            and type(window_increase_pct) is not int
        ):
            window_increase_pct = serde.float_(
                window_increase_pct, where, "windowIncreasePct"
            )
        if type(window_size_ms) is not float and type(window_size_ms) is not int:
            window_size_ms = serde.float_(window_size_ms, where, "windowSizeMs")
        if (
            type(zero_pad_percentage) is not float
            and type(zero_pad_percentage) is not int
        ):
            zero_pad_percentage = serde.float_(
                zero_pad_percentage, where, "zeroPadPercentage"
            )
        obj = serde.new_object(cls)
        obj.balance_score = balance_score
        obj.valid = valid
        obj.window_count = window_count
        obj.window_increase_ms = window_increase_ms
        obj.window_increase_pct = window_increase_pct
        obj.window_size_ms = window_size_ms
        obj.zero_pad_percentage = zero_pad_percentage
        if len(data) == 7:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
