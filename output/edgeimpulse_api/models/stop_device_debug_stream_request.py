from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class StopDeviceDebugStreamRequest(serde.Model):
    """The schema at `#/components/schemas/StopDeviceDebugStreamRequest` of the API
    description.

    Attributes:
        stream_id (int)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("stream_id", "additional_properties")

    stream_id: int
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"streamId"})

    def __init__(
        self,
        *,
        stream_id: int,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.stream_id = stream_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "StopDeviceDebugStreamRequest"
    ) -> StopDeviceDebugStreamRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            stream_id = data["streamId"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(stream_id) is not int:
            stream_id = serde.int_(stream_id, where, "streamId")
        obj = serde.new_object(cls)
        obj.stream_id = stream_id
        if len(data) == 1:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "streamId": self.stream_id,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
