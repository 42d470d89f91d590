"""Formatting on the second core while the first renders: `format_stream` takes the rendered files as they come,
sends batches of Python files to a worker process and formats the last batch itself.

Every file is formatted on its own (`formatting.format_files`), so the output is the same bytes whatever the batches.
The worker is a fresh interpreter (not a fork of this large process: its memory would count twice), started when
the first batch is full, so that small generations and regenerations never pay for it. It speaks pickles over its
standard input and output: a request is `(formatter, {path: text})`, an answer `(diagnostics, {path: text})`.
"""

from __future__ import annotations

import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Container, Iterable
from pathlib import Path
from typing import IO, Any

from .diagnostics import Diagnostic, GenerationError
from .formatting import Formatter, format_uncached

BATCH = 2_000_000  # characters of Python per request: a few hundred files, so that formatting keeps up with rendering
_HEADER = struct.Struct("<Q")


def format_stream(
    files: Iterable[tuple[str, str]], formatter: Formatter, skip: Container[str], workers: int | None = None
) -> dict[str, str]:
    """The files with every `.py` file formatted, except those in `skip` (asked as each file arrives, so a caller
    may add to it while `files` is being produced)."""
    out: dict[str, str] = {}
    batch: dict[str, str] = {}
    size = 0
    worker: _Worker | None = None
    parallel = (workers or os.cpu_count() or 1) > 1
    for rel, text in files:
        out[rel] = text
        if not rel.endswith(".py") or rel in skip:
            continue
        batch[rel] = text
        size += len(text)
        if size >= BATCH and parallel:
            worker = worker or _Worker()
            worker.send(formatter, batch)
            batch, size = {}, 0
            out.update(worker.answers())
    try:
        # The batches the worker has not started are formatted here, beside the one it is formatting.
        stores: list[Callable[[], None]] = []
        for some in [*(worker.take_back() if worker is not None else []), batch]:
            formatted, store = format_uncached(some, formatter)
            out.update(formatted)
            stores.append(store)
        if worker is not None:
            out.update(worker.finish())
        for store in stores:
            store()
    finally:
        if worker is not None:
            worker.close()
    return out


def _write(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError
    return pickle.loads(stream.read(_HEADER.unpack(header)[0]))


class _Worker:
    """One formatting process and a thread that collects its answers in order."""

    def __init__(self) -> None:
        package = __package__ or "generator"
        root = Path(__file__).resolve().parent.parent
        # From a source folder the package is importable from its parent; installed, from the usual path.
        path = f"sys.path.insert(0, {str(root)!r}); " if Path(__file__).resolve().parent.name == package else ""
        code = f"import sys; {path}from {package}.format_worker import serve; serve()"
        self.process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        for stream in (self.process.stdin, self.process.stdout):
            _widen(stream)
        self.sent = 0
        self.received: list[tuple[list[Diagnostic], dict[str, str]]] = []
        self.lock = threading.Lock()
        # The requests go through a queue, so that rendering goes on while the worker is busy with the last one.
        self.requests: queue.SimpleQueue[tuple[Formatter, dict[str, str]] | None] = queue.SimpleQueue()
        self.writer = threading.Thread(target=self._send, daemon=True)
        self.reader = threading.Thread(target=self._collect, daemon=True)
        self.writer.start()
        self.reader.start()

    def send(self, formatter: Formatter, files: dict[str, str]) -> None:
        self.requests.put((formatter, files))
        self.sent += 1

    def _send(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            while (request := self.requests.get()) is not None:
                _write(stdin, request)
        except OSError:  # the worker stopped: `finish` says so
            pass
        finally:
            stdin.close()

    def _collect(self) -> None:
        assert self.process.stdout is not None
        try:
            while True:
                answer = _read(self.process.stdout)
                with self.lock:
                    self.received.append(answer)
        except (EOFError, OSError, pickle.UnpicklingError):
            return

    def answers(self) -> dict[str, str]:
        """The files formatted so far (each given once)."""
        with self.lock:
            received, self.received = self.received, []
        self.sent -= len(received)
        formatted: dict[str, str] = {}
        for problems, files in received:
            if problems:
                raise GenerationError(problems)
            formatted.update(files)
        return formatted

    def take_back(self) -> list[dict[str, str]]:
        """The requests not sent yet, which the worker will now not format."""
        taken: list[dict[str, str]] = []
        while True:
            try:
                request = self.requests.get_nowait()
            except queue.Empty:
                return taken
            assert request is not None
            taken.append(request[1])
            self.sent -= 1

    def finish(self) -> dict[str, str]:
        """Every file still being formatted."""
        self.requests.put(None)
        self.writer.join()
        self.reader.join()
        formatted = self.answers()
        if self.sent:
            raise GenerationError(
                [
                    Diagnostic(
                        "error",
                        f"the formatting process stopped (exit code {self.process.wait()})",
                        hint="this is a bug in clientgen; please report it with the spec",
                    )
                ]
            )
        return formatted

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


def _widen(stream: IO[bytes] | None) -> None:
    """A pipe that holds a whole batch where the system allows it (Linux: up to 1 MiB). With the default 64 KiB, a
    batch takes dozens of writes and reads, and the thread doing them waits for the interpreter lock before each
    one while the main thread renders: the worker would spend most of its time waiting for its input."""
    try:
        import fcntl

        setting = getattr(fcntl, "F_SETPIPE_SZ", None)
        if stream is not None and setting is not None:
            fcntl.fcntl(stream.fileno(), setting, 1 << 20)
    except (ImportError, OSError):
        pass  # another system, or a lower limit: smaller pipes only cost time


def serve() -> None:
    """The worker's loop: format each request until the input ends."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    while True:
        try:
            formatter, files = _read(source)
        except EOFError:
            return
        store = None
        try:
            formatted, store = format_uncached(files, formatter)
            answer: tuple[list[Diagnostic], dict[str, str]] = ([], formatted)
        except GenerationError as exc:
            answer = (exc.diagnostics, {})
        _write(sink, answer)
        if store is not None:  # the cache is written after the answer: nobody waits for it
            store()
