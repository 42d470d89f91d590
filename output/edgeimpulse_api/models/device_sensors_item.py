from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class DeviceSensorsItem(serde.Model):
    """The schema at `#/components/schemas/Device/properties/sensors/items` of the API
    description.

    Attributes:
        frequencies (list[float]): Supported frequencies for this sensor in Hz.
        max_sample_length_s (int): Maximum supported sample length in seconds
        name (str)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("frequencies", "max_sample_length_s", "name", "additional_properties")

    frequencies: list[float]
    max_sample_length_s: int
    name: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"frequencies", "maxSampleLengthS", "name"}
    )

    def __init__(
        self,
        *,
        frequencies: list[float],
        max_sample_length_s: int,
        name: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.frequencies = frequencies
        self.max_sample_length_s = max_sample_length_s
        self.name = name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeviceSensorsItem"
    ) -> DeviceSensorsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            frequencies = data["frequencies"]
            max_sample_length_s = data["maxSampleLengthS"]
            name = data["name"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        frequencies = serde.float_list(frequencies, where, "frequencies")
        if type(max_sample_length_s) is not int:
            max_sample_length_s = serde.int_(
                max_sample_length_s, where, "maxSampleLengthS"
            )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        obj = serde.new_object(cls)
        obj.frequencies = frequencies
        obj.max_sample_length_s = max_sample_length_s
        obj.name = name
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "frequencies": self.frequencies,
            "maxSampleLengthS": self.max_sample_length_s,
            "name": self.name,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
