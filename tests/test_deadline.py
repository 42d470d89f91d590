"""A call's deadline (whole call: attempts, retries, backoff waits, body download, to a file or not) against a live
server on 127.0.0.1 that trickles its body a byte at a time; the size limit as a running count, checked live and
counted for linear work."""

from __future__ import annotations

import asyncio
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from .conftest import SPECS, generate, import_fresh

INTERVAL = 0.2  # seconds between two bytes of a trickled body


@pytest.fixture(scope="module")
def ops(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("deadline_ops")
    generate(SPECS / "operations_basic.yaml", out, "deadline_ops_client")
    return import_fresh(out, "deadline_ops_client")


Reply = Callable[[http.server.BaseHTTPRequestHandler], None]


def trickle(size: int, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """Headers at once, then the body of `size` bytes one byte every INTERVAL seconds (each read is quick: only the
    whole body is slow)."""

    def reply(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/octet-stream")
        handler.send_header("Content-Length", str(size))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.flush()
        for _ in range(size):
            time.sleep(INTERVAL)
            handler.wfile.write(b"x")
            handler.wfile.flush()

    return reply


def stall(seconds: float) -> Reply:
    """Nothing for `seconds`, then an answer with an empty body (no piece of body on which to check the deadline)."""

    def reply(handler: http.server.BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        pieces(0)(handler)

    return reply


def pieces(size: int, piece: int = 997) -> Reply:
    """A body of `size` bytes sent at once, in writes of `piece` bytes."""

    def reply(handler: http.server.BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        for start in range(0, size, piece):
            handler.wfile.write(b"y" * min(piece, size - start))
        handler.wfile.flush()

    return reply


class Server:
    """A threading HTTP server answering each request with the next reply of `plan` (the last one repeats)."""

    def __init__(self) -> None:
        self.plan: list[Reply] = []
        self.seen: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # the name http.server calls
                server.seen.append(self.path)
                reply = server.plan[min(len(server.seen), len(server.plan)) - 1]
                try:
                    reply(self)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client gave up: what the deadline is for

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False  # a handler still trickling to a client that left is not waited for
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    try:
        yield running
    finally:
        running.close()


def call(ops: ModuleType, flavour: str, client_args: dict[str, Any], use: Callable[[Any], Any]) -> Any:
    """`use(client)` on a sync client, or awaited on an async one, with the same arguments."""
    if flavour == "sync":
        with ops.Client(**client_args) as client:
            return use(client)

    async def go() -> Any:
        async with ops.AsyncClient(**client_args) as client:
            return await use(client)

    return asyncio.run(go())


FLAVOURS = pytest.mark.parametrize("flavour", ["sync", "async"])


@FLAVOURS
def test_a_trickled_body_is_cut_at_the_deadline(ops: ModuleType, server: Server, flavour: str) -> None:
    # 40 bytes over 8 s, every read well within the 5 s read timeout: without a deadline the call succeeds.
    server.plan = [trickle(40)]
    args = {"base_url": server.url, "timeout": 5, "deadline": 1.0}
    with pytest.raises(ops.APITimeoutError, match="deadline of 1 s"):
        call(ops, flavour, args, lambda client: client.files.download_photo(id="1"))
    assert server.seen == ["/items/1/photo"]  # past the deadline, nothing is retried


@FLAVOURS
def test_a_silent_server_is_given_no_more_than_the_time_left(ops: ModuleType, server: Server, flavour: str) -> None:
    # The read timeout (10 s) would wait for the answer that comes after 4 s; the deadline caps every wait.
    server.plan = [stall(4)]
    args = {"base_url": server.url, "timeout": 10, "deadline": 1.0}
    with pytest.raises(ops.APITimeoutError, match="deadline of 1 s"):
        call(ops, flavour, args, lambda client: client.health.health())
    assert len(server.seen) == 1


@FLAVOURS
def test_a_trickled_download_to_a_file_is_cut_at_the_deadline(
    ops: ModuleType, server: Server, flavour: str, tmp_path: Path
) -> None:
    server.plan = [trickle(40)]
    target = tmp_path / "photo.png"
    args = {"base_url": server.url, "timeout": 5, "deadline": 1.0}
    with pytest.raises(ops.APITimeoutError, match="deadline"):
        call(ops, flavour, args, lambda client: client.files.download_photo(id="1", to_file=target))
    assert 0 < target.stat().st_size < 40


@FLAVOURS
def test_a_retry_does_not_reset_the_deadline(ops: ModuleType, server: Server, flavour: str) -> None:
    # Each attempt: a 503 (retried at once) whose 3-byte body takes 0.6 s. Ten retries of 0.6 s each would fit a
    # deadline that restarted with every attempt; the call's 1 s ends during the second attempt.
    server.plan = [trickle(3, status=503, headers={"Retry-After": "0"})]
    args = {"base_url": server.url, "timeout": 5, "deadline": 1.0, "max_retries": 10}
    with pytest.raises(ops.APITimeoutError, match="deadline"):
        call(ops, flavour, args, lambda client: client.files.download_photo(id="1"))
    assert len(server.seen) == 2


@FLAVOURS
def test_a_retry_whose_wait_would_pass_the_deadline_is_not_made(ops: ModuleType, server: Server, flavour: str) -> None:
    server.plan = [trickle(0, status=503, headers={"Retry-After": "5"})]
    args = {"base_url": server.url, "deadline": 2.0, "max_retries": 3}
    with pytest.raises(ops.InternalServerError):  # what the server said, at once, rather than a timeout later
        call(ops, flavour, args, lambda client: client.health.health())
    assert len(server.seen) == 1


@FLAVOURS
def test_the_default_deadline_is_five_read_timeouts(ops: ModuleType, server: Server, flavour: str) -> None:
    server.plan = [trickle(40)]
    args = {"base_url": server.url, "timeout": 0.5}
    with pytest.raises(ops.APITimeoutError, match=r"deadline of 2\.5 s"):
        call(ops, flavour, args, lambda client: client.files.download_photo(id="1"))


@FLAVOURS
def test_the_deadline_can_be_disabled_and_set_per_call(ops: ModuleType, server: Server, flavour: str) -> None:
    server.plan = [trickle(15)]  # 3 s, more than the 2.5 s the 0.5 s read timeout gives by default
    no_deadline = {"base_url": server.url, "timeout": 0.5, "deadline": None}
    assert call(ops, flavour, no_deadline, lambda client: client.files.download_photo(id="1")) == b"x" * 15
    with pytest.raises(ops.APITimeoutError, match="deadline of 1 s"):
        call(ops, flavour, no_deadline, lambda client: client.files.download_photo(id="1", deadline=1.0))
    server.plan = [trickle(6)]  # 1.2 s
    short = {"base_url": server.url, "timeout": 5, "deadline": 1.0}
    assert call(ops, flavour, short, lambda client: client.files.download_photo(id="1", deadline=None)) == b"x" * 6


@FLAVOURS
def test_the_raw_request_takes_a_deadline(ops: ModuleType, server: Server, flavour: str) -> None:
    server.plan = [trickle(40)]
    args = {"base_url": server.url, "timeout": 5}
    with pytest.raises(ops.APITimeoutError, match="deadline of 1 s"):
        call(ops, flavour, args, lambda client: client.request("GET", "/anything", deadline=1.0))


@FLAVOURS
def test_max_response_bytes_is_exact(ops: ModuleType, server: Server, flavour: str) -> None:
    limit = 10_000
    args = {"base_url": server.url, "max_response_bytes": limit}
    server.plan = [pieces(limit)]
    assert call(ops, flavour, args, lambda client: client.health.health()) == "y" * limit
    server.plan = [pieces(limit + 1)]
    with pytest.raises(ops.ResponseTooLargeError, match="max_response_bytes"):
        call(ops, flavour, args, lambda client: client.health.health())


class Counted(bytes):
    """A chunk that counts how often its length is asked for: the work of adding up the sizes."""

    calls = 0

    def __len__(self) -> int:
        Counted.calls += 1
        return super().__len__()


CHUNKS = 2000


class ManyChunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in CHUNKS one-byte pieces, handed on by httpx as they are."""

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(CHUNKS):
            yield Counted(b"z")

    async def __aiter__(self) -> Any:
        for _ in range(CHUNKS):
            yield Counted(b"z")


@FLAVOURS
def test_the_size_check_is_linear_in_the_number_of_chunks(ops: ModuleType, flavour: str) -> None:
    """The old check added up every chunk again on each new one: CHUNKS * (CHUNKS + 1) / 2 (two million) lengths.
    A running count asks each chunk's length a few times, wherever it is asked (httpx asks too)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/plain"}, stream=ManyChunks())

    transport = httpx.MockTransport(handler)
    http_client = httpx.Client(transport=transport) if flavour == "sync" else httpx.AsyncClient(transport=transport)
    Counted.calls = 0
    args = {"base_url": "http://api.test", "http_client": http_client, "max_response_bytes": 10 * CHUNKS}
    assert call(ops, flavour, args, lambda client: client.health.health()) == "z" * CHUNKS
    assert CHUNKS <= Counted.calls <= 10 * CHUNKS, Counted.calls
