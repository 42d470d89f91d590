from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .application_gateways_get_backend_address_pool_health_b07f51a6 import (
    ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6,
)


class ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema/properties/loadBalancingRulesCollection/items/properties/loadBalancerBackendAddressPools/items/properties/backendIpConfigurationsEntry/items`
    of the API description.

    Attributes:
        properties_format_description
            (list[ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("properties_format_description", "additional_properties")

    properties_format_description: (
        list[ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6] | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"propertiesFormatDescription"})

    def __init__(
        self,
        *,
        properties_format_description: (
            list[ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6] | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.properties_format_description = properties_format_description
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWith8e2436a0:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "propertiesFormatDescription" in data:
            found += 1
            properties_format_description = data["propertiesFormatDescription"]
            properties_format_description = serde.list_of_models(
                properties_format_description,
                where,
                "propertiesFormatDescription",
                ApplicationGatewaysGetBackendAddressPoolHealthWithB07f51a6.from_dict,
            )
        else:
            properties_format_description = UNSET
        obj = serde.new_object(cls)
        obj.properties_format_description = properties_format_description
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.properties_format_description is not UNSET:
            out["propertiesFormatDescription"] = [
                v0.to_dict(request=request) for v0 in self.properties_format_description
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
