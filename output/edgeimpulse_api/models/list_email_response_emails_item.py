from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class ListEmailResponseEmailsItem(serde.Model):
    """The ListEmailResponseEmailsItem object of the API."""

    from_: str
    to: str
    created: datetime.datetime
    subject: str
    body_text: str
    body_html: str
    sent: bool
    provider_response: str
    user_id: int | Unset = UNSET
    project_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "userId",
            "projectId",
            "from",
            "to",
            "created",
            "subject",
            "bodyText",
            "bodyHTML",
            "sent",
            "providerResponse",
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
            from_ = serde.str_(data["from"], where, "from")
            to = serde.str_(data["to"], where, "to")
            created = serde.datetime_(data["created"], where, "created")
            subject = serde.str_(data["subject"], where, "subject")
            body_text = serde.str_(data["bodyText"], where, "bodyText")
            body_html = serde.str_(data["bodyHTML"], where, "bodyHTML")
            sent = serde.bool_(data["sent"], where, "sent")
            provider_response = serde.str_(
                data["providerResponse"], where, "providerResponse"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        user_id = data.get("userId", UNSET)
        if user_id is not UNSET:
            user_id = serde.int_(user_id, where, "userId")
        project_id = data.get("projectId", UNSET)
        if project_id is not UNSET:
            project_id = serde.int_(project_id, where, "projectId")
        return cls(
            from_=from_,
            to=to,
            created=created,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            sent=sent,
            provider_response=provider_response,
            user_id=user_id,
            project_id=project_id,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "from": self.from_,
            "to": self.to,
            "created": serde.format_datetime(self.created),
            "subject": self.subject,
            "bodyText": self.body_text,
            "bodyHTML": self.body_html,
            "sent": self.sent,
            "providerResponse": self.provider_response,
        }
        if self.user_id is not UNSET:
            out["userId"] = self.user_id
        if self.project_id is not UNSET:
            out["projectId"] = self.project_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
