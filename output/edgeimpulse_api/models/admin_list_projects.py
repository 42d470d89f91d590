from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .admin_api_project import AdminApiProject


class AdminListProjects(serde.Model):
    """The schema at `#/components/schemas/AdminListProjects` of the API description.

    Attributes:
        projects (list[AdminApiProject]): Array with projects
        total (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("projects", "total", "additional_properties")

    projects: list[AdminApiProject]
    total: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"projects", "total"})

    def __init__(
        self,
        *,
        projects: list[AdminApiProject],
        total: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.projects = projects
        self.total = total
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminListProjects"
    ) -> AdminListProjects:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            projects = data["projects"]
            total = data["total"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        projects = serde.list_of_models(
            projects, where, "projects", AdminApiProject.from_dict
        )
        if type(total) is not int:
            total = serde.int_(total, where, "total")
        obj = serde.new_object(cls)
        obj.projects = projects
        obj.total = total
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "projects": [v0.to_dict(request=request) for v0 in self.projects],
            "total": self.total,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
