from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .log_stdout_response_stdout_item import LogStdoutResponseStdoutItem


@dataclass(slots=True, kw_only=True)
class LogStdoutResponse(serde.Model):
    """The LogStdoutResponse object of the API.

    Attributes:
        success: Whether the operation succeeded
        total_count: Total number of logs (only the last 1000 lines are returned)
        error: Optional error description (set if 'success' was false)
    """

    stdout: list[LogStdoutResponseStdoutItem]
    success: bool
    total_count: int
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "stdout", "success", "totalCount"}
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "LogStdoutResponse"
    ) -> LogStdoutResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            stdout = serde.list_of(
                data["stdout"], where, "stdout", LogStdoutResponseStdoutItem.convert
            )
            success = serde.bool_(data["success"], where, "success")
            total_count = serde.int_(data["totalCount"], where, "totalCount")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        error = data.get("error", UNSET)
        if error is not UNSET:
            error = serde.str_(error, where, "error")
        return cls(
            stdout=stdout,
            success=success,
            total_count=total_count,
            error=error,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "stdout": [v0.to_dict(request=request) for v0 in self.stdout],
            "success": self.success,
            "totalCount": self.total_count,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
