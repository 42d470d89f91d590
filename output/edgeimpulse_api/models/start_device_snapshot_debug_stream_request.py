from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class StartDeviceSnapshotDebugStreamRequest(serde.Model):
    """The schema at `#/components/schemas/StartDeviceSnapshotDebugStreamRequest` of the
    API description.

    Attributes:
        resolution (Literal["high", "low"])
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("resolution", "additional_properties")

    resolution: Literal["high", "low"]
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"resolution"})

    def __init__(
        self,
        *,
        resolution: Literal["high", "low"],
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.resolution = resolution
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StartDeviceSnapshotDebugStreamRequest"
    ) -> StartDeviceSnapshotDebugStreamRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            resolution = data["resolution"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(resolution) is not str:
            resolution = serde.str_enum(resolution, where, "resolution")
        obj = serde.new_object(cls)
        obj.resolution = resolution
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "resolution": self.resolution,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
