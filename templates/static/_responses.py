"""Response handling: reading a successful body into the declared type, the size limit, typed errors for the others,
and the raw responses a `raw_response()` block keeps."""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from os import PathLike, fspath
from typing import IO, Any, TypeVar

import httpx

from ._encoding import _TO_FILE, _is_json, _path
from ._retries import _Deadline
from ._serde import (
    _LENIENT,
    ValidationError,
)
from .errors import (
    APIError,
    APIResponseValidationError,
    ResponseTooLargeError,
    error_class,
)

T = TypeVar("T")

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


_CAPTURES: contextvars.ContextVar[tuple[RawResponse, ...]] = contextvars.ContextVar(
    "captures", default=()
)


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


class Reading:
    """How `BaseCore` reads a response: into memory (bounded) or a file, then parsed or raised as an error."""

    max_response_bytes: int | None
    lenient_responses: bool

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
            raise status_error(response, errors or {})
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


def status_error(
    response: httpx.Response, errors: Mapping[str, Callable[[Any, str, str], Any]]
) -> APIError:
    """The typed error of a response that is not a success, with its JSON body read where the API describes it."""
    code = str(response.status_code)
    convert = errors.get(code) or errors.get(code[0] + "XX") or errors.get("default")
    body: Any = None
    try:
        body = json.loads(response.content) if response.content else None
        if convert is not None and body is not None:
            body = convert(body, "error", "")
    except (ValueError, ValidationError):
        pass
    request = response.request
    reason = response.reason_phrase or "error"
    message = (
        f"{request.method} {_path(request)} returned {response.status_code} {reason}"
    )
    if isinstance(body, dict) and isinstance(
        body.get("error") or body.get("message"), str
    ):
        message += f": {body.get('error') or body.get('message')}"
    elif hasattr(body, "error") and isinstance(getattr(body, "error"), str):
        message += f": {getattr(body, 'error')}"
    return error_class(response.status_code)(message, response, body)
