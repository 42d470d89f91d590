from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde


@dataclass(slots=True, kw_only=True)
class InviteOrganizationMemberRequest(serde.Model):
    """The InviteOrganizationMemberRequest object of the API.

    Attributes:
        email: E-mail address
        datasets: Only used for 'guest' users. Limits the datasets the user has access to.
    """

    email: str
    role: Literal["admin", "member", "guest"]
    datasets: list[str]
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"email", "role", "datasets"})

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "InviteOrganizationMemberRequest"
    ) -> InviteOrganizationMemberRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            email = serde.str_(data["email"], where, "email")
            role = serde.str_enum(data["role"], where, "role")
            datasets = serde.list_of(data["datasets"], where, "datasets", serde.str_)
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        return cls(
            email=email,
            role=role,
            datasets=datasets,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "email": self.email,
            "role": self.role,
            "datasets": self.datasets,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
