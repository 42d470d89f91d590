from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class Job(serde.Model):
    """The schema at `#/components/schemas/Job` of the API description.

    Attributes:
        uuid_ (str)
        title (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("uuid_", "title", "additional_properties")

    uuid_: str
    title: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"title", "uuid"})

    def __init__(
        self,
        *,
        uuid_: str,
        title: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.uuid_ = uuid_
        self.title = title
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Job") -> Job:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            uuid_ = data["uuid"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(uuid_) is not str:
            uuid_ = serde.str_(uuid_, where, "uuid")
        found = 1  # declared properties in data
        if "title" in data:
            found += 1
            title = data["title"]
            if type(title) is not str:
                title = serde.str_(title, where, "title")
        else:
            title = UNSET
        obj = serde.new_object(cls)
        obj.uuid_ = uuid_
        obj.title = title
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "uuid": self.uuid_,
        }
        if self.title is not UNSET:
            out["title"] = self.title
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
