"""Hooks: your code, run around every call of the client, instead of edits to the generated files.

`Client(hooks=Hooks(before_request=..., after_response=..., on_error=...))`, and the same for `AsyncClient`.
Each hook is a plain function (or a list of them, run in order) that gets a `HookContext`, whose `operation_id`
names the operation called (None for `client.request()`):

- `before_request(context, request)` runs once per call, before the request is sent (and retried): it may change
  the `httpx.Request` in place (headers, say, to sign it) or return another one to send instead.
- `after_response(context, response)` runs on the response the call ends with (after retries and redirects,
  before its status is checked and its body parsed); it may return another `httpx.Response` to use instead.
- `on_error(context, error)` runs when the call fails with an `APIError` (an error status, a connection problem,
  a timeout, a body that does not match); it may return an `httpx.Response` to use instead of raising.

A hook that returns None changes nothing.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar, Union

import httpx

from .errors import APIError

T = TypeVar("T")

OPERATION_ID = (
    "clientgen_operation_id"  # request extension: the operationId of the call
)


class HookContext:
    """What a hook learns about the call it runs for."""

    __slots__ = ("operation_id",)

    def __init__(self, operation_id: str | None) -> None:
        self.operation_id = operation_id  # None for `client.request()`

    def __repr__(self) -> str:
        return f"HookContext(operation_id={self.operation_id!r})"


BeforeRequest = Callable[[HookContext, httpx.Request], Union[httpx.Request, None]]
AfterResponse = Callable[[HookContext, httpx.Response], Union[httpx.Response, None]]
OnError = Callable[[HookContext, APIError], Union[httpx.Response, None]]


class Hooks:
    """The hooks a client runs around every call (see the module's docstring)."""

    __slots__ = ("before_request", "after_response", "on_error")

    def __init__(
        self,
        *,
        before_request: BeforeRequest | Sequence[BeforeRequest] = (),
        after_response: AfterResponse | Sequence[AfterResponse] = (),
        on_error: OnError | Sequence[OnError] = (),
    ) -> None:
        self.before_request: tuple[BeforeRequest, ...] = (
            (before_request,) if callable(before_request) else tuple(before_request)
        )
        self.after_response: tuple[AfterResponse, ...] = (
            (after_response,) if callable(after_response) else tuple(after_response)
        )
        self.on_error: tuple[OnError, ...] = (
            (on_error,) if callable(on_error) else tuple(on_error)
        )

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={len(getattr(self, name))}" for name in self.__slots__
        )
        return f"Hooks({counts})"


def _before(
    hooks: Hooks, context: HookContext, request: httpx.Request
) -> httpx.Request:
    for hook in hooks.before_request:
        replaced = hook(context, request)
        if replaced is not None and replaced is not request:
            # The call's own settings (deadline, file to write, ...) travel in the extensions: keep them.
            replaced.extensions = {**request.extensions, **replaced.extensions}
            request = replaced
    return request


def _answering(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """A response a hook returned, as the answer to `request` (one the hook made has no request yet)."""
    try:
        response.request
    except RuntimeError:
        response.request = request
    return response


def _after(
    hooks: Hooks, context: HookContext, request: httpx.Request, response: httpx.Response
) -> httpx.Response:
    for hook in hooks.after_response:
        replaced = hook(context, response)
        if replaced is not None:
            response = _answering(request, replaced)
    return response


def _on_error(
    hooks: Hooks, context: HookContext, request: httpx.Request, error: APIError
) -> httpx.Response | None:
    for hook in hooks.on_error:
        replaced = hook(context, error)
        if replaced is not None:
            return _answering(request, replaced)
    return None


def run(
    hooks: Hooks,
    request: httpx.Request,
    receive: Callable[[httpx.Request], httpx.Response],
    finish: Callable[[httpx.Response], T],
) -> T:
    """A call with its hooks: `receive` sends the request (with retries), `finish` checks and parses."""
    context = HookContext(request.extensions.get(OPERATION_ID))
    request = _before(hooks, context, request)
    try:
        return finish(_after(hooks, context, request, receive(request)))
    except APIError as exc:
        replaced = _on_error(hooks, context, request, exc)
        if replaced is None:
            raise
    return finish(replaced)


async def run_async(
    hooks: Hooks,
    request: httpx.Request,
    receive: Callable[[httpx.Request], Awaitable[httpx.Response]],
    finish: Callable[[httpx.Response], T],
) -> T:
    """`run` for the async client (the hooks themselves are plain functions there too)."""
    context = HookContext(request.extensions.get(OPERATION_ID))
    request = _before(hooks, context, request)
    try:
        return finish(_after(hooks, context, request, await receive(request)))
    except APIError as exc:
        replaced = _on_error(hooks, context, request, exc)
        if replaced is None:
            raise
    return finish(replaced)
