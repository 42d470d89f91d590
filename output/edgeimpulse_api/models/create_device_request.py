from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class CreateDeviceRequest(serde.Model):
    """The schema at `#/components/schemas/CreateDeviceRequest` of the API description.

    Attributes:
        device_id (str): Globally unique device identifier (e.g. MAC address)
        device_type (str): Device type, for example the exact model of the device.
            Should be the same for all similar devices
        if_not_exists (bool): Whether to throw an error when this device already exists.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("device_id", "device_type", "if_not_exists", "additional_properties")

    device_id: str
    device_type: str
    if_not_exists: bool
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"deviceId", "deviceType", "ifNotExists"}
    )

    def __init__(
        self,
        *,
        device_id: str,
        device_type: str,
        if_not_exists: bool,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.device_id = device_id
        self.device_type = device_type
        self.if_not_exists = if_not_exists
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "CreateDeviceRequest"
    ) -> CreateDeviceRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            device_id = data["deviceId"]
            device_type = data["deviceType"]
            if_not_exists = data["ifNotExists"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(device_id) is not str:
            device_id = serde.str_(device_id, where, "deviceId")
        if type(device_type) is not str:
            device_type = serde.str_(device_type, where, "deviceType")
        if type(if_not_exists) is not bool:
            if_not_exists = serde.bool_(if_not_exists, where, "ifNotExists")
        obj = serde.new_object(cls)
        obj.device_id = device_id
        obj.device_type = device_type
        obj.if_not_exists = if_not_exists
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "deviceId": self.device_id,
            "deviceType": self.device_type,
            "ifNotExists": self.if_not_exists,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
