from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .application_gateways_get_backend_address_pool_health_8e2436a0 import (
    ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0,
)


class ApplicationGatewaysGetBackendAddressPoolHealthWith34852200(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema/properties/loadBalancingRulesCollection/items/properties/loadBalancerBackendAddressPools/items`
    of the API description.

    Attributes:
        backend_ip_configurations_entry
            (list[ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("backend_ip_configurations_entry", "additional_properties")

    backend_ip_configurations_entry: (
        list[ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0] | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"backendIpConfigurationsEntry"})

    def __init__(
        self,
        *,
        backend_ip_configurations_entry: (
            list[ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0] | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.backend_ip_configurations_entry = backend_ip_configurations_entry
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWith34852200",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWith34852200:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "backendIpConfigurationsEntry" in data:
            found += 1
            backend_ip_configurations_entry = data["backendIpConfigurationsEntry"]
            backend_ip_configurations_entry = serde.list_of_models(
                backend_ip_configurations_entry,
                where,
                "backendIpConfigurationsEntry",
                ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0.from_dict,
            )
        else:
            backend_ip_configurations_entry = UNSET
        obj = serde.new_object(cls)
        obj.backend_ip_configurations_entry = backend_ip_configurations_entry
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.backend_ip_configurations_entry is not UNSET:
            out["backendIpConfigurationsEntry"] = [
                v0.to_dict(request=request)
                for v0 in self.backend_ip_configurations_entry
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
