from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class TunerCreateTrialImpulse(serde.Model):
    """The schema at `#/components/schemas/TunerCreateTrialImpulse` of the API
    description.

    Attributes:
        dsp_block (Any)
        input_block (Any)
        learn_block (Any)
        dsp_blocks (list[dict[str, Any]], optional)
        experiment (str, optional)
        id (str, optional)
        input_blocks (list[dict[str, Any]], optional)
        learn_blocks (list[dict[str, Any]], optional)
        optimization_round (float, optional)
        original_trial_id (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "dsp_block",
        "input_block",
        "learn_block",
        "dsp_blocks",
        "experiment",
        "id",
        "input_blocks",
        "learn_blocks",
        "optimization_round",
        "original_trial_id",
        "additional_properties",
    )

    dsp_block: Any
    input_block: Any
    learn_block: Any
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
            "dspBlock",
            "dspBlocks",
            "experiment",
            "id",
            "inputBlock",
            "inputBlocks",
            "learnBlock",
            "learnBlocks",
            "optimizationRound",
            "original_trial_id",
        }
    )

    def __init__(
        self,
        *,
        dsp_block: Any,
        input_block: Any,
        learn_block: Any,
        dsp_blocks: list[dict[str, Any]] | Unset = UNSET,
        experiment: str | Unset = UNSET,
        id: str | Unset = UNSET,
        input_blocks: list[dict[str, Any]] | Unset = UNSET,
        learn_blocks: list[dict[str, Any]] | Unset = UNSET,
        optimization_round: float | Unset = UNSET,
        original_trial_id: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dsp_block = dsp_block
        self.input_block = input_block
        self.learn_block = learn_block
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
        try:
            dsp_block = data["dspBlock"]
            input_block = data["inputBlock"]
            learn_block = data["learnBlock"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        found = 3  # declared properties in data
        if "dspBlocks" in data:
            found += 1
            dsp_blocks = data["dspBlocks"]
            dsp_blocks = serde.dict_list(dsp_blocks, where, "dspBlocks")
        else:
            dsp_blocks = UNSET
        if "experiment" in data:
            found += 1
            experiment = data["experiment"]
            if type(experiment) is not str:
                experiment = serde.str_(experiment, where, "experiment")
        else:
            experiment = UNSET
        if "id" in data:
            found += 1
            _id = data["id"]
            if type(_id) is not str:
                _id = serde.str_(_id, where, "id")
        else:
            _id = UNSET
        if "inputBlocks" in data:
            found += 1
            input_blocks = data["inputBlocks"]
            input_blocks = serde.dict_list(input_blocks, where, "inputBlocks")
        else:
            input_blocks = UNSET
        if "learnBlocks" in data:
            found += 1
            learn_blocks = data["learnBlocks"]
            learn_blocks = serde.dict_list(learn_blocks, where, "learnBlocks")
        else:
            learn_blocks = UNSET
        if "optimizationRound" in data:
            found += 1
            optimization_round = data["optimizationRound"]
            if (
                type(optimization_round) is not float
                and type(optimization_round) is not int
            ):
                optimization_round = serde.float_(
                    optimization_round, where, "optimizationRound"
                )
        else:
            optimization_round = UNSET
        if "original_trial_id" in data:
            found += 1
            original_trial_id = data["original_trial_id"]
            if type(original_trial_id) is not str:
                original_trial_id = serde.str_(
                    original_trial_id, where, "original_trial_id"
                )
        else:
            original_trial_id = UNSET
        obj = serde.new_object(cls)
        obj.dsp_block = dsp_block
        obj.input_block = input_block
        obj.learn_block = learn_block
        obj.dsp_blocks = dsp_blocks
        obj.experiment = experiment
        obj.id = _id
        obj.input_blocks = input_blocks
        obj.learn_blocks = learn_blocks
        obj.optimization_round = optimization_round
        obj.original_trial_id = original_trial_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dspBlock": self.dsp_block,
            "inputBlock": self.input_block,
            "learnBlock": self.learn_block,
        }
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
