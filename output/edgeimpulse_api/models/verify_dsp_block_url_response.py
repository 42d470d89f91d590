from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .verify_dsp_block_url_response_block import VerifyDspBlockUrlResponseBlock


class VerifyDspBlockUrlResponse(serde.Model):
    """The schema at `#/components/schemas/VerifyDspBlockUrlResponse` of the API
    description.

    Attributes:
        success (bool): Whether the operation succeeded
        block (VerifyDspBlockUrlResponseBlock, optional)
        error (str, optional): Optional error description (set if 'success' was false)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("success", "block", "error", "additional_properties")

    success: bool
    block: VerifyDspBlockUrlResponseBlock | Unset
    error: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"block", "error", "success"})

    def __init__(
        self,
        *,
        success: bool,
        block: VerifyDspBlockUrlResponseBlock | Unset = UNSET,
        error: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.success = success
        self.block = block
        self.error = error
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "VerifyDspBlockUrlResponse"
    ) -> VerifyDspBlockUrlResponse:
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
        if "block" in data:
            found += 1
            block = data["block"]
            block = VerifyDspBlockUrlResponseBlock.from_dict(block, where + ".block")
        else:
            block = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        obj = serde.new_object(cls)
        obj.success = success
        obj.block = block
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
        if self.block is not UNSET:
            out["block"] = self.block.to_dict(request=request)
        if self.error is not UNSET:
            out["error"] = self.error
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
