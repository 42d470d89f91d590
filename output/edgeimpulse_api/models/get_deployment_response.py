from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class GetDeploymentResponse(serde.Model):
    """The schema at `#/components/schemas/GetDeploymentResponse` of the API
    description.

    Attributes:
        has_deployment (bool)
        success (bool): Whether the operation succeeded
        error (str, optional): Optional error description (set if 'success' was false)
        version (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "has_deployment",
        "success",
        "error",
        "version",
        "additional_properties",
    )

    has_deployment: bool
    success: bool
    error: str | Unset
    version: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"error", "hasDeployment", "success", "version"}
    )

    def __init__(
        self,
        *,
        has_deployment: bool,
        success: bool,
        error: str | Unset = UNSET,
        version: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.has_deployment = has_deployment
        self.success = success
        self.error = error
        self.version = version
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetDeploymentResponse"
    ) -> GetDeploymentResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            has_deployment = data["hasDeployment"]
            success = data["success"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(has_deployment) is not bool:
            has_deployment = serde.bool_(has_deployment, where, "hasDeployment")
        if type(success) is not bool:
            success = serde.bool_(success, where, "success")
        found = 2  # declared properties in data
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "version" in data:
            found += 1
            version = data["version"]
            if type(version) is not int:
                version = serde.int_(version, where, "version")
        else:
            version = UNSET
        obj = serde.new_object(cls)
        obj.has_deployment = has_deployment
        obj.success = success
        obj.error = error
        obj.version = version
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "hasDeployment": self.has_deployment,
            "success": self.success,
        }
        if self.error is not UNSET:
            out["error"] = self.error
        if self.version is not UNSET:
            out["version"] = self.version
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
