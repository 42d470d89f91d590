from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .user_subscription_metrics_response_metrics import (
    UserSubscriptionMetricsResponseMetrics,
)


class UserSubscriptionMetricsResponse(serde.Model):
    """The schema at `#/components/schemas/UserSubscriptionMetricsResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        approaching_compute_limit_minutes_left (float, optional): Number of compute
            minutes remaining before reaching the monthly compute limit. This field is
            only present when the user has fewer than 60 minutes left. Once the limit is
            reached, users can continue using compute resources by subscribing to the
            pay-as-you-go plan.
        error (str, optional): Optional error description (set if 'success' was false)
        metrics (UserSubscriptionMetricsResponseMetrics, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "success",
        "approaching_compute_limit_minutes_left",
        "error",
        "metrics",
        "additional_properties",
    )

    success: bool
    approaching_compute_limit_minutes_left: float | Unset
    error: str | Unset
    metrics: UserSubscriptionMetricsResponseMetrics | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"approachingComputeLimitMinutesLeft", "error", "metrics", "success"}
    )

    def __init__(
        self,
        *,
        success: bool,
        approaching_compute_limit_minutes_left: float | Unset = UNSET,
        error: str | Unset = UNSET,
        metrics: UserSubscriptionMetricsResponseMetrics | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.approaching_compute_limit_minutes_left = (
            approaching_compute_limit_minutes_left
        )
        self.error = error
        self.metrics = metrics
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UserSubscriptionMetricsResponse"
    ) -> UserSubscriptionMetricsResponse:
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
        if "approachingComputeLimitMinutesLeft" in data:
            found += 1
            approaching_compute_limit_minutes_left = data[
                "approachingComputeLimitMinutesLeft"
            ]
            if (
                type(approaching_compute_limit_minutes_left) is not float
                and type(approaching_compute_limit_minutes_left) is not int
            ):
                approaching_compute_limit_minutes_left = serde.float_(
                    approaching_compute_limit_minutes_left,
                    where,
                    "approachingComputeLimitMinutesLeft",
                )
        else:
            approaching_compute_limit_minutes_left = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "metrics" in data:
            found += 1
            metrics = data["metrics"]
            metrics = UserSubscriptionMetricsResponseMetrics.from_dict(
                metrics, where + ".metrics"
            )
        else:
            metrics = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.approaching_compute_limit_minutes_left = (
            approaching_compute_limit_minutes_left
        )
        obj.error = error
        obj.metrics = metrics
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
        if self.approaching_compute_limit_minutes_left is not UNSET:
            out["approachingComputeLimitMinutesLeft"] = (
                self.approaching_compute_limit_minutes_left
            )
        if self.error is not UNSET:
            out["error"] = self.error
        if self.metrics is not UNSET:
            out["metrics"] = self.metrics.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
