from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .device_inference_info import DeviceInferenceInfo
from .device_sensors_item import DeviceSensorsItem


class Device(serde.Model):
    """The schema at `#/components/schemas/Device` of the API description.

    Attributes:
        created (datetime.datetime)
        device_id (str): Unique identifier (such as MAC address) for a device
        device_type (str)
        id (int)
        last_seen (datetime.datetime): Last message that was received from the device
            (ignoring keep-alive)
        name (str)
        remote_mgmt_mode (Literal["disconnected", "ingestion", "inference"]): Replaces
            `remote_mgmt_connected`. Shows whether the device is connected to the remote
            management interface, and in which mode.
        remote_mgmt_connected (bool): Whether the device is connected to the remote
            management interface. This property is deprecated, use `remoteMgmtMode`
            instead.
        sensors (list[DeviceSensorsItem])
        supports_snapshot_streaming (bool)
        inference_info (DeviceInferenceInfo, optional): If `remoteMgmtMode` is set to
            `inference` this object shows information about the model that's ran on
            device.
        remote_mgmt_host (str, optional): The remote management host that the device is
            connected to
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "device_id",
        "device_type",
        "id",
        "last_seen",
        "name",
        "remote_mgmt_mode",
        "remote_mgmt_connected",
        "sensors",
        "supports_snapshot_streaming",
        "inference_info",
        "remote_mgmt_host",
        "additional_properties",
    )

    created: datetime.datetime
    device_id: str
    device_type: str
    id: int
    last_seen: datetime.datetime
    name: str
    remote_mgmt_mode: Literal["disconnected", "ingestion", "inference"]
    remote_mgmt_connected: bool
    sensors: list[DeviceSensorsItem]
    supports_snapshot_streaming: bool
    inference_info: DeviceInferenceInfo | Unset
    remote_mgmt_host: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "deviceId",
            "deviceType",
            "id",
            "inferenceInfo",
            "lastSeen",
            "name",
            "remoteMgmtMode",
            "remote_mgmt_connected",
            "remote_mgmt_host",
            "sensors",
            "supportsSnapshotStreaming",
        }
    )

    def __init__(
        self,
        *,
        created: datetime.datetime,
        device_id: str,
        device_type: str,
        id: int,
        last_seen: datetime.datetime,
        name: str,
        remote_mgmt_mode: Literal["disconnected", "ingestion", "inference"],
        remote_mgmt_connected: bool,
        sensors: list[DeviceSensorsItem],
        supports_snapshot_streaming: bool,
        inference_info: DeviceInferenceInfo | Unset = UNSET,
        remote_mgmt_host: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.device_id = device_id
        self.device_type = device_type
        self.id = id
        self.last_seen = last_seen
        self.name = name
        self.remote_mgmt_mode = remote_mgmt_mode
        self.remote_mgmt_connected = remote_mgmt_connected
        self.sensors = sensors
        self.supports_snapshot_streaming = supports_snapshot_streaming
        self.inference_info = inference_info
        self.remote_mgmt_host = remote_mgmt_host
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Device") -> Device:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            device_id = data["deviceId"]
            device_type = data["deviceType"]
            _id = data["id"]
            last_seen = data["lastSeen"]
            name = data["name"]
            remote_mgmt_mode = data["remoteMgmtMode"]
            remote_mgmt_connected = data["remote_mgmt_connected"]
            sensors = data["sensors"]
            supports_snapshot_streaming = data["supportsSnapshotStreaming"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(device_id) is not str:
            device_id = serde.str_(device_id, where, "deviceId")
        if type(device_type) is not str:
            device_type = serde.str_(device_type, where, "deviceType")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        last_seen = serde.datetime_(last_seen, where, "lastSeen")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(remote_mgmt_mode) is not str:
            remote_mgmt_mode = serde.str_enum(remote_mgmt_mode, where, "remoteMgmtMode")
        if type(remote_mgmt_connected) is not bool:
            remote_mgmt_connected = serde.bool_(
                remote_mgmt_connected, where, "remote_mgmt_connected"
            )
        sensors = serde.list_of_models(
            sensors, where, "sensors", DeviceSensorsItem.from_dict
        )
        if type(supports_snapshot_streaming) is not bool:
            supports_snapshot_streaming = serde.bool_(
                supports_snapshot_streaming, where, "supportsSnapshotStreaming"
            )
        found = 10  # declared properties in data
        if "inferenceInfo" in data:
            found += 1
            inference_info = data["inferenceInfo"]
            inference_info = DeviceInferenceInfo.from_dict(
                inference_info, where + ".inferenceInfo"
            )
        else:
            inference_info = UNSET
        if "remote_mgmt_host" in data:
            found += 1
            remote_mgmt_host = data["remote_mgmt_host"]
            if type(remote_mgmt_host) is not str:
                remote_mgmt_host = serde.str_(
                    remote_mgmt_host, where, "remote_mgmt_host"
                )
        else:
            remote_mgmt_host = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.device_id = device_id
        obj.device_type = device_type
        obj.id = _id
        obj.last_seen = last_seen
        obj.name = name
        obj.remote_mgmt_mode = remote_mgmt_mode
        obj.remote_mgmt_connected = remote_mgmt_connected
        obj.sensors = sensors
        obj.supports_snapshot_streaming = supports_snapshot_streaming
        obj.inference_info = inference_info
        obj.remote_mgmt_host = remote_mgmt_host
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "deviceId": self.device_id,
            "deviceType": self.device_type,
            "id": self.id,
            "lastSeen": serde.format_datetime(self.last_seen),
            "name": self.name,
            "remoteMgmtMode": self.remote_mgmt_mode,
            "remote_mgmt_connected": self.remote_mgmt_connected,
            "sensors": [v0.to_dict(request=request) for v0 in self.sensors],
            "supportsSnapshotStreaming": self.supports_snapshot_streaming,
        }
        if self.inference_info is not UNSET:
            out["inferenceInfo"] = self.inference_info.to_dict(request=request)
        if self.remote_mgmt_host is not UNSET:
            out["remote_mgmt_host"] = self.remote_mgmt_host
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
