from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .admin_api_project import AdminApiProject


class AdminListProjectsResponse(serde.Model):
    """The schema at `#/components/schemas/AdminListProjectsResponse` of the API
    description.

    Attributes:
        projects (list[AdminApiProject]): Array with projects
        success (bool): Whether the operation succeeded
        total (int)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("projects", "success", "total", "error", "additional_properties")

    projects: list[AdminApiProject]
    success: bool
    total: int
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "projects", "success", "total"}
    )

    def __init__(
        self,
        *,
        projects: list[AdminApiProject],
        success: bool,
        total: int,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.projects = projects
        self.success = success
        self.total = total
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminListProjectsResponse"
    ) -> AdminListProjectsResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            projects = data["projects"]
            success = data["success"]
            total = data["total"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        projects = serde.list_of_models(
            projects, where, "projects", AdminApiProject.from_dict
        )
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        if type(total) is not int:
            total = serde.int_(total, where, "total")
        found = 3  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.projects = projects
        obj.success = success
        obj.total = total
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "projects": [v0.to_dict(request=request) for v0 in self.projects],
            "success": self.success,
            "total": self.total,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
