from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .application_gateways_get_backend_address_pool_health_34852200 import (
    ApplicationGatewaysGetBackendAddressPoolHealthWith34852200,
)


class ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema/properties/loadBalancingRulesCollection/items`
    of the API description.

    Attributes:
        load_balancer_backend_address_pools
            (list[ApplicationGatewaysGetBackendAddressPoolHealthWith34852200], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("load_balancer_backend_address_pools", "additional_properties")

    load_balancer_backend_address_pools: (
        list[ApplicationGatewaysGetBackendAddressPoolHealthWith34852200] | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"loadBalancerBackendAddressPools"}
    )

    def __init__(
        self,
        *,
        load_balancer_backend_address_pools: (
            list[ApplicationGatewaysGetBackendAddressPoolHealthWith34852200] | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.load_balancer_backend_address_pools = load_balancer_backend_address_pools
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "loadBalancerBackendAddressPools" in data:
            found += 1
            load_balancer_backend_address_pools = data[
                "loadBalancerBackendAddressPools"
            ]
            load_balancer_backend_address_pools = serde.list_of_models(
                load_balancer_backend_address_pools,
                where,
                "loadBalancerBackendAddressPools",
                ApplicationGatewaysGetBackendAddressPoolHealthWith34852200.from_dict,
            )
        else:
            load_balancer_backend_address_pools = UNSET
        obj = serde.new_object(cls)
        obj.load_balancer_backend_address_pools = load_balancer_backend_address_pools
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.load_balancer_backend_address_pools is not UNSET:
            out["loadBalancerBackendAddressPools"] = [
                v0.to_dict(request=request)
                for v0 in self.load_balancer_backend_address_pools
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
