from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .application_gateways_get_backend_address_pool_health_c4b73a74 import (
    ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74,
)


class ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema`
    of the API description.

    Attributes:
        load_balancing_rules_collection
            (list[ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("load_balancing_rules_collection", "additional_properties")

    load_balancing_rules_collection: (
        list[ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74] | Unset
    )
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"loadBalancingRulesCollection"})

    def __init__(
        self,
        *,
        load_balancing_rules_collection: (
            list[ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74] | Unset
        ) = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.load_balancing_rules_collection = load_balancing_rules_collection
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "loadBalancingRulesCollection" in data:
            found += 1
            load_balancing_rules_collection = data["loadBalancingRulesCollection"]
            load_balancing_rules_collection = serde.list_of_models(
                load_balancing_rules_collection,
                where,
                "loadBalancingRulesCollection",
                ApplicationGatewaysGetBackendAddressPoolHealthWithC4b73a74.from_dict,
            )
        else:
            load_balancing_rules_collection = UNSET
        obj = serde.new_object(cls)
        obj.load_balancing_rules_collection = load_balancing_rules_collection
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.load_balancing_rules_collection is not UNSET:
            out["loadBalancingRulesCollection"] = [
                v0.to_dict(request=request)
                for v0 in self.load_balancing_rules_collection
            ]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
