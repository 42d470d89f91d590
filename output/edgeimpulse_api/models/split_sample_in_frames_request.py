from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class SplitSampleInFramesRequest(serde.Model):
    """The schema at `#/components/schemas/SplitSampleInFramesRequest` of the API
    description.

    Attributes:
        fps (int, optional): Frames per second to extract from this video.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("fps", "additional_properties")

    fps: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"fps"})

    def __init__(
        self,
        *,
        fps: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.fps = fps
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "SplitSampleInFramesRequest"
    ) -> SplitSampleInFramesRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "fps" in data:
            found += 1
            fps = data["fps"]
            if type(fps) is not int:
                fps = serde.int_(fps, where, "fps")
        else:
            fps = UNSET
        obj = serde.new_object(cls)
        obj.fps = fps
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.fps is not UNSET:
            out["fps"] = self.fps
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
