from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .created_updated_by_user import CreatedUpdatedByUser


class OrganizationDspBlock(serde.Model):
    """The schema at `#/components/schemas/OrganizationDspBlock` of the API description.

    Attributes:
        created (datetime.datetime)
        description (str)
        docker_container (str)
        docker_container_managed_by_edge_impulse (bool)
        id (int)
        is_connected (bool)
        name (str)
        port (int)
        source_code_available (bool)
        source_code_download_staff_only (bool): Whether the source code is only
            available for staff users.
        created_by_user (CreatedUpdatedByUser, optional)
        error (str, optional)
        last_updated (datetime.datetime, optional)
        last_updated_by_user (CreatedUpdatedByUser, optional)
        limits_cpu (float, optional)
        limits_memory (int, optional)
        requests_cpu (float, optional)
        requests_memory (int, optional)
        user_id (int, optional)
        user_name (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "description",
        "docker_container",
        "docker_container_managed_by_edge_impulse",
        "id",
        "is_connected",
        "name",
        "port",
        "source_code_available",
        "source_code_download_staff_only",
        "created_by_user",
        "error",
        "last_updated",
        "last_updated_by_user",
        "limits_cpu",
        "limits_memory",
        "requests_cpu",
        "requests_memory",
        "user_id",
        "user_name",
        "additional_properties",
    )

    created: datetime.datetime
    description: str
    docker_container: str
    docker_container_managed_by_edge_impulse: bool
    id: int
    is_connected: bool
    name: str
    port: int
    source_code_available: bool
    source_code_download_staff_only: bool
    created_by_user: CreatedUpdatedByUser | Unset
    error: str | Unset
    last_updated: datetime.datetime | Unset
    last_updated_by_user: CreatedUpdatedByUser | Unset
    limits_cpu: float | Unset
    limits_memory: int | Unset
    requests_cpu: float | Unset
    requests_memory: int | Unset
    user_id: int | Unset
    user_name: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "createdByUser",
            "description",
            "dockerContainer",
            "dockerContainerManagedByEdgeImpulse",
            "error",
            "id",
            "isConnected",
            "lastUpdated",
            "lastUpdatedByUser",
            "limitsCpu",
            "limitsMemory",
            "name",
            "port",
            "requestsCpu",
            "requestsMemory",
            "sourceCodeAvailable",
            "sourceCodeDownloadStaffOnly",
            "userId",
            "userName",
        }
    )

    def __init__(
        self,
        *,
        created: datetime.datetime,
        description: str,
        docker_container: str,
        docker_container_managed_by_edge_impulse: bool,
        id: int,
        is_connected: bool,
        name: str,
        port: int,
        source_code_available: bool,
        source_code_download_staff_only: bool,
        created_by_user: CreatedUpdatedByUser | Unset = UNSET,
        error: str | Unset = UNSET,
        last_updated: datetime.datetime | Unset = UNSET,
        last_updated_by_user: CreatedUpdatedByUser | Unset = UNSET,
        limits_cpu: float | Unset = UNSET,
        limits_memory: int | Unset = UNSET,
        requests_cpu: float | Unset = UNSET,
        requests_memory: int | Unset = UNSET,
        user_id: int | Unset = UNSET,
        user_name: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.description = description
        self.docker_container = docker_container
        self.docker_container_managed_by_edge_impulse = (
            docker_container_managed_by_edge_impulse
        )
        self.id = id
        self.is_connected = is_connected
        self.name = name
        self.port = port
        self.source_code_available = source_code_available
        self.source_code_download_staff_only = source_code_download_staff_only
        self.created_by_user = created_by_user
        self.error = error
        self.last_updated = last_updated
        self.last_updated_by_user = last_updated_by_user
        self.limits_cpu = limits_cpu
        self.limits_memory = limits_memory
        self.requests_cpu = requests_cpu
        self.requests_memory = requests_memory
        self.user_id = user_id
        self.user_name = user_name
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "OrganizationDspBlock"
    ) -> OrganizationDspBlock:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            description = data["description"]
            docker_container = data["dockerContainer"]
            docker_container_managed_by_edge_impulse = data[
                "dockerContainerManagedByEdgeImpulse"
            ]
            _id = data["id"]
            is_connected = data["isConnected"]
            name = data["name"]
            port = data["port"]
            source_code_available = data["sourceCodeAvailable"]
            source_code_download_staff_only = data["sourceCodeDownloadStaffOnly"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(docker_container) is not str:
            docker_container = serde.str_(docker_container, where, "dockerContainer")
        if type(docker_container_managed_by_edge_impulse) is not bool:
            docker_container_managed_by_edge_impulse = serde.bool_(
                docker_container_managed_by_edge_impulse,
                where,
                "dockerContainerManagedByEdgeImpulse",
            )
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(is_connected) is not bool:
            is_connected = serde.bool_(is_connected, where, "isConnected")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(port) is not int:
            port = serde.int_(port, where, "port")
        if type(source_code_available) is not bool:
            source_code_available = serde.bool_(
                source_code_available, where, "sourceCodeAvailable"
            )
        if type(source_code_download_staff_only) is not bool:
            source_code_download_staff_only = serde.bool_(
                source_code_download_staff_only, where, "sourceCodeDownloadStaffOnly"
            )
        found = 10  # declared properties in data
        if "createdByUser" in data:
            found += 1
            created_by_user = data["createdByUser"]
            created_by_user = CreatedUpdatedByUser.from_dict(
                created_by_user, where + ".createdByUser"
            )
        else:
            created_by_user = UNSET
        if "error" in data:
            found += 1
            error = data["error"]
            if type(error) is not str:
                error = serde.str_(error, where, "error")
        else:
            error = UNSET
        if "lastUpdated" in data:
            found += 1
            last_updated = data["lastUpdated"]
            last_updated = serde.datetime_(last_updated, where, "lastUpdated")
        else:
            last_updated = UNSET
        if "lastUpdatedByUser" in data:
            found += 1
            last_updated_by_user = data["lastUpdatedByUser"]
            last_updated_by_user = CreatedUpdatedByUser.from_dict(
                last_updated_by_user, where + ".lastUpdatedByUser"
            )
        else:
            last_updated_by_user = UNSET
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
        if "userId" in data:
            found += 1
            user_id = data["userId"]
            if type(user_id) is not int:
                user_id = serde.int_(user_id, where, "userId")
        else:
            user_id = UNSET
        if "userName" in data:
            found += 1
            user_name = data["userName"]
            if type(user_name) is not str:
                user_name = serde.str_(user_name, where, "userName")
        else:
            user_name = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.description = description
        obj.docker_container = docker_container
        obj.docker_container_managed_by_edge_impulse = (
            docker_container_managed_by_edge_impulse
        )
        obj.id = _id
        obj.is_connected = is_connected
        obj.name = name
        obj.port = port
        obj.source_code_available = source_code_available
        obj.source_code_download_staff_only = source_code_download_staff_only
        obj.created_by_user = created_by_user
        obj.error = error
        obj.last_updated = last_updated
        obj.last_updated_by_user = last_updated_by_user
        obj.limits_cpu = limits_cpu
        obj.limits_memory = limits_memory
        obj.requests_cpu = requests_cpu
        obj.requests_memory = requests_memory
        obj.user_id = user_id
        obj.user_name = user_name
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "description": self.description,
            "dockerContainer": self.docker_container,
            "dockerContainerManagedByEdgeImpulse": self.docker_container_managed_by_edge_impulse,
            "id": self.id,
            "isConnected": self.is_connected,
            "name": self.name,
            "port": self.port,
            "sourceCodeAvailable": self.source_code_available,
            "sourceCodeDownloadStaffOnly": self.source_code_download_staff_only,
        }
        if self.created_by_user is not UNSET:
            out["createdByUser"] = self.created_by_user.to_dict(request=request)
        if self.error is not UNSET:
            out["error"] = self.error
        if self.last_updated is not UNSET:
            out["lastUpdated"] = serde.format_datetime(self.last_updated)
        if self.last_updated_by_user is not UNSET:
            out["lastUpdatedByUser"] = self.last_updated_by_user.to_dict(
                request=request
            )
        if self.limits_cpu is not UNSET:
            out["limitsCpu"] = self.limits_cpu
        if self.limits_memory is not UNSET:
            out["limitsMemory"] = self.limits_memory
        if self.requests_cpu is not UNSET:
            out["requestsCpu"] = self.requests_cpu
        if self.requests_memory is not UNSET:
            out["requestsMemory"] = self.requests_memory
        if self.user_id is not UNSET:
            out["userId"] = self.user_id
        if self.user_name is not UNSET:
            out["userName"] = self.user_name
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
