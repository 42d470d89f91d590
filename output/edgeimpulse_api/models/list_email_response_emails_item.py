from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ListEmailResponseEmailsItem(serde.Model):
    """The schema at
    `#/components/schemas/ListEmailResponse/allOf/1/properties/emails/items` of the
    API description.

    Attributes:
        body_html (str)
        body_text (str)
        created (datetime.datetime)
        from_ (str)
        provider_response (str)
        sent (bool)
        subject (str)
        to (str)
        project_id (int, optional)
        user_id (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "body_html",
        "body_text",
        "created",
        "from_",
        "provider_response",
        "sent",
        "subject",
        "to",
        "project_id",
        "user_id",
        "additional_properties",
    )

    body_html: str
    body_text: str
    created: datetime.datetime
    from_: str
    provider_response: str
    sent: bool
    subject: str
    to: str
    project_id: int | Unset
    user_id: int | Unset
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        body_html: str,
        body_text: str,
        created: datetime.datetime,
        from_: str,
        provider_response: str,
        sent: bool,
        subject: str,
        to: str,
        project_id: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.body_html = body_html
        self.body_text = body_text
        self.created = created
        self.from_ = from_
        self.provider_response = provider_response
        self.sent = sent
        self.subject = subject
        self.to = to
        self.project_id = project_id
        self.user_id = user_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ListEmailResponseEmailsItem"
    ) -> ListEmailResponseEmailsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            body_html = data["bodyHTML"]
            body_text = data["bodyText"]
            created = data["created"]
            from_ = data["from"]
            provider_response = data["providerResponse"]
            sent = data["sent"]
            subject = data["subject"]
            to = data["to"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(body_html) is not str:
            body_html = serde.str_(body_html, where, "bodyHTML")
        if type(body_text) is not str:
            body_text = serde.str_(body_text, where, "bodyText")
        created = serde.datetime_(created, where, "created")
        if type(from_) is not str:
            from_ = serde.str_(from_, where, "from")
        if type(provider_response) is not str:
            provider_response = serde.str_(provider_response, where, "providerResponse")
        if type(sent) is not bool:
            sent = serde.bool_(sent, where, "sent")
        if type(subject) is not str:
            subject = serde.str_(subject, where, "subject")
        if type(to) is not str:
            to = serde.str_(to, where, "to")
        found = 8  # declared properties in data
        if "projectId" in data:
            found += 1
            project_id = data["projectId"]
            if type(project_id) is not int:
                project_id = serde.int_(project_id, where, "projectId")
        else:
            project_id = UNSET
        if "userId" in data:
            found += 1
            user_id = data["userId"]
            if type(user_id) is not int:
                user_id = serde.int_(user_id, where, "userId")
        else:
            user_id = UNSET
        obj = serde.new_object(cls)
        obj.body_html = body_html
        obj.body_text = body_text
        obj.created = created
        obj.from_ = from_
        obj.provider_response = provider_response
        obj.sent = sent
        obj.subject = subject
        obj.to = to
        obj.project_id = project_id
        obj.user_id = user_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
