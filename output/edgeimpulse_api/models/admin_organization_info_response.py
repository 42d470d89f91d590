from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .daily_metrics_record import DailyMetricsRecord
from .entitlement_limits import EntitlementLimits


class AdminOrganizationInfoResponse(serde.Model):
    """The schema at `#/components/schemas/AdminOrganizationInfoResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        billable (bool, optional)
        compute_time_current_contract_since (datetime.datetime, optional): The date from
            which the compute time for the running contract is calculated.
        cpu_compute_time (float, optional): CPU compute time in seconds of all jobs in
            the organization (including organizational project jobs).
        daily_metrics (list[DailyMetricsRecord] | None, optional): Metrics for the last
            365 days
        entitlement_limits (EntitlementLimits, optional)
        error (str, optional): Optional error description (set if 'success' was false)
        gpu_compute_time (float, optional): GPU compute time in seconds of all jobs in
            the organization (including organizational project jobs).
        total_compute_time (float, optional): Total compute time is the amount of
            computation time spent in jobs, in minutes used by an organization over the
            given period, calculated as CPU + GPU minutes.
        total_storage (float, optional): Total storage used by the organization.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "success",
        "billable",
        "compute_time_current_contract_since",
        "cpu_compute_time",
        "daily_metrics",
        "entitlement_limits",
        "error",
        "gpu_compute_time",
        "total_compute_time",
        "total_storage",
        "additional_properties",
    )

    success: bool
    billable: bool | Unset
    compute_time_current_contract_since: datetime.datetime | Unset
    cpu_compute_time: float | Unset
    daily_metrics: list[DailyMetricsRecord] | None | Unset
    entitlement_limits: EntitlementLimits | Unset
    error: str | Unset
    gpu_compute_time: float | Unset
    total_compute_time: float | Unset
    total_storage: float | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "billable",
            "computeTimeCurrentContractSince",
            "cpuComputeTime",
            "dailyMetrics",
            "entitlementLimits",
            "error",
            "gpuComputeTime",
            "success",
            "totalComputeTime",
            "totalStorage",
        }
    )

    def __init__(
        self,
        *,
        success: bool,
        billable: bool | Unset = UNSET,
        compute_time_current_contract_since: datetime.datetime | Unset = UNSET,
        cpu_compute_time: float | Unset = UNSET,
        daily_metrics: list[DailyMetricsRecord] | None | Unset = UNSET,
        entitlement_limits: EntitlementLimits | Unset = UNSET,
        error: str | Unset = UNSET,
        gpu_compute_time: float | Unset = UNSET,
        total_compute_time: float | Unset = UNSET,
        total_storage: float | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.billable = billable
        self.compute_time_current_contract_since = compute_time_current_contract_since
        self.cpu_compute_time = cpu_compute_time
        self.daily_metrics = daily_metrics
        self.entitlement_limits = entitlement_limits
        self.error = error
        self.gpu_compute_time = gpu_compute_time
        self.total_compute_time = total_compute_time
        self.total_storage = total_storage
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminOrganizationInfoResponse"
    ) -> AdminOrganizationInfoResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 1  # declared properties in data
        if "billable" in data:
            found += 1
            billable = data["billable"]
            if type(billable) is not bool:
                billable = serde.bool_(billable, where, "billable")
        else:
            billable = UNSET
        if "computeTimeCurrentContractSince" in data:
            found += 1
            compute_time_current_contract_since = data[
                "computeTimeCurrentContractSince"
            ]
            compute_time_current_contract_since = serde.datetime_(
                compute_time_current_contract_since,
                where,
                "computeTimeCurrentContractSince",
            )
        else:
            compute_time_current_contract_since = UNSET
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
        if "dailyMetrics" in data:
            found += 1
            daily_metrics = data["dailyMetrics"]
            if daily_metrics is not None:
                daily_metrics = serde.list_of_models(
                    daily_metrics, where, "dailyMetrics", DailyMetricsRecord.from_dict
                )
        else:
            daily_metrics = UNSET
        if "entitlementLimits" in data:
            found += 1
            entitlement_limits = data["entitlementLimits"]
            entitlement_limits = EntitlementLimits.from_dict(
                entitlement_limits, where + ".entitlementLimits"
            )
        else:
            entitlement_limits = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
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
        if "totalStorage" in data:
            found += 1
            total_storage = data["totalStorage"]
            if type(total_storage) is not float and type(total_storage) is not int:
                total_storage = serde.float_(total_storage, where, "totalStorage")
        else:
            total_storage = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.billable = billable
        obj.compute_time_current_contract_since = compute_time_current_contract_since
        obj.cpu_compute_time = cpu_compute_time
        obj.daily_metrics = daily_metrics
        obj.entitlement_limits = entitlement_limits
        obj.error = error
        obj.gpu_compute_time = gpu_compute_time
        obj.total_compute_time = total_compute_time
        obj.total_storage = total_storage
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
        }
        if self.billable is not UNSET:
            out["billable"] = self.billable
        if self.compute_time_current_contract_since is not UNSET:
            out["computeTimeCurrentContractSince"] = serde.format_datetime(
                self.compute_time_current_contract_since
            )
        if self.cpu_compute_time is not UNSET:
            out["cpuComputeTime"] = self.cpu_compute_time
        if self.daily_metrics is not UNSET:
            out["dailyMetrics"] = serde.dump(self.daily_metrics, request)
        if self.entitlement_limits is not UNSET:
            out["entitlementLimits"] = self.entitlement_limits.to_dict(request=request)
        if self.error is not UNSET:
            out["error"] = self.error
        if self.gpu_compute_time is not UNSET:
            out["gpuComputeTime"] = self.gpu_compute_time
        if self.total_compute_time is not UNSET:
            out["totalComputeTime"] = self.total_compute_time
        if self.total_storage is not UNSET:
            out["totalStorage"] = self.total_storage
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
