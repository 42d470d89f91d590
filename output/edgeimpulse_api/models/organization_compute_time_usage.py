from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class OrganizationComputeTimeUsage(serde.Model):
    """The schema at `#/components/schemas/OrganizationComputeTimeUsage` of the API
    description.

    Attributes:
        cpu_compute_time (float, optional): CPU compute time in seconds of all jobs in
            the organization (including organizational project jobs).
        gpu_compute_time (float, optional): GPU compute time in seconds of all jobs in
            the organization (including organizational project jobs).
        total_compute_time (float, optional): Total compute time is the amount of
            computation time spent in jobs, in minutes used by an organization over the
            given period, calculated as CPU + GPU minutes.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "cpu_compute_time",
        "gpu_compute_time",
        "total_compute_time",
        "additional_properties",
    )

    cpu_compute_time: float | Unset
    gpu_compute_time: float | Unset
    total_compute_time: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"cpuComputeTime", "gpuComputeTime", "totalComputeTime"}
    )

    def __init__(
        self,
        *,
        cpu_compute_time: float | Unset = UNSET,
        gpu_compute_time: float | Unset = UNSET,
        total_compute_time: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.cpu_compute_time = cpu_compute_time
        self.gpu_compute_time = gpu_compute_time
        self.total_compute_time = total_compute_time
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "OrganizationComputeTimeUsage"
    ) -> OrganizationComputeTimeUsage:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "cpuComputeTime" in data:
            found += 1
            cpu_compute_time = data["cpuComputeTime"]
            if (
                type(cpu_compute_time) is not float
                and type(cpu_compute_time) is not int
            ):
                cpu_compute_time = serde.float_(
                    cpu_compute_time, where, "cpuComputeTime"
                )
        else:
            cpu_compute_time = UNSET
        if "gpuComputeTime" in data:
            found += 1
            gpu_compute_time = data["gpuComputeTime"]
            if (
                type(gpu_compute_time) is not float
                and type(gpu_compute_time) is not int
            ):
                gpu_compute_time = serde.float_(
                    gpu_compute_time, where, "gpuComputeTime"
                )
        else:
            gpu_compute_time = UNSET
        if "totalComputeTime" in data:
            found += 1
            total_compute_time = data["totalComputeTime"]
            if (
                type(total_compute_time) is not float
                and type(total_compute_time) is not int
            ):
                total_compute_time = serde.float_(
                    total_compute_time, where, "totalComputeTime"
                )
        else:
            total_compute_time = UNSET
        obj = serde.new_object(cls)
        obj.cpu_compute_time = cpu_compute_time
        obj.gpu_compute_time = gpu_compute_time
        obj.total_compute_time = total_compute_time
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.cpu_compute_time is not UNSET:
            out["cpuComputeTime"] = self.cpu_compute_time
        if self.gpu_compute_time is not UNSET:
            out["gpuComputeTime"] = self.gpu_compute_time
        if self.total_compute_time is not UNSET:
            out["totalComputeTime"] = self.total_compute_time
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
