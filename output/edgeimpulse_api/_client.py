"""`Client` and `AsyncClient`: configuration, authentication, and one attribute per group of operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from . import _runtime as rt
from ._serde import UNSET, Unset

if TYPE_CHECKING:
    from .api.classify import AsyncClassifyApi, ClassifyApi
    from .api.deployment import AsyncDeploymentApi, DeploymentApi
    from .api.devices import AsyncDevicesApi, DevicesApi
    from .api.impulse import AsyncImpulseApi, ImpulseApi
    from .api.jobs import AsyncJobsApi, JobsApi
    from .api.learn import AsyncLearnApi, LearnApi
    from .api.optimization import AsyncOptimizationApi, OptimizationApi
    from .api.organization_blocks import (
        AsyncOrganizationBlocksApi,
        OrganizationBlocksApi,
    )
    from .api.organization_data import AsyncOrganizationDataApi, OrganizationDataApi
    from .api.organization_portals import (
        AsyncOrganizationPortalsApi,
        OrganizationPortalsApi,
    )
    from .api.organizations import AsyncOrganizationsApi, OrganizationsApi
    from .api.projects import AsyncProjectsApi, ProjectsApi
    from .api.raw_data import AsyncRawDataApi, RawDataApi
    from .api.user import AsyncUserApi, UserApi

USER_AGENT = "edgeimpulse_api/1.0.0 (clientgen; python-httpx)"

_SCHEMES: dict[str, rt.Scheme] = {
    "ApiKeyAuthentication": rt.Scheme("apiKey", "header", "x-api-key"),
    "JWTAuthentication": rt.Scheme("apiKey", "cookie", "jwt"),
    "JWTHttpHeaderAuthentication": rt.Scheme("apiKey", "header", "x-jwt-token"),
    "OAuth2": rt.Scheme("bearer", token_url="/v1/oauth/token"),
}

# The security of every operation that does not state its own: each alternative names the schemes it needs together.
_SECURITY: tuple[tuple[str, ...], ...] = (
    ("ApiKeyAuthentication",),
    ("JWTAuthentication",),
    ("JWTHttpHeaderAuthentication",),
    ("OAuth2",),
)


class Client(rt.SyncCore):
    """Synchronous client for Edge Impulse API (1.0.0).

    Args:
        base_url: The server to talk to (default https://studio.edgeimpulse.com/v1).
        api_key_authentication: API key, sent in the header 'x-api-key'.
        jwt_authentication: API key, sent in the cookie 'jwt'.
        jwt_http_header_authentication: API key, sent in the header 'x-jwt-token'.
        oauth2: An access token, or rt.OAuth2ClientCredentials to fetch one from the
            token URL.
        timeout: Seconds (or an httpx.Timeout) for each request; None waits forever.
        deadline: Seconds a whole call may take, retries, their waits and the body's
            download included (APITimeoutError when it passes); by default 5 times the
            read timeout (5 minutes with the default timeout, none when the read timeout
            is None); None: no deadline. Calls take deadline= to override it.
        max_retries: How often a failed idempotent request is retried.
        max_response_bytes: Larger response bodies are refused (ResponseTooLargeError);
            None: no limit.
        lenient_responses: A response that does not match the API description is still
            read, with a warning logged for each mismatch: wrong values are kept as they
            came and missing fields are UNSET. By default such a response raises
            APIResponseValidationError.
        headers: Headers sent with every request.
        http_client: An httpx client to use instead of the client's own.
        hooks: Functions of yours run around every call (`Hooks(before_request=...,
            after_response=..., on_error=...)`): they see the operation's id and may
            change the request or replace the response.
    """

    _schemes = _SCHEMES
    _security = _SECURITY

    def __init__(
        self,
        *,
        base_url: str = "https://studio.edgeimpulse.com/v1",
        api_key_authentication: str | None = None,
        jwt_authentication: str | None = None,
        jwt_http_header_authentication: str | None = None,
        oauth2: str | rt.OAuth2ClientCredentials | None = None,
        timeout: rt.TimeoutTypes = rt.DEFAULT_TIMEOUT,
        max_retries: int = rt.DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = rt.DEFAULT_MAX_RESPONSE_BYTES,
        lenient_responses: bool = False,
        deadline: float | None | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        hooks: rt.Hooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials={
                "ApiKeyAuthentication": api_key_authentication,
                "JWTAuthentication": jwt_authentication,
                "JWTHttpHeaderAuthentication": jwt_http_header_authentication,
                "OAuth2": oauth2,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            lenient_responses=lenient_responses,
            deadline=deadline,
            headers=headers,
            user_agent=USER_AGENT,
            http_client=http_client,
            hooks=hooks,
        )

    @cached_property
    def classify(self) -> ClassifyApi:
        """Operations tagged 'Classify'."""
        from .api.classify import ClassifyApi

        return ClassifyApi(self)

    @cached_property
    def deployment(self) -> DeploymentApi:
        """Operations tagged 'Deployment'."""
        from .api.deployment import DeploymentApi

        return DeploymentApi(self)

    @cached_property
    def devices(self) -> DevicesApi:
        """Operations tagged 'Devices'."""
        from .api.devices import DevicesApi

        return DevicesApi(self)

    @cached_property
    def impulse(self) -> ImpulseApi:
        """Operations tagged 'Impulse'."""
        from .api.impulse import ImpulseApi

        return ImpulseApi(self)

    @cached_property
    def jobs(self) -> JobsApi:
        """Operations tagged 'Jobs'."""
        from .api.jobs import JobsApi

        return JobsApi(self)

    @cached_property
    def learn(self) -> LearnApi:
        """Operations tagged 'Learn'."""
        from .api.learn import LearnApi

        return LearnApi(self)

    @cached_property
    def optimization(self) -> OptimizationApi:
        """Operations tagged 'Optimization'."""
        from .api.optimization import OptimizationApi

        return OptimizationApi(self)

    @cached_property
    def organization_blocks(self) -> OrganizationBlocksApi:
        """Operations tagged 'OrganizationBlocks'."""
        from .api.organization_blocks import OrganizationBlocksApi

        return OrganizationBlocksApi(self)

    @cached_property
    def organization_data(self) -> OrganizationDataApi:
        """Operations tagged 'OrganizationData'."""
        from .api.organization_data import OrganizationDataApi

        return OrganizationDataApi(self)

    @cached_property
    def organization_portals(self) -> OrganizationPortalsApi:
        """Operations tagged 'OrganizationPortals'."""
        from .api.organization_portals import OrganizationPortalsApi

        return OrganizationPortalsApi(self)

    @cached_property
    def organizations(self) -> OrganizationsApi:
        """Operations tagged 'Organizations'."""
        from .api.organizations import OrganizationsApi

        return OrganizationsApi(self)

    @cached_property
    def projects(self) -> ProjectsApi:
        """Operations tagged 'Projects'."""
        from .api.projects import ProjectsApi

        return ProjectsApi(self)

    @cached_property
    def raw_data(self) -> RawDataApi:
        """Operations tagged 'Raw data'."""
        from .api.raw_data import RawDataApi

        return RawDataApi(self)

    @cached_property
    def user(self) -> UserApi:
        """Operations tagged 'User'."""
        from .api.user import UserApi

        return UserApi(self)


class AsyncClient(rt.AsyncCore):
    """Asynchronous client for Edge Impulse API (1.0.0).

    Args:
        base_url: The server to talk to (default https://studio.edgeimpulse.com/v1).
        api_key_authentication: API key, sent in the header 'x-api-key'.
        jwt_authentication: API key, sent in the cookie 'jwt'.
        jwt_http_header_authentication: API key, sent in the header 'x-jwt-token'.
        oauth2: An access token, or rt.OAuth2ClientCredentials to fetch one from the
            token URL.
        timeout: Seconds (or an httpx.Timeout) for each request; None waits forever.
        deadline: Seconds a whole call may take, retries, their waits and the body's
            download included (APITimeoutError when it passes); by default 5 times the
            read timeout (5 minutes with the default timeout, none when the read timeout
            is None); None: no deadline. Calls take deadline= to override it.
        max_retries: How often a failed idempotent request is retried.
        max_response_bytes: Larger response bodies are refused (ResponseTooLargeError);
            None: no limit.
        lenient_responses: A response that does not match the API description is still
            read, with a warning logged for each mismatch: wrong values are kept as they
            came and missing fields are UNSET. By default such a response raises
            APIResponseValidationError.
        headers: Headers sent with every request.
        http_client: An httpx client to use instead of the client's own.
        hooks: Functions of yours run around every call (`Hooks(before_request=...,
            after_response=..., on_error=...)`): they see the operation's id and may
            change the request or replace the response.
    """

    _schemes = _SCHEMES
    _security = _SECURITY

    def __init__(
        self,
        *,
        base_url: str = "https://studio.edgeimpulse.com/v1",
        api_key_authentication: str | None = None,
        jwt_authentication: str | None = None,
        jwt_http_header_authentication: str | None = None,
        oauth2: str | rt.OAuth2ClientCredentials | None = None,
        timeout: rt.TimeoutTypes = rt.DEFAULT_TIMEOUT,
        max_retries: int = rt.DEFAULT_MAX_RETRIES,
        max_response_bytes: int | None = rt.DEFAULT_MAX_RESPONSE_BYTES,
        lenient_responses: bool = False,
        deadline: float | None | Unset = UNSET,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        hooks: rt.Hooks | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            credentials={
                "ApiKeyAuthentication": api_key_authentication,
                "JWTAuthentication": jwt_authentication,
                "JWTHttpHeaderAuthentication": jwt_http_header_authentication,
                "OAuth2": oauth2,
            },
            timeout=timeout,
            max_retries=max_retries,
            max_response_bytes=max_response_bytes,
            lenient_responses=lenient_responses,
            deadline=deadline,
            headers=headers,
            user_agent=USER_AGENT,
            http_client=http_client,
            hooks=hooks,
        )

    @cached_property
    def classify(self) -> AsyncClassifyApi:
        """Operations tagged 'Classify'."""
        from .api.classify import AsyncClassifyApi

        return AsyncClassifyApi(self)

    @cached_property
    def deployment(self) -> AsyncDeploymentApi:
        """Operations tagged 'Deployment'."""
        from .api.deployment import AsyncDeploymentApi

        return AsyncDeploymentApi(self)

    @cached_property
    def devices(self) -> AsyncDevicesApi:
        """Operations tagged 'Devices'."""
        from .api.devices import AsyncDevicesApi

        return AsyncDevicesApi(self)

    @cached_property
    def impulse(self) -> AsyncImpulseApi:
        """Operations tagged 'Impulse'."""
        from .api.impulse import AsyncImpulseApi

        return AsyncImpulseApi(self)

    @cached_property
    def jobs(self) -> AsyncJobsApi:
        """Operations tagged 'Jobs'."""
        from .api.jobs import AsyncJobsApi

        return AsyncJobsApi(self)

    @cached_property
    def learn(self) -> AsyncLearnApi:
        """Operations tagged 'Learn'."""
        from .api.learn import AsyncLearnApi

        return AsyncLearnApi(self)

    @cached_property
    def optimization(self) -> AsyncOptimizationApi:
        """Operations tagged 'Optimization'."""
        from .api.optimization import AsyncOptimizationApi

        return AsyncOptimizationApi(self)

    @cached_property
    def organization_blocks(self) -> AsyncOrganizationBlocksApi:
        """Operations tagged 'OrganizationBlocks'."""
        from .api.organization_blocks import AsyncOrganizationBlocksApi

        return AsyncOrganizationBlocksApi(self)

    @cached_property
    def organization_data(self) -> AsyncOrganizationDataApi:
        """Operations tagged 'OrganizationData'."""
        from .api.organization_data import AsyncOrganizationDataApi

        return AsyncOrganizationDataApi(self)

    @cached_property
    def organization_portals(self) -> AsyncOrganizationPortalsApi:
        """Operations tagged 'OrganizationPortals'."""
        from .api.organization_portals import AsyncOrganizationPortalsApi

        return AsyncOrganizationPortalsApi(self)

    @cached_property
    def organizations(self) -> AsyncOrganizationsApi:
        """Operations tagged 'Organizations'."""
        from .api.organizations import AsyncOrganizationsApi

        return AsyncOrganizationsApi(self)

    @cached_property
    def projects(self) -> AsyncProjectsApi:
        """Operations tagged 'Projects'."""
        from .api.projects import AsyncProjectsApi

        return AsyncProjectsApi(self)

    @cached_property
    def raw_data(self) -> AsyncRawDataApi:
        """Operations tagged 'Raw data'."""
        from .api.raw_data import AsyncRawDataApi

        return AsyncRawDataApi(self)

    @cached_property
    def user(self) -> AsyncUserApi:
        """Operations tagged 'User'."""
        from .api.user import AsyncUserApi

        return AsyncUserApi(self)
