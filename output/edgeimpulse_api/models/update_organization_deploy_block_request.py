from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset


class UpdateOrganizationDeployBlockRequest(serde.Model):
    """The schema at `#/components/schemas/UpdateOrganizationDeployBlockRequest` of the
    API description.

    Attributes:
        category (Literal["library", "firmware"], optional)
        cli_arguments (str, optional)
        description (str, optional)
        docker_container (str, optional)
        integrate_url (str, optional)
        limits_cpu (float, optional)
        limits_memory (int, optional)
        mount_learn_block (bool, optional)
        name (str, optional)
        parameters (list[dict[str, Any]], optional): List of parameters, spec'ed
            according to
            https://docs.edgeimpulse.com/docs/tips-and-tricks/adding-parameters-to-custom-blocks
        photo (serde.FileInput, optional)
        privileged (bool, optional)
        requests_cpu (float, optional)
        requests_memory (int, optional)
        show_optimizations (bool, optional)
        source_code_download_staff_only (bool, optional): Whether the source code is
            only available for staff users.
        supports_eon_compiler (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
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
        found = 0  # declared properties in data
        if "category" in data:
            found += 1
            category = data["category"]
            if type(category) is not str:
                category = serde.str_enum(category, where, "category")
        else:
            category = UNSET
        if "cliArguments" in data:
            found += 1
            cli_arguments = data["cliArguments"]
            if type(cli_arguments) is not str:
                cli_arguments = serde.str_(cli_arguments, where, "cliArguments")
        else:
            cli_arguments = UNSET
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
        if "integrateUrl" in data:
            found += 1
            integrate_url = data["integrateUrl"]
            if type(integrate_url) is not str:
                integrate_url = serde.str_(integrate_url, where, "integrateUrl")
        else:
            integrate_url = UNSET
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
        if "mountLearnBlock" in data:
            found += 1
            mount_learn_block = data["mountLearnBlock"]
            if type(mount_learn_block) is not bool:
                mount_learn_block = serde.bool_(
                    mount_learn_block, where, "mountLearnBlock"
                )
        else:
            mount_learn_block = UNSET
        if "name" in data:
            found += 1
            name = data["name"]
            if type(name) is not str:
                name = serde.str_(name, where, "name")
        else:
            name = UNSET
        if "parameters" in data:
            found += 1
            parameters = data["parameters"]
            parameters = serde.dict_list(parameters, where, "parameters")
        else:
            parameters = UNSET
        if "photo" in data:
            found += 1
            photo = data["photo"]
        else:
            photo = UNSET
        if "privileged" in data:
            found += 1
            privileged = data["privileged"]
            if type(privileged) is not bool:
                privileged = serde.bool_(privileged, where, "privileged")
        else:
            privileged = UNSET
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
        if "showOptimizations" in data:
            found += 1
            show_optimizations = data["showOptimizations"]
            if type(show_optimizations) is not bool:
                show_optimizations = serde.bool_(
                    show_optimizations, where, "showOptimizations"
                )
        else:
            show_optimizations = UNSET
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
        if "supportsEonCompiler" in data:
            found += 1
            supports_eon_compiler = data["supportsEonCompiler"]
            if type(supports_eon_compiler) is not bool:
                supports_eon_compiler = serde.bool_(
                    supports_eon_compiler, where, "supportsEonCompiler"
                )
        else:
            supports_eon_compiler = UNSET
        obj = serde.new_object(cls)
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
        if len(data) == found:
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
