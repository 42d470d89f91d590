from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetLatestReportResponse(serde.Model):
    """The schema at
    `#/paths/~1reports~1latest/get/responses/200/content/application~1json/schema` of
    the API description.

    Attributes:
        rows (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("rows", "additional_properties")

    rows: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"rows"})

    def __init__(
        self,
        *,
        rows: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.rows = rows
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetLatestReportResponse"
    ) -> GetLatestReportResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "rows" in data:
            found += 1
            rows = data["rows"]
            if type(rows) is not int:
                rows = serde.int_(rows, where, "rows")
        else:
            rows = UNSET
        obj = serde.new_object(cls)
        obj.rows = rows
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.rows is not UNSET:
            out["rows"] = self.rows
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
