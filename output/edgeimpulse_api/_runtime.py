"""The transport under every generated operation: request building, authentication, retries, errors, parsing.

`SyncCore` and `AsyncCore` share everything except the calls that block; the generated `Client` and
`AsyncClient` add the operation groups on top.
"""

from __future__ import annotations

import base64
import contextlib
import contextvars
import datetime
import email.utils
import json
import logging
import random
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from os import PathLike, fspath
from typing import IO, Any, TypeVar, Union
from urllib.parse import quote

import httpx

from . import _hooks
from ._hooks import HookContext as HookContext
from ._hooks import Hooks as Hooks
from ._serde import (
    _LENIENT,
    UNSET,
    Model,
    Unset,
    ValidationError,
    dump,
    format_datetime,
)
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    error_class,
)

T = TypeVar("T")

TimeoutTypes = Union[float, httpx.Timeout, None]
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
MAX_REDIRECTS = 10
DEFAULT_MAX_RESPONSE_BYTES = 256 * 1024 * 1024
# Unless the client or the call sets one, a call's deadline is this many times its read timeout (5 minutes with the
# default timeout), and there is none when the read timeout is None.
DEADLINE_FACTOR = 5
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 409, 429})
# What httpx says when a closed client is used: ours says the same before its httpx client even exists.
_CLOSED_MESSAGE = "Cannot send a request, as the client has been closed."

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


class _Redact(logging.Filter):
    """Hides credentials of this package's clients in what httpx and httpcore log (they log full URLs)."""

    secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            redacted = message
            for secret in self.secrets:
                redacted = redacted.replace(secret, "***")
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


_REDACT = _Redact()
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(_REDACT)


def _remember_secrets(credentials: Mapping[str, Any]) -> None:
    for value in credentials.values():
        for item in value if isinstance(value, tuple) else (value,):
            text = str(item)
            if len(text) >= 4:
                _REDACT.secrets.add(text)
                _REDACT.secrets.add(quote(text, safe=""))


class _Frozen:
    """A small immutable value, equal by its fields: what a frozen dataclass gives, without the `dataclasses` import
    and the code generation a dataclass costs at import (milliseconds that count in a client's start-up).
    """

    __slots__: tuple[str, ...] = ()

    def _init(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(self.__slots__, self._values())
        )
        return f"{type(self).__name__}({fields})"


class Scheme(_Frozen):
    """How one security scheme of the API description is applied to a request."""

    __slots__ = ("kind", "location", "name", "token_url")
    kind: str  # "apiKey", "basic", "bearer"
    location: str  # apiKey: "header", "query" or "cookie"
    name: str  # apiKey: the header, query or cookie name
    token_url: str  # OAuth2: where OAuth2ClientCredentials fetch their token

    def __init__(
        self, kind: str, location: str = "", name: str = "", token_url: str = ""
    ) -> None:
        self._init(kind=kind, location=location, name=name, token_url=token_url)


class OAuth2ClientCredentials(_Frozen):
    """OAuth2 client credentials: the client fetches a token from the token URL, and a new one when it expires.

    `token_url` defaults to the one in the API description (relative URLs are taken from the base URL's host).
    """

    __slots__ = ("client_id", "client_secret", "scopes", "token_url")
    client_id: str
    client_secret: str
    scopes: tuple[str, ...]
    token_url: str

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        scopes: tuple[str, ...] = (),
        token_url: str = "",
    ) -> None:
        self._init(
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            token_url=token_url,
        )

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self.client_id!r}, client_secret=<hidden>)"


_TO_FILE = "clientgen_to_file"  # request extension: where a successful response body is streamed
_TOKEN_FOR = "clientgen_token_for"  # request extension: the scheme whose OAuth2 token the request still needs
_KEEP_REDIRECT = "clientgen_keep_redirect"  # request extension: a redirect is the answer, not followed
_DEADLINE = "clientgen_deadline"  # request extension: seconds the whole call may take (absent: no deadline)


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


class _Deadline:
    """When one call must be over, on the monotonic clock (`end` is None when the call has no deadline): every
    attempt, redirect, wait between retries and body download of the call."""

    __slots__ = ("seconds", "end")

    def __init__(self, request: httpx.Request) -> None:
        seconds: float | None = request.extensions.get(_DEADLINE)
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def expired(self) -> bool:
        return self.end is not None and time.monotonic() >= self.end

    def allows(self, delay: float) -> bool:
        """Whether a wait of `delay` seconds still ends before the deadline."""
        return self.end is None or time.monotonic() + delay < self.end

    def check(self, request: httpx.Request) -> None:
        if self.expired():
            raise self.error(request)

    def error(self, request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            f"{_where(request)} did not finish within its deadline of {self.seconds:g} s",
            request,
        )

    def limit(self, request: httpx.Request) -> httpx.Request:
        """The request with no timeout longer than the time left, so that no single wait outlasts the deadline."""
        if self.end is None:
            return request
        self.check(request)
        left = max(self.end - time.monotonic(), 0.001)
        timeouts = request.extensions.get("timeout", {})
        limited: dict[str, float] = {}
        for key in ("connect", "read", "write", "pool"):
            value = timeouts.get(key)
            limited[key] = left if value is None else min(value, left)
        request.extensions = {**request.extensions, "timeout": limited}
        return request


class _BodyCheck:
    """Applied to each piece of a response body as it arrives: the call's deadline, and `max_response_bytes`
    (`limit`, None for no limit) against a running count of the bytes so far."""

    __slots__ = ("request", "deadline", "limit", "size")

    def __init__(
        self, request: httpx.Request, deadline: _Deadline, limit: int | None
    ) -> None:
        self.request = request
        self.deadline = deadline
        self.limit = limit
        self.size = 0

    def __call__(self, chunk: bytes) -> bytes:
        self.size += len(chunk)
        if self.limit is not None and self.size > self.limit:
            raise ResponseTooLargeError(
                f"{self.request.method} {_path(self.request)}: the response is larger than "
                f"max_response_bytes ({self.limit:,} bytes)",
                self.request,
            )
        self.deadline.check(self.request)
        return chunk


# ------------------------------------------------------------------------------------------- value encoding


def _scalar(value: Any) -> str:
    if value is None:
        return ""  # a query string or header cannot carry null; an empty value is the closest
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|", "simple": ","}

Styles = Mapping[tuple[str, str], tuple[str, bool]]
"""(location, parameter name) -> (style, explode), for parameters whose style is not their location's default."""

_DEFAULT_STYLES = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
    "form": ("form", True),
}


def encode_query(
    params: Mapping[str, Any], styles: Styles | None = None, location: str = "query"
) -> list[tuple[str, str]]:
    """Query pairs by the parameter's style and explode (default: form, exploded); UNSET and None are left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is UNSET or value is None:
            continue
        style, explode = (styles or {}).get((location, name), ("form", True))
        value = (
            dump(value)
            if not isinstance(value, (datetime.date, datetime.time))
            else value
        )
        if isinstance(value, list):
            if explode and style == "form":
                pairs.extend((name, _scalar(v)) for v in value)
            else:
                pairs.append(
                    (name, _DELIMITERS.get(style, ",").join(_scalar(v) for v in value))
                )
        elif isinstance(value, dict):
            if style == "deepObject":
                pairs.extend((f"{name}[{k}]", _scalar(v)) for k, v in value.items())
            elif explode:
                pairs.extend((str(k), _scalar(v)) for k, v in value.items())
            else:
                pairs.append(
                    (name, ",".join(f"{k},{_scalar(v)}" for k, v in value.items()))
                )
        else:
            pairs.append((name, _scalar(value)))
    return pairs


def _segment(value: Any) -> str:
    """One value inside a path: percent-encoded, and never `.` or `..`, which would move up the path."""
    encoded = quote(_scalar(value), safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _path_value(name: str, value: Any, style: str, explode: bool) -> str:
    """A path parameter as RFC 6570 expands it for `simple`, `label` (`.x`) and `matrix` (`;name=x`) styles."""
    value = dump(value)
    if isinstance(value, dict):
        pairs = [(_segment(k), _segment(v)) for k, v in value.items()]
        if explode:
            parts = [f"{k}={v}" for k, v in pairs]
        else:
            parts = [",".join(f"{k},{v}" for k, v in pairs)]
        named = not explode  # exploded objects name each key instead of the parameter
    else:
        items = value if isinstance(value, list) else [value]
        parts = [_segment(v) for v in items]
        if not explode or style == "simple":
            parts = [",".join(parts)]
        named = True
    if style == "label":
        return "." + ".".join(parts)
    if style == "matrix":
        key = quote(name, safe="")
        return "".join(
            (f";{key}={p}" if p else f";{key}") if named else f";{p}" for p in parts
        )
    return ",".join(parts)


def encode_path(
    template: str, params: Mapping[str, Any], styles: Styles | None = None
) -> str:
    """Fill `{name}` placeholders. Every value is percent-encoded, so it can never add a segment or change the host."""
    path = template
    for name, value in params.items():
        style, explode = (styles or {}).get(("path", name), ("simple", False))
        path = path.replace("{" + name + "}", _path_value(name, value, style, explode))
    return path


def _joined(value: Any, explode: bool) -> str:
    """A header or cookie value: arrays as `a,b`, objects as `k,v,k2,v2` (or `k=v,k2=v2` when exploded)."""
    value = dump(value)
    if isinstance(value, list):
        return ",".join(_scalar(v) for v in value)
    if isinstance(value, dict):
        sep = "=" if explode else ","
        return ",".join(f"{k}{sep}{_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def _header_value(name: str, value: Any, explode: bool = False) -> str:
    text = _joined(value, explode)
    if "\r" in text or "\n" in text or "\0" in text:
        raise ValueError(
            f"the value of header {name!r} contains a line break or NUL, which could inject headers"
        )
    return text


def _file_tuple(name: str, value: Any) -> tuple[str, Any, str]:
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) > 2 else "application/octet-stream"
        return filename, _file_content(content), content_type
    if isinstance(value, PathLike):
        path = fspath(value)
        return (
            path.replace("\\", "/").rsplit("/", 1)[-1],
            open(path, "rb"),
            "application/octet-stream",
        )
    filename = getattr(value, "name", None)
    return (
        (fspath(filename).rsplit("/", 1)[-1] if filename else name),
        value,
        "application/octet-stream",
    )


def _file_content(content: Any) -> Any:
    if isinstance(content, PathLike):
        return open(fspath(content), "rb")
    return content


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, PathLike, tuple)) or hasattr(
        value, "read"
    )


def _multipart(
    body: Any, part_types: Mapping[str, str] | None = None
) -> tuple[dict[str, list[str]], list[tuple[str, tuple[str | None, Any, str]]]]:
    """Form fields and parts; a list value becomes repeated parts of the same name.

    A file part's type is the one the caller gives in a (name, content, type) tuple, else the spec's `encoding`,
    else application/octet-stream. Objects are sent as application/json parts, and a field the spec's `encoding`
    gives a type is sent as a part of that type (JSON text for a JSON type).
    """
    # File values pass through to_dict unchanged.
    fields = body.to_dict(request=True) if isinstance(body, Model) else dict(body)
    types = part_types or {}
    data: dict[str, list[str]] = {}
    files: list[tuple[str, tuple[str | None, Any, str]]] = []
    for name, value in fields.items():
        if value is UNSET:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if _is_file(item):
                filename, content, content_type = _file_tuple(name, item)
                if not (isinstance(item, tuple) and len(item) > 2) and name in types:
                    content_type = types[name]
                files.append((name, (filename, content, content_type)))
                continue
            item = dump(item)
            content_type = types.get(name) or (
                "application/json" if isinstance(item, (dict, list)) else ""
            )
            if _is_json(content_type):
                text = json.dumps(item, separators=(",", ":"), ensure_ascii=False)
                files.append((name, (None, text.encode(), content_type)))
            elif content_type:
                files.append((name, (None, _scalar(item).encode(), content_type)))
            else:
                data.setdefault(name, []).append(
                    item if isinstance(item, str) else _scalar(item)
                )
    return data, files


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _binary_content(value: Any) -> Any:
    if isinstance(value, PathLike):
        with open(fspath(value), "rb") as f:
            return f.read()
    if hasattr(value, "read"):
        return value.read()
    return value


# ------------------------------------------------------------------------------------------- response parsing


def json_response(
    convert: Callable[[Any, str, str], T],
) -> Callable[[httpx.Response], T]:
    def parse(response: httpx.Response) -> T:
        return convert(_json(response), "response", "")

    return parse


def negotiated_response(
    convert: Callable[[Any, str, str], T],
) -> Callable[[httpx.Response], T]:
    """The answer to `Accept: application/json, */*`: JSON when it is JSON (also when a server labels JSON
    otherwise), else its text, each checked against the declared type."""

    def parse(response: httpx.Response) -> T:
        if _is_json(response.headers.get("Content-Type", "")):
            return convert(_json(response), "response", "")
        try:
            value = json.loads(response.content)
        except (ValueError, RecursionError):
            return convert(response.text, "response", "")
        try:
            return convert(value, "response", "")
        except ValidationError:
            return convert(response.text, "response", "")

    return parse


def location_response(response: httpx.Response) -> str:
    """Where a redirect points (absolute), for operations whose answer is a redirect; it is not followed."""
    location = response.headers.get("Location")
    if location is None:
        raise APIResponseValidationError(
            f"{response.request.method} {_path(response.request)}: expected a redirect with a Location header, "
            f"got {response.status_code}",
            response,
        )
    return str(response.request.url.join(location))


def bytes_response(response: httpx.Response) -> bytes:
    return response.content


def text_response(response: httpx.Response) -> str:
    return response.text


def empty_response(response: httpx.Response) -> None:
    return None


def by_status(
    parsers: Mapping[str, Callable[[httpx.Response], Any]],
) -> Callable[[httpx.Response], Any]:
    """Several documented success statuses: the parser for the status that came, else `2XX`, else `default`."""

    def parse(response: httpx.Response) -> Any:
        code = str(response.status_code)
        parser = (
            parsers.get(code) or parsers.get(code[0] + "XX") or parsers.get("default")
        )
        if parser is None:
            parser = next(iter(parsers.values()))
        return parser(response)

    return parse


def _json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except RecursionError:
        raise APIResponseValidationError(
            f"{response.request.method} {_path(response.request)}: the response JSON is nested too deeply",
            response,
        ) from None
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{response.request.method} {_path(response.request)}: the response is not valid JSON ({exc})",
            response,
        ) from None


class RawResponse:
    """The HTTP response behind the last call made inside `client.raw_response()`: status, headers, raw body."""

    response: httpx.Response | None = None

    @property
    def status_code(self) -> int:
        return self._get().status_code

    @property
    def headers(self) -> httpx.Headers:
        return self._get().headers

    @property
    def content(self) -> bytes:
        return self._get().content

    def _get(self) -> httpx.Response:
        if self.response is None:
            raise LookupError(
                "no call has been made inside this raw_response() block yet"
            )
        return self.response


_CAPTURES: contextvars.ContextVar[tuple[RawResponse, ...]] = contextvars.ContextVar(
    "captures", default=()
)


@contextlib.contextmanager
def raw_response() -> Iterator[RawResponse]:
    """Keep the raw HTTP response of each call made in the block (the last one wins), beside the parsed value:

        with client.raw_response() as raw:
            item = client.items.get_item(id="1")
        print(raw.status_code, raw.headers["etag"], item.name)

    It follows the current thread or asyncio task, so concurrent calls elsewhere do not interfere.
    """
    capture = RawResponse()
    token = _CAPTURES.set(_CAPTURES.get() + (capture,))
    try:
        yield capture
    finally:
        _CAPTURES.reset(token)


# ------------------------------------------------------------------------------------------- the client core


class BaseCore:
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
        kwargs: dict[str, Any] = {}
        if (
            body is not UNSET
            and body_kinds
            and content_type is not None
            and content_type in body_kinds
        ):
            # An operation with several request media types: the caller's content_type picks the encoding.
            kind = body_kinds[content_type]
            json_body = body if kind == "json" else UNSET
            form = body if kind == "form" else UNSET
            multipart = body if kind == "multipart" else UNSET
            content = body if kind in ("binary", "text") else UNSET
            if kind in ("form", "multipart"):
                content_type = None
        if json_body is not UNSET:
            kwargs["content"] = json.dumps(
                dump(json_body, request=True), separators=(",", ":"), ensure_ascii=False
            ).encode()
            header_list["Content-Type"] = content_type or "application/json"
        elif form is not UNSET:
            fields = encode_query(dump(form, request=True), styles, "form")
            kwargs["data"] = {k: [v for f, v in fields if f == k] for k, _ in fields}
        elif multipart is not UNSET:
            kwargs["data"], kwargs["files"] = _multipart(multipart, part_types)
        elif content is not UNSET:
            kwargs["content"] = (
                content.encode()
                if isinstance(content, str)
                else _binary_content(content)
            )
            header_list["Content-Type"] = content_type or "application/octet-stream"
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

    def _server(self, server: str) -> str:
        """The root URL of an operation that names its own server: the caller's replacement for it, else the
        server itself (a relative one is relative to the base URL)."""
        replaced = self.server_urls.get(server)
        if replaced is not None:
            return replaced
        if "://" in server:
            return server
        return str(httpx.URL(self.base_url + "/").join(server)).rstrip("/")

    def _apply_security(
        self,
        alternatives: Iterable[tuple[str, ...]],
        headers: dict[str, str],
        params: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
    ) -> str:
        """Apply the first alternative the client has credentials for; returns a scheme still needing a token."""
        for alternative in alternatives:
            if all(name in self._credentials for name in alternative):
                pending = ""
                for name in alternative:
                    credential = self._credentials[name]
                    if isinstance(credential, OAuth2ClientCredentials):
                        token = self._tokens.get(name)
                        if token is None or token[1] <= time.monotonic():
                            pending = name
                            continue
                        credential = token[0]
                    self._apply_scheme(
                        self._schemes[name], credential, headers, params, cookies
                    )
                return pending
        return ""

    def _token_request(self, name: str, call: httpx.Request) -> httpx.Request:
        """The request of an OAuth2 token for the call `call` (with the call's timeouts)."""
        credential: OAuth2ClientCredentials = self._credentials[name]
        url = httpx.URL(self.base_url).join(
            credential.token_url or self._schemes[name].token_url
        )
        data = {
            "grant_type": "client_credentials",
            "client_id": credential.client_id,
            "client_secret": credential.client_secret,
        }
        if credential.scopes:
            data["scope"] = " ".join(credential.scopes)
        return httpx.Request(
            "POST",
            url,
            data=data,
            headers={"Accept": "application/json"},
            extensions={"timeout": call.extensions.get("timeout", {})},
        )

    def _store_token(self, name: str, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise self._status_error(response, {})
        try:
            body = json.loads(response.content)
            token = str(body["access_token"])
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            raise APIResponseValidationError(
                "the OAuth2 token response has no access_token", response
            ) from None
        _remember_secrets({name: token})
        self._tokens[name] = (token, time.monotonic() + max(lifetime - 30, 0))
        return token

    @staticmethod
    def _with_token(request: httpx.Request, token: str) -> httpx.Request:
        request.headers["Authorization"] = _header_value(
            "Authorization", f"Bearer {token}"
        )
        request.extensions = {
            k: v for k, v in request.extensions.items() if k != _TOKEN_FOR
        }
        return request

    @staticmethod
    def _apply_scheme(
        scheme: Scheme,
        credential: Any,
        headers: dict[str, str],
        params: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
    ) -> None:
        if scheme.kind == "bearer":
            headers["Authorization"] = _header_value(
                "Authorization", f"Bearer {credential}"
            )
        elif scheme.kind == "basic":
            user, password = credential
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        elif scheme.location == "header":
            headers[scheme.name] = _header_value(scheme.name, credential)
        elif scheme.location == "query":
            params.append((scheme.name, str(credential)))
        elif scheme.location == "cookie":
            cookies.append((scheme.name, str(credential)))

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

    @staticmethod
    def _sink(
        response: httpx.Response,
    ) -> contextlib.AbstractContextManager[IO[bytes]] | None:
        """Where a successful body goes when the caller asked for a file (never an error body: that is parsed)."""
        target = response.request.extensions.get(_TO_FILE)
        if target is None or not 200 <= response.status_code < 300:
            return None
        if isinstance(target, (str, PathLike)):
            return open(fspath(target), "wb")
        return contextlib.nullcontext(target)

    def _body_check(
        self, response: httpx.Response, deadline: _Deadline, sink: object
    ) -> _BodyCheck:
        """The check of each piece of the body: the deadline, and unless the body goes to a file, the size limit
        (a body larger than `max_response_bytes` is refused before it fills the memory).
        """
        limit = self.max_response_bytes if sink is None else None
        return _BodyCheck(response.request, deadline, limit)

    @staticmethod
    def _loaded(response: httpx.Response, chunks: list[bytes]) -> httpx.Response:
        """The streamed response as an ordinary one, its (already decoded) body in memory."""
        headers = httpx.Headers(response.headers)
        headers.pop("Content-Encoding", None)
        headers.pop("Content-Length", None)
        return httpx.Response(
            response.status_code,
            headers=headers,
            content=b"".join(chunks),
            request=response.request,
            extensions=response.extensions,
        )

    def _credential_headers(self) -> set[str]:
        names = {"Authorization", "Cookie", "Proxy-Authorization"}
        names.update(s.name for s in self._schemes.values() if s.location == "header")
        return names

    def _retry_wait(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        retries: int,
        deadline: _Deadline,
    ) -> float | None:
        """How long to wait before retrying; None when the call is not retried, or the wait would end after the
        call's deadline (the call then raises what the last attempt gave)."""
        if not self._should_retry(request, response, attempt, retries):
            return None
        delay = self._retry_delay(response, attempt)
        return delay if deadline.allows(delay) else None

    def _should_retry(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        retries: int,
    ) -> bool:
        if attempt >= retries:
            return False
        if (
            request.method not in IDEMPOTENT_METHODS
            and "Idempotency-Key" not in request.headers
        ):
            return False
        if response is None:
            return True
        should = str(response.headers.get("x-should-retry", ""))
        if should in ("true", "false"):
            return should == "true"
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    @staticmethod
    def _retry_delay(response: httpx.Response | None, attempt: int) -> float:
        if response is not None:
            header = response.headers.get("retry-after-ms")
            if header:
                try:
                    delay: float = float(header) / 1000
                    if 0 <= delay <= MAX_RETRY_AFTER:
                        return delay
                except ValueError:
                    pass
            header = response.headers.get("retry-after")
            if header:
                after = _parse_retry_after(header)
                if after is not None and 0 <= after <= MAX_RETRY_AFTER:
                    return after
        base = min(0.5 * 2.0**attempt, MAX_RETRY_DELAY)
        return base * (1 - 0.25 * random.random())

    def _finish(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        errors: Mapping[str, Callable[[Any, str, str], Any]] | None,
    ) -> T:
        request = response.request
        logger.debug(
            "%s %s -> %s", request.method, _path(request), response.status_code
        )
        for capture in _CAPTURES.get():
            capture.response = response
        if response.status_code >= 400:
            raise self._status_error(response, errors or {})
        lenient = _LENIENT.set(self.lenient_responses)
        try:
            return parse(response)
        except ValidationError as exc:
            raise APIResponseValidationError(
                f"{request.method} {_path(request)}: the response does not match the API description: {exc}",
                response,
            ) from exc
        finally:
            _LENIENT.reset(lenient)

    @staticmethod
    def _status_error(
        response: httpx.Response, errors: Mapping[str, Callable[[Any, str, str], Any]]
    ) -> APIError:
        code = str(response.status_code)
        convert = (
            errors.get(code) or errors.get(code[0] + "XX") or errors.get("default")
        )
        body: Any = None
        try:
            body = json.loads(response.content) if response.content else None
            if convert is not None and body is not None:
                body = convert(body, "error", "")
        except (ValueError, ValidationError):
            pass
        request = response.request
        reason = response.reason_phrase or "error"
        message = f"{request.method} {_path(request)} returned {response.status_code} {reason}"
        if isinstance(body, dict) and isinstance(
            body.get("error") or body.get("message"), str
        ):
            message += f": {body.get('error') or body.get('message')}"
        elif hasattr(body, "error") and isinstance(getattr(body, "error"), str):
            message += f": {getattr(body, 'error')}"
        return error_class(response.status_code)(message, response, body)


def _path(request: httpx.Request) -> str:
    """The request's path as sent (still percent-encoded), without the query string, which may carry secrets."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")


def _parse_retry_after(header: str) -> float | None:
    try:
        return float(header)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(header)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed) - time.time())


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.scheme}://{request.url.host}{_path(request)}"


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
