"""Server-sent events, live: the feature spec tests/specs/streaming/events.yaml against a streaming server on
127.0.0.1, with the sync and the async client.

The server is a small threaded HTTP/1.1 server that writes its answer in chunks, with pauses, as the test scripts
it: so a test can see that events arrive while the server is still sending, that a server that goes silent or a
connection that breaks mid-stream ends in a clear error (not a hang), and that leaving a stream early closes the
connection. Expectations come from the bytes the test has the server send and from what the server received.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from clientgen.diff import diff
from clientgen.pipeline import load_api
from clientgen.surface import surface

from .conftest import SPECS, generate, import_fresh

PACKAGE = "sse_live_client"


@dataclass
class Script:
    """What the server answers: a status, headers, then chunks (each after a pause), then how it ends."""

    chunks: list[tuple[float, bytes]] = field(default_factory=list)
    status: int = 200
    content_type: str = "text/event-stream"
    head_delay: float = 0.0  # seconds before the status line
    end: str = "clean"  # "clean": the last chunk; "drop": the connection closes without it


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Callable[[Received], Script]] = {}
        self.received: list[Received] = []
        self.disconnected = threading.Event()  # a write failed: the client closed the connection

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-answer is what some tests do

    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = self.path.split("?")[0]
        received = Received(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        self.server.received.append(received)
        script = self.server.routes[path](received)
        time.sleep(script.head_delay)
        try:
            self.send_response(script.status)
            self.send_header("Content-Type", script.content_type)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            self.wfile.flush()
            for delay, data in script.chunks:
                time.sleep(delay)
                self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
                self.wfile.flush()
            if script.end == "drop":
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.server.disconnected.set()
            self.close_connection = True


@pytest.fixture(scope="module")
def server() -> Any:
    srv = _Server()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture(autouse=True)
def _fresh(server: _Server) -> None:
    server.routes.clear()
    server.received.clear()
    server.disconnected.clear()


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sse_live")
    generate(SPECS / "streaming" / "events.yaml", out, PACKAGE)
    return out


@pytest.fixture(scope="module")
def pkg(out_dir: Path) -> ModuleType:
    return import_fresh(out_dir, PACKAGE)


@dataclass
class Outcome:
    flavour: str
    items: list[Any]
    times: list[float]  # seconds from the call to each item
    error: Exception | None
    elapsed: float
    stream: Any


def _both(pkg: ModuleType, server: _Server, call: Callable[[Any], Any], **client_kwargs: Any) -> list[Outcome]:
    """Make the call with the sync and with the async client, iterate the stream it returns inside a with
    block, and say what came, when, and how it ended."""
    client_kwargs.setdefault("max_retries", 0)
    outcomes = []
    with pkg.Client(base_url=server.url(), **client_kwargs) as client:
        items: list[Any] = []
        times: list[float] = []
        error: Exception | None = None
        stream = None
        start = time.monotonic()
        try:
            with call(client) as stream:
                for item in stream:
                    items.append(item)
                    times.append(time.monotonic() - start)
        except Exception as exc:
            error = exc
        outcomes.append(Outcome("sync", items, times, error, time.monotonic() - start, stream))

    async def run_async() -> Outcome:
        async with pkg.AsyncClient(base_url=server.url(), **client_kwargs) as client:
            items: list[Any] = []
            times: list[float] = []
            error: Exception | None = None
            stream = None
            start = time.monotonic()
            try:
                async with await call(client) as stream:
                    async for item in stream:
                        items.append(item)
                        times.append(time.monotonic() - start)
            except Exception as exc:
                error = exc
            return Outcome("async", items, times, error, time.monotonic() - start, stream)

    outcomes.append(asyncio.run(run_async()))
    return outcomes


def _tick(n: int, **extra: Any) -> bytes:
    return f"data: {json.dumps({'n': n, **extra})}\n\n".encode()


# ---------------------------------------------------------------- events as they come


def test_events_arrive_while_the_server_is_still_sending(pkg: ModuleType, server: _Server) -> None:
    # Tick 1 at once, tick 2 after 0.6 s, tick 3 after 0.6 s more: with a buffering client, all three would come
    # together after 1.2 s. The events also come cut at awkward places: inside the JSON, between CR and LF.
    server.routes["/ticks"] = lambda r: Script(
        [
            (0.0, b": connected\n\nretry: 2500\nid: 1\nevent: tick\nda"),
            (0.0, b'ta: {"n": 1, "la'),
            (0.0, b'bel": "one"}\r'),
            (0.0, b"\n\r\n"),
            (0.6, b'id: 2\ndata: {"n":\ndata: 2}\n\n'),
            (0.6, b'id: 3\ndata: {"n": 3}'),  # the last event lacks its blank line: the body still ends cleanly
        ]
    )
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(count=3)):
        assert outcome.error is None, outcome.flavour
        assert [type(t).__name__ for t in outcome.items] == ["Tick"] * 3
        assert [(t.n, t.label) for t in outcome.items] == [(1, "one"), (2, pkg.UNSET), (3, pkg.UNSET)]
        assert outcome.times[0] < 0.4, outcome  # the first came before the server sent the second
        assert outcome.times[1] >= 0.55 and outcome.times[2] >= 1.1, outcome
        last = outcome.stream.last_event
        assert (last.event, last.id, last.retry, last.data) == ("message", "3", None, '{"n": 3}')
        assert outcome.stream.last_event_id == "3" and outcome.stream.retry == 2500
    for received in server.received:
        assert received.path == "/ticks?count=3"
        assert received.headers["accept"] == "text/event-stream"


def test_events_without_a_data_schema_are_given_as_they_came(pkg: ModuleType, server: _Server) -> None:
    server.routes["/log"] = lambda r: Script([(0.0, b"event: line\ndata: starting\n\n: keep-alive\n\n"),
                                              (0.1, b"data: [DONE]\ndata: not the end\n\n")])
    for outcome in _both(pkg, server, lambda c: c.ticks.follow_log()):
        assert outcome.error is None
        assert outcome.items == [pkg.ServerSentEvent("starting", "line"), pkg.ServerSentEvent("[DONE]\nnot the end")]


def test_done_ends_a_stream_of_json_events(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, _tick(1) + b"data: [DONE]\n\n" + _tick(2))])
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks()):
        assert outcome.error is None
        assert [t.n for t in outcome.items] == [1]
        assert outcome.stream.response.is_closed


def test_events_method_gives_the_raw_events(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, b"id: a\n" + _tick(1) + b"data: [DONE]\n\n")])
    with pkg.Client(base_url=server.url(), max_retries=0) as client:
        with client.ticks.stream_ticks() as stream:
            events = list(stream.events())
    assert events == [pkg.ServerSentEvent('{"n": 1}', id="a"), pkg.ServerSentEvent("[DONE]", id="a")]
    assert events[0].json() == {"n": 1}


# ---------------------------------------------------------------- when things go wrong


def test_a_connection_that_drops_mid_stream_raises_a_connection_error(pkg: ModuleType, server: _Server) -> None:
    # Two events, half of a third, then the server closes the connection without the chunked body's end.
    server.routes["/ticks"] = lambda r: Script(
        [(0.0, b"id: 1\n" + _tick(1)), (0.1, b"id: 2\n" + _tick(2)), (0.1, b'id: 3\ndata: {"n": 3')], end="drop"
    )
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks()):
        assert [t.n for t in outcome.items] == [1, 2], outcome.flavour  # the half event is not given
        assert isinstance(outcome.error, pkg.APIConnectionError)
        assert not isinstance(outcome.error, pkg.APITimeoutError)
        message = str(outcome.error)
        assert "the connection was lost in the middle of the event stream, after 2 events" in message
        assert "(last event id '2')" in message and "/ticks" in message
        assert outcome.stream.last_event_id == "2"  # what a caller needs to resume
        assert outcome.elapsed < 2, outcome


def test_a_server_that_goes_silent_raises_a_timeout(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, _tick(1)), (3.0, _tick(2))])
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(), timeout=0.5):
        assert [t.n for t in outcome.items] == [1]
        assert isinstance(outcome.error, pkg.APITimeoutError)
        assert "sent nothing for 0.5 s (the read timeout), after 1 event" in str(outcome.error)
        assert outcome.elapsed < 2.0, outcome


def test_the_deadline_bounds_the_start_not_the_stream(pkg: ModuleType, server: _Server) -> None:
    # Three events 0.7 s apart take 2.1 s, past the 0.5 s deadline, each wait longer than it: all of them arrive
    # (each wait is bounded by the read timeout, 60 s, again once the stream has started).
    server.routes["/ticks"] = lambda r: Script([(0.7, _tick(n)) for n in range(3)])
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(deadline=0.5)):
        assert outcome.error is None and [t.n for t in outcome.items] == [0, 1, 2]
        assert outcome.elapsed >= 2.0
    # A server that does not start the stream within the deadline: the call raises it.
    server.routes["/ticks"] = lambda r: Script([(0.0, _tick(1))], head_delay=1.5)
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(deadline=0.5)):
        assert isinstance(outcome.error, pkg.APITimeoutError) and outcome.items == []
        assert outcome.elapsed < 1.4


def test_leaving_the_with_block_early_closes_the_connection(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.02, _tick(n)) for n in range(500)])
    with pkg.Client(base_url=server.url(), max_retries=0) as client:
        with client.ticks.stream_ticks() as stream:
            first = [t.n for _, t in zip(range(2), stream)]
        assert first == [0, 1] and stream.response.is_closed
        assert server.disconnected.wait(3), "the server kept writing to an open connection"
    server.disconnected.clear()

    async def go() -> list[int]:
        async with pkg.AsyncClient(base_url=server.url(), max_retries=0) as client:
            async with await client.ticks.stream_ticks() as stream:
                got = []
                async for tick in stream:
                    got.append(tick.n)
                    if len(got) == 2:
                        break
            return got

    assert asyncio.run(go()) == [0, 1]
    assert server.disconnected.wait(3)


def test_an_error_status_raises_before_any_stream(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, b'{"message": "no such feed"}')], 404, "application/json")
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks()):
        assert isinstance(outcome.error, pkg.NotFoundError), outcome
        assert outcome.error.body.message == "no such feed" and outcome.stream is None


def test_retries_apply_until_the_stream_starts(pkg: ModuleType, server: _Server) -> None:
    answers = iter([Script([(0.0, b"{}")], 503, "application/json"), Script([(0.0, _tick(7))])] * 2)
    server.routes["/ticks"] = lambda r: next(answers)
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(), max_retries=1):
        assert outcome.error is None and [t.n for t in outcome.items] == [7]
    assert len(server.received) == 4


def test_an_answer_that_is_not_an_event_stream_is_refused(pkg: ModuleType, server: _Server) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, b'{"n": 1}')], 200, "application/json")
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks()):
        assert isinstance(outcome.error, pkg.APIResponseValidationError)
        assert "expected an event stream (text/event-stream), got application/json" in str(outcome.error)


def test_event_data_that_does_not_match_the_schema(pkg: ModuleType, server: _Server, caplog: Any) -> None:
    server.routes["/ticks"] = lambda r: Script([(0.0, _tick(1) + b'data: {"n": "two"}\n\ndata: oops\n\n' + _tick(3))])
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks()):
        assert [t.n for t in outcome.items] == [1]
        assert isinstance(outcome.error, pkg.APIResponseValidationError)
        assert "the data of event 2 ('message': '{\"n\": \"two\"}') does not match" in str(outcome.error)
        assert "n: expected an integer" in str(outcome.error)
    # Lenient clients give such events as they came (with a warning) and go on.
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(), lenient_responses=True):
        assert outcome.error is None
        assert [type(x).__name__ for x in outcome.items] == ["Tick", "Tick", "ServerSentEvent", "Tick"]
        assert outcome.items[1].n == "two"  # lenient reading keeps the wrong value
        assert outcome.items[2].data == "oops"
    assert "event 3 (message) is not JSON; it is given as it came" in caplog.text


def test_an_event_larger_than_max_response_bytes(pkg: ModuleType, server: _Server) -> None:
    big = json.dumps({"n": 1, "label": "x" * 500}).encode()
    server.routes["/ticks"] = lambda r: Script([(0.0, _tick(0)), (0.0, b"data: " + big[:300]), (0.0, big[300:])])
    for outcome in _both(pkg, server, lambda c: c.ticks.stream_ticks(), max_response_bytes=200):
        assert [t.n for t in outcome.items] == [0]
        assert isinstance(outcome.error, pkg.ResponseTooLargeError)
        assert "larger than the limit of 200 characters (max_response_bytes), after 1 event" in str(outcome.error)


# ---------------------------------------------------------------- JSON or events, chosen by the call


def _completions(received: Received) -> Script:
    body = json.loads(received.body)
    if body.get("stream") is True and received.headers.get("accept") == "text/event-stream":
        chunks = [(0.05, f'data: {{"delta": "{w}", "index": {i}}}\n\n'.encode()) for i, w in enumerate(["he", "llo"])]
        return Script(chunks + [(0.0, b"data: [DONE]\n\n")])
    return Script([(0.0, json.dumps({"text": "hello " + body["prompt"]}).encode())], 200, "application/json")


def test_stream_true_sets_the_body_flag_and_returns_a_stream(pkg: ModuleType, server: _Server) -> None:
    server.routes["/completions"] = _completions
    models = import_fresh_models(pkg)
    for body in ({"prompt": "hi"}, models.CompletionRequest(prompt="hi")):
        for outcome in _both(pkg, server, lambda c: c.completions.create_completion(body=body, stream=True)):
            assert outcome.error is None, outcome
            assert [(c.delta, c.index) for c in outcome.items] == [("he", 0), ("llo", 1)]
    assert [json.loads(r.body) for r in server.received] == [{"prompt": "hi", "stream": True}] * 4


def test_without_stream_the_call_returns_the_json_model(pkg: ModuleType, server: _Server) -> None:
    server.routes["/completions"] = _completions
    with pkg.Client(base_url=server.url(), max_retries=0) as client:
        completion = client.completions.create_completion(body={"prompt": "you"})
        explicit = client.completions.create_completion(body={"prompt": "me", "stream": False}, stream=False)

    async def go() -> Any:
        async with pkg.AsyncClient(base_url=server.url(), max_retries=0) as client:
            return await client.completions.create_completion(body={"prompt": "us"})

    assert [type(completion).__name__, completion.text] == ["Completion", "hello you"]
    assert explicit.text == "hello me" and asyncio.run(go()).text == "hello us"
    assert [json.loads(r.body) for r in server.received] == [
        {"prompt": "you"}, {"prompt": "me", "stream": False}, {"prompt": "us"}
    ]
    assert all(r.headers["accept"] == "application/json" for r in server.received)


def test_a_body_that_asks_for_a_stream_by_itself_is_refused(pkg: ModuleType, server: _Server) -> None:
    server.routes["/completions"] = _completions
    with pkg.Client(base_url=server.url(), max_retries=0) as client:
        with pytest.raises(ValueError, match="pass stream=True to the call instead"):
            client.completions.create_completion(body={"prompt": "x", "stream": True})
    assert server.received == []  # refused before anything was sent


def test_stream_true_without_a_body_flag_asks_with_the_accept_header(pkg: ModuleType, server: _Server) -> None:
    def status(received: Received) -> Script:
        if received.headers.get("accept") == "text/event-stream":
            return Script([(0.0, b'data: {"state": "starting"}\n\n'), (0.1, b'data: {"state": "up"}\n\n')])
        return Script([(0.0, b'{"state": "up"}')], 200, "application/json")

    server.routes["/status"] = status
    for outcome in _both(pkg, server, lambda c: c.completions.get_status(stream=True)):
        assert outcome.error is None and [s.state for s in outcome.items] == ["starting", "up"]
    with pkg.Client(base_url=server.url(), max_retries=0) as client:
        assert client.completions.get_status().state == "up"
    assert [r.headers["accept"] for r in server.received] == ["text/event-stream"] * 2 + ["application/json"]


def import_fresh_models(pkg: ModuleType) -> ModuleType:
    return importlib.import_module(f"{pkg.__name__}.models")


# ---------------------------------------------------------------- types


def test_mypy_accepts_the_overloads_and_catches_misuse(out_dir: Path) -> None:
    good = textwrap.dedent(
        f"""
        from {PACKAGE} import AsyncClient, Client, ServerSentEvent, Stream
        from {PACKAGE}.models import Completion, CompletionChunk, Tick


        def sync_use(client: Client, flag: bool) -> None:
            completion: Completion = client.completions.create_completion(body={{"prompt": "x"}})
            print(completion.text)
            with client.completions.create_completion(body={{"prompt": "x"}}, stream=True) as stream:
                for chunk in stream:
                    print(chunk.delta)
                    assert stream.last_event is not None
                    print(stream.last_event.id, stream.last_event.event, stream.last_event.retry)
            either = client.completions.create_completion(body={{"prompt": "x"}}, stream=flag)
            if isinstance(either, Stream):
                either.close()
            else:
                print(either.text)
            ticks: Stream[Tick] = client.ticks.stream_ticks(count=3)
            for tick in ticks:
                print(tick.n + 1)
            for event in client.ticks.follow_log():
                line: ServerSentEvent = event
                print(line.data, line.json())


        async def async_use(client: AsyncClient) -> None:
            async with await client.completions.create_completion(body={{"prompt": "x"}}, stream=True) as stream:
                async for chunk in stream:
                    c: CompletionChunk = chunk
                    print(c.delta)
            done = await client.completions.create_completion(body={{"prompt": "x"}}, stream=False)
            print(done.text)
            async for tick in await client.ticks.stream_ticks():
                print(tick.n)
        """
    )
    bad = textwrap.dedent(
        f"""
        from {PACKAGE} import Client
        from {PACKAGE}.models import Completion


        def misuse(client: Client) -> None:
            streamed: Completion = client.completions.create_completion(body={{"prompt": "x"}}, stream=True)
            for chunk in client.completions.create_completion(body={{"prompt": "x"}}, stream=True):
                print(chunk.text)
            for tick in client.ticks.stream_ticks():
                print(tick.nope)
        """
    )
    (out_dir / "good_use.py").write_text(good)
    (out_dir / "bad_use.py").write_text(bad)
    run = _mypy(out_dir, PACKAGE, "good_use.py")
    assert run.returncode == 0, run.stdout + run.stderr
    run = _mypy(out_dir, "bad_use.py")
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, run.stdout
    assert 'Incompatible types in assignment (expression has type "Stream[CompletionChunk]"' in errors[0]
    assert '"CompletionChunk" has no attribute "text"' in errors[1]
    assert '"Tick" has no attribute "nope"' in errors[2]


def _mypy(folder: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *targets],
        cwd=folder,
        capture_output=True,
        check=False,
        text=True,
    )


def test_diff_reports_an_operation_that_became_a_stream(tmp_path: Path) -> None:
    raw = yaml.safe_load((SPECS / "streaming" / "events.yaml").read_text())
    del raw["paths"]["/completions"]["post"]["responses"]["200"]["content"]["text/event-stream"]
    raw["paths"]["/ticks"]["get"]["responses"]["200"]["content"] = {
        "application/json": raw["paths"]["/ticks"]["get"]["responses"]["200"]["content"]["text/event-stream"]
    }
    old_spec = tmp_path / "old.yaml"
    old_spec.write_text(yaml.safe_dump(raw))
    old, new = (surface(load_api(spec)[0]) for spec in (old_spec, SPECS / "streaming" / "events.yaml"))
    changes = {(c.kind, c.subject, c.detail, c.breaking) for c in diff(old, new)}
    assert ("return type changed", "ticks.stream_ticks", "Tick -> Stream[Tick]", True) in changes
    assert ("return type changed", "completions.create_completion",
            "Completion -> Completion | Stream[CompletionChunk]", True) in changes
