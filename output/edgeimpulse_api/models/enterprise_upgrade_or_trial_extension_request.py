from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class EnterpriseUpgradeOrTrialExtensionRequest(serde.Model):
    """The schema at `#/components/schemas/EnterpriseUpgradeOrTrialExtensionRequest` of
    the API description.

    Attributes:
        objective (str, optional): Answer to the question: 'What are you hoping to
            achieve with an extension?'. This is optional.
        reason (str, optional): Answer to the question: 'Why is this the right time for
            your team to invest in edge AI?'. This is optional.
        timeline (str, optional): Answer to the question: 'What is your timeline for
            solving your problem?'. This is optional.
        trial_id (float, optional): The user's trial ID. This is optional.
        use_case (str, optional): Answer to the question: 'What best describes your use
            case?'. This is optional.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "objective",
        "reason",
        "timeline",
        "trial_id",
        "use_case",
        "additional_properties",
    )

    objective: str | Unset
    reason: str | Unset
    timeline: str | Unset
    trial_id: float | Unset
    use_case: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"objective", "reason", "timeline", "trialId", "useCase"}
    )

    def __init__(
        self,
        *,
        objective: str | Unset = UNSET,
        reason: str | Unset = UNSET,
        timeline: str | Unset = UNSET,
        trial_id: float | Unset = UNSET,
        use_case: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.objective = objective
        self.reason = reason
        self.timeline = timeline
        self.trial_id = trial_id
        self.use_case = use_case
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "EnterpriseUpgradeOrTrialExtensionRequest"
    ) -> EnterpriseUpgradeOrTrialExtensionRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "objective" in data:
            found += 1
            objective = data["objective"]
            if type(objective) is not str:
                objective = serde.str_(objective, where, "objective")
        else:
            objective = UNSET
        if "reason" in data:
            found += 1
            reason = data["reason"]
            if type(reason) is not str:
                reason = serde.str_(reason, where, "reason")
        else:
            reason = UNSET
        if "timeline" in data:
            found += 1
            timeline = data["timeline"]
            if type(timeline) is not str:
                timeline = serde.str_(timeline, where, "timeline")
        else:
            timeline = UNSET
        if "trialId" in data:
            found += 1
            trial_id = data["trialId"]
            if type(trial_id) is not float and type(trial_id) is not int:
                trial_id = serde.float_(trial_id, where, "trialId")
        else:
            trial_id = UNSET
        if "useCase" in data:
            found += 1
            use_case = data["useCase"]
            if type(use_case) is not str:
                use_case = serde.str_(use_case, where, "useCase")
        else:
            use_case = UNSET
        obj = serde.new_object(cls)
        obj.objective = objective
        obj.reason = reason
        obj.timeline = timeline
        obj.trial_id = trial_id
        obj.use_case = use_case
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.objective is not UNSET:
            out["objective"] = self.objective
        if self.reason is not UNSET:
            out["reason"] = self.reason
        if self.timeline is not UNSET:
            out["timeline"] = self.timeline
        if self.trial_id is not UNSET:
            out["trialId"] = self.trial_id
        if self.use_case is not UNSET:
            out["useCase"] = self.use_case
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
