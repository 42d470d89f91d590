from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .list_organization_data_response_data_item import (
    ListOrganizationDataResponseDataItem,
)


class ListOrganizationDataResponse(serde.Model):
    """The schema at `#/components/schemas/ListOrganizationDataResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        data (list[ListOrganizationDataResponseDataItem], optional)
        error (str, optional): Optional error description (set if 'success' was false)
        filter_parse_error (str, optional)
        total_data_item_count (int, optional)
        total_file_count (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "success",
        "data",
        "error",
        "filter_parse_error",
        "total_data_item_count",
        "total_file_count",
        "additional_properties",
    )

    success: bool
    data: list[ListOrganizationDataResponseDataItem] | Unset
    error: str | Unset
    filter_parse_error: str | Unset
    total_data_item_count: int | Unset
    total_file_count: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "error",
            "filterParseError",
            "success",
            "totalDataItemCount",
            "totalFileCount",
        }
    )

    def __init__(
        self,
        *,
        success: bool,
        data: list[ListOrganizationDataResponseDataItem] | Unset = UNSET,
        error: str | Unset = UNSET,
        filter_parse_error: str | Unset = UNSET,
        total_data_item_count: int | Unset = UNSET,
        total_file_count: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.data = data
        self.error = error
        self.filter_parse_error = filter_parse_error
        self.total_data_item_count = total_data_item_count
        self.total_file_count = total_file_count
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListOrganizationDataResponse"
    ) -> ListOrganizationDataResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 1  # declared properties in data
        if "data" in data:
            found += 1
            _data = data["data"]
            _data = serde.list_of_models(
                _data, where, "data", ListOrganizationDataResponseDataItem.from_dict
            )
        else:
            _data = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "filterParseError" in data:
            found += 1
            filter_parse_error = data["filterParseError"]
            if type(filter_parse_error) is not str:
                filter_parse_error = serde.str_(
                    filter_parse_error, where, "filterParseError"
                )
        else:
            filter_parse_error = UNSET
        if "totalDataItemCount" in data:
            found += 1
            total_data_item_count = data["totalDataItemCount"]
            if type(total_data_item_count) is not int:
                total_data_item_count = serde.int_(
                    total_data_item_count, where, "totalDataItemCount"
                )
        else:
            total_data_item_count = UNSET
        if "totalFileCount" in data:
            found += 1
            total_file_count = data["totalFileCount"]
            if type(total_file_count) is not int:
                total_file_count = serde.int_(total_file_count, where, "totalFileCount")
        else:
            total_file_count = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.data = _data
        obj.error = error
        obj.filter_parse_error = filter_parse_error
        obj.total_data_item_count = total_data_item_count
        obj.total_file_count = total_file_count
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
        }
        if self.data is not UNSET:
            out["data"] = [v0.to_dict(request=request) for v0 in self.data]
        if self.error is not UNSET:
            out["error"] = self.error
        if self.filter_parse_error is not UNSET:
            out["filterParseError"] = self.filter_parse_error
        if self.total_data_item_count is not UNSET:
            out["totalDataItemCount"] = self.total_data_item_count
        if self.total_file_count is not UNSET:
            out["totalFileCount"] = self.total_file_count
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
