from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Calendar(serde.Model):
    """Property names that are common in JSON and harmless in a model class

    Attributes:
        dataclass (str, optional)
        date (datetime.date, optional)
        datetime_ (datetime.datetime, optional)
        decimal (float, optional)
        field (str, optional)
        time (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "dataclass",
        "date",
        "datetime_",
        "decimal",
        "field",
        "time",
        "additional_properties",
    )

    dataclass: str | Unset
    date: datetime.date | Unset
    datetime_: datetime.datetime | Unset
    decimal: float | Unset
    field: str | Unset
    time: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"dataclass", "date", "datetime", "decimal", "field", "time"}
    )

    def __init__(
        self,
        *,
        dataclass: str | Unset = UNSET,
        date: datetime.date | Unset = UNSET,
        datetime_: datetime.datetime | Unset = UNSET,
        decimal: float | Unset = UNSET,
        field: str | Unset = UNSET,
        time: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dataclass = dataclass
        self.date = date
        self.datetime_ = datetime_
        self.decimal = decimal
        self.field = field
        self.time = time
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Calendar") -> Calendar:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "dataclass" in data:
            found += 1
            dataclass = data["dataclass"]
            if type(dataclass) is not str:
                dataclass = serde.str_(dataclass, where, "dataclass")
        else:
            dataclass = UNSET
        if "date" in data:
            found += 1
            date = data["date"]
            date = serde.date_(date, where, "date")
        else:
            date = UNSET
        if "datetime" in data:
            found += 1
            datetime_ = data["datetime"]
            datetime_ = serde.datetime_(datetime_, where, "datetime")
        else:
            datetime_ = UNSET
        if "decimal" in data:
            found += 1
            decimal = data["decimal"]
            if type(decimal) is not float and type(decimal) is not int:
                decimal = serde.float_(decimal, where, "decimal")
        else:
            decimal = UNSET
        if "field" in data:
            found += 1
            field = data["field"]
            if type(field) is not str:
                field = serde.str_(field, where, "field")
        else:
            field = UNSET
        if "time" in data:
            found += 1
            time = data["time"]
            if type(time) is not str:
                time = serde.str_(time, where, "time")
        else:
            time = UNSET
        obj = serde.new_object(cls)
        obj.dataclass = dataclass
        obj.date = date
        obj.datetime_ = datetime_
        obj.decimal = decimal
        obj.field = field
        obj.time = time
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.dataclass is not UNSET:
            out["dataclass"] = self.dataclass
        if self.date is not UNSET:
            out["date"] = self.date.isoformat()
        if self.datetime_ is not UNSET:
            out["datetime"] = serde.format_datetime(self.datetime_)
        if self.decimal is not UNSET:
            out["decimal"] = self.decimal
        if self.field is not UNSET:
            out["field"] = self.field
        if self.time is not UNSET:
            out["time"] = self.time
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
