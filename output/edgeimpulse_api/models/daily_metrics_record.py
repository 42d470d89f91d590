from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class DailyMetricsRecord(serde.Model):
    """The schema at `#/components/schemas/DailyMetricsRecord` of the API description.

    Attributes:
        compute_time_calculated_since (datetime.datetime): Date from which the total
            compute time is calculated. This is the contract start date for billing
            organizations, or organization / user creation date.
        compute_time_seconds (int): Total compute time during the metrics record date.
            Compute time is calculated as CPU + 3*GPU compute time.
        cpu_compute_time_seconds (int): Total CPU compute time during the metrics record
            date.
        date (datetime.datetime): Date of the metrics record.
        gpu_compute_time_seconds (int): Total GPU compute time during the metrics record
            date.
        projects_added (int): Number of projects added during the metrics record date.
        projects_deleted (int): Number of projects deleted during the metrics record
            date.
        storage_bytes_added (int): Total storage size in bytes added during the metrics
            record date.
        storage_bytes_deleted (int): Total storage size in bytes deleted during the
            metrics record date.
        total_current_contract_compute_time_seconds (int): Total compute time since
            contract start date, or organization / user creation date, at the end of the
            metrics record date. Compute time is calculated as CPU + 3*GPU compute time.
        total_current_contract_cpu_compute_time_seconds (int): Total CPU compute time
            since contract start date, or organization / user creation date, at the end
            of the metrics record date.
        total_current_contract_gpu_compute_time_seconds (int): Total GPU compute time
            since contract start date, or organization / user creation date, at the end
            of the metrics record date.
        total_projects (int): Total number of projects at the end of the metrics record
            date.
        total_staff_users (int): Total number of staff users, if the metrics record
            applies to a non-developer profile organization. For developer profile
            organizations, we default to 0.
        total_storage_size_bytes (int): Total storage size in bytes at the end of the
            metrics record date.
        total_users (int): Total number of users, if the metrics record applies to a
            non-developer profile organization. For developer profile organizations, we
            default to 0.
        users_added (int): Number of users added during the metrics record date.
        users_deleted (int): Number of users deleted during the metrics record date.
        staff_users_added (int, optional): Number of staff users added during the
            metrics record date.
        staff_users_deleted (int, optional): Number of staff users deleted during the
            metrics record date.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "compute_time_calculated_since",
        "compute_time_seconds",
        "cpu_compute_time_seconds",
        "date",
        "gpu_compute_time_seconds",
        "projects_added",
        "projects_deleted",
        "storage_bytes_added",
        "storage_bytes_deleted",
        "total_current_contract_compute_time_seconds",
        "total_current_contract_cpu_compute_time_seconds",
        "total_current_contract_gpu_compute_time_seconds",
        "total_projects",
        "total_staff_users",
        "total_storage_size_bytes",
        "total_users",
        "users_added",
        "users_deleted",
        "staff_users_added",
        "staff_users_deleted",
        "additional_properties",
    )

    compute_time_calculated_since: datetime.datetime
    compute_time_seconds: int
    cpu_compute_time_seconds: int
    date: datetime.datetime
    gpu_compute_time_seconds: int
    projects_added: int
    projects_deleted: int
    storage_bytes_added: int
    storage_bytes_deleted: int
    total_current_contract_compute_time_seconds: int
    total_current_contract_cpu_compute_time_seconds: int
    total_current_contract_gpu_compute_time_seconds: int
    total_projects: int
    total_staff_users: int
    total_storage_size_bytes: int
    total_users: int
    users_added: int
    users_deleted: int
    staff_users_added: int | Unset
    staff_users_deleted: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "computeTimeCalculatedSince",
            "computeTimeSeconds",
            "cpuComputeTimeSeconds",
            "date",
            "gpuComputeTimeSeconds",
            "projectsAdded",
            "projectsDeleted",
            "staffUsersAdded",
            "staffUsersDeleted",
            "storageBytesAdded",
            "storageBytesDeleted",
            "totalCurrentContractComputeTimeSeconds",
            "totalCurrentContractCpuComputeTimeSeconds",
            "totalCurrentContractGpuComputeTimeSeconds",
            "totalProjects",
            "totalStaffUsers",
            "totalStorageSizeBytes",
            "totalUsers",
            "usersAdded",
            "usersDeleted",
        }
    )

    def __init__(
        self,
        *,
        compute_time_calculated_since: datetime.datetime,
        compute_time_seconds: int,
        cpu_compute_time_seconds: int,
        date: datetime.datetime,
        gpu_compute_time_seconds: int,
        projects_added: int,
        projects_deleted: int,
        storage_bytes_added: int,
        storage_bytes_deleted: int,
        total_current_contract_compute_time_seconds: int,
        total_current_contract_cpu_compute_time_seconds: int,
        total_current_contract_gpu_compute_time_seconds: int,
        total_projects: int,
        total_staff_users: int,
        total_storage_size_bytes: int,
        total_users: int,
        users_added: int,
        users_deleted: int,
        staff_users_added: int | Unset = UNSET,
        staff_users_deleted: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.compute_time_calculated_since = compute_time_calculated_since
        self.compute_time_seconds = compute_time_seconds
        self.cpu_compute_time_seconds = cpu_compute_time_seconds
        self.date = date
        self.gpu_compute_time_seconds = gpu_compute_time_seconds
        self.projects_added = projects_added
        self.projects_deleted = projects_deleted
        self.storage_bytes_added = storage_bytes_added
        self.storage_bytes_deleted = storage_bytes_deleted
        self.total_current_contract_compute_time_seconds = (
            total_current_contract_compute_time_seconds
        )
        self.total_current_contract_cpu_compute_time_seconds = (
            total_current_contract_cpu_compute_time_seconds
        )
        self.total_current_contract_gpu_compute_time_seconds = (
            total_current_contract_gpu_compute_time_seconds
        )
        self.total_projects = total_projects
        self.total_staff_users = total_staff_users
        self.total_storage_size_bytes = total_storage_size_bytes
        self.total_users = total_users
        self.users_added = users_added
        self.users_deleted = users_deleted
        self.staff_users_added = staff_users_added
        self.staff_users_deleted = staff_users_deleted
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DailyMetricsRecord"
    ) -> DailyMetricsRecord:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            compute_time_calculated_since = data["computeTimeCalculatedSince"]
            compute_time_seconds = data["computeTimeSeconds"]
            cpu_compute_time_seconds = data["cpuComputeTimeSeconds"]
            date = data["date"]
            gpu_compute_time_seconds = data["gpuComputeTimeSeconds"]
            projects_added = data["projectsAdded"]
            projects_deleted = data["projectsDeleted"]
            storage_bytes_added = data["storageBytesAdded"]
            storage_bytes_deleted = data["storageBytesDeleted"]
            total_current_contract_compute_time_seconds = data[
                "totalCurrentContractComputeTimeSeconds"
            ]
            total_current_contract_cpu_compute_time_seconds = data[
                "totalCurrentContractCpuComputeTimeSeconds"
            ]
            total_current_contract_gpu_compute_time_seconds = data[
                "totalCurrentContractGpuComputeTimeSeconds"
            ]
            total_projects = data["totalProjects"]
            total_staff_users = data["totalStaffUsers"]
            total_storage_size_bytes = data["totalStorageSizeBytes"]
            total_users = data["totalUsers"]
            users_added = data["usersAdded"]
            users_deleted = data["usersDeleted"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        compute_time_calculated_since = serde.datetime_(
            compute_time_calculated_since, where, "computeTimeCalculatedSince"
        )
        if type(compute_time_seconds) is not int:
            compute_time_seconds = serde.int_(
                compute_time_seconds, where, "computeTimeSeconds"
            )
        if type(cpu_compute_time_seconds) is not int:
            cpu_compute_time_seconds = serde.int_(
                cpu_compute_time_seconds, where, "cpuComputeTimeSeconds"
            )
        date = serde.datetime_(date, where, "date")
        if type(gpu_compute_time_seconds) is not int:
            gpu_compute_time_seconds = serde.int_(
                gpu_compute_time_seconds, where, "gpuComputeTimeSeconds"
            )
        if type(projects_added) is not int:
            projects_added = serde.int_(projects_added, where, "projectsAdded")
        if type(projects_deleted) is not int:
            projects_deleted = serde.int_(projects_deleted, where, "projectsDeleted")
        if type(storage_bytes_added) is not int:
            storage_bytes_added = serde.int_(
                storage_bytes_added, where, "storageBytesAdded"
            )
        if type(storage_bytes_deleted) is not int:
            storage_bytes_deleted = serde.int_(
                storage_bytes_deleted, where, "storageBytesDeleted"
            )
        if type(total_current_contract_compute_time_seconds) is not int:
            total_current_contract_compute_time_seconds = serde.int_(
                total_current_contract_compute_time_seconds,
                where,
                "totalCurrentContractComputeTimeSeconds",
            )
        if type(total_current_contract_cpu_compute_time_seconds) is not int:
            total_current_contract_cpu_compute_time_seconds = serde.int_(
                total_current_contract_cpu_compute_time_seconds,
                where,
                "totalCurrentContractCpuComputeTimeSeconds",
            )
        if type(total_current_contract_gpu_compute_time_seconds) is not int:
            total_current_contract_gpu_compute_time_seconds = serde.int_(
                total_current_contract_gpu_compute_time_seconds,
                where,
                "totalCurrentContractGpuComputeTimeSeconds",
            )
        if type(total_projects) is not int:
            total_projects = serde.int_(total_projects, where, "totalProjects")
        if type(total_staff_users) is not int:
            total_staff_users = serde.int_(total_staff_users, where, "totalStaffUsers")
        if type(total_storage_size_bytes) is not int:
            total_storage_size_bytes = serde.int_(
                total_storage_size_bytes, where, "totalStorageSizeBytes"
            )
        if type(total_users) is not int:
            total_users = serde.int_(total_users, where, "totalUsers")
        if type(users_added) is not int:
            users_added = serde.int_(users_added, where, "usersAdded")
        if type(users_deleted) is not int:
            users_deleted = serde.int_(users_deleted, where, "usersDeleted")
        found = 18  # declared properties in data
        if "staffUsersAdded" in data:
            found += 1
            staff_users_added = data["staffUsersAdded"]
            if type(staff_users_added) is not int:
                staff_users_added = serde.int_(
                    staff_users_added, where, "staffUsersAdded"
                )
        else:
            staff_users_added = UNSET
        if "staffUsersDeleted" in data:
            found += 1
            staff_users_deleted = data["staffUsersDeleted"]
            if type(staff_users_deleted) is not int:
                staff_users_deleted = serde.int_(
                    staff_users_deleted, where, "staffUsersDeleted"
                )
        else:
            staff_users_deleted = UNSET
        obj = serde.new_object(cls)
        obj.compute_time_calculated_since = compute_time_calculated_since
        obj.compute_time_seconds = compute_time_seconds
        obj.cpu_compute_time_seconds = cpu_compute_time_seconds
        obj.date = date
        obj.gpu_compute_time_seconds = gpu_compute_time_seconds
        obj.projects_added = projects_added
        obj.projects_deleted = projects_deleted
        obj.storage_bytes_added = storage_bytes_added
        obj.storage_bytes_deleted = storage_bytes_deleted
        obj.total_current_contract_compute_time_seconds = (
            total_current_contract_compute_time_seconds
        )
        obj.total_current_contract_cpu_compute_time_seconds = (
            total_current_contract_cpu_compute_time_seconds
        )
        obj.total_current_contract_gpu_compute_time_seconds = (
            total_current_contract_gpu_compute_time_seconds
        )
        obj.total_projects = total_projects
        obj.total_staff_users = total_staff_users
        obj.total_storage_size_bytes = total_storage_size_bytes
        obj.total_users = total_users
        obj.users_added = users_added
        obj.users_deleted = users_deleted
        obj.staff_users_added = staff_users_added
        obj.staff_users_deleted = staff_users_deleted
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "computeTimeCalculatedSince": serde.format_datetime(
                self.compute_time_calculated_since
            ),
            "computeTimeSeconds": self.compute_time_seconds,
            "cpuComputeTimeSeconds": self.cpu_compute_time_seconds,
            "date": serde.format_datetime(self.date),
            "gpuComputeTimeSeconds": self.gpu_compute_time_seconds,
            "projectsAdded": self.projects_added,
            "projectsDeleted": self.projects_deleted,
            "storageBytesAdded": self.storage_bytes_added,
            "storageBytesDeleted": self.storage_bytes_deleted,
            "totalCurrentContractComputeTimeSeconds": self.total_current_contract_compute_time_seconds,
            "totalCurrentContractCpuComputeTimeSeconds": self.total_current_contract_cpu_compute_time_seconds,
            "totalCurrentContractGpuComputeTimeSeconds": self.total_current_contract_gpu_compute_time_seconds,
            "totalProjects": self.total_projects,
            "totalStaffUsers": self.total_staff_users,
            "totalStorageSizeBytes": self.total_storage_size_bytes,
            "totalUsers": self.total_users,
            "usersAdded": self.users_added,
            "usersDeleted": self.users_deleted,
        }
        if self.staff_users_added is not UNSET:
            out["staffUsersAdded"] = self.staff_users_added
        if self.staff_users_deleted is not UNSET:
            out["staffUsersDeleted"] = self.staff_users_deleted
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
