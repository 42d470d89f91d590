from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .list_email_response_emails_item import ListEmailResponseEmailsItem


class ListEmailResponse(serde.Model):
    """The schema at `#/components/schemas/ListEmailResponse` of the API description.

    Attributes:
        emails (list[ListEmailResponseEmailsItem]): List of emails
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("emails", "success", "error", "additional_properties")

    emails: list[ListEmailResponseEmailsItem]
    success: bool
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"emails", "error", "success"})

    def __init__(
        self,
        *,
        emails: list[ListEmailResponseEmailsItem],
        success: bool,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.emails = emails
        self.success = success
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListEmailResponse"
    ) -> ListEmailResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            emails = data["emails"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        emails = serde.list_of_models(
            emails, where, "emails", ListEmailResponseEmailsItem.from_dict
        )
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 2  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.emails = emails
        obj.success = success
        obj.error = error
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "emails": [v0.to_dict(request=request) for v0 in self.emails],
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
