from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .application_gateways_get_backend_address_pool_health_7376c219 import (
    ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219,
)


class ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema/properties/loadBalancingRulesCollection/items/properties/loadBalancerBackendAddressPools/items/properties/backendIpConfigurationsEntry/items/properties/propertiesFormatDescription/items`
    of the API description.

    Attributes:
        backend_address_pool_configuration
            (list[ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("backend_address_pool_configuration", "additional_properties")

    backend_address_pool_configuration: (
        list[ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219] | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"backendAddressPoolConfiguration"}
    )

    def __init__(
        self,
        *,
        backend_address_pool_configuration: (
            list[ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219] | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.backend_address_pool_configuration = backend_address_pool_configuration
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "backendAddressPoolConfiguration" in data:
            found += 1
            backend_address_pool_configuration = data["backendAddressPoolConfiguration"]
            backend_address_pool_configuration = serde.list_of_models(
                backend_address_pool_configuration,
                where,
                "backendAddressPoolConfiguration",
                ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219.from_dict,
            )
        else:
            backend_address_pool_configuration = UNSET
        obj = serde.new_object(cls)
        obj.backend_address_pool_configuration = backend_address_pool_configuration
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.backend_address_pool_configuration is not UNSET:
            out["backendAddressPoolConfiguration"] = [
                v0.to_dict(request=request)
                for v0 in self.backend_address_pool_configuration
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
