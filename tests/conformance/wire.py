"""What went over the wire, and how a Python value compares with it.

- `RecordingTransport` / `AsyncRecordingTransport` wrap httpx's own transport inside the `http_client=` given to the
  generated client: every request and response of a call is kept (body bytes included), in the list the calling
  context set (`recording()`), so calls from several threads or tasks do not mix. They refuse, without connecting,
  any request to a host other than 127.0.0.1: a documented redirect to a real host never leaves this machine.
- `to_json` turns a value the client returned back into JSON data: `to_dict()` for models, recursively for lists
  and dicts, enum members by value, dates, times and date-times in ISO 8601, UUIDs as text, bytes in base64.
- `difference` compares that with the JSON on the wire, strictly (a boolean is not a number, a key left out is not
  a null), with three normalisations only, all stated in the report: numbers compare by value (JSON does not tell
  `1` from `1.0`); two strings that are both RFC 3339 date-times compare as instants (`...Z` equals
  `...+00:00`: a client may write a date-time it was given in another, equal form); two UUID strings compare
  without case (a UUID passed as `uuid.UUID` is written in lower case).
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import enum
import re
import uuid
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx

NORMALISATIONS = (
    "numbers compare by value (1 == 1.0)",
    "two RFC 3339 date-time strings compare as instants (Z == +00:00)",
    "two UUID strings compare without case (RFC 4122)",
)


@dataclass
class Exchange:
    """One request on the wire and the answer to it (`status` None: no answer; `refused`: never sent)."""

    method: str
    url: httpx.URL
    request_headers: httpx.Headers
    request_body: bytes
    status: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers)
    body: bytes = b""
    refused: str = ""
    error: str = ""

    def request_line(self) -> str:
        return f"{self.method} {self.url.raw_path.decode('ascii', 'replace')}"


_CURRENT: ContextVar[list[Exchange] | None] = ContextVar("conformance_exchanges", default=None)


@contextlib.contextmanager
def recording() -> Iterator[list[Exchange]]:
    """The exchanges of the calls made inside the block (in this thread or task)."""
    log: list[Exchange] = []
    token = _CURRENT.set(log)
    try:
        yield log
    finally:
        _CURRENT.reset(token)


def _start(request: httpx.Request, body: bytes) -> Exchange:
    exchange = Exchange(request.method, request.url, httpx.Headers(request.headers), body)
    log = _CURRENT.get()
    if log is not None:
        log.append(exchange)
    if request.url.host != "127.0.0.1":
        exchange.refused = f"not sent: {request.url.host} is not this machine (the harness only talks to 127.0.0.1)"
        raise httpx.ConnectError(exchange.refused, request=request)
    return exchange


def _finish(exchange: Exchange, request: httpx.Request, response: httpx.Response, raw: bytes) -> httpx.Response:
    # A new response over the bytes read: httpx decodes any Content-Encoding when it is built.
    copy = httpx.Response(response.status_code, headers=response.headers, content=raw, request=request)
    exchange.status = response.status_code
    exchange.headers = httpx.Headers(response.headers)
    exchange.body = copy.content
    return httpx.Response(
        response.status_code, headers=response.headers, content=raw, request=request, extensions=response.extensions
    )


class RecordingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport | None = None) -> None:
        self.inner = inner or httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        exchange = _start(request, request.read())
        try:
            response = self.inner.handle_request(request)
            try:
                raw = response.read()
            finally:
                response.close()
        except httpx.TransportError as exc:
            exchange.error = f"{type(exc).__name__}: {exc}"
            raise
        return _finish(exchange, request, response, raw)

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport | None = None) -> None:
        self.inner = inner or httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        exchange = _start(request, await request.aread())
        try:
            response = await self.inner.handle_async_request(request)
            try:
                raw = await response.aread()
            finally:
                await response.aclose()
        except httpx.TransportError as exc:
            exchange.error = f"{type(exc).__name__}: {exc}"
            raise
        return _finish(exchange, request, response, raw)

    async def aclose(self) -> None:
        await self.inner.aclose()


# ------------------------------------------------------------------------------------------------ values


class NotJSON(Exception):
    pass


def to_json(value: Any) -> Any:
    """A value the client returned, as JSON data (see the module docstring)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return to_json(to_dict())
    if isinstance(value, enum.Enum):
        return to_json(value.value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (str, int, float)):  # subclasses (a str enum without Enum, DateTime, ...)
        return value
    raise NotJSON(f"{type(value).__name__} is not JSON data: {value!r}"[:200])


_UUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})$")


def _instant(text: str) -> datetime.datetime | None:
    if not _DATE_TIME.match(text):
        return None
    text = text[:-1] + "+00:00" if text[-1] in "Zz" else text
    text = re.sub(r"(\.\d{1,6})\d*", r"\1", text)  # Python 3.10 reads at most 6 fraction digits
    try:
        return datetime.datetime.fromisoformat(text.replace("t", "T"))
    except ValueError:
        return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:60] + " ... " + text[-50:]


def difference(got: Any, wire: Any, path: str = "") -> str:
    """'' when `got` (JSON data from the client) is `wire` (JSON from the response), else where and how not."""
    where = path or "(the value)"
    if isinstance(wire, bool) or isinstance(got, bool):
        return (
            "" if type(got) is type(wire) and got == wire else f"{where}: returned {_short(got)}, wire {_short(wire)}"
        )
    if isinstance(wire, (int, float)) and isinstance(got, (int, float)):
        return "" if got == wire else f"{where}: returned {_short(got)}, wire {_short(wire)}"
    if isinstance(wire, str) and isinstance(got, str):
        if got == wire:
            return ""
        a, b = _instant(got), _instant(wire)
        if a is not None and b is not None and a == b:
            return ""
        if _UUID.match(got) and _UUID.match(wire) and got.lower() == wire.lower():
            return ""
        return f"{where}: returned {_short(got)}, wire {_short(wire)}"
    if isinstance(wire, dict) and isinstance(got, dict):
        missing = sorted(set(wire) - set(got))
        if missing:
            shown = _short({k: wire[k] for k in missing[:3]})
            return f"{where}: the returned value lacks {missing[:5]} (on the wire: {shown})"
        extra = sorted(set(got) - set(wire))
        if extra:
            shown = _short({k: got[k] for k in extra[:3]})
            return f"{where}: the returned value has {extra[:5]}, not on the wire ({shown})"
        for key in wire:
            found = difference(got[key], wire[key], f"{path}.{key}" if path else key)
            if found:
                return found
        return ""
    if isinstance(wire, list) and isinstance(got, list):
        if len(got) != len(wire):
            return f"{where}: returned {len(got)} items, wire {len(wire)}"
        for i, (a, b) in enumerate(zip(got, wire, strict=True)):
            found = difference(a, b, f"{path}[{i}]")
            if found:
                return found
        return ""
    if got is None and wire is None:
        return ""
    return f"{where}: returned {_short(got)}, wire {_short(wire)}"
