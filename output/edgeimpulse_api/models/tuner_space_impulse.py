from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class TunerSpaceImpulse(serde.Model):
    """The schema at `#/components/schemas/TunerSpaceImpulse` of the API description.

    Attributes:
        dsp_blocks (list[dict[str, Any]]): DSP Blocks that are part of this impulse
        input_blocks (list[dict[str, Any]]): Input Blocks that are part of this impulse
        learn_blocks (list[list[dict[str, Any]]]): Learning Blocks that are part of this
            impulse
        parameters (dict[str, Any], optional): Hyperparameters with potential values
            that can be used in any block in this impulse
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "dsp_blocks",
        "input_blocks",
        "learn_blocks",
        "parameters",
        "additional_properties",
    )

    dsp_blocks: list[dict[str, Any]]
    input_blocks: list[dict[str, Any]]
    learn_blocks: list[list[dict[str, Any]]]
    parameters: dict[str, Any] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"dspBlocks", "inputBlocks", "learnBlocks", "parameters"}
    )

    def __init__(
        self,
        *,
        dsp_blocks: list[dict[str, Any]],
        input_blocks: list[dict[str, Any]],
        learn_blocks: list[list[dict[str, Any]]],
        parameters: dict[str, Any] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.dsp_blocks = dsp_blocks
        self.input_blocks = input_blocks
        self.learn_blocks = learn_blocks
        self.parameters = parameters
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "TunerSpaceImpulse"
    ) -> TunerSpaceImpulse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            dsp_blocks = data["dspBlocks"]
            input_blocks = data["inputBlocks"]
            learn_blocks = data["learnBlocks"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        dsp_blocks = serde.dict_list(dsp_blocks, where, "dspBlocks")
        input_blocks = serde.dict_list(input_blocks, where, "inputBlocks")
        learn_blocks = serde.list_of(
            learn_blocks, where, "learnBlocks", serde.array(serde.dict_)
        )
        found = 3  # declared properties in data
        if "parameters" in data:
            found += 1
            parameters = data["parameters"]
            if type(parameters) is not dict:
                parameters = serde.dict_(parameters, where, "parameters")
        else:
            parameters = UNSET
        obj = serde.new_object(cls)
        obj.dsp_blocks = dsp_blocks
        obj.input_blocks = input_blocks
        obj.learn_blocks = learn_blocks
        obj.parameters = parameters
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dspBlocks": self.dsp_blocks,
            "inputBlocks": self.input_blocks,
            "learnBlocks": self.learn_blocks,
        }
        if self.parameters is not UNSET:
            out["parameters"] = self.parameters
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
