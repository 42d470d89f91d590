from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .verify_dsp_block_url_response_block import VerifyDspBlockUrlResponseBlock


@dataclass(slots=True, kw_only=True)
class VerifyDspBlockUrlResponse(serde.Model):
    """The VerifyDspBlockUrlResponse object of the API.

    Attributes:
        success: Whether the operation succeeded
        error: Optional error description (set if 'success' was false)
    """

    success: bool
    error: str | Unset = UNSET
    block: VerifyDspBlockUrlResponseBlock | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset({"success", "error", "block"})

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "VerifyDspBlockUrlResponse"
    ) -> VerifyDspBlockUrlResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            success = serde.bool_(data["success"], where, "success")
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        error = data.get("error", UNSET)
        if error is not UNSET:
            error = serde.str_(error, where, "error")
        block = data.get("block", UNSET)
        if block is not UNSET:
            block = VerifyDspBlockUrlResponseBlock.convert(block, where, "block")
        return cls(
            success=success,
            error=error,
            block=block,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.block is not UNSET:
            out["block"] = self.block.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
