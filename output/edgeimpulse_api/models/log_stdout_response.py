from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .log_stdout_response_stdout_item import LogStdoutResponseStdoutItem


class LogStdoutResponse(serde.Model):
    """The schema at `#/components/schemas/LogStdoutResponse` of the API description.

    Attributes:
        stdout (list[LogStdoutResponseStdoutItem])
        success (bool): Whether the operation succeeded
        total_count (int): Total number of logs (only the last 1000 lines are returned)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("stdout", "success", "total_count", "error", "additional_properties")

    stdout: list[LogStdoutResponseStdoutItem]
    success: bool
    total_count: int
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "stdout", "success", "totalCount"}
    )

    def __init__(
        self,
        *,
        stdout: list[LogStdoutResponseStdoutItem],
        success: bool,
        total_count: int,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.stdout = stdout
        self.success = success
        self.total_count = total_count
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "LogStdoutResponse"
    ) -> LogStdoutResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            stdout = data["stdout"]
            success = data["success"]
            total_count = data["totalCount"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        stdout = serde.list_of_models(
            stdout, where, "stdout", LogStdoutResponseStdoutItem.from_dict
        )
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        if type(total_count) is not int:
            total_count = serde.int_(total_count, where, "totalCount")
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.stdout = stdout
        obj.success = success
        obj.total_count = total_count
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
