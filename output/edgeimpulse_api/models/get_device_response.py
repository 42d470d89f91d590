from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .device import Device


class GetDeviceResponse(serde.Model):
    """The schema at `#/components/schemas/GetDeviceResponse` of the API description.

    Attributes:
        success (bool): Whether the operation succeeded
        device (Device, optional)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("success", "device", "error", "additional_properties")

    success: bool
    device: Device | Unset
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"device", "error", "success"})

    def __init__(
        self,
        *,
        success: bool,
        device: Device | Unset = UNSET,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.device = device
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetDeviceResponse"
    ) -> GetDeviceResponse:
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
        if "device" in data:
            found += 1
            device = data["device"]
            device = Device.from_dict(device, where + ".device")
        else:
            device = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.device = device
        obj.error = error
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
        if self.device is not UNSET:
            out["device"] = self.device.to_dict(request=request)
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
