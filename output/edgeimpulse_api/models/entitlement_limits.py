from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class EntitlementLimits(serde.Model):
    """The schema at `#/components/schemas/EntitlementLimits` of the API description.

    Attributes:
        compute_time_per_year (float, optional): Total compute time entitlement (CPU +
            GPU), in seconds
        gpu_compute_time_per_year (float, optional): GPU compute time entitlement, in
            seconds
        number_of_projects (int, optional): Number of projects allowed for this
            organization
        number_of_users (int, optional): Number of users allowed for this organization
        total_storage (float, optional): Storage entitlement, in bytes
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "compute_time_per_year",
        "gpu_compute_time_per_year",
        "number_of_projects",
        "number_of_users",
        "total_storage",
        "additional_properties",
    )

    compute_time_per_year: float | Unset
    gpu_compute_time_per_year: float | Unset
    number_of_projects: int | Unset
    number_of_users: int | Unset
    total_storage: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "computeTimePerYear",
            "gpuComputeTimePerYear",
            "numberOfProjects",
            "numberOfUsers",
            "totalStorage",
        }
    )

    def __init__(
        self,
        *,
        compute_time_per_year: float | Unset = UNSET,
        gpu_compute_time_per_year: float | Unset = UNSET,
        number_of_projects: int | Unset = UNSET,
        number_of_users: int | Unset = UNSET,
        total_storage: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.compute_time_per_year = compute_time_per_year
        self.gpu_compute_time_per_year = gpu_compute_time_per_year
        self.number_of_projects = number_of_projects
        self.number_of_users = number_of_users
        self.total_storage = total_storage
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "EntitlementLimits"
    ) -> EntitlementLimits:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "computeTimePerYear" in data:
            found += 1
            compute_time_per_year = data["computeTimePerYear"]
            if (
                type(compute_time_per_year) is not float
                and type(compute_time_per_year) is not int
            ):
                compute_time_per_year = serde.float_(
                    compute_time_per_year, where, "computeTimePerYear"
                )
        else:
            compute_time_per_year = UNSET
        if "gpuComputeTimePerYear" in data:
            found += 1
            gpu_compute_time_per_year = data["gpuComputeTimePerYear"]
            if (
                type(gpu_compute_time_per_year) is not float
                and type(gpu_compute_time_per_year) is not int
            ):
                gpu_compute_time_per_year = serde.float_(
                    gpu_compute_time_per_year, where, "gpuComputeTimePerYear"
                )
        else:
            gpu_compute_time_per_year = UNSET
        if "numberOfProjects" in data:
            found += 1
            number_of_projects = data["numberOfProjects"]
            if type(number_of_projects) is not int:
                number_of_projects = serde.int_(
                    number_of_projects, where, "numberOfProjects"
                )
        else:
            number_of_projects = UNSET
        if "numberOfUsers" in data:
            found += 1
            number_of_users = data["numberOfUsers"]
            if type(number_of_users) is not int:
                number_of_users = serde.int_(number_of_users, where, "numberOfUsers")
        else:
            number_of_users = UNSET
        if "totalStorage" in data:
            found += 1
            total_storage = data["totalStorage"]
            if type(total_storage) is not float and type(total_storage) is not int:
                total_storage = serde.float_(total_storage, where, "totalStorage")
        else:
            total_storage = UNSET
        obj = serde.new_object(cls)
        obj.compute_time_per_year = compute_time_per_year
        obj.gpu_compute_time_per_year = gpu_compute_time_per_year
        obj.number_of_projects = number_of_projects
        obj.number_of_users = number_of_users
        obj.total_storage = total_storage
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.compute_time_per_year is not UNSET:
            out["computeTimePerYear"] = self.compute_time_per_year
        if self.gpu_compute_time_per_year is not UNSET:
            out["gpuComputeTimePerYear"] = self.gpu_compute_time_per_year
        if self.number_of_projects is not UNSET:
            out["numberOfProjects"] = self.number_of_projects
        if self.number_of_users is not UNSET:
            out["numberOfUsers"] = self.number_of_users
        if self.total_storage is not UNSET:
            out["totalStorage"] = self.total_storage
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
