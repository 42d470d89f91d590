"""`Client` and `AsyncClient`: configuration, authentication, and one attribute per group of operations."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property

import httpx

from . import _runtime as rt
from . import api as _api
from ._serde import UNSET, Unset

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


def _from_env(name: str) -> str | None:
    """The value of an environment variable; None when it is unset or empty."""
    return os.environ.get(name) or None


class Client(rt.SyncCore):
    """Synchronous client for Edge Impulse API (1.0.0).

    Args:
        base_url: The server to talk to (default https://studio.edgeimpulse.com/v1).
        api_key_authentication: API key, sent in the header 'x-api-key'. When not given,
            the value is read from the environment variable `EI_API_KEY` (an empty one
            counts as unset).
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
                "ApiKeyAuthentication": (
                    api_key_authentication
                    if api_key_authentication is not None
                    else _from_env("EI_API_KEY")
                ),
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
    def classify(self) -> _api.classify.ClassifyApi:
        """Operations tagged 'Classify'."""
        from .api.classify import ClassifyApi

        return ClassifyApi(self)

    @cached_property
    def deployment(self) -> _api.deployment.DeploymentApi:
        """Operations tagged 'Deployment'."""
        from .api.deployment import DeploymentApi

        return DeploymentApi(self)

    @cached_property
    def devices(self) -> _api.devices.DevicesApi:
        """Operations tagged 'Devices'."""
        from .api.devices import DevicesApi

        return DevicesApi(self)

    @cached_property
    def impulse(self) -> _api.impulse.ImpulseApi:
        """Operations tagged 'Impulse'."""
        from .api.impulse import ImpulseApi

        return ImpulseApi(self)

    @cached_property
    def jobs(self) -> _api.jobs.JobsApi:
        """Operations tagged 'Jobs'."""
        from .api.jobs import JobsApi

        return JobsApi(self)

    @cached_property
    def learn(self) -> _api.learn.LearnApi:
        """Operations tagged 'Learn'."""
        from .api.learn import LearnApi

        return LearnApi(self)

    @cached_property
    def optimization(self) -> _api.optimization.OptimizationApi:
        """Operations tagged 'Optimization'."""
        from .api.optimization import OptimizationApi

        return OptimizationApi(self)

    @cached_property
    def organization_blocks(self) -> _api.organization_blocks.OrganizationBlocksApi:
        """Operations tagged 'OrganizationBlocks'."""
        from .api.organization_blocks import OrganizationBlocksApi

        return OrganizationBlocksApi(self)

    @cached_property
    def organization_data(self) -> _api.organization_data.OrganizationDataApi:
        """Operations tagged 'OrganizationData'."""
        from .api.organization_data import OrganizationDataApi

        return OrganizationDataApi(self)

    @cached_property
    def organization_portals(self) -> _api.organization_portals.OrganizationPortalsApi:
        """Operations tagged 'OrganizationPortals'."""
        from .api.organization_portals import OrganizationPortalsApi

        return OrganizationPortalsApi(self)

    @cached_property
    def organizations(self) -> _api.organizations.OrganizationsApi:
        """Operations tagged 'Organizations'."""
        from .api.organizations import OrganizationsApi

        return OrganizationsApi(self)

    @cached_property
    def projects(self) -> _api.projects.ProjectsApi:
        """Operations tagged 'Projects'."""
        from .api.projects import ProjectsApi

        return ProjectsApi(self)

    @cached_property
    def raw_data(self) -> _api.raw_data.RawDataApi:
        """Operations tagged 'Raw data'."""
        from .api.raw_data import RawDataApi

        return RawDataApi(self)

    @cached_property
    def user(self) -> _api.user.UserApi:
        """Operations tagged 'User'."""
        from .api.user import UserApi

        return UserApi(self)


class AsyncClient(rt.AsyncCore):
    """Asynchronous client for Edge Impulse API (1.0.0).

    Args:
        base_url: The server to talk to (default https://studio.edgeimpulse.com/v1).
        api_key_authentication: API key, sent in the header 'x-api-key'. When not given,
            the value is read from the environment variable `EI_API_KEY` (an empty one
            counts as unset).
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
                "ApiKeyAuthentication": (
                    api_key_authentication
                    if api_key_authentication is not None
                    else _from_env("EI_API_KEY")
                ),
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
    def classify(self) -> _api.classify.AsyncClassifyApi:
        """Operations tagged 'Classify'."""
        from .api.classify import AsyncClassifyApi

        return AsyncClassifyApi(self)

    @cached_property
    def deployment(self) -> _api.deployment.AsyncDeploymentApi:
        """Operations tagged 'Deployment'."""
        from .api.deployment import AsyncDeploymentApi

        return AsyncDeploymentApi(self)

    @cached_property
    def devices(self) -> _api.devices.AsyncDevicesApi:
        """Operations tagged 'Devices'."""
        from .api.devices import AsyncDevicesApi

        return AsyncDevicesApi(self)

    @cached_property
    def impulse(self) -> _api.impulse.AsyncImpulseApi:
        """Operations tagged 'Impulse'."""
        from .api.impulse import AsyncImpulseApi

        return AsyncImpulseApi(self)

    @cached_property
    def jobs(self) -> _api.jobs.AsyncJobsApi:
        """Operations tagged 'Jobs'."""
        from .api.jobs import AsyncJobsApi

        return AsyncJobsApi(self)

    @cached_property
    def learn(self) -> _api.learn.AsyncLearnApi:
        """Operations tagged 'Learn'."""
        from .api.learn import AsyncLearnApi

        return AsyncLearnApi(self)

    @cached_property
    def optimization(self) -> _api.optimization.AsyncOptimizationApi:
        """Operations tagged 'Optimization'."""
        from .api.optimization import AsyncOptimizationApi

        return AsyncOptimizationApi(self)

    @cached_property
    def organization_blocks(
        self,
    ) -> _api.organization_blocks.AsyncOrganizationBlocksApi:
        """Operations tagged 'OrganizationBlocks'."""
        from .api.organization_blocks import AsyncOrganizationBlocksApi

        return AsyncOrganizationBlocksApi(self)

    @cached_property
    def organization_data(self) -> _api.organization_data.AsyncOrganizationDataApi:
        """Operations tagged 'OrganizationData'."""
        from .api.organization_data import AsyncOrganizationDataApi

        return AsyncOrganizationDataApi(self)

    @cached_property
    def organization_portals(
        self,
    ) -> _api.organization_portals.AsyncOrganizationPortalsApi:
        """Operations tagged 'OrganizationPortals'."""
        from .api.organization_portals import AsyncOrganizationPortalsApi

        return AsyncOrganizationPortalsApi(self)

    @cached_property
    def organizations(self) -> _api.organizations.AsyncOrganizationsApi:
        """Operations tagged 'Organizations'."""
        from .api.organizations import AsyncOrganizationsApi

        return AsyncOrganizationsApi(self)

    @cached_property
    def projects(self) -> _api.projects.AsyncProjectsApi:
        """Operations tagged 'Projects'."""
        from .api.projects import AsyncProjectsApi

        return AsyncProjectsApi(self)

    @cached_property
    def raw_data(self) -> _api.raw_data.AsyncRawDataApi:
        """Operations tagged 'Raw data'."""
        from .api.raw_data import AsyncRawDataApi

        return AsyncRawDataApi(self)

    @cached_property
    def user(self) -> _api.user.AsyncUserApi:
        """Operations tagged 'User'."""
        from .api.user import AsyncUserApi

        return AsyncUserApi(self)
