"""How operations that answer with server-sent events look in the generated code (see `events.py`).

An operation whose answer is always a stream returns `sse.Stream[T]` (`sse.AsyncStream[T]` on the async client),
`T` being the events' data model, or `sse.ServerSentEvent` when the API describes none. One that answers with JSON
or, when asked, with events takes `stream: bool = False`; typed overloads make the call return the JSON model for
`stream=False` (or nothing given) and the stream for `stream=True`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import code, ir
from .code import Expr
from .pysource import string
from .pytypes import PyTypes

if TYPE_CHECKING:
    from .render import OperationView
    from .render_models import ArgView

_MARK = "sse.streamed(request, self._client.max_response_bytes)"


@dataclass
class OverloadView:
    args: list[ArgView]
    returns: str
    async_returns: str


def arg_docs(op: ir.Operation) -> list[str]:
    """The docstring line of the `stream` keyword, for operations that take it."""
    if op.events is None or not op.events.alternative:
        return []
    how = f"sets the body's {op.events.flag!r} property and asks" if op.events.flag else "asks"
    return [f"stream: True {how} for server-sent events: the call returns a stream (use it in a with block)."]


def adapt(op: ir.Operation, view: OperationView, types: PyTypes) -> OperationView:
    """The view of an operation that answers with events: its return types, parsers and overloads."""
    from .render_models import ArgView

    events = op.events
    if events is None:
        return view
    if events.data is None:
        item = Expr("sse.ServerSentEvent")
        sync_parse, async_parse = Expr("sse.raw_events"), Expr("sse.async_raw_events")
    else:
        item = types.annotation(events.data)
        convert = types.converter(events.data)
        sync_parse = code.joined("", [convert], "sse.events(", ")")
        async_parse = code.joined("", [convert], "sse.async_events(", ")")
    sync_stream, async_stream = f"sse.Stream[{item.text}]", f"sse.AsyncStream[{item.text}]"
    view.streaming = True
    view.annotation_uses = view.annotation_uses | item.uses
    view.runtime_uses = view.runtime_uses | sync_parse.uses
    if not events.alternative:
        view.parse, view.async_parse = sync_parse.text, async_parse.text
        view.returns, view.async_returns = sync_stream, async_stream
        view.typed_result = False
        view.stream_mark = _MARK
    else:
        view.annotation_uses = view.annotation_uses | code.typing("Literal", "overload")
        json_returns, json_parse = view.returns, view.parse
        plain = list(view.args)
        view.overloads = [
            OverloadView([*plain, ArgView("stream", "Literal[False]", "False")], json_returns, json_returns),
            OverloadView([*plain, ArgView("stream", "Literal[True]", "")], sync_stream, async_stream),
            OverloadView(
                [*plain, ArgView("stream", "bool", "")],
                f"{json_returns} | {sync_stream}",
                f"{json_returns} | {async_stream}",
            ),
        ]
        view.args = [*plain, ArgView("stream", "bool", "False")]
        view.parse = f"{sync_parse.text} if stream else {json_parse}"
        view.async_parse = f"{async_parse.text} if stream else {json_parse}"
        view.returns, view.async_returns = view.overloads[2].returns, view.overloads[2].async_returns
        view.typed_result = True
        view.stream_mark = f"{_MARK} if stream else request"
        lines = [line for line in view.request_lines if not line.startswith("accept=")]
        lines.insert(len(lines) - 1, 'accept="text/event-stream" if stream else None,')
        if events.flag:
            flagged = f"json_body=sse.with_flag(body, {string(events.flag)}, stream),"
            lines = [flagged if line == "json_body=body," else line for line in lines]
        view.request_lines = lines
    view.returns_literal = string(view.returns)
    view.async_returns_literal = string(view.async_returns)
    view.local_imports = view.runtime_uses.models_by_module()
    return view
