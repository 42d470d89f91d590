from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .tuner_space_impulse import TunerSpaceImpulse


class TunerRun(serde.Model):
    """The schema at `#/components/schemas/TunerRun` of the API description.

    Attributes:
        created (datetime.datetime)
        index (int)
        job_status (Literal["cancelled", "creating", "failed", "pending", "running",
            "success"])
        tuner_coordinator_job_id (int)
        tuner_job_id (int)
        visible (bool): Whether the run is visible in the UI
        continuation_job_id (int, optional)
        name (str, optional)
        space (list[TunerSpaceImpulse], optional): List of impulses specifying the EON
            Tuner search space
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "index",
        "job_status",
        "tuner_coordinator_job_id",
        "tuner_job_id",
        "visible",
        "continuation_job_id",
        "name",
        "space",
        "additional_properties",
    )

    created: datetime.datetime
    index: int
    job_status: Literal[
        "cancelled", "creating", "failed", "pending", "running", "success"
    ]
    tuner_coordinator_job_id: int
    tuner_job_id: int
    visible: bool
    continuation_job_id: int | Unset
    name: str | Unset
    space: list[TunerSpaceImpulse] | Unset
    additional_properties: dict[str, Any]

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

    def __init__(
        self,
        *,
        created: datetime.datetime,
        index: int,
        job_status: Literal[
            "cancelled", "creating", "failed", "pending", "running", "success"
        ],
        tuner_coordinator_job_id: int,
        tuner_job_id: int,
        visible: bool,
        continuation_job_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        space: list[TunerSpaceImpulse] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.index = index
        self.job_status = job_status
        self.tuner_coordinator_job_id = tuner_coordinator_job_id
        self.tuner_job_id = tuner_job_id
        self.visible = visible
        self.continuation_job_id = continuation_job_id
        self.name = name
        self.space = space
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "TunerRun") -> TunerRun:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            index = data["index"]
            job_status = data["jobStatus"]
            tuner_coordinator_job_id = data["tunerCoordinatorJobId"]
            tuner_job_id = data["tunerJobId"]
            visible = data["visible"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(index) is not int:
            index = serde.int_(index, where, "index")
        if type(job_status) is not str:
            job_status = serde.str_enum(job_status, where, "jobStatus")
        if type(tuner_coordinator_job_id) is not int:
            tuner_coordinator_job_id = serde.int_(
                tuner_coordinator_job_id, where, "tunerCoordinatorJobId"
            )
        if type(tuner_job_id) is not int:
            tuner_job_id = serde.int_(tuner_job_id, where, "tunerJobId")
        if type(visible) is not bool:
            visible = serde.bool_(visible, where, "visible")
        found = 6  # declared properties in data
        if "continuationJobId" in data:
            found += 1
            continuation_job_id = data["continuationJobId"]
            if type(continuation_job_id) is not int:
                continuation_job_id = serde.int_(
                    continuation_job_id, where, "continuationJobId"
                )
        else:
            continuation_job_id = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "space" in data:
            found += 1
            space = data["space"]
            space = serde.list_of_models(
                space, where, "space", TunerSpaceImpulse.from_dict
            )
        else:
            space = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.index = index
        obj.job_status = job_status
        obj.tuner_coordinator_job_id = tuner_coordinator_job_id
        obj.tuner_job_id = tuner_job_id
        obj.visible = visible
        obj.continuation_job_id = continuation_job_id
        obj.name = name
        obj.space = space
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

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
