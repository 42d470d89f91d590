from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


@dataclass(slots=True, kw_only=True)
class CreateItemResponse202(serde.Model):
    """The CreateItemResponse202 object of the API."""

    job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"jobId"})

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateItemResponse202"
    ) -> CreateItemResponse202:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        job_id = data.get("jobId", UNSET)
        if job_id is not UNSET and type(job_id) is not str:
            job_id = serde.str_(job_id, where, "jobId")
        obj = object.__new__(cls)
        obj.job_id = job_id
        if cls._json_names.issuperset(data):
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
