from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .admin_api_project import AdminApiProject


@dataclass(slots=True, kw_only=True)
class AdminListProjects(serde.Model):
    """The AdminListProjects object of the API.

    Attributes:
        projects: Array with projects
    """

    projects: list[AdminApiProject]
    total: int
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"projects", "total"})

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminListProjects"
    ) -> AdminListProjects:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            projects = serde.list_of(
                data["projects"], where, "projects", AdminApiProject.convert
            )
            total = serde.int_(data["total"], where, "total")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            projects=projects,
            total=total,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "projects": [v0.to_dict(request=request) for v0 in self.projects],
            "total": self.total,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
