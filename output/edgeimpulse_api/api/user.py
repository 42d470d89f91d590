"""Operations tagged 'User'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_developer_profile_response import (
        CreateDeveloperProfileResponse,
    )
    from ..models.enterprise_upgrade_or_trial_extension_request import (
        EnterpriseUpgradeOrTrialExtensionRequest,
    )
    from ..models.generic_api_response import GenericApiResponse
    from ..models.user_set_totp_mfa_key_request import UserSetTotpMfaKeyRequest
    from ..models.user_set_totp_mfa_key_response import UserSetTotpMfaKeyResponse
    from ..models.user_subscription_metrics_response import (
        UserSubscriptionMetricsResponse,
    )


class UserApi:
    """Operations tagged 'User'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_developer_profile(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateDeveloperProfileResponse:
        """Create developer profile

        Create a developer profile for the current active user.

        `POST /api/user/create-developer-profile`
        """
        from ..models.create_developer_profile_response import (
            CreateDeveloperProfileResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/user/create-developer-profile",
            operation_id="createDeveloperProfile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(CreateDeveloperProfileResponse.convert)
        )

    def send_user_upgrade_request(
        self,
        *,
        user_id: int,
        body: EnterpriseUpgradeOrTrialExtensionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Send upgrade request

        Send an upgrade to Enterprise request to Edge Impulse.

        `POST /api/users/{userId}/upgrade`

        Args:
            user_id: User ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/users/{userId}/upgrade",
            path_params={
                "userId": user_id,
            },
            json_body=body,
            operation_id="sendUserUpgradeRequest",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def user_get_subscription_metrics(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserSubscriptionMetricsResponse:
        """Get user billable compute metrics

        Get billable compute metrics for a user. This function is only available to
        users with an active subscription.

        `GET /api/user/subscription/metrics`
        """
        from ..models.user_subscription_metrics_response import (
            UserSubscriptionMetricsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/user/subscription/metrics",
            operation_id="userGetSubscriptionMetrics",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(UserSubscriptionMetricsResponse.convert)
        )

    def user_set_totp_mfa_key(
        self,
        *,
        body: UserSetTotpMfaKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserSetTotpMfaKeyResponse:
        """Set TOTP MFA key

        Enable MFA on this account using an TOTP token. First create a new key via
        `userGenerateNewTotpMfaKey`.

        `POST /api/user/mfa/totp/set-key`

        Args:
            body: The request body (application/json).
        """
        from ..models.user_set_totp_mfa_key_response import UserSetTotpMfaKeyResponse

        request = self._client.build_request(
            "POST",
            "/api/user/mfa/totp/set-key",
            json_body=body,
            operation_id="userSetTotpMfaKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(UserSetTotpMfaKeyResponse.convert)
        )


class AsyncUserApi:
    """Operations tagged 'User'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_developer_profile(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> CreateDeveloperProfileResponse:
        """Create developer profile

        Create a developer profile for the current active user.

        `POST /api/user/create-developer-profile`
        """
        from ..models.create_developer_profile_response import (
            CreateDeveloperProfileResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/user/create-developer-profile",
            operation_id="createDeveloperProfile",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(CreateDeveloperProfileResponse.convert)
        )

    async def send_user_upgrade_request(
        self,
        *,
        user_id: int,
        body: EnterpriseUpgradeOrTrialExtensionRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Send upgrade request

        Send an upgrade to Enterprise request to Edge Impulse.

        `POST /api/users/{userId}/upgrade`

        Args:
            user_id: User ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/users/{userId}/upgrade",
            path_params={
                "userId": user_id,
            },
            json_body=body,
            operation_id="sendUserUpgradeRequest",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def user_get_subscription_metrics(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserSubscriptionMetricsResponse:
        """Get user billable compute metrics

        Get billable compute metrics for a user. This function is only available to
        users with an active subscription.

        `GET /api/user/subscription/metrics`
        """
        from ..models.user_subscription_metrics_response import (
            UserSubscriptionMetricsResponse,
        )

        request = self._client.build_request(
            "GET",
            "/api/user/subscription/metrics",
            operation_id="userGetSubscriptionMetrics",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(UserSubscriptionMetricsResponse.convert)
        )

    async def user_set_totp_mfa_key(
        self,
        *,
        body: UserSetTotpMfaKeyRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> UserSetTotpMfaKeyResponse:
        """Set TOTP MFA key

        Enable MFA on this account using an TOTP token. First create a new key via
        `userGenerateNewTotpMfaKey`.

        `POST /api/user/mfa/totp/set-key`

        Args:
            body: The request body (application/json).
        """
        from ..models.user_set_totp_mfa_key_response import UserSetTotpMfaKeyResponse

        request = self._client.build_request(
            "POST",
            "/api/user/mfa/totp/set-key",
            json_body=body,
            operation_id="userSetTotpMfaKey",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(UserSetTotpMfaKeyResponse.convert)
        )
