from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UserSubscriptionMetricsResponseMetrics(serde.Model):
    """The schema at
    `#/components/schemas/UserSubscriptionMetricsResponse/allOf/1/properties/metrics`
    of the API description.

    Attributes:
        compute_minutes_cpu (float): Total compute of all user jobs, running on CPU, in
            the current billing period.
        compute_minutes_gpu (float): Total compute of all user jobs, running on GPU, in
            the current billing period.
        compute_minutes_limit (float): Overall compute limit for the current billing
            period.
        compute_minutes_total (float): Total compute of all user jobs in the current
            billing period, calculated as CPU + 3*GPU compute.
        compute_reset_date (datetime.datetime, optional): The date at which the current
            compute billing period will reset.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "compute_minutes_cpu",
        "compute_minutes_gpu",
        "compute_minutes_limit",
        "compute_minutes_total",
        "compute_reset_date",
        "additional_properties",
    )

    compute_minutes_cpu: float
    compute_minutes_gpu: float
    compute_minutes_limit: float
    compute_minutes_total: float
    compute_reset_date: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "computeMinutesCpu",
            "computeMinutesGpu",
            "computeMinutesLimit",
            "computeMinutesTotal",
            "computeResetDate",
        }
    )

    def __init__(
        self,
        *,
        compute_minutes_cpu: float,
        compute_minutes_gpu: float,
        compute_minutes_limit: float,
        compute_minutes_total: float,
        compute_reset_date: datetime.datetime | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.compute_minutes_cpu = compute_minutes_cpu
        self.compute_minutes_gpu = compute_minutes_gpu
        self.compute_minutes_limit = compute_minutes_limit
        self.compute_minutes_total = compute_minutes_total
        self.compute_reset_date = compute_reset_date
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UserSubscriptionMetricsResponseMetrics"
    ) -> UserSubscriptionMetricsResponseMetrics:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            compute_minutes_cpu = data["computeMinutesCpu"]
            compute_minutes_gpu = data["computeMinutesGpu"]
            compute_minutes_limit = data["computeMinutesLimit"]
            compute_minutes_total = data["computeMinutesTotal"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if (
            type(compute_minutes_cpu) is not float
            and type(compute_minutes_cpu) is not int
        ):
            compute_minutes_cpu = serde.float_(
                compute_minutes_cpu, where, "computeMinutesCpu"
            )
        if (
            type(compute_minutes_gpu) is not float
            and type(compute_minutes_gpu) is not int
        ):
            compute_minutes_gpu = serde.float_(
                compute_minutes_gpu, where, "computeMinutesGpu"
            )
        if (
            type(compute_minutes_limit) is not float
            and type(compute_minutes_limit) is not int
        ):
            compute_minutes_limit = serde.float_(
                compute_minutes_limit, where, "computeMinutesLimit"
            )
        if (
            type(compute_minutes_total) is not float
            and type(compute_minutes_total) is not int
        ):
            compute_minutes_total = serde.float_(
                compute_minutes_total, where, "computeMinutesTotal"
            )
        found = 4  # declared properties in data
        if "computeResetDate" in data:
            found += 1
            compute_reset_date = data["computeResetDate"]
            compute_reset_date = serde.datetime_(
                compute_reset_date, where, "computeResetDate"
            )
        else:
            compute_reset_date = UNSET
        obj = serde.new_object(cls)
        obj.compute_minutes_cpu = compute_minutes_cpu
        obj.compute_minutes_gpu = compute_minutes_gpu
        obj.compute_minutes_limit = compute_minutes_limit
        obj.compute_minutes_total = compute_minutes_total
        obj.compute_reset_date = compute_reset_date
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "computeMinutesCpu": self.compute_minutes_cpu,
            "computeMinutesGpu": self.compute_minutes_gpu,
            "computeMinutesLimit": self.compute_minutes_limit,
            "computeMinutesTotal": self.compute_minutes_total,
        }
        if self.compute_reset_date is not UNSET:
            out["computeResetDate"] = serde.format_datetime(self.compute_reset_date)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
