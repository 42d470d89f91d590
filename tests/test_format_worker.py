"""Formatting beside rendering: the worker process gives the same bytes as formatting in one process, whatever the
batches, and a file it cannot format is an error that says so."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from clientgen import format_worker
from clientgen.diagnostics import GenerationError
from clientgen.pipeline import build
from clientgen.render import Options, render_files

from .conftest import ROOT

EDGE_IMPULSE = ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml"


def _rendered(spec: Path) -> list[tuple[str, str]]:
    api = build(spec, "ei", formatted=False).api
    return list(render_files(api, Options(package="ei")))


def test_batches_sent_to_the_worker_come_back_as_one_process_formats_them(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered = _rendered(EDGE_IMPULSE)
    alone = format_worker.format_stream(iter(rendered), "ruff", set(), workers=1)
    monkeypatch.setattr(format_worker, "BATCH", 20_000)  # dozens of batches, most of them formatted by the worker
    started: list[object] = []
    original = format_worker._Worker.start

    def counting() -> format_worker._Worker | None:
        started.append(original())
        return started[-1]  # type: ignore[return-value]

    monkeypatch.setattr(format_worker._Worker, "start", staticmethod(counting))
    together = format_worker.format_stream(iter(rendered), "ruff", set(), workers=2)
    assert len(started) == 1
    assert together == alone
    assert list(together) == [path for path, _ in rendered]  # in the order rendered
    assert together != dict(rendered)  # formatting changed something


def test_a_file_the_worker_cannot_format_is_a_located_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(format_worker, "BATCH", 10)
    files = [("p/broken.py", "def f(:\n"), ("p/fine.py", "x=1\n"), ("p/last.py", "y=2\n")]
    with pytest.raises(GenerationError) as raised:
        format_worker.format_stream(iter(files), "ruff", set(), workers=2)
    (problem,) = raised.value.diagnostics
    assert "ruff could not format generated code" in problem.message and "broken.py" in problem.message


def test_a_worker_that_cannot_start_or_stops_costs_time_not_the_generation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    rendered = _rendered(EDGE_IMPULSE)
    alone = format_worker.format_stream(iter(rendered), "ruff", set(), workers=1)
    monkeypatch.setattr(format_worker, "BATCH", 20_000)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "no-such-python"))  # the worker cannot start
    assert format_worker.format_stream(iter(rendered), "ruff", set(), workers=2) == alone
    stopping = tmp_path / "stopping-python"  # a worker that reads nothing and exits at once
    stopping.write_text("#!/bin/sh\nexit 3\n")
    stopping.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(stopping))
    assert format_worker.format_stream(iter(rendered), "ruff", set(), workers=2) == alone


def test_an_error_while_rendering_stops_the_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(format_worker, "BATCH", 3)
    started: list[format_worker._Worker] = []
    original = format_worker._Worker.start

    def noting() -> format_worker._Worker | None:
        worker = original()
        assert worker is not None
        started.append(worker)
        return worker

    monkeypatch.setattr(format_worker._Worker, "start", staticmethod(noting))

    def files() -> Iterator[tuple[str, str]]:
        yield "p/a.py", "a=1\n"
        yield "p/b.py", "b=2\n"
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError):
        format_worker.format_stream(files(), "ruff", set(), workers=2)
    (worker,) = started
    assert worker.process.poll() is not None  # ended, not left running
    assert not worker.writer.is_alive() and not worker.reader.is_alive()


def test_the_worker_imports_clientgen_as_this_process_does_not_from_the_working_folder(tmp_path: Path) -> None:
    """A project folder may hold a `queue.py` or `pickle.py` of its own: the worker must not import them."""
    for name in ("queue", "pickle", "struct"):
        (tmp_path / f"{name}.py").write_text("raise SystemExit('the working folder was on the path')\n")
    code = (
        "import sys; sys.path.remove(''); from clientgen import format_worker\n"
        "format_worker.BATCH = 10\n"
        "files = [(f'p/m{i}.py', f'x{i}=1\\n') for i in range(5)]\n"
        "out = format_worker.format_stream(iter(files), 'ruff', set(), workers=2)\n"
        "assert out == {f'p/m{i}.py': f'x{i} = 1\\n' for i in range(5)}, out\n"
        "print('ok')"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout == "ok\n" and done.stderr == "", done.stderr
