from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .tuner_space_impulse import TunerSpaceImpulse


@dataclass(slots=True, kw_only=True)
class TunerRun(serde.Model):
    """The TunerRun object of the API.

    Attributes:
        visible: Whether the run is visible in the UI
        space: List of impulses specifying the EON Tuner search space
    """

    created: datetime.datetime
    index: int
    job_status: Literal[
        "cancelled", "creating", "failed", "pending", "running", "success"
    ]
    tuner_coordinator_job_id: int
    tuner_job_id: int
    visible: bool
    continuation_job_id: int | Unset = UNSET
    name: str | Unset = UNSET
    space: list[TunerSpaceImpulse] | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "continuationJobId",
            "created",
            "index",
            "jobStatus",
            "name",
            "space",
            "tunerCoordinatorJobId",
            "tunerJobId",
            "visible",
        }
    )

    @classmethod
    def from_dict(cls, data: Any, where: str = "TunerRun") -> TunerRun:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            created = serde.datetime_(data["created"], where, "created")
            index = serde.int_(data["index"], where, "index")
            job_status = serde.str_enum(data["jobStatus"], where, "jobStatus")
            tuner_coordinator_job_id = serde.int_(
                data["tunerCoordinatorJobId"], where, "tunerCoordinatorJobId"
            )
            tuner_job_id = serde.int_(data["tunerJobId"], where, "tunerJobId")
            visible = serde.bool_(data["visible"], where, "visible")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        continuation_job_id = data.get("continuationJobId", UNSET)
        if continuation_job_id is not UNSET:
            continuation_job_id = serde.int_(
                continuation_job_id, where, "continuationJobId"
            )
        name = data.get("name", UNSET)
        if name is not UNSET:
            name = serde.str_(name, where, "name")
        space = data.get("space", UNSET)
        if space is not UNSET:
            space = serde.list_of(space, where, "space", TunerSpaceImpulse.convert)
        return cls(
            created=created,
            index=index,
            job_status=job_status,
            tuner_coordinator_job_id=tuner_coordinator_job_id,
            tuner_job_id=tuner_job_id,
            visible=visible,
            continuation_job_id=continuation_job_id,
            name=name,
            space=space,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "index": self.index,
            "jobStatus": self.job_status,
            "tunerCoordinatorJobId": self.tuner_coordinator_job_id,
            "tunerJobId": self.tuner_job_id,
            "visible": self.visible,
        }
        if self.continuation_job_id is not UNSET:
            out["continuationJobId"] = self.continuation_job_id
        if self.name is not UNSET:
            out["name"] = self.name
        if self.space is not UNSET:
            out["space"] = [v0.to_dict(request=request) for v0 in self.space]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
