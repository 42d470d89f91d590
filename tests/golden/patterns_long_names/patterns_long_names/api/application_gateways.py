"""Operations tagged 'application-gateways'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _runtime as rt
from .. import models
from .._serde import UNSET, Unset


class ApplicationGatewaysApi:
    """Operations tagged 'application-gateways'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def application_gateways_get_backend_address_pool_health_10f63b8c(
        self,
        *,
        application_gateway_name: str,
        backend_address_pool_name: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8:
        """applicationGatewaysGetBackendAddressPoolHealthWithExpandedConfigurationAndRules

        `GET
        /application-gateways/{applicationGatewayName}/backend-address-pools/{backendAddressPoolName}/health`
        """
        from ..models.application_gateways_get_backend_address_pool_health_cf3eb9b8 import (
            ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8,
        )

        request = self._client.build_request(
            "GET",
            "/application-gateways/{applicationGatewayName}/backend-address-pools/{backendAddressPoolName}/health",
            path_params={
                "applicationGatewayName": application_gateway_name,
                "backendAddressPoolName": backend_address_pool_name,
            },
            operation_id="applicationGatewaysGetBackendAddressPoolHealthWithExpandedConfigurationAndRules",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request,
            rt.json_response(
                ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8.convert
            ),
        )


class AsyncApplicationGatewaysApi:
    """Operations tagged 'application-gateways'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def application_gateways_get_backend_address_pool_health_10f63b8c(
        self,
        *,
        application_gateway_name: str,
        backend_address_pool_name: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> models.ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8:
        """applicationGatewaysGetBackendAddressPoolHealthWithExpandedConfigurationAndRules

        `GET
        /application-gateways/{applicationGatewayName}/backend-address-pools/{backendAddressPoolName}/health`
        """
        from ..models.application_gateways_get_backend_address_pool_health_cf3eb9b8 import (
            ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8,
        )

        request = self._client.build_request(
            "GET",
            "/application-gateways/{applicationGatewayName}/backend-address-pools/{backendAddressPoolName}/health",
            path_params={
                "applicationGatewayName": application_gateway_name,
                "backendAddressPoolName": backend_address_pool_name,
            },
            operation_id="applicationGatewaysGetBackendAddressPoolHealthWithExpandedConfigurationAndRules",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request,
            rt.json_response(
                ApplicationGatewaysGetBackendAddressPoolHealthWithCf3eb9b8.convert
            ),
        )
