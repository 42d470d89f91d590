from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class LogStdoutResponseStdoutItem(serde.Model):
    """The schema at
    `#/components/schemas/LogStdoutResponse/allOf/1/properties/stdout/items` of the
    API description.

    Attributes:
        created (datetime.datetime)
        data (str)
        log_level (Literal["error", "warn", "info", "debug"], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("created", "data", "log_level", "additional_properties")

    created: datetime.datetime
    data: str
    log_level: Literal["error", "warn", "info", "debug"] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"created", "data", "logLevel"})

    def __init__(
        self,
        *,
        created: datetime.datetime,
        data: str,
        log_level: Literal["error", "warn", "info", "debug"] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.data = data
        self.log_level = log_level
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "LogStdoutResponseStdoutItem"
    ) -> LogStdoutResponseStdoutItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            _data = data["data"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(_data) is not str:
            _data = serde.str_(_data, where, "data")
        found = 2  # declared properties in data
        if "logLevel" in data:
            found += 1
            log_level = data["logLevel"]
            if type(log_level) is not str:
                log_level = serde.str_enum(log_level, where, "logLevel")
        else:
            log_level = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.data = _data
        obj.log_level = log_level
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "data": self.data,
        }
        if self.log_level is not UNSET:
            out["logLevel"] = self.log_level
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
