"""Formatting on the second core while the first renders: `format_stream` takes the rendered files as they come,
sends batches of Python files to a worker process and formats the rest itself.

Every file is formatted on its own (`formatting.format_uncached`), so the output is the same bytes whatever the
batches. The worker is a fresh interpreter (not a fork of this large process: its memory would count twice), started
when the first batch is full, so that small generations and regenerations never pay for it; it imports clientgen
from this process's own import path. It speaks pickles over its standard input and a copy of its standard output: a
request is `(number, formatter, long lines only, {path: text}, staging folder or None)` (see
`formatting.format_files`), an answer `(number, diagnostics, {path: text}, [])`, and for a batch to stage, a second
answer `(number, [], {}, [paths written to the staging folder])` (see `staging.py`). Whatever the worker does not
answer (it could not start, it stopped, or it had not begun a batch when rendering ended) is formatted here: a
worker can make a generation faster, never make it fail.
"""

from __future__ import annotations

import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Container, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import IO, Any

from .diagnostics import Diagnostic, GenerationError
from .formatting import Formatter, format_uncached
from .staging import Stage, write_batch

BATCH = 2_000_000  # characters of Python per request: a few hundred files, so that formatting keeps up with rendering
_HEADER = struct.Struct("<Q")
Batch = dict[str, str]
Request = tuple[int, Formatter, bool, Batch, str | None]  # number, formatter, long lines only, files, staging folder
Answer = tuple[int, list[Diagnostic], Batch, list[str]]  # number, problems, formatted files, paths staged


def format_stream(
    files: Iterable[tuple[str, str]],
    formatter: Formatter,
    skip: Container[str],
    workers: int | None = None,
    long_lines_only: bool = False,
    stage: Stage | None = None,
) -> dict[str, str]:
    """The files with every `.py` file formatted, except those in `skip` (asked as each file arrives, so a caller
    may add to it while `files` is being produced). Every file that cannot be formatted is reported, in the order
    the files came. With a `stage`, the worker writes what it formats there, and adds the paths to `stage.files`."""
    out: dict[str, str] = {}
    batches: list[Batch] = []  # every batch, by number: what the worker does not answer is formatted here
    problems: dict[int, list[Diagnostic]] = {}
    stores: list[Callable[[], None]] = []
    batch: Batch = {}
    size = 0
    worker: _Worker | None = None
    parallel = (workers or _cores()) > 1

    staging: list[Future[list[str]]] = []  # the batches formatted here, being written to the stage
    stager: ThreadPoolExecutor | None = None

    def here(number: int) -> None:
        nonlocal stager
        try:
            formatted, store = format_uncached(batches[number], formatter, long_lines_only=long_lines_only)
        except GenerationError as exc:
            problems[number] = exc.diagnostics
        else:
            out.update(formatted)
            stores.append(store)
            if stage is not None:  # written by a thread while the next batch is formatted, as the worker does
                stager = stager or ThreadPoolExecutor(max_workers=1)
                batch = {rel: formatted[rel] for rel in batches[number]}
                staging.append(stager.submit(write_batch, str(stage.folder), batch))
            batches[number] = {}  # its text as rendered is not needed any more

    def collect(answers: list[Answer]) -> None:
        for number, found, formatted, staged in answers:
            if found:
                problems[number] = found
            out.update(formatted)
            if formatted or found:  # the batch's own answer: its text as rendered is not needed any more
                batches[number] = {}
            if stage is not None:
                stage.files.update(staged)

    try:
        for rel, text in files:
            out[rel] = text
            if not rel.endswith(".py") or rel in skip:
                continue
            batch[rel] = text
            size += len(text)
            if size >= BATCH and parallel:
                batches.append(batch)
                batch, size = {}, 0
                if worker is None:
                    worker = _Worker.start()
                    parallel = worker is not None
                if worker is not None:
                    folder = str(stage.folder) if stage is not None else None
                    worker.send((len(batches) - 1, formatter, long_lines_only, batches[-1], folder))
                    collect(worker.answers())
                else:
                    here(len(batches) - 1)
        batches.append(batch)
        # The batches the worker has not started are formatted here, beside the one it is formatting.
        for number in [*(worker.take_back() if worker is not None else []), len(batches) - 1]:
            here(number)
        if worker is not None:
            collect(worker.finish())
            for number in worker.unanswered():  # it stopped: its batches are formatted here
                here(number)
    finally:
        if worker is not None:
            worker.close()
        if stager is not None:
            stager.shutdown(wait=True)
    if stage is not None:
        for done in staging:
            stage.files.update(done.result())
    if problems:
        raise GenerationError([d for number in sorted(problems) for d in problems[number]])
    for store in stores:
        store()
    return out


def _cores() -> int:
    """The cores this process may run on (its affinity, where the system says), not those of the machine."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
    """One formatting process, a thread that sends it the requests in order and one that collects its answers."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self.process = process
        for stream in (process.stdin, process.stdout):
            _widen(stream)
        self.sent: list[int] = []  # numbers of the batches given to the writer, in order
        self.answered: set[int] = set()
        self.received: list[Answer] = []
        self.lock = threading.Lock()
        # The requests go through a queue, so that rendering goes on while the worker is busy with the last one.
        self.requests: queue.SimpleQueue[Request | None] = queue.SimpleQueue()
        self.writer = threading.Thread(target=self._send, daemon=True)
        self.reader = threading.Thread(target=self._collect, daemon=True)
        self.writer.start()
        self.reader.start()

    @classmethod
    def start(cls) -> _Worker | None:
        """A worker, or None where no process can be started (the caller formats everything itself)."""
        # The worker imports clientgen exactly as this process does: from this import path (isolated mode keeps
        # the working folder, where a `queue.py` or `black/` of the user's project may lie, out of it).
        package = __package__ or "generator"
        code = f"import sys; sys.path[:] = {sys.path!r}; from {package}.format_worker import serve; serve()"
        try:
            process = subprocess.Popen(
                [sys.executable, "-I", "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        except (OSError, ValueError):
            return None
        return cls(process)

    def send(self, request: Request) -> None:
        self.sent.append(request[0])
        self.requests.put(request)

    def _send(self) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            while (request := self.requests.get()) is not None:
                _write(stdin, request)
        except (OSError, ValueError):  # the worker stopped, or is being closed: its batches are formatted here
            pass
        finally:
            try:
                stdin.close()
            except (OSError, ValueError):
                pass

    def _collect(self) -> None:
        assert self.process.stdout is not None
        try:
            while True:
                answer = _read(self.process.stdout)
                with self.lock:
                    self.received.append(answer)
        except (EOFError, OSError, ValueError, pickle.UnpicklingError):
            return

    def answers(self) -> list[Answer]:
        """The answers received so far (each given once)."""
        with self.lock:
            received, self.received = self.received, []
        self.answered.update(answer[0] for answer in received)
        return received

    def take_back(self) -> list[int]:
        """The requests not sent yet, which the worker will now not format."""
        taken: list[int] = []
        while True:
            try:
                request = self.requests.get_nowait()
            except queue.Empty:
                return taken
            assert request is not None
            taken.append(request[0])
            self.sent.remove(request[0])

    def finish(self) -> list[Answer]:
        """Every answer still to come: the worker ends when its input does."""
        self.requests.put(None)
        self.writer.join()
        self.reader.join()
        return self.answers()

    def unanswered(self) -> list[int]:
        return [number for number in self.sent if number not in self.answered]

    def close(self) -> None:
        self.requests.put(None)  # the writer ends (after the request it may be writing)
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self.writer.join()
        self.reader.join()
        if self.process.stdout is not None:
            self.process.stdout.close()


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
    """The worker's loop: format each request until the input ends. Ctrl-C is the parent's to handle (it ends this
    process), and the answers go to a copy of the standard output, which itself goes to the standard error: nothing
    a formatter prints can break them. A batch to stage is written by a second thread while the next is formatted;
    which files it wrote comes in an answer of its own, with the batch's number and no files."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    source = sys.stdin.buffer
    sink = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    lock = threading.Lock()
    to_stage: queue.SimpleQueue[tuple[int, str, Batch] | None] = queue.SimpleQueue()

    def answer(value: Answer) -> None:
        with lock:
            _write(sink, value)

    def stage() -> None:
        while (job := to_stage.get()) is not None:
            number, folder, formatted = job
            answer((number, [], {}, write_batch(folder, formatted)))

    stager = threading.Thread(target=stage)
    stager.start()
    try:
        while True:
            try:
                number, formatter, long_lines_only, files, folder = _read(source)
            except EOFError:
                return
            try:
                formatted, store = format_uncached(files, formatter, long_lines_only=long_lines_only)
            except GenerationError as exc:
                answer((number, exc.diagnostics, {}, []))
                continue
            answer((number, [], formatted, []))
            if folder is not None:
                to_stage.put((number, folder, {rel: formatted[rel] for rel in files}))
            store()  # the cache is written after the answer: nobody waits for it
    finally:
        to_stage.put(None)
        stager.join()
