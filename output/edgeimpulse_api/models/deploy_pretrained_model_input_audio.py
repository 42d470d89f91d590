from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class DeployPretrainedModelInputAudio(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelInputAudio` of the API
    description.

    Attributes:
        frequency_hz (float)
        input_type (Literal["audio"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("frequency_hz", "input_type", "additional_properties")

    frequency_hz: float
    input_type: Literal["audio"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"frequencyHz", "inputType"})

    def __init__(
        self,
        *,
        frequency_hz: float,
        input_type: Literal["audio"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.frequency_hz = frequency_hz
        self.input_type = input_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelInputAudio"
    ) -> DeployPretrainedModelInputAudio:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            frequency_hz = data["frequencyHz"]
            input_type = data["inputType"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(frequency_hz) is not float and type(frequency_hz) is not int:
            frequency_hz = serde.float_(frequency_hz, where, "frequencyHz")
        if type(input_type) is not str:
            input_type = serde.str_enum(input_type, where, "inputType")
        obj = serde.new_object(cls)
        obj.frequency_hz = frequency_hz
        obj.input_type = input_type
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "frequencyHz": self.frequency_hz,
            "inputType": self.input_type,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
