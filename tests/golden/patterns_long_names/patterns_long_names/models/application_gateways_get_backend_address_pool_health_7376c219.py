from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219(serde.Model):
    """The schema at
    `#/paths/~1application-gateways~1{applicationGatewayName}~1backend-address-pools~1{backendAddressPoolName}~1health/get/responses/200/content/application~1json/schema/properties/loadBalancingRulesCollection/items/properties/loadBalancerBackendAddressPools/items/properties/backendIpConfigurationsEntry/items/properties/propertiesFormatDescription/items/properties/backendAddressPoolConfiguration/items`
    of the API description.

    Attributes:
        leaf (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("leaf", "additional_properties")

    leaf: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"leaf"})

    def __init__(
        self,
        *,
        leaf: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.leaf = leaf
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls,
        data: Any,
        where: str = "ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219",
    ) -> ApplicationGatewaysGetBackendAddressPoolHealthWith7376c219:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "leaf" in data:
            found += 1
            leaf = data["leaf"]
            if type(leaf) is not str:
                leaf = serde.str_(leaf, where, "leaf")
        else:
            leaf = UNSET
        obj = serde.new_object(cls)
        obj.leaf = leaf
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.leaf is not UNSET:
            out["leaf"] = self.leaf
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
