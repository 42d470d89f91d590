from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class DeviceInferenceInfo(serde.Model):
    """If `remoteMgmtMode` is set to `inference` this object shows information about the
    model that's ran on device.

    Attributes:
        deployed_version (int)
        project_id (int)
        project_name (str)
        project_owner (str)
        model_type (Literal["classification", "objectDetection",
            "constrainedObjectDetection"], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "deployed_version",
        "project_id",
        "project_name",
        "project_owner",
        "model_type",
        "additional_properties",
    )

    deployed_version: int
    project_id: int
    project_name: str
    project_owner: str
    model_type: (
        Literal["classification", "objectDetection", "constrainedObjectDetection"]
        | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"deployedVersion", "modelType", "projectId", "projectName", "projectOwner"}
    )

    def __init__(
        self,
        *,
        deployed_version: int,
        project_id: int,
        project_name: str,
        project_owner: str,
        model_type: (
            Literal["classification", "objectDetection", "constrainedObjectDetection"]
            | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.deployed_version = deployed_version
        self.project_id = project_id
        self.project_name = project_name
        self.project_owner = project_owner
        self.model_type = model_type
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "DeviceInferenceInfo"
    ) -> DeviceInferenceInfo:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            deployed_version = data["deployedVersion"]
            project_id = data["projectId"]
            project_name = data["projectName"]
            project_owner = data["projectOwner"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(deployed_version) is not int:
            deployed_version = serde.int_(deployed_version, where, "deployedVersion")
        if type(project_id) is not int:
            project_id = serde.int_(project_id, where, "projectId")
        if type(project_name) is not str:
            project_name = serde.str_(project_name, where, "projectName")
        if type(project_owner) is not str:
            project_owner = serde.str_(project_owner, where, "projectOwner")
        found = 4  # declared properties in data
        if "modelType" in data:
            found += 1
            model_type = data["modelType"]
            if type(model_type) is not str:
                model_type = serde.str_enum(model_type, where, "modelType")
        else:
            model_type = UNSET
        obj = serde.new_object(cls)
        obj.deployed_version = deployed_version
        obj.project_id = project_id
        obj.project_name = project_name
        obj.project_owner = project_owner
        obj.model_type = model_type
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "deployedVersion": self.deployed_version,
            "projectId": self.project_id,
            "projectName": self.project_name,
            "projectOwner": self.project_owner,
        }
        if self.model_type is not UNSET:
            out["modelType"] = self.model_type
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
