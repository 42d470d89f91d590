"""Server-sent events (`text/event-stream`): the parser, and the streams that operations answering with events return.

The parser follows the WHATWG HTML standard ("Server-sent events", section 9.2.6, "Parsing an event stream"):
lines end in CRLF, LF or CR (also when a CRLF is split between two reads), a leading byte order mark is dropped,
lines starting with `:` are comments, a line without a colon is a field with an empty value, one space after the
colon is dropped, `data` lines are joined with LF, `id` values holding NUL are ignored and the last event ID
carries over to later events, `retry` takes only ASCII digits, unknown fields are ignored, and a block without
data dispatches nothing. One deliberate difference: when the body ends cleanly (the HTTP message is complete), a
last event that lacks its closing blank line is still dispatched (the standard drops it; servers that forget the
final blank line are common). A connection that breaks mid-stream raises instead.
"""

from __future__ import annotations

import codecs
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar

import httpx

from ._encoding import _where
from ._runtime import _STREAM as STREAM
from ._serde import _LENIENT, UNSET, ValidationError, dump
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
)

logger = logging.getLogger(__name__.rpartition(".")[0] or __name__)

T = TypeVar("T")

DONE = "[DONE]"  # the data that many APIs send to close a stream of JSON events; it ends the iteration
_EOL = re.compile(r"\r\n|\r|\n")


class ServerSentEvent:
    """One event of a stream, as the server sent it.

    Attributes:
        event: The event type (`event:` field); "message" when the server gave none.
        data: The event's data: its `data:` lines joined with a line feed.
        id: The last event ID at this event (`id:` fields carry over to later events); "" when none was sent.
        retry: The reconnection time in milliseconds that this event's `retry:` field set, else None.
    """

    __slots__ = ("event", "data", "id", "retry")

    def __init__(
        self, data: str, event: str = "message", id: str = "", retry: int | None = None
    ) -> None:
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry

    def json(self) -> Any:
        """The data read as JSON (ValueError when it is not JSON)."""
        return json.loads(self.data)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return (self.event, self.data, self.id, self.retry) == (
            other.event,
            other.data,
            other.id,
            other.retry,
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        retry = "" if self.retry is None else f", retry={self.retry}"
        return f"ServerSentEvent(event={self.event!r}, data={self.data!r}, id={self.id!r}{retry})"


class EventTooLarge(Exception):
    """The event being read holds more than the decoder's limit of characters."""


class SSEDecoder:
    """Turns the pieces of an event stream, as they arrive, into events. `feed` takes bytes (UTF-8, invalid
    sequences replaced, as the standard says), `feed_text` text; `end` says the stream is over.

    `limit` bounds the characters one event may hold while it is read (None: no bound): EventTooLarge past it.
    `dispatch_incomplete=False` drops an event that lacks its closing blank line at the end (the standard's rule).
    """

    def __init__(
        self, limit: int | None = None, dispatch_incomplete: bool = True
    ) -> None:
        self.limit = limit
        self.dispatch_incomplete = dispatch_incomplete
        self.last_event_id = ""  # the standard's "last event ID string"
        self.retry: int | None = (
            None  # the reconnection time (ms) the server asked for, if any
        )
        self._bytes = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False  # whether the first character (a possible BOM) was seen
        self._after_cr = False  # the last piece ended in CR: an LF starting the next one belongs to it
        self._partial: list[str] = []  # the current line so far
        self._partial_size = 0
        self._data: list[str] = []
        self._data_size = 0
        self._event = ""
        self._id = ""  # the standard's "last event ID buffer"
        self._event_retry: int | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        return self.feed_text(self._bytes.decode(chunk))

    def end(self) -> list[ServerSentEvent]:
        """The events still pending when the stream ends: with `dispatch_incomplete`, the last one."""
        events = self.feed_text(self._bytes.decode(b"", final=True))
        if not self.dispatch_incomplete:
            return events
        if self._partial:
            line = "".join(self._partial)
            self._partial, self._partial_size = [], 0
            self._line(line, events)
        self._dispatch(events)
        return events

    def feed_text(self, text: str) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        if not text:
            return events
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._after_cr and text[:1] == "\n":
            text = text[1:]
        self._after_cr = False
        start = 0
        for match in _EOL.finditer(text):
            piece = text[start : match.start()]
            if self._partial:
                self._partial.append(piece)
                piece = "".join(self._partial)
                self._partial, self._partial_size = [], 0
            self._line(piece, events)
            start = match.end()
            if match.group() == "\r" and start == len(text):
                self._after_cr = True
        rest = text[start:]
        if rest:
            self._partial.append(rest)
            self._partial_size += len(rest)
            self._check_size()
        return events

    def _check_size(self) -> None:
        if self.limit is not None and self._partial_size + self._data_size > self.limit:
            raise EventTooLarge(
                f"an event is larger than the limit of {self.limit:,} characters"
            )

    def _line(self, line: str, events: list[ServerSentEvent]) -> None:
        if not line:
            self._dispatch(events)
            return
        if self.limit is not None and len(line) + self._data_size > self.limit:
            raise EventTooLarge(
                f"an event is larger than the limit of {self.limit:,} characters"
            )
        if line[0] == ":":
            return  # a comment (often sent to keep the connection alive)
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._data_size += len(value) + 1
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry":
            if value and value.isascii() and value.isdigit():
                self.retry = self._event_retry = int(value)
        # any other field is ignored

    def _dispatch(self, events: list[ServerSentEvent]) -> None:
        self.last_event_id = self._id
        if not self._data:
            self._event, self._event_retry = "", None
            return
        data = "\n".join(self._data)
        event = ServerSentEvent(
            data, self._event or "message", self.last_event_id, self._event_retry
        )
        self._data, self._data_size = [], 0
        self._event, self._event_retry = "", None
        events.append(event)


# ------------------------------------------------------------------------------------------- the streams


class _StreamBase(Generic[T]):
    """What sync and async streams share: the decoder, the conversion of each event, the errors."""

    def __init__(
        self,
        response: httpx.Response,
        convert: Callable[[Any, str, str], T] | None,
        limit: int | None,
    ) -> None:
        self.response = response
        self._convert = convert
        self._lenient = (
            _LENIENT.get()
        )  # the client's choice, as it was when the call was made
        self._decoder = SSEDecoder(limit)
        self._count = 0
        self._checked = False
        self.last_event: ServerSentEvent | None = None
        """The event behind the item the iteration gave last (its `event`, `id`, `retry` and raw `data`)."""
        _unclip_timeouts(response.request)

    @property
    def last_event_id(self) -> str:
        """The last event ID the server set so far: what a reconnection sends as `Last-Event-ID`."""
        return self._decoder.last_event_id

    @property
    def retry(self) -> int | None:
        """The reconnection time (milliseconds) the server asked for, if it did."""
        return self._decoder.retry

    def _where(self) -> str:
        return _where(self.response.request)

    def _wrong_type(self) -> APIError | None:
        """An error when the answer is not an event stream: the caller asked for one."""
        self._checked = True
        media = self.response.headers.get("Content-Type", "")
        base = media.split(";")[0].strip().lower()
        if not base or base == "text/event-stream":
            return None
        return APIResponseValidationError(
            f"{self._where()}: expected an event stream (text/event-stream), got {media}",
            self.response,
        )

    def _failure(self, exc: Exception) -> APIError:
        """The error to raise for a failure while the events are read."""
        after = f"after {self._count} event{'s' if self._count != 1 else ''}"
        if self._decoder.last_event_id:
            after += f" (last event id {self._decoder.last_event_id!r})"
        request = self.response.request
        if isinstance(exc, EventTooLarge):
            return ResponseTooLargeError(
                f"{self._where()}: {exc} (max_response_bytes), {after}", request
            )
        if isinstance(exc, httpx.TimeoutException):
            read = request.extensions.get("timeout", {}).get("read")
            waited = f" for {read:g} s" if isinstance(read, (int, float)) else ""
            return APITimeoutError(
                f"{self._where()}: the event stream sent nothing{waited} (the read timeout), {after}",
                request,
            )
        return APIConnectionError(
            f"{self._where()}: the connection was lost in the middle of the event stream, {after} "
            f"({type(exc).__name__})",
            request,
        )

    def _decoded(self, chunk: bytes) -> list[ServerSentEvent]:
        try:
            return self._decoder.feed(chunk)
        except EventTooLarge as exc:
            raise self._failure(exc) from None

    def _ended(self) -> list[ServerSentEvent]:
        try:
            return self._decoder.end()
        except EventTooLarge as exc:
            raise self._failure(exc) from None

    def _item(self, event: ServerSentEvent) -> Any:
        """The value the iteration gives for an event; `_END` for the `[DONE]` that closes JSON streams."""
        self.last_event = event
        self._count += 1
        if self._convert is None:
            return event
        if event.data == DONE:
            return _END
        lenient = _LENIENT.set(self._lenient)
        try:
            return self._convert(json.loads(event.data), "event", "")
        except (ValueError, RecursionError) as exc:
            what = (
                f"does not match the API description: {exc}"
                if isinstance(exc, ValidationError)
                else "is not JSON"
            )
            if self._lenient:
                logger.warning(
                    "%s: event %d (%s) %s; it is given as it came",
                    self._where(),
                    self._count,
                    event.event,
                    what,
                )
                return event
            raise APIResponseValidationError(
                f"{self._where()}: the data of event {self._count} ({event.event!r}: {event.data[:80]!r}) {what}",
                self.response,
            ) from exc
        finally:
            _LENIENT.reset(lenient)


_END: Any = object()


class Stream(_StreamBase[T]):
    """The events of a call, read as they arrive: iterate it for each event's data (read into the model the API
    describes; the raw `ServerSentEvent` when it describes none); `events()` gives the raw events instead.

        with client.chat.stream_chat(body=...) as stream:
            for chunk in stream:
                print(chunk.text, stream.last_event.id)

    Use it as a context manager (or call `close()`), so the connection is closed when you stop early; it is also
    closed when the iteration ends. A stream can be iterated once.
    """

    def __iter__(self) -> Iterator[T]:
        for event in self.events():
            item = self._item(event)
            if item is _END:
                break
            yield item

    def events(self) -> Iterator[ServerSentEvent]:
        """The raw events (every one, `[DONE]` included), as the server sent them."""
        try:
            if not self._checked:
                wrong = self._wrong_type()
                if wrong is not None:
                    raise wrong
            try:
                for chunk in self.response.iter_bytes():
                    yield from self._decoded(chunk)
            except httpx.TransportError as exc:
                raise self._failure(exc) from exc
            yield from self._ended()
        finally:
            self.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """`Stream` for `AsyncClient`: `async for` over it, `async with` it (or `await stream.close()`)."""

    async def __aiter__(self) -> AsyncIterator[T]:
        async for event in self.events():
            item = self._item(event)
            if item is _END:
                break
            yield item

    async def events(self) -> AsyncIterator[ServerSentEvent]:
        """The raw events (every one, `[DONE]` included), as the server sent them."""
        try:
            if not self._checked:
                wrong = self._wrong_type()
                if wrong is not None:
                    raise wrong
            try:
                async for chunk in self.response.aiter_bytes():
                    for event in self._decoded(chunk):
                        yield event
            except httpx.TransportError as exc:
                raise self._failure(exc) from exc
            for event in self._ended():
                yield event
        finally:
            await self.close()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# ------------------------------------------------------------------------------------------- for operations


def streamed(request: httpx.Request, limit: int | None) -> httpx.Request:
    """The request, marked so that a successful answer is not read into memory but handed to the stream; `limit`
    (the client's `max_response_bytes`) bounds the size of one event."""
    timeouts = dict(request.extensions.get("timeout", {}))
    request.extensions = {**request.extensions, STREAM: (timeouts, limit)}
    return request


def _unclip_timeouts(request: httpx.Request) -> None:
    """Give the stream's reads the call's own read timeout again: the deadline bounds the call until the stream
    starts (each wait was cut to what was left of it); the stream then lasts as long as the server sends.
    """
    original, _ = request.extensions.get(STREAM, (None, None))
    current = request.extensions.get("timeout")
    if isinstance(original, dict) and isinstance(current, dict):
        current.update(original)  # the very dict the connection reads its timeouts from


def _limit(response: httpx.Response) -> int | None:
    _, limit = response.request.extensions.get(STREAM, (None, None))
    return limit if isinstance(limit, int) else None


def events(
    convert: Callable[[Any, str, str], T],
) -> Callable[[httpx.Response], Stream[T]]:
    """The parser of an operation that answers with events whose data is JSON of a known type."""
    return lambda response: Stream(response, convert, _limit(response))


def raw_events(response: httpx.Response) -> Stream[ServerSentEvent]:
    """The parser of an operation that answers with events of no known type: each is given as it came."""
    return Stream(response, None, _limit(response))


def async_events(
    convert: Callable[[Any, str, str], T],
) -> Callable[[httpx.Response], AsyncStream[T]]:
    return lambda response: AsyncStream(response, convert, _limit(response))


def async_raw_events(response: httpx.Response) -> AsyncStream[ServerSentEvent]:
    return AsyncStream(response, None, _limit(response))


def with_flag(body: Any, name: str, on: bool) -> Any:
    """The JSON body with its boolean `name` property set when the caller asked for a stream (`stream=True`).
    A body that asks for a stream by itself while the call does not is refused: the call would not know to
    return one."""
    data = dump(body, request=True)
    if not isinstance(data, dict):
        return {name: True} if on and body is UNSET else body
    if on:
        return {**data, name: True}
    if data.get(name) is True:
        raise ValueError(
            f"the body sets {name!r} to true: pass {name}=True to the call instead, so that it returns a stream"
        )
    return data
