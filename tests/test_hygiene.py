"""The generator checks itself: `ruff check` (lines within 120 characters) and `mypy --strict` on `generator/`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-m", "ruff", "check", "--no-cache", "generator"],
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "generator"],
    ],
    ids=["ruff", "mypy"],
)
def test_generator_is_clean(command: list[str]) -> None:
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
