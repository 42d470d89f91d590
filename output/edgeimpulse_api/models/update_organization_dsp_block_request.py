from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationDspBlockRequest(serde.Model):
    """The UpdateOrganizationDspBlockRequest object of the API.

    Attributes:
        source_code_download_staff_only: Whether the source code is only available for staff users.
    """

    __slots__ = (
        "description",
        "docker_container",
        "limits_cpu",
        "limits_memory",
        "name",
        "port",
        "requests_cpu",
        "requests_memory",
        "source_code_download_staff_only",
        "additional_properties",
    )

    description: str | Unset
    docker_container: str | Unset
    limits_cpu: float | Unset
    limits_memory: int | Unset
    name: str | Unset
    port: int | Unset
    requests_cpu: float | Unset
    requests_memory: int | Unset
    source_code_download_staff_only: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "description",
            "dockerContainer",
            "limitsCpu",
            "limitsMemory",
            "name",
            "port",
            "requestsCpu",
            "requestsMemory",
            "sourceCodeDownloadStaffOnly",
        }
    )

    def __init__(
        self,
        *,
        description: str | Unset = UNSET,
        docker_container: str | Unset = UNSET,
        limits_cpu: float | Unset = UNSET,
        limits_memory: int | Unset = UNSET,
        name: str | Unset = UNSET,
        port: int | Unset = UNSET,
        requests_cpu: float | Unset = UNSET,
        requests_memory: int | Unset = UNSET,
        source_code_download_staff_only: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.docker_container = docker_container
        self.limits_cpu = limits_cpu
        self.limits_memory = limits_memory
        self.name = name
        self.port = port
        self.requests_cpu = requests_cpu
        self.requests_memory = requests_memory
        self.source_code_download_staff_only = source_code_download_staff_only
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationDspBlockRequest"
    ) -> UpdateOrganizationDspBlockRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        description = data.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            description = serde.str_(description, where, "description")
        docker_container = data.get("dockerContainer", UNSET)
        if docker_container is not UNSET and type(docker_container) is not str:
            docker_container = serde.str_(docker_container, where, "dockerContainer")
        limits_cpu = data.get("limitsCpu", UNSET)
        if (
            limits_cpu is not UNSET
            and type(limits_cpu) is not float
            and type(limits_cpu) is not int
        ):
            limits_cpu = serde.float_(limits_cpu, where, "limitsCpu")
        limits_memory = data.get("limitsMemory", UNSET)
        if limits_memory is not UNSET and type(limits_memory) is not int:
            limits_memory = serde.int_(limits_memory, where, "limitsMemory")
        name = data.get("name", UNSET)
        if name is not UNSET and type(name) is not str:
            name = serde.str_(name, where, "name")
        port = data.get("port", UNSET)
        if port is not UNSET and type(port) is not int:
            port = serde.int_(port, where, "port")
        requests_cpu = data.get("requestsCpu", UNSET)
        if (
            requests_cpu is not UNSET
            and type(requests_cpu) is not float
            and type(requests_cpu) is not int
        ):
            requests_cpu = serde.float_(requests_cpu, where, "requestsCpu")
        requests_memory = data.get("requestsMemory", UNSET)
        if requests_memory is not UNSET and type(requests_memory) is not int:
            requests_memory = serde.int_(requests_memory, where, "requestsMemory")
        source_code_download_staff_only = data.get("sourceCodeDownloadStaffOnly", UNSET)
        if (
            source_code_download_staff_only is not UNSET
            and type(source_code_download_staff_only) is not bool
        ):
            source_code_download_staff_only = serde.bool_(
                source_code_download_staff_only, where, "sourceCodeDownloadStaffOnly"
            )
        obj = object.__new__(cls)
        obj.description = description
        obj.docker_container = docker_container
        obj.limits_cpu = limits_cpu
        obj.limits_memory = limits_memory
        obj.name = name
        obj.port = port
        obj.requests_cpu = requests_cpu
        obj.requests_memory = requests_memory
        obj.source_code_download_staff_only = source_code_download_staff_only
        if cls._json_names.issuperset(data):
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.description is not UNSET:
            out["description"] = self.description
        if self.docker_container is not UNSET:
            out["dockerContainer"] = self.docker_container
        if self.limits_cpu is not UNSET:
            out["limitsCpu"] = self.limits_cpu
        if self.limits_memory is not UNSET:
            out["limitsMemory"] = self.limits_memory
        if self.name is not UNSET:
            out["name"] = self.name
        if self.port is not UNSET:
            out["port"] = self.port
        if self.requests_cpu is not UNSET:
            out["requestsCpu"] = self.requests_cpu
        if self.requests_memory is not UNSET:
            out["requestsMemory"] = self.requests_memory
        if self.source_code_download_staff_only is not UNSET:
            out["sourceCodeDownloadStaffOnly"] = self.source_code_download_staff_only
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
