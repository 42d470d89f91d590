from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class InviteOrganizationMemberRequest(serde.Model):
    """The schema at `#/components/schemas/InviteOrganizationMemberRequest` of the API
    description.

    Attributes:
        datasets (list[str]): Only used for 'guest' users. Limits the datasets the user
            has access to.
        email (str): E-mail address
        role (Literal["admin", "member", "guest"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("datasets", "email", "role", "additional_properties")

    datasets: list[str]
    email: str
    role: Literal["admin", "member", "guest"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"datasets", "email", "role"})

    def __init__(
        self,
        *,
        datasets: list[str],
        email: str,
        role: Literal["admin", "member", "guest"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.datasets = datasets
        self.email = email
        self.role = role
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "InviteOrganizationMemberRequest"
    ) -> InviteOrganizationMemberRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            datasets = data["datasets"]
            email = data["email"]
            role = data["role"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        datasets = serde.str_list(datasets, where, "datasets")
        if type(email) is not str:
            email = serde.str_(email, where, "email")
        if type(role) is not str:
            role = serde.str_enum(role, where, "role")
        obj = serde.new_object(cls)
        obj.datasets = datasets
        obj.email = email
        obj.role = role
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "datasets": self.datasets,
            "email": self.email,
            "role": self.role,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
