"""Formatting beside rendering: the worker process gives the same bytes as formatting in one process, whatever the
batches, and a file it cannot format is an error that says so."""

from __future__ import annotations

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
    original = format_worker._Worker.__init__

    def counting(self: format_worker._Worker) -> None:
        started.append(self)
        original(self)

    monkeypatch.setattr(format_worker._Worker, "__init__", counting)
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
