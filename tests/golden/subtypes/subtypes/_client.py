"""`Client` and `AsyncClient`: configuration, authentication, and one attribute per group of operations."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from . import _runtime as rt
from . import api as _api
from ._serde import UNSET, Unset

USER_AGENT = "subtypes/1 (clientgen; python-httpx)"

_SCHEMES: dict[str, rt.Scheme] = {}

# The security of every operation that does not state its own: each alternative names the schemes it needs together.
_SECURITY: tuple[tuple[str, ...], ...] = ()


class Client(rt.SyncCore):
    """Synchronous client for Subtypes (1).

    Args:
        base_url: The server to talk to.
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
        base_url: str,
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
            credentials={},
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
    def owners(self) -> _api.owners.OwnersApi:
        """Operations tagged 'owners'."""
        from .api.owners import OwnersApi

        return OwnersApi(self)

    @cached_property
    def pets(self) -> _api.pets.PetsApi:
        """Operations tagged 'pets'."""
        from .api.pets import PetsApi

        return PetsApi(self)


class AsyncClient(rt.AsyncCore):
    """Asynchronous client for Subtypes (1).

    Args:
        base_url: The server to talk to.
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
        base_url: str,
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
            credentials={},
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
    def owners(self) -> _api.owners.AsyncOwnersApi:
        """Operations tagged 'owners'."""
        from .api.owners import AsyncOwnersApi

        return AsyncOwnersApi(self)

    @cached_property
    def pets(self) -> _api.pets.AsyncPetsApi:
        """Operations tagged 'pets'."""
        from .api.pets import AsyncPetsApi

        return AsyncPetsApi(self)
