from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class CreateItemResponse202(serde.Model):
    """The schema at
    `#/paths/~1items/post/responses/202/content/application~1json/schema` of the API
    description.

    Attributes:
        job_id (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("job_id", "additional_properties")

    job_id: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"jobId"})

    def __init__(
        self,
        *,
        job_id: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.job_id = job_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateItemResponse202"
    ) -> CreateItemResponse202:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "jobId" in data:
            found += 1
            job_id = data["jobId"]
            if type(job_id) is not str:
                job_id = serde.str_(job_id, where, "jobId")
        else:
            job_id = UNSET
        obj = serde.new_object(cls)
        obj.job_id = job_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.job_id is not UNSET:
            out["jobId"] = self.job_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
