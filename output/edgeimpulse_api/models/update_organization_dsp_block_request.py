from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationDspBlockRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateOrganizationDspBlockRequest` of the API
    description.

    Attributes:
        description (str, optional)
        docker_container (str, optional)
        limits_cpu (float, optional)
        limits_memory (int, optional)
        name (str, optional)
        port (int, optional)
        requests_cpu (float, optional)
        requests_memory (int, optional)
        source_code_download_staff_only (bool, optional): Whether the source code is
            only available for staff users.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
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
        found = 0  # declared properties in data
        if "description" in data:
            found += 1
            description = data["description"]
            if type(description) is not str:
                description = serde.str_(description, where, "description")
        else:
            description = UNSET
        if "dockerContainer" in data:
            found += 1
            docker_container = data["dockerContainer"]
            if type(docker_container) is not str:
                docker_container = serde.str_(
                    docker_container, where, "dockerContainer"
                )
        else:
            docker_container = UNSET
        if "limitsCpu" in data:
            found += 1
            limits_cpu = data["limitsCpu"]
            if type(limits_cpu) is not float and type(limits_cpu) is not int:
                limits_cpu = serde.float_(limits_cpu, where, "limitsCpu")
        else:
            limits_cpu = UNSET
        if "limitsMemory" in data:
            found += 1
            limits_memory = data["limitsMemory"]
            if type(limits_memory) is not int:
                limits_memory = serde.int_(limits_memory, where, "limitsMemory")
        else:
            limits_memory = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "port" in data:
            found += 1
            port = data["port"]
            if type(port) is not int:
                port = serde.int_(port, where, "port")
        else:
            port = UNSET
        if "requestsCpu" in data:
            found += 1
            requests_cpu = data["requestsCpu"]
            if type(requests_cpu) is not float and type(requests_cpu) is not int:
                requests_cpu = serde.float_(requests_cpu, where, "requestsCpu")
        else:
            requests_cpu = UNSET
        if "requestsMemory" in data:
            found += 1
            requests_memory = data["requestsMemory"]
            if type(requests_memory) is not int:
                requests_memory = serde.int_(requests_memory, where, "requestsMemory")
        else:
            requests_memory = UNSET
        if "sourceCodeDownloadStaffOnly" in data:
            found += 1
            source_code_download_staff_only = data["sourceCodeDownloadStaffOnly"]
            if type(source_code_download_staff_only) is not bool:
                source_code_download_staff_only = serde.bool_(
                    source_code_download_staff_only,
                    where,
                    "sourceCodeDownloadStaffOnly",
                )
        else:
            source_code_download_staff_only = UNSET
        obj = serde.new_object(cls)
        obj.description = description
        obj.docker_container = docker_container
        obj.limits_cpu = limits_cpu
        obj.limits_memory = limits_memory
        obj.name = name
        obj.port = port
        obj.requests_cpu = requests_cpu
        obj.requests_memory = requests_memory
        obj.source_code_download_staff_only = source_code_download_staff_only
        if len(data) == found:
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
