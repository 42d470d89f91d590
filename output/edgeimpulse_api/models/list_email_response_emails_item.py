from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class ListEmailResponseEmailsItem(serde.Model):
    """The ListEmailResponseEmailsItem object of the API."""

    body_html: str
    body_text: str
    created: datetime.datetime
    from_: str
    provider_response: str
    sent: bool
    subject: str
    to: str
    project_id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "bodyHTML",
            "bodyText",
            "created",
            "from",
            "projectId",
            "providerResponse",
            "sent",
            "subject",
            "to",
            "userId",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListEmailResponseEmailsItem"
    ) -> ListEmailResponseEmailsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            body_html = serde.str_(data["bodyHTML"], where, "bodyHTML")
            body_text = serde.str_(data["bodyText"], where, "bodyText")
            created = serde.datetime_(data["created"], where, "created")
            from_ = serde.str_(data["from"], where, "from")
            provider_response = serde.str_(
                data["providerResponse"], where, "providerResponse"
            )
            sent = serde.bool_(data["sent"], where, "sent")
            subject = serde.str_(data["subject"], where, "subject")
            to = serde.str_(data["to"], where, "to")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        project_id = data.get("projectId", UNSET)
        if project_id is not UNSET:
            project_id = serde.int_(project_id, where, "projectId")
        user_id = data.get("userId", UNSET)
        if user_id is not UNSET:
            user_id = serde.int_(user_id, where, "userId")
        return cls(
            body_html=body_html,
            body_text=body_text,
            created=created,
            from_=from_,
            provider_response=provider_response,
            sent=sent,
            subject=subject,
            to=to,
            project_id=project_id,
            user_id=user_id,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "bodyHTML": self.body_html,
            "bodyText": self.body_text,
            "created": serde.format_datetime(self.created),
            "from": self.from_,
            "providerResponse": self.provider_response,
            "sent": self.sent,
            "subject": self.subject,
            "to": self.to,
        }
        if self.project_id is not UNSET:
            out["projectId"] = self.project_id
        if self.user_id is not UNSET:
            out["userId"] = self.user_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
