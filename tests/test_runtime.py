"""The client runtime: raw responses, media type choice, OAuth2, basic auth, retries, timeouts, servers, surface,
the httpx client built on the first request."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import inspect
import json
import socket
import threading
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import SPECS, generate, import_fresh


@pytest.fixture(scope="module")
def ops(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("runtime_ops")
    generate(SPECS / "operations_basic.yaml", out, "runtime_ops_client")
    return import_fresh(out, "runtime_ops_client")


ITEM = {"id": "1", "name": "pen"}


def test_raw_response_beside_the_parsed_value(ops: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/items/1").respond_with_json(ITEM, headers={"ETag": '"v1"'})
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        with client.raw_response() as raw:
            item = client.items.get_item(id_path="1")
        assert item.name == "pen"
        assert raw.status_code == 200 and raw.headers["etag"] == '"v1"' and json.loads(raw.content) == ITEM

    async def go() -> None:
        async with ops.AsyncClient(base_url=httpserver.url_for("/")) as client:
            with client.raw_response() as raw:
                await client.items.get_item(id_path="1")
            assert raw.status_code == 200

    asyncio.run(go())


@pytest.mark.parametrize(
    ("content_type", "body", "expected_type", "expected_body"),
    [
        ("application/json", {"text": "hi"}, "application/json", b'{"text":"hi"}'),
        ("application/x-www-form-urlencoded", {"text": "hi there"}, "application/x-www-form-urlencoded", b"text=hi+there"),
        ("text/plain", "just text", "text/plain", b"just text"),
    ],
)
def test_caller_chooses_among_request_media_types(
    ops: ModuleType, httpserver: HTTPServer, content_type: str, body: Any, expected_type: str, expected_body: bytes
) -> None:
    httpserver.expect_request("/notes", method="POST").respond_with_data("", status=204)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        client.files.add_note(body=body, content_type=content_type)
    (request, _), = httpserver.log
    assert request.mimetype == expected_type and request.get_data() == expected_body


def test_basic_auth(ops: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/items/1").respond_with_json(ITEM)
    with ops.Client(base_url=httpserver.url_for("/"), basic=("user", "p:ss")) as client:
        client.items.get_item(id_path="1")
    (request, _), = httpserver.log
    assert request.authorization.username == "user" and request.authorization.password == "p:ss"


def test_server_variables_give_the_default_base_url(ops: ModuleType) -> None:
    assert ops.Client().base_url == "https://eu.ops.example.com/v2"


def test_oauth2_client_credentials_fetch_reuse_and_refresh(ei: ModuleType, httpserver: HTTPServer) -> None:
    tokens = iter(["tok-1", "tok-2"])
    lifetimes = iter([3600, 0])

    def token(request: Request) -> Response:
        assert request.form["grant_type"] == "client_credentials" and request.form["client_secret"] == "s3cret"
        assert request.form["scope"] == "openid email"
        return Response(json.dumps({"access_token": next(tokens), "expires_in": next(lifetimes)}), content_type="application/json")

    httpserver.expect_request("/v1/oauth/token", method="POST").respond_with_handler(token)
    httpserver.expect_request("/v1/api/user/subscription/metrics").respond_with_json({"success": True})
    credentials = ei.OAuth2ClientCredentials("cid", "s3cret", scopes=("openid", "email"))
    assert "s3cret" not in repr(credentials)
    with ei.Client(base_url=httpserver.url_for("/v1"), oauth2=credentials) as client:
        client.user.user_get_subscription_metrics()
        client.user.user_get_subscription_metrics()
    calls = [(r.path, r.headers.get("Authorization")) for r, _ in httpserver.log]
    assert calls == [
        ("/v1/oauth/token", None),
        ("/v1/api/user/subscription/metrics", "Bearer tok-1"),
        ("/v1/api/user/subscription/metrics", "Bearer tok-1"),
    ]
    httpserver.clear_log()
    with ei.Client(base_url=httpserver.url_for("/v1"), oauth2=credentials) as client:
        client.user.user_get_subscription_metrics()  # gets tok-2, which expires at once
    assert [r.path for r, _ in httpserver.log] == ["/v1/oauth/token", "/v1/api/user/subscription/metrics"]


def _flaky(statuses: list[int], headers: dict[str, str] | None = None) -> tuple[list[float], Any]:
    seen: list[float] = []

    def handler(request: Request) -> Response:
        seen.append(time.monotonic())
        status = statuses[min(len(seen) - 1, len(statuses) - 1)]
        body = json.dumps(ITEM if status < 400 else {"error": "busy"})
        return Response(body, status=status, headers=headers or {}, content_type="application/json")

    return seen, handler


def test_retry_after_as_http_date_is_honoured(ops: ModuleType, httpserver: HTTPServer) -> None:
    due = int(time.time()) + 3  # the date is in whole seconds: 2 to 3 s from now
    seen, handler = _flaky([429, 200], {"Retry-After": email.utils.formatdate(due, usegmt=True)})
    clock: list[float] = []  # the wall clock at each request, beside the monotonic one

    def timed(request: Request) -> Response:
        clock.append(time.time())
        return handler(request)

    httpserver.expect_request("/items/1").respond_with_handler(timed)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert client.items.get_item(id_path="1").name == "pen"
    # The retry waits for the date (the backoff without a usable header would wait at most 0.5 s), and not longer
    # than needed; measured from the first request, however late a loaded machine made it.
    assert len(seen) == 2
    assert due - clock[0] - 0.2 <= seen[1] - seen[0] <= due - clock[0] + 1.0


def test_retries_stop_at_the_maximum(ops: ModuleType, httpserver: HTTPServer) -> None:
    seen, handler = _flaky([503], {"Retry-After": "0"})
    httpserver.expect_request("/items/1").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/"), max_retries=2) as client, pytest.raises(ops.InternalServerError):
        client.items.get_item(id_path="1")
    assert len(seen) == 3


def test_post_is_retried_only_when_the_caller_opts_in(ops: ModuleType, httpserver: HTTPServer) -> None:
    seen, handler = _flaky([503, 503, 201], {"Retry-After": "0"})
    httpserver.expect_request("/items", method="POST").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        with pytest.raises(ops.InternalServerError):
            client.items.create_item(body={"name": "n"})
        assert len(seen) == 1
        item = client.items.create_item(body={"name": "n"}, extra_headers={"Idempotency-Key": "k-1"})
    assert item.name == "pen" and len(seen) == 3


def test_connection_errors_are_typed(ops: ModuleType) -> None:
    with (
        ops.Client(base_url="http://127.0.0.1:9", max_retries=1) as client,
        pytest.raises(ops.APIConnectionError) as caught,
    ):
        client.health.health()
    assert not isinstance(caught.value, ops.APITimeoutError)


def test_per_call_timeout_overrides_the_client_one(ops: ModuleType, httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1)
        return Response("ok", content_type="text/plain")

    httpserver.expect_request("/health").respond_with_handler(slow)
    with ops.Client(base_url=httpserver.url_for("/"), timeout=10, max_retries=0) as client:
        with pytest.raises(ops.APITimeoutError):
            client.health.health(timeout=0.2)
        assert client.health.health() == "ok"


def test_async_client_has_exactly_the_same_surface(ei: ModuleType, ops: ModuleType) -> None:
    for pkg in (ei, ops):
        sync_client, async_client = pkg.Client(base_url="http://x"), pkg.AsyncClient(base_url="http://x")
        groups = sorted(n for n, v in vars(type(sync_client)).items() if hasattr(v, "func"))
        assert len(groups) >= 3, groups  # both specs have several groups
        assert groups == sorted(n for n, v in vars(type(async_client)).items() if hasattr(v, "func"))
        assert inspect.signature(pkg.Client) == inspect.signature(pkg.AsyncClient) or str(
            inspect.signature(pkg.Client)
        ).replace("httpx.Client", "") == str(inspect.signature(pkg.AsyncClient)).replace("httpx.AsyncClient", "")
        for group in groups:
            sync_group, async_group = getattr(sync_client, group), getattr(async_client, group)
            names = sorted(n for n in dir(sync_group) if not n.startswith("_"))
            assert names, f"the group {group} has no methods"
            assert names == sorted(n for n in dir(async_group) if not n.startswith("_"))
            for name in names:
                sync_signature = inspect.signature(getattr(sync_group, name))
                async_signature = inspect.signature(getattr(async_group, name))
                returns = str(sync_signature.return_annotation)
                if returns.startswith("pg.SyncPage["):
                    # A paginated list: a plain method whose AsyncPager is awaited or iterated with `async for`.
                    assert not inspect.iscoroutinefunction(getattr(async_group, name))
                    assert async_signature.return_annotation == returns.replace("pg.SyncPage[", "pg.AsyncPager[", 1)
                    assert sync_signature.replace(return_annotation="") == async_signature.replace(return_annotation="")
                else:
                    assert inspect.iscoroutinefunction(getattr(async_group, name))
                    assert sync_signature == async_signature


# -- the client's own httpx client: built on the first request, once, and never again after close()


def _count_builds(monkeypatch: pytest.MonkeyPatch, cls: type[Any], delay: float = 0.0) -> list[Any]:
    """The instances of the httpx client class `cls` built from now on in this test (each after `delay` seconds)."""
    built: list[Any] = []
    original = cls.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        time.sleep(delay)
        original(self, *args, **kwargs)
        built.append(self)

    monkeypatch.setattr(cls, "__init__", init)
    return built


def test_client_builds_its_httpx_client_on_the_first_request(
    ops: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _count_builds(monkeypatch, httpx.Client)
    httpserver.expect_request("/items/1").respond_with_json(ITEM)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert built == []
        assert client.items.get_item(id_path="1").name == "pen"
        assert client.items.get_item(id_path="1").name == "pen"
        assert len(built) == 1 and not built[0].is_closed
    assert built[0].is_closed and len(httpserver.log) == 2


def test_concurrent_first_requests_share_one_httpx_client(
    ops: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads = 8
    built = _count_builds(monkeypatch, httpx.Client, delay=0.2)  # the others arrive while the first one builds
    httpserver.expect_request("/items/1").respond_with_json(ITEM)
    start = threading.Barrier(threads)
    names: list[str] = []
    errors: list[BaseException] = []

    def first_request(client: Any) -> None:
        start.wait()
        try:
            names.append(client.items.get_item(id_path="1").name)
        except BaseException as error:  # noqa: BLE001 (whatever the thread met, the test reports)
            errors.append(error)

    with ops.Client(base_url=httpserver.url_for("/"), max_retries=0) as client:
        workers = [threading.Thread(target=first_request, args=(client,)) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    assert errors == [] and names == ["pen"] * threads
    assert len(built) == 1 and built[0].is_closed


def test_closed_client_refuses_requests_and_close_builds_nothing(
    ops: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _count_builds(monkeypatch, httpx.Client)
    httpserver.expect_request("/items/1").respond_with_json(ITEM)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        pass
    client.close()  # twice is fine
    assert built == []
    with pytest.raises(RuntimeError, match="client has been closed"):
        client.items.get_item(id_path="1")
    assert built == [] and httpserver.log == []

    with ops.Client(base_url=httpserver.url_for("/")) as client:
        client.items.get_item(id_path="1")
    with pytest.raises(RuntimeError, match="client has been closed"):
        client.items.get_item(id_path="1")
    assert len(built) == 1 and built[0].is_closed and len(httpserver.log) == 1


def test_async_client_builds_its_httpx_client_once_on_the_first_request(
    ops: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _count_builds(monkeypatch, httpx.AsyncClient)
    httpserver.expect_request("/items/1").respond_with_json(ITEM)

    async def go() -> None:
        async with ops.AsyncClient(base_url=httpserver.url_for("/")) as client:
            pass
        await client.close()
        assert built == []
        with pytest.raises(RuntimeError, match="client has been closed"):
            await client.items.get_item(id_path="1")
        assert built == []

        async with ops.AsyncClient(base_url=httpserver.url_for("/")) as client:
            assert built == []
            items = await asyncio.gather(*(client.items.get_item(id_path="1") for _ in range(4)))
            assert [item.name for item in items] == ["pen"] * 4
            assert len(built) == 1 and not built[0].is_closed
        assert built[0].is_closed
        with pytest.raises(RuntimeError, match="client has been closed"):
            await client.items.get_item(id_path="1")

    asyncio.run(go())
    assert len(built) == 1 and len(httpserver.log) == 4


def test_a_supplied_http_client_is_used_and_left_open(
    ops: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/items/1").respond_with_json(ITEM)
    seen: list[httpx.Request] = []
    with httpx.Client(event_hooks={"request": [seen.append]}) as http:
        built = _count_builds(monkeypatch, httpx.Client)
        with ops.Client(base_url=httpserver.url_for("/"), http_client=http) as client:
            assert client.items.get_item(id_path="1").name == "pen"
        assert not http.is_closed and len(seen) == 1 and built == []
        assert http.get(httpserver.url_for("/items/1")).status_code == 200

    async def go() -> None:
        async def hook(request: httpx.Request) -> None:
            seen.append(request)

        async with httpx.AsyncClient(event_hooks={"request": [hook]}) as http:
            async with ops.AsyncClient(base_url=httpserver.url_for("/"), http_client=http) as client:
                assert (await client.items.get_item(id_path="1")).name == "pen"
            assert not http.is_closed and len(seen) == 3
            assert (await http.get(httpserver.url_for("/items/1"))).status_code == 200

    asyncio.run(go())


# -- retries: which failures are retried, how often by default, and how long the client waits


class _DroppingServer:
    """A TCP server on 127.0.0.1 that closes the first `drops` connections without a word (a connection error for
    the client), then answers each request on a connection with 200 and ITEM."""

    def __init__(self, drops: int) -> None:
        self.drops = drops
        self.connections = 0
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        body = json.dumps(ITEM).encode()
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)
        answer = head + body
        while not self.stopped.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.connections += 1
            with conn:
                if self.connections > self.drops:
                    conn.settimeout(2)
                    if b"\r\n\r\n" in conn.recv(65536):
                        conn.sendall(answer)


@contextlib.contextmanager
def _dropping_server(drops: int) -> Iterator[_DroppingServer]:
    server = _DroppingServer(drops)
    server.thread.start()
    try:
        yield server
    finally:
        server.stopped.set()
        server.thread.join(5)
        server.server.close()


def test_connection_errors_are_retried_twice_by_default(ops: ModuleType) -> None:
    with _dropping_server(drops=2) as server:
        with ops.Client(base_url=f"http://127.0.0.1:{server.port}") as client:
            assert client.items.get_item(id_path="1").name == "pen"
        assert server.connections == 3
    with _dropping_server(drops=100) as server:
        with ops.Client(base_url=f"http://127.0.0.1:{server.port}") as client, pytest.raises(ops.APIConnectionError):
            client.items.get_item(id_path="1")
        assert server.connections == 3  # the first try and max_retries=2, the default


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_these_statuses_are_retried(ops: ModuleType, httpserver: HTTPServer, status: int) -> None:
    seen, handler = _flaky([status, 200], {"Retry-After": "0"})
    httpserver.expect_request("/items/1").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert client.items.get_item(id_path="1").name == "pen"
    assert len(seen) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_statuses_are_not_retried(ops: ModuleType, httpserver: HTTPServer, status: int) -> None:
    seen, handler = _flaky([status, 200], {"Retry-After": "0"})
    httpserver.expect_request("/items/1").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/")) as client, pytest.raises(ops.APIStatusError):
        client.items.get_item(id_path="1")
    assert len(seen) == 1


def test_retry_after_ms_comes_before_retry_after(ops: ModuleType, httpserver: HTTPServer) -> None:
    seen, handler = _flaky([503, 200], {"retry-after-ms": "700", "Retry-After": "0"})
    httpserver.expect_request("/items/1").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert client.items.get_item(id_path="1").name == "pen"
    # Retry-After alone would retry at once, the backoff after at most 0.5 s
    assert len(seen) == 2 and 0.7 <= seen[1] - seen[0] <= 1.5


def test_backoff_doubles_within_its_jitter(ops: ModuleType, httpserver: HTTPServer) -> None:
    """Without a usable header: 0.5 s, then 1 s, each shortened by up to a quarter at random."""
    seen, handler = _flaky([503, 503, 200])
    httpserver.expect_request("/items/1").respond_with_handler(handler)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert client.items.get_item(id_path="1").name == "pen"
    assert len(seen) == 3
    first, second = seen[1] - seen[0], seen[2] - seen[1]
    assert 0.375 <= first <= 0.5 + 0.3 and 0.75 <= second <= 1.0 + 0.3, (first, second)


def test_backoff_delays_spread_over_their_jitter_and_stop_growing(ops: ModuleType) -> None:
    """The delays themselves (no server needed): uniform over [0.75, 1] of 0.5 s * 2**attempt, at most 8 s."""
    delay = ops._runtime.BaseCore._retry_delay
    for attempt, base in [(0, 0.5), (1, 1.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        delays = [delay(None, attempt) for _ in range(300)]
        assert all(0.75 * base <= d <= base for d in delays), (attempt, min(delays), max(delays))
        assert max(delays) - min(delays) > 0.2 * base  # spread, not a fixed fraction


def test_the_default_max_retries_and_max_response_bytes(ops: ModuleType) -> None:
    for cls in (ops.Client, ops.AsyncClient):
        client = cls()
        assert client.max_retries == 2 and client.max_response_bytes == 256 * 1024 * 1024


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
    ],
)
def test_status_errors_are_typed(ops: ModuleType, httpserver: HTTPServer, status: int, name: str) -> None:
    """The classes README.md names, each with the answer's status, headers, content and parsed body."""
    httpserver.expect_request("/items/1").respond_with_json(
        {"error": "no luck", "code": status}, status=status, headers={"X-Request-Id": "r-1"}
    )
    with (
        ops.Client(base_url=httpserver.url_for("/"), max_retries=0) as client,
        pytest.raises(ops.APIStatusError) as caught,
    ):
        client.items.get_item(id_path="1")
    error = caught.value
    assert type(error) is getattr(ops, name) and type(error).__name__ == name
    assert error.status_code == status and error.headers["X-Request-Id"] == "r-1"
    assert json.loads(error.content) == {"error": "no luck", "code": status}
    assert str(error).startswith(f"GET /items/1 returned {status} ")
    if status == 404:  # the spec declares its body: a Problem (whose unknown fields are kept)
        assert type(error.body) is ops.models.Problem
        assert error.body.additional_properties == {"error": "no luck", "code": 404}
    else:
        assert error.body == {"error": "no luck", "code": status} and str(error).endswith(": no luck")
