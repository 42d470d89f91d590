from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class ProfileTfLiteRequest(serde.Model):
    """The schema at `#/components/schemas/ProfileTfLiteRequest` of the API description.

    Attributes:
        device (str): MCU used for calculating latency, query `latencyDevices` in
            `listProject` for a list of supported devices  (and use the "mcu" property
            here).
        tflite_file_base64 (str): A base64 encoded TFLite file
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("device", "tflite_file_base64", "additional_properties")

    device: str
    tflite_file_base64: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"device", "tfliteFileBase64"})

    def __init__(
        self,
        *,
        device: str,
        tflite_file_base64: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.device = device
        self.tflite_file_base64 = tflite_file_base64
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProfileTfLiteRequest"
    ) -> ProfileTfLiteRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            device = data["device"]
            tflite_file_base64 = data["tfliteFileBase64"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(device) is not str:
            device = serde.str_(device, where, "device")
        if type(tflite_file_base64) is not str:
            tflite_file_base64 = serde.str_(
                tflite_file_base64, where, "tfliteFileBase64"
            )
        obj = serde.new_object(cls)
        obj.device = device
        obj.tflite_file_base64 = tflite_file_base64
        if len(data) == 2:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "device": self.device,
            "tfliteFileBase64": self.tflite_file_base64,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
