"""The transport under every generated operation: request building, authentication, retries, errors, parsing.

`SyncCore` and `AsyncCore` share everything except the calls that block; the generated `Client` and
`AsyncClient` add the operation groups on top.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from os import PathLike
from typing import IO, Any, TypeVar, Union

import httpx

from . import _hooks
from ._auth import _REDACT, Authenticating, _Frozen, _remember_secrets
from ._auth import OAuth2ClientCredentials as OAuth2ClientCredentials
from ._auth import Scheme as Scheme
from ._encoding import (
    _DEADLINE,
    _KEEP_REDIRECT,
    _TO_FILE,
    _TOKEN_FOR,
    _header_value,
    _joined,
    _where,
    encode_body,
    encode_path,
    encode_query,
)
from ._encoding import Styles as Styles
from ._hooks import HookContext as HookContext
from ._hooks import Hooks as Hooks
from ._responses import RawResponse as RawResponse
from ._responses import Reading
from ._responses import by_status as by_status
from ._responses import bytes_response as bytes_response
from ._responses import empty_response as empty_response
from ._responses import json_response as json_response
from ._responses import location_response as location_response
from ._responses import negotiated_response as negotiated_response
from ._responses import raw_response as raw_response
from ._responses import text_response as text_response
from ._retries import Retrying, _Deadline
from ._serde import (
    UNSET,
    Unset,
)
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
)

T = TypeVar("T")

TimeoutTypes = Union[float, httpx.Timeout, None]
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
MAX_REDIRECTS = 10
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
# Unless the client or the call sets one, a call's deadline is this many times its read timeout (5 minutes with the
# default timeout), and there is none when the read timeout is None.
DEADLINE_FACTOR = 5
_STREAM = "clientgen_stream"  # request extension: a 2xx body is left to the event stream (see _streaming.py)
# What httpx says when a closed client is used: ours says the same before its httpx client even exists.
_CLOSED_MESSAGE = "Cannot send a request, as the client has been closed."

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(_REDACT)


class CallOptions(_Frozen):
    """What one call adds to or changes in the client's settings."""

    __slots__ = ("extra_headers", "extra_query", "timeout", "deadline")
    extra_headers: Mapping[str, str] | Unset | None
    extra_query: Mapping[str, Any] | Unset | None
    timeout: TimeoutTypes | Unset
    deadline: float | None | Unset

    def __init__(
        self,
        extra_headers: Mapping[str, str] | Unset | None = UNSET,
        extra_query: Mapping[str, Any] | Unset | None = UNSET,
        timeout: TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        self._init(
            extra_headers=extra_headers,
            extra_query=extra_query,
            timeout=timeout,
            deadline=deadline,
        )


# ------------------------------------------------------------------------------------------- value encoding


# ------------------------------------------------------------------------------------------- response parsing


# ------------------------------------------------------------------------------------------- the client core


class BaseCore(Authenticating, Retrying, Reading):
    """What sync and async clients share: configuration, request building and response handling."""

    _schemes: Mapping[str, Scheme] = {}
    # The API's default security: the alternatives (each the schemes needed together) an operation uses
    # unless it states its own.
    _security: tuple[tuple[str, ...], ...] = ()

    def __init__(
        self,
        *,
        base_url: str,
        credentials: Mapping[str, Any],
        timeout: TimeoutTypes,
        max_retries: int,
        headers: Mapping[str, str] | None,
        user_agent: str,
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        lenient_responses: bool = False,
        server_urls: Mapping[str, str] | None = None,
        deadline: float | None | Unset = UNSET,
        hooks: Hooks | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.hooks = hooks
        self.server_urls = {
            k.rstrip("/"): v.rstrip("/") for k, v in (server_urls or {}).items()
        }
        self.max_response_bytes = max_response_bytes
        self.deadline = deadline
        self.lenient_responses = lenient_responses
        self._credentials = {k: v for k, v in credentials.items() if v is not None}
        self._tokens: dict[str, tuple[str, float]] = (
            {}
        )  # OAuth2 tokens fetched: (token, expiry on the monotonic clock)
        _remember_secrets(
            {
                k: (v.client_secret if isinstance(v, OAuth2ClientCredentials) else v)
                for k, v in self._credentials.items()
            }
        )
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = {"User-Agent": user_agent, "Accept": "application/json"}
        self._default_headers.update(headers or {})

    def _generic(
        self,
        method: str,
        path: str,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, str] | None,
        json_body: Any,
        security: Iterable[tuple[str, ...]] | None,
        timeout: TimeoutTypes | Unset,
        deadline: float | None | Unset = UNSET,
    ) -> httpx.Request:
        """The request of `client.request()`: by default with whichever credentials the client has."""
        if security is None:
            security = [(name,) for name in self._schemes]
        return self.build_request(
            method.upper(),
            path,
            query=query,
            headers=headers,
            json_body=json_body,
            security=security,
            options=CallOptions(timeout=timeout, deadline=deadline),
        )

    @staticmethod
    def raw_response() -> contextlib.AbstractContextManager[RawResponse]:
        """A block whose calls also keep their raw HTTP response: see `RawResponse`."""
        return raw_response()

    def __repr__(self) -> str:
        # Never show credentials: only the scheme names that are configured.
        configured = ", ".join(sorted(self._credentials)) or "none"
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials=<{configured}>)"

    # -- building

    def build_request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        styles: Styles | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        json_body: Any = UNSET,
        form: Any = UNSET,
        multipart: Any = UNSET,
        part_types: Mapping[str, str] | None = None,
        content: Any = UNSET,
        body: Any = UNSET,
        body_kinds: Mapping[str, str] | None = None,
        content_type: str | None = None,
        to_file: str | PathLike[str] | IO[bytes] | None = None,
        accept: str | None = None,
        server: str | None = None,
        follow_redirects: bool = True,
        security: Iterable[tuple[str, ...]] | None = None,
        options: CallOptions | None = None,
        operation_id: str | None = None,
    ) -> httpx.Request:
        options = options or CallOptions()
        if security is None:
            security = self._security
        root = self.base_url if server is None else self._server(server)
        url = root + encode_path(path, path_params or {}, styles)
        params = encode_query(query or {}, styles)
        header_list: dict[str, str] = dict(self._default_headers)
        if accept is not None:
            header_list["Accept"] = accept
        for name, value in (headers or {}).items():
            if value is not UNSET and value is not None:
                explode = (styles or {}).get(("header", name), ("simple", False))[1]
                header_list[name] = _header_value(name, value, explode)
        cookie_pairs = [
            (name, _joined(value, False))
            for name, value in (cookies or {}).items()
            if value not in (UNSET, None)
        ]
        pending_token = self._apply_security(
            security, header_list, params, cookie_pairs
        )
        if isinstance(options.extra_headers, Mapping):
            for name, value in options.extra_headers.items():
                header_list[name] = _header_value(name, value)
        if isinstance(options.extra_query, Mapping):
            params.extend(encode_query(options.extra_query))
        if cookie_pairs:
            header_list["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookie_pairs)
        kwargs, body_type = encode_body(
            json_body,
            form,
            multipart,
            part_types,
            content,
            body,
            body_kinds,
            content_type,
            styles,
        )
        if body_type is not None:
            header_list["Content-Type"] = body_type
        extensions = self._extensions(options, pending_token, to_file, follow_redirects)
        if operation_id is not None:
            extensions[_hooks.OPERATION_ID] = operation_id
        return httpx.Request(
            method,
            url,
            params=httpx.QueryParams(tuple(params)),
            headers=header_list,
            extensions=extensions,
            **kwargs,
        )

    def _extensions(
        self,
        options: CallOptions,
        pending_token: str,
        to_file: str | PathLike[str] | IO[bytes] | None,
        follow_redirects: bool,
    ) -> dict[str, Any]:
        """What the request carries for the transport: its timeouts and deadline, the OAuth2 scheme whose token it
        still needs, where its body goes, whether a redirect is its answer."""
        timeout = httpx.Timeout(
            self.timeout if isinstance(options.timeout, Unset) else options.timeout
        )
        extensions: dict[str, Any] = {"timeout": timeout.as_dict()}
        deadline = (
            self.deadline if isinstance(options.deadline, Unset) else options.deadline
        )
        if isinstance(deadline, Unset):
            deadline = None if timeout.read is None else DEADLINE_FACTOR * timeout.read
        if deadline is not None:
            extensions[_DEADLINE] = float(deadline)
        if pending_token:
            extensions[_TOKEN_FOR] = pending_token
        if to_file is not None:
            extensions[_TO_FILE] = to_file
        if not follow_redirects:
            extensions[_KEEP_REDIRECT] = True
        return extensions

    def _server(self, server: str) -> str:
        """The root URL of an operation that names its own server: the caller's replacement for it, else the
        server itself (a relative one is relative to the base URL)."""
        replaced = self.server_urls.get(server)
        if replaced is not None:
            return replaced
        if "://" in server:
            return server
        return str(httpx.URL(self.base_url + "/").join(server)).rstrip("/")

    # -- deciding

    def _redirect(
        self, request: httpx.Request, response: httpx.Response
    ) -> httpx.Request | None:
        """The next request of a redirect; credentials go along only to the base URL's own host."""
        if not response.has_redirect_location or request.extensions.get(_KEEP_REDIRECT):
            return None
        target = request.url.join(response.headers["Location"])
        same_origin = (target.scheme, target.host, target.port) == (
            request.url.scheme,
            request.url.host,
            request.url.port,
        )
        method = request.method
        if response.status_code == 303 or (
            response.status_code in (301, 302) and method == "POST"
        ):
            method = "GET"
        headers = httpx.Headers(request.headers)
        for name in ("Host", "Content-Length"):
            headers.pop(name, None)
        if not same_origin:
            for name in self._credential_headers():
                headers.pop(name, None)
        if method != request.method:
            headers.pop("Content-Type", None)
        content = request.content if method == request.method else None
        return httpx.Request(
            method,
            target,
            headers=headers,
            content=content,
            extensions=request.extensions,
        )


def _connection_error(request: httpx.Request, exc: Exception) -> APIError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{_where(request)} timed out", request)
    return APIConnectionError(
        f"{_where(request)} failed: {type(exc).__name__}", request
    )


class SyncCore(BaseCore):
    def __init__(
        self, *, http_client: httpx.Client | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._owns_http_client = http_client is None
        self._http = http_client  # our own one is built on the first request
        self._http_lock = threading.Lock()
        self._closed = False

    def _http_client(self) -> httpx.Client:
        """The httpx client: the caller's, or ours, built once on first use (the SSL context is slow to make)."""
        http = self._http
        if http is None:
            with self._http_lock:
                if self._closed:
                    raise RuntimeError(_CLOSED_MESSAGE)
                http = self._http
                if http is None:
                    http = self._http = httpx.Client(follow_redirects=False)
        return http

    def close(self) -> None:
        """Close our httpx client, if built, for good (later requests raise RuntimeError); a caller's stays open."""
        if self._owns_http_client:
            with self._http_lock:
                self._closed = True
                http = self._http
            if http is not None:
                http.close()

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def send(
        self,
        request: httpx.Request,
        parse: Callable[[httpx.Response], T],
        errors: Mapping[str, Callable[[Any, str, str], Any]] | None = None,
        max_retries: int | None = None,
    ) -> T:
        if self.hooks is not None:
            return _hooks.run(
                self.hooks,
                request,
                lambda sent: self._receive(sent, max_retries),
                lambda answer: self._finish(answer, parse, errors),
            )
        return self._finish(self._receive(request, max_retries), parse, errors)

    def _receive(
        self, request: httpx.Request, max_retries: int | None
    ) -> httpx.Response:
        """The response the request ends with, after retries (errors are raised)."""
        retries = self.max_retries if max_retries is None else max_retries
        attempt = 0
        deadline = _Deadline(request)
        if _TOKEN_FOR in request.extensions:
            name = request.extensions[_TOKEN_FOR]
            token_request = self._token_request(name, request)
            token = self._store_token(
                name, self._send_following_redirects(token_request, deadline)
            )
            request = self._with_token(request, token)
        while True:
            try:
                response = self._send_following_redirects(request, deadline)
            except httpx.TransportError as exc:
                if deadline.expired():
                    raise deadline.error(request) from exc
                delay = self._retry_wait(request, None, attempt, retries, deadline)
                if delay is None:
                    raise _connection_error(request, exc) from exc
                time.sleep(delay)
                attempt += 1
                continue
            if response.status_code >= 400:
                delay = self._retry_wait(request, response, attempt, retries, deadline)
                if delay is not None:
                    response.close()
                    time.sleep(delay)
                    attempt += 1
                    continue
            return response

    def _send_following_redirects(
        self, request: httpx.Request, deadline: _Deadline
    ) -> httpx.Response:
        for _ in range(MAX_REDIRECTS):
            response = self._http_client().send(deadline.limit(request), stream=True)
            following = self._redirect(request, response)
            if (
                following is None
                and _STREAM in request.extensions
                and response.is_success
            ):
                return response  # events: the stream the call returns reads them as they come
            if following is None:
                try:
                    sink = self._sink(response)
                    check = self._body_check(response, deadline, sink)
                    if sink is None:
                        chunks = [check(chunk) for chunk in response.iter_bytes()]
                    else:
                        with sink as file:
                            for chunk in response.iter_bytes():
                                file.write(check(chunk))
                        chunks = []
                finally:
                    response.close()
                return self._loaded(response, chunks)
            response.close()
            request = following
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects", request)

    def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = UNSET,
        security: Iterable[tuple[str, ...]] | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> httpx.Response:
        """Call an endpoint the API description does not list; returns the raw response (errors still raise)."""
        request = self._generic(
            method, path, query, headers, json, security, timeout, deadline
        )
        return self.send(request, lambda response: response)


class AsyncCore(BaseCore):
    def __init__(
        self, *, http_client: httpx.AsyncClient | None = None, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._owns_http_client = http_client is None
        self._http = http_client  # our own one is built on the first request
        self._closed = False

    def _http_client(self) -> httpx.AsyncClient:
        """The httpx client: the caller's, or ours, built once on first use (no await in between: no lock needed)."""
        http = self._http
        if http is None:
            if self._closed:
                raise RuntimeError(_CLOSED_MESSAGE)
            http = self._http = httpx.AsyncClient(follow_redirects=False)
        return http

    async def close(self) -> None:
        """Close our httpx client, if built, for good (later requests raise RuntimeError); a caller's stays open."""
        if self._owns_http_client:
            self._closed = True
            if self._http is not None:
                await self._http.aclose()

    async def __aenter__(self: T) -> T:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def send(
        self,
        request: httpx.Request,
        parse: Callable[[httpx.Response], T],
        errors: Mapping[str, Callable[[Any, str, str], Any]] | None = None,
        max_retries: int | None = None,
    ) -> T:
        if self.hooks is not None:
            return await _hooks.run_async(
                self.hooks,
                request,
                lambda sent: self._receive(sent, max_retries),
                lambda answer: self._finish(answer, parse, errors),
            )
        return self._finish(await self._receive(request, max_retries), parse, errors)

    async def _receive(
        self, request: httpx.Request, max_retries: int | None
    ) -> httpx.Response:
        """The response the request ends with, after retries (errors are raised)."""
        import asyncio

        retries = self.max_retries if max_retries is None else max_retries
        attempt = 0
        deadline = _Deadline(request)
        if _TOKEN_FOR in request.extensions:
            name = request.extensions[_TOKEN_FOR]
            token_request = self._token_request(name, request)
            response = await self._send_following_redirects(token_request, deadline)
            request = self._with_token(request, self._store_token(name, response))
        while True:
            try:
                response = await self._send_following_redirects(request, deadline)
            except httpx.TransportError as exc:
                if deadline.expired():
                    raise deadline.error(request) from exc
                delay = self._retry_wait(request, None, attempt, retries, deadline)
                if delay is None:
                    raise _connection_error(request, exc) from exc
                await asyncio.sleep(delay)
                attempt += 1
                continue
            if response.status_code >= 400:
                delay = self._retry_wait(request, response, attempt, retries, deadline)
                if delay is not None:
                    await response.aclose()
                    await asyncio.sleep(delay)
                    attempt += 1
                    continue
            return response

    async def _send_following_redirects(
        self, request: httpx.Request, deadline: _Deadline
    ) -> httpx.Response:
        for _ in range(MAX_REDIRECTS):
            response = await self._http_client().send(
                deadline.limit(request), stream=True
            )
            following = self._redirect(request, response)
            if (
                following is None
                and _STREAM in request.extensions
                and response.is_success
            ):
                return response  # events: the stream the call returns reads them as they come
            if following is None:
                try:
                    chunks: list[bytes] = []
                    sink = self._sink(response)
                    check = self._body_check(response, deadline, sink)
                    if sink is None:
                        chunks = [
                            check(chunk) async for chunk in response.aiter_bytes()
                        ]
                    else:
                        with sink as file:
                            async for chunk in response.aiter_bytes():
                                file.write(check(chunk))
                finally:
                    await response.aclose()
                return self._loaded(response, chunks)
            await response.aclose()
            request = following
        raise APIConnectionError(f"more than {MAX_REDIRECTS} redirects", request)

    async def request(
        self,
        method: str,
        path: str,
        *,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        json: Any = UNSET,
        security: Iterable[tuple[str, ...]] | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> httpx.Response:
        """Call an endpoint the API description does not list; returns the raw response (errors still raise)."""
        request = self._generic(
            method, path, query, headers, json, security, timeout, deadline
        )
        return await self.send(request, lambda response: response)
