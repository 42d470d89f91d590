from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationDeployBlockRequest(serde.Model):
    """The UpdateOrganizationDeployBlockRequest object of the API.

    Attributes:
        parameters: List of parameters, spec'ed according to https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        source_code_download_staff_only: Whether the source code is only available for staff users.
    """

    __slots__ = (
        "category",
        "cli_arguments",
        "description",
        "docker_container",
        "integrate_url",
        "limits_cpu",
        "limits_memory",
        "mount_learn_block",
        "name",
        "parameters",
        "photo",
        "privileged",
        "requests_cpu",
        "requests_memory",
        "show_optimizations",
        "source_code_download_staff_only",
        "supports_eon_compiler",
        "additional_properties",
    )

    category: Literal["library", "firmware"] | Unset
    cli_arguments: str | Unset
    description: str | Unset
    docker_container: str | Unset
    integrate_url: str | Unset
    limits_cpu: float | Unset
    limits_memory: int | Unset
    mount_learn_block: bool | Unset
    name: str | Unset
    parameters: list[dict[str, Any]] | Unset
    photo: serde.FileInput | Unset
    privileged: bool | Unset
    requests_cpu: float | Unset
    requests_memory: int | Unset
    show_optimizations: bool | Unset
    source_code_download_staff_only: bool | Unset
    supports_eon_compiler: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "cliArguments",
            "description",
            "dockerContainer",
            "integrateUrl",
            "limitsCpu",
            "limitsMemory",
            "mountLearnBlock",
            "name",
            "parameters",
            "photo",
            "privileged",
            "requestsCpu",
            "requestsMemory",
            "showOptimizations",
            "sourceCodeDownloadStaffOnly",
            "supportsEonCompiler",
        }
    )

    def __init__(
        self,
        *,
        category: Literal["library", "firmware"] | Unset = UNSET,
        cli_arguments: str | Unset = UNSET,
        description: str | Unset = UNSET,
        docker_container: str | Unset = UNSET,
        integrate_url: str | Unset = UNSET,
        limits_cpu: float | Unset = UNSET,
        limits_memory: int | Unset = UNSET,
        mount_learn_block: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        parameters: list[dict[str, Any]] | Unset = UNSET,
        photo: serde.FileInput | Unset = UNSET,
        privileged: bool | Unset = UNSET,
        requests_cpu: float | Unset = UNSET,
        requests_memory: int | Unset = UNSET,
        show_optimizations: bool | Unset = UNSET,
        source_code_download_staff_only: bool | Unset = UNSET,
        supports_eon_compiler: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.category = category
        self.cli_arguments = cli_arguments
        self.description = description
        self.docker_container = docker_container
        self.integrate_url = integrate_url
        self.limits_cpu = limits_cpu
        self.limits_memory = limits_memory
        self.mount_learn_block = mount_learn_block
        self.name = name
        self.parameters = parameters
        self.photo = photo
        self.privileged = privileged
        self.requests_cpu = requests_cpu
        self.requests_memory = requests_memory
        self.show_optimizations = show_optimizations
        self.source_code_download_staff_only = source_code_download_staff_only
        self.supports_eon_compiler = supports_eon_compiler
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationDeployBlockRequest"
    ) -> UpdateOrganizationDeployBlockRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        category = data.get("category", UNSET)
        if category is not UNSET and type(category) is not str:
            category = serde.str_enum(category, where, "category")
        cli_arguments = data.get("cliArguments", UNSET)
        if cli_arguments is not UNSET and type(cli_arguments) is not str:
            cli_arguments = serde.str_(cli_arguments, where, "cliArguments")
        description = data.get("description", UNSET)
        if description is not UNSET and type(description) is not str:
            description = serde.str_(description, where, "description")
        docker_container = data.get("dockerContainer", UNSET)
        if docker_container is not UNSET and type(docker_container) is not str:
            docker_container = serde.str_(docker_container, where, "dockerContainer")
        integrate_url = data.get("integrateUrl", UNSET)
        if integrate_url is not UNSET and type(integrate_url) is not str:
            integrate_url = serde.str_(integrate_url, where, "integrateUrl")
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
        mount_learn_block = data.get("mountLearnBlock", UNSET)
        if mount_learn_block is not UNSET and type(mount_learn_block) is not bool:
            mount_learn_block = serde.bool_(mount_learn_block, where, "mountLearnBlock")
        name = data.get("name", UNSET)
        if name is not UNSET and type(name) is not str:
            name = serde.str_(name, where, "name")
        parameters = data.get("parameters", UNSET)
        if parameters is not UNSET:
            parameters = serde.list_of(parameters, where, "parameters", serde.dict_)
        photo = data.get("photo", UNSET)
        privileged = data.get("privileged", UNSET)
        if privileged is not UNSET and type(privileged) is not bool:
            privileged = serde.bool_(privileged, where, "privileged")
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
        show_optimizations = data.get("showOptimizations", UNSET)
        if show_optimizations is not UNSET and type(show_optimizations) is not bool:
            show_optimizations = serde.bool_(
                show_optimizations, where, "showOptimizations"
            )
        source_code_download_staff_only = data.get("sourceCodeDownloadStaffOnly", UNSET)
        if (
            source_code_download_staff_only is not UNSET
            and type(source_code_download_staff_only) is not bool
        ):
            source_code_download_staff_only = serde.bool_(
                source_code_download_staff_only, where, "sourceCodeDownloadStaffOnly"
            )
        supports_eon_compiler = data.get("supportsEonCompiler", UNSET)
        if (
            supports_eon_compiler is not UNSET
            and type(supports_eon_compiler) is not bool
        ):
            supports_eon_compiler = serde.bool_(
                supports_eon_compiler, where, "supportsEonCompiler"
            )
        obj = object.__new__(cls)
        obj.category = category
        obj.cli_arguments = cli_arguments
        obj.description = description
        obj.docker_container = docker_container
        obj.integrate_url = integrate_url
        obj.limits_cpu = limits_cpu
        obj.limits_memory = limits_memory
        obj.mount_learn_block = mount_learn_block
        obj.name = name
        obj.parameters = parameters
        obj.photo = photo
        obj.privileged = privileged
        obj.requests_cpu = requests_cpu
        obj.requests_memory = requests_memory
        obj.show_optimizations = show_optimizations
        obj.source_code_download_staff_only = source_code_download_staff_only
        obj.supports_eon_compiler = supports_eon_compiler
        if cls._json_names.issuperset(data):
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.category is not UNSET:
            out["category"] = self.category
        if self.cli_arguments is not UNSET:
            out["cliArguments"] = self.cli_arguments
        if self.description is not UNSET:
            out["description"] = self.description
        if self.docker_container is not UNSET:
            out["dockerContainer"] = self.docker_container
        if self.integrate_url is not UNSET:
            out["integrateUrl"] = self.integrate_url
        if self.limits_cpu is not UNSET:
            out["limitsCpu"] = self.limits_cpu
        if self.limits_memory is not UNSET:
            out["limitsMemory"] = self.limits_memory
        if self.mount_learn_block is not UNSET:
            out["mountLearnBlock"] = self.mount_learn_block
        if self.name is not UNSET:
            out["name"] = self.name
        if self.parameters is not UNSET:
            out["parameters"] = self.parameters
        if self.photo is not UNSET:
            out["photo"] = self.photo
        if self.privileged is not UNSET:
            out["privileged"] = self.privileged
        if self.requests_cpu is not UNSET:
            out["requestsCpu"] = self.requests_cpu
        if self.requests_memory is not UNSET:
            out["requestsMemory"] = self.requests_memory
        if self.show_optimizations is not UNSET:
            out["showOptimizations"] = self.show_optimizations
        if self.source_code_download_staff_only is not UNSET:
            out["sourceCodeDownloadStaffOnly"] = self.source_code_download_staff_only
        if self.supports_eon_compiler is not UNSET:
            out["supportsEonCompiler"] = self.supports_eon_compiler
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
