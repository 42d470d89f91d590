"""Pages of list operations: iterating a page yields the items of every page, each page fetched when reached.

A paginated operation of `Client` returns a `SyncPage` (its first page, already fetched); one of `AsyncClient`
returns an `AsyncPager`: `await` it for the first `AsyncPage`, or `async for` over it for every item. Each next
request is the first one with only the paging parameter changed (or the URL of a `Link: rel="next"`), so
filters, the page size, `extra_headers`, `extra_query`, `timeout`, `deadline`, credentials and retries stay.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._serde import UNSET

if TYPE_CHECKING:
    from ._runtime import AsyncCore, BaseCore, SyncCore

ItemT = TypeVar("ItemT")
ResponseT = TypeVar("ResponseT")
Errors = Mapping[str, Callable[[Any, str, str], Any]]


class Paging:
    """How an operation pages, as the generator recognised it; paths are attribute names in the parsed response
    (`()` is the response itself)."""

    __slots__ = (
        "kind",
        "items",
        "param",
        "size_param",
        "next",
        "has_more",
        "total",
        "total_pages",
        "item_id",
        "before_param",
    )

    def __init__(
        self,
        kind: str,
        *,
        items: tuple[str, ...] = (),
        param: str = "",
        size_param: str = "",
        next: tuple[str, ...] = (),
        has_more: tuple[str, ...] = (),
        total: tuple[str, ...] = (),
        total_pages: tuple[str, ...] = (),
        item_id: str = "",
        before_param: str = "",
    ) -> None:
        self.kind = kind
        self.items = items
        self.param = param
        self.size_param = size_param
        self.next = next
        self.has_more = has_more
        self.total = total
        self.total_pages = total_pages
        self.item_id = item_id
        self.before_param = before_param


def _get(value: Any, path: tuple[str, ...]) -> Any:
    """The value at an attribute path; None when a step is missing, UNSET or None."""
    for name in path:
        value = getattr(value, name, None)
        if value is None or value is UNSET:
            return None
    return None if value is UNSET else value


def next_link(header: str) -> str | None:
    """The target of `rel="next"` in a `Link` header (RFC 8288), or None."""
    for part in _link_values(header):
        url, _, params = part.partition(">")
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if (
                name.strip().lower() == "rel"
                and "next" in value.strip().strip('"').lower().split()
            ):
                return url.strip().lstrip("<").strip()
    return None


def _link_values(header: str) -> Iterator[str]:
    """The comma-separated values of a Link header; commas inside `<...>` or quotes do not split."""
    start, depth, quoted = 0, 0, False
    for i, ch in enumerate(header):
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            depth += 1
        elif ch == ">" and not quoted:
            depth = max(depth - 1, 0)
        elif ch == "," and not quoted and depth == 0:
            yield header[start:i].strip()
            start = i + 1
    yield header[start:].strip()


def _as_int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


class _State:
    """What every page of one call shares: the client, the first request (as it was before it was sent), how to
    read the answer, and the size of the first page (the page size, when the call did not give one).
    """

    __slots__ = ("core", "request", "parse", "errors", "paging", "first_count")

    def __init__(
        self,
        core: BaseCore,
        request: httpx.Request,
        parse: Callable[[httpx.Response], Any],
        errors: Errors | None,
        paging: Paging,
    ) -> None:
        self.core = core
        self.request = _copy(request, request.url)
        self.parse = parse
        self.errors = errors
        self.paging = paging
        self.first_count: int | None = None

    def capture(self, response: httpx.Response) -> tuple[httpx.Headers, Any]:
        return response.headers, self.parse(response)


def _copy(
    request: httpx.Request,
    url: httpx.URL,
    drop: frozenset[str] | set[str] = frozenset(),
) -> httpx.Request:
    headers = httpx.Headers(request.headers)
    for name in ("Host", "Content-Length", *drop):
        headers.pop(name, None)
    try:
        content: bytes | None = request.content or None
    except httpx.RequestNotRead:  # pragma: no cover - streamed bodies are not paged
        content = None
    return httpx.Request(
        request.method,
        url,
        headers=headers,
        content=content,
        extensions=dict(request.extensions),
    )


def _with_params(state: _State, values: Mapping[str, str]) -> httpx.Request:
    url = state.request.url
    for name, value in values.items():
        url = url.copy_set_param(name, value)
    return _copy(state.request, url)


def _next_request(
    state: _State,
    request: httpx.Request,
    response: Any,
    items: list[Any],
    headers: httpx.Headers,
) -> httpx.Request | None:
    """The request of the page after this one, or None when this one is the last."""
    paging = state.paging
    more = _get(response, paging.has_more) if paging.has_more else None
    if paging.has_more and more is not True:
        return None
    if paging.kind == "link":
        return _link_request(state, request, response, headers)
    if not items:
        return None
    params = request.url.params
    if paging.kind == "token":
        token = _get(response, paging.next)
        if token is None or token == "" or str(token) == params.get(paging.param):
            return None
        return _with_params(state, {paging.param: str(token)})
    if paging.kind == "cursor":
        if paging.before_param and params.get(paging.before_param) is not None:
            first = getattr(items[0], paging.item_id, None)
            return (
                None
                if first is None
                else _with_params(state, {paging.before_param: str(first)})
            )
        last = getattr(items[-1], paging.item_id, None)
        return None if last is None else _with_params(state, {paging.param: str(last)})
    size = _as_int(params.get(paging.size_param)) if paging.size_param else None
    size = size or state.first_count or len(items)
    total = _get(response, paging.total) if paging.total else None
    if paging.kind == "offset":
        offset = _as_int(params.get(paging.param)) or 0
        if isinstance(total, (int, float)):
            if offset + len(items) >= total:
                return None
        elif more is None and len(items) < size:
            return None
        return _with_params(state, {paging.param: str(offset + len(items))})
    page = _as_int(params.get(paging.param))
    page = 1 if page is None else page
    pages = _get(response, paging.total_pages) if paging.total_pages else None
    if isinstance(pages, int):
        if page >= pages:
            return None
    elif isinstance(total, (int, float)):
        if page * size >= total:
            return None
    elif more is None and len(items) < size:
        return None
    return _with_params(state, {paging.param: str(page + 1)})


def _link_request(
    state: _State, request: httpx.Request, response: Any, headers: httpx.Headers
) -> httpx.Request | None:
    paging = state.paging
    target = _get(response, paging.next) if paging.next else None
    if target is None and not paging.next:
        target = next_link(headers.get("Link", ""))
    if not isinstance(target, str) or not target:
        return None
    url = request.url.join(target)
    if url == request.url:
        return None
    first = state.request.url
    if (url.scheme, url.host, url.port) != (first.scheme, first.host, first.port):
        # Another origin: no credentials go there (as with redirects), nor the first call's parameters.
        return _copy(state.request, url, state.core._credential_headers())
    # What the link leaves out (an API key in the query, a filter) is added back.
    for name, value in first.params.multi_items():
        if name not in url.params:
            url = url.copy_add_param(name, value)
    return _copy(state.request, url)


class _Page(Generic[ItemT, ResponseT]):
    """One page: `response` is its parsed answer, `items` its items."""

    response: ResponseT
    items: list[ItemT]

    def __init__(self) -> None:
        raise TypeError("pages are returned by list operations")

    def _loaded(
        self,
        state: _State,
        request: httpx.Request,
        headers: httpx.Headers,
        response: ResponseT,
    ) -> None:
        self._state = state
        self._request = request
        self._headers = headers
        self.response = response
        found = (
            response if not state.paging.items else _get(response, state.paging.items)
        )
        self.items = list(found) if isinstance(found, list) else []
        if state.first_count is None:
            state.first_count = len(self.items)
        self._next: httpx.Request | None | bool = False  # False: not decided yet

    def next_page_request(self) -> httpx.Request | None:
        """The request that would fetch the next page, or None on the last page."""
        if self._next is False:
            self._next = _next_request(
                self._state, self._request, self.response, self.items, self._headers
            )
        return self._next if isinstance(self._next, httpx.Request) else None

    def has_next_page(self) -> bool:
        return self.next_page_request() is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {len(self.items)} items, has_next_page={self.has_next_page()}>"


class SyncPage(_Page[ItemT, ResponseT]):
    """A page of a list operation of `Client`. `for item in page` yields the items of this page and of every page
    after it, fetching each when the loop reaches it; `page.iter_pages()` yields the pages.
    """

    def __init__(
        self,
        core: SyncCore,
        request: httpx.Request,
        parse: Callable[[httpx.Response], ResponseT],
        errors: Errors | None,
        paging: Paging,
    ) -> None:
        state = _State(core, request, parse, errors, paging)
        self._fetch(state, state.request)

    def _fetch(self, state: _State, request: httpx.Request) -> None:
        core: SyncCore = state.core  # type: ignore[assignment]
        headers, response = core.send(
            _copy(request, request.url), state.capture, state.errors
        )
        self._loaded(state, request, headers, response)

    def get_next_page(self) -> SyncPage[ItemT, ResponseT]:
        """Fetch the next page; raises LookupError on the last page (see `has_next_page()`)."""
        request = self.next_page_request()
        if request is None:
            raise LookupError("this is the last page")
        page: SyncPage[ItemT, ResponseT] = object.__new__(type(self))
        page._fetch(self._state, request)
        return page

    def iter_pages(self) -> Iterator[SyncPage[ItemT, ResponseT]]:
        """This page, then each next page, fetched when the iteration reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[ItemT, ResponseT]):
    """A page of a list operation of `AsyncClient`. `async for item in page` yields the items of this page and of
    every page after it, fetching each when the loop reaches it; `page.iter_pages()` yields the pages.
    """

    async def _fetch(self, state: _State, request: httpx.Request) -> None:
        core: AsyncCore = state.core  # type: ignore[assignment]
        headers, response = await core.send(
            _copy(request, request.url), state.capture, state.errors
        )
        self._loaded(state, request, headers, response)

    async def get_next_page(self) -> AsyncPage[ItemT, ResponseT]:
        """Fetch the next page; raises LookupError on the last page (see `has_next_page()`)."""
        request = self.next_page_request()
        if request is None:
            raise LookupError("this is the last page")
        page: AsyncPage[ItemT, ResponseT] = object.__new__(type(self))
        await page._fetch(self._state, request)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, ResponseT]]:
        """This page, then each next page, fetched when the iteration reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[ItemT, ResponseT]):
    """What a list operation of `AsyncClient` returns, before anything is sent: `await` it for the first page
    (an `AsyncPage`), `async for item in ...` for the items of every page, or `.iter_pages()` for the pages.
    """

    def __init__(
        self,
        core: AsyncCore,
        request: httpx.Request,
        parse: Callable[[httpx.Response], ResponseT],
        errors: Errors | None,
        paging: Paging,
    ) -> None:
        self._state = _State(core, request, parse, errors, paging)

    async def _first(self) -> AsyncPage[ItemT, ResponseT]:
        page: AsyncPage[ItemT, ResponseT] = object.__new__(AsyncPage)
        await page._fetch(self._state, self._state.request)
        return page

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT, ResponseT]]:
        return self._first().__await__()

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT, ResponseT]]:
        async for page in (await self._first()).iter_pages():
            yield page

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item
