from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class TunerCreateTrialImpulse(serde.Model):
    """The TunerCreateTrialImpulse object of the API."""

    __slots__ = (
        "dsp_blocks",
        "experiment",
        "id",
        "input_blocks",
        "learn_blocks",
        "optimization_round",
        "original_trial_id",
        "additional_properties",
    )

    dsp_blocks: list[dict[str, Any]] | Unset
    experiment: str | Unset
    id: str | Unset
    input_blocks: list[dict[str, Any]] | Unset
    learn_blocks: list[dict[str, Any]] | Unset
    optimization_round: float | Unset
    original_trial_id: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "dspBlocks",
            "experiment",
            "id",
            "inputBlocks",
            "learnBlocks",
            "optimizationRound",
            "original_trial_id",
        }
    )

    def __init__(
        self,
        *,
        dsp_blocks: list[dict[str, Any]] | Unset = UNSET,
        experiment: str | Unset = UNSET,
        id: str | Unset = UNSET,
        input_blocks: list[dict[str, Any]] | Unset = UNSET,
        learn_blocks: list[dict[str, Any]] | Unset = UNSET,
        optimization_round: float | Unset = UNSET,
        original_trial_id: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dsp_blocks = dsp_blocks
        self.experiment = experiment
        self.id = id
        self.input_blocks = input_blocks
        self.learn_blocks = learn_blocks
        self.optimization_round = optimization_round
        self.original_trial_id = original_trial_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "TunerCreateTrialImpulse"
    ) -> TunerCreateTrialImpulse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        dsp_blocks = data.get("dspBlocks", UNSET)
        if dsp_blocks is not UNSET:
            dsp_blocks = serde.list_of(dsp_blocks, where, "dspBlocks", serde.dict_)
        experiment = data.get("experiment", UNSET)
        if experiment is not UNSET and type(experiment) is not str:
            experiment = serde.str_(experiment, where, "experiment")
        _id = data.get("id", UNSET)
        if _id is not UNSET and type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        input_blocks = data.get("inputBlocks", UNSET)
        if input_blocks is not UNSET:
            input_blocks = serde.list_of(
                input_blocks, where, "inputBlocks", serde.dict_
            )
        learn_blocks = data.get("learnBlocks", UNSET)
        if learn_blocks is not UNSET:
            learn_blocks = serde.list_of(
                learn_blocks, where, "learnBlocks", serde.dict_
            )
        optimization_round = data.get("optimizationRound", UNSET)
        if (
            optimization_round is not UNSET
            and type(optimization_round) is not float
            and type(optimization_round) is not int
        ):
            optimization_round = serde.float_(
                optimization_round, where, "optimizationRound"
            )
        original_trial_id = data.get("original_trial_id", UNSET)
        if original_trial_id is not UNSET and type(original_trial_id) is not str:
            original_trial_id = serde.str_(
                original_trial_id, where, "original_trial_id"
            )
        obj = object.__new__(cls)
        obj.dsp_blocks = dsp_blocks
        obj.experiment = experiment
        obj.id = _id
        obj.input_blocks = input_blocks
        obj.learn_blocks = learn_blocks
        obj.optimization_round = optimization_round
        obj.original_trial_id = original_trial_id
        if cls._json_names.issuperset(data):
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.dsp_blocks is not UNSET:
            out["dspBlocks"] = self.dsp_blocks
        if self.experiment is not UNSET:
            out["experiment"] = self.experiment
        if self.id is not UNSET:
            out["id"] = self.id
        if self.input_blocks is not UNSET:
            out["inputBlocks"] = self.input_blocks
        if self.learn_blocks is not UNSET:
            out["learnBlocks"] = self.learn_blocks
        if self.optimization_round is not UNSET:
            out["optimizationRound"] = self.optimization_round
        if self.original_trial_id is not UNSET:
            out["original_trial_id"] = self.original_trial_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
