"""Operations that answer with server-sent events (`text/event-stream`): a pass over the intermediate model.

An operation whose one success answer is an event stream returns a stream of events. One whose success answer is
JSON and, for the same status, also an event stream (resolve keeps that second media type as a second response of
the same status, right after the JSON one) keeps the JSON response and notes the stream as its alternative: the
call takes `stream=True` to get it. When the JSON body has a boolean property `stream`, that property asks the
server for the stream (OpenAI's and many other APIs' convention); otherwise the Accept header alone does.
"""

from __future__ import annotations

import dataclasses

from . import ir

FLAG = "stream"  # the body property that asks for the stream of events


def is_event_stream(media_type: str) -> bool:
    return media_type.split(";")[0].strip().lower() == "text/event-stream"


def event_streams(api: ir.Api) -> ir.Api:
    """The API with `events` set on each operation that answers with a stream of events."""
    models = {m.key: m for m in api.models}
    operations = tuple(_operation(op, models) for op in api.operations)
    if all(new is old for new, old in zip(operations, api.operations)):
        return api
    return dataclasses.replace(api, operations=operations)


def _operation(op: ir.Operation, models: dict[str, ir.Model]) -> ir.Operation:
    kept: list[ir.Response] = []
    alternatives: dict[str, ir.Response] = {}
    for response in op.responses:
        if is_event_stream(response.media_type) and any(k.status == response.status for k in kept):
            alternatives[response.status] = response
        else:
            kept.append(response)
    if alternatives:
        op = dataclasses.replace(op, responses=tuple(kept))
    success = ir.success_responses(op)
    if len(success) != 1 or ir.returns_location(op):
        return op  # several success answers, or a redirect: the call reads the body as it does today
    answer = success[0]
    if is_event_stream(answer.media_type):
        return dataclasses.replace(op, events=ir.EventStream(_data(answer.type)))
    alternative = alternatives.get(answer.status)
    if alternative is None or answer.kind != "json":
        return op
    return dataclasses.replace(op, events=ir.EventStream(_data(alternative.type), True, _flag(op, models)))


def _data(t: ir.TypeRef | None) -> ir.TypeRef | None:
    """The type of the events' data: None (raw events) when the schema says nothing more than text."""
    if t is None or (isinstance(t, ir.Primitive) and t.kind in ("any", "str", "binary")):
        return None
    return t


def _flag(op: ir.Operation, models: dict[str, ir.Model]) -> str:
    """`stream` when the operation's one body is a JSON model with a boolean property of that name."""
    if len(op.bodies) != 1 or op.bodies[0].kind != "json":
        return ""
    body = op.bodies[0].type
    if isinstance(body, ir.NullableType):
        body = body.inner
    model = models.get(body.key) if isinstance(body, ir.ModelType) else None
    for f in model.fields if model is not None else ():
        t = f.type.inner if isinstance(f.type, ir.NullableType) else f.type
        if f.json_name == FLAG and not f.read_only and t == ir.primitive("bool"):
            return FLAG
    return ""
