from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class DeployPretrainedModelInputTimeSeries(serde.Model):
    """The schema at `#/components/schemas/DeployPretrainedModelInputTimeSeries` of the
    API description.

    Attributes:
        frequency_hz (float)
        input_type (Literal["time-series"])
        window_length_ms (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "frequency_hz",
        "input_type",
        "window_length_ms",
        "additional_properties",
    )

    frequency_hz: float
    input_type: Literal["time-series"]
    window_length_ms: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"frequencyHz", "inputType", "windowLengthMs"}
    )

    def __init__(
        self,
        *,
        frequency_hz: float,
        input_type: Literal["time-series"],
        window_length_ms: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.frequency_hz = frequency_hz
        self.input_type = input_type
        self.window_length_ms = window_length_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeployPretrainedModelInputTimeSeries"
    ) -> DeployPretrainedModelInputTimeSeries:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            frequency_hz = data["frequencyHz"]
            input_type = data["inputType"]
            window_length_ms = data["windowLengthMs"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(frequency_hz) is not float and type(frequency_hz) is not int:
            frequency_hz = serde.float_(frequency_hz, where, "frequencyHz")
        if type(input_type) is not str:
            input_type = serde.str_enum(input_type, where, "inputType")
        if type(window_length_ms) is not int:
            window_length_ms = serde.int_(window_length_ms, where, "windowLengthMs")
        obj = serde.new_object(cls)
        obj.frequency_hz = frequency_hz
        obj.input_type = input_type
        obj.window_length_ms = window_length_ms
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "frequencyHz": self.frequency_hz,
            "inputType": self.input_type,
            "windowLengthMs": self.window_length_ms,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
