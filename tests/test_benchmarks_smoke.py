"""The benchmark's smoke run (benchmarks/run.py --smoke) still works and prints numbers for us and for the peer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NETWORK_ERRORS = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ConnectTimeoutError",
    "ReadTimeoutError",
    "ProxyError",
    "(from versions: none)",
)


def table_row(output: str, generator: str) -> list[str]:
    """The cells of the generation table's Edge Impulse row for `generator`."""
    for line in output.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 12 and cells[0] == "Edge Impulse" and cells[1].startswith(generator):
            return cells
    raise AssertionError(f"no Edge Impulse row for {generator!r} in:\n{output}")


def test_benchmark_smoke_run_prints_numbers_for_us_and_opc() -> None:
    run = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--smoke"], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    if run.returncode == 3 and any(error in run.stderr for error in NETWORK_ERRORS):
        pytest.skip(f"openapi-python-client cannot be installed from PyPI here: {run.stderr[-500:]}")
    assert run.returncode == 0, run.stdout + run.stderr

    number = re.compile(r"^[\d,]+(\.\d+)?$")
    ours, opc = table_row(run.stdout, "clientgen"), table_row(run.stdout, "openapi-python-client")
    for cells in (ours, opc):
        # generate s, × opc, peak RSS MB, × opc, lines, import all s, × opc
        assert all(number.match(cell) for cell in cells[2:9]), cells
        assert cells[9].startswith("0 of "), f"modules fail to import: {cells}"
    assert re.match(r"^\d+\.\d+ \(\d+\.\d+\)$", ours[10]), f"no first-call time for clientgen: {ours}"
    assert number.match(ours[11]), f"no import + Client + group time for clientgen: {ours}"
    assert float(ours[2]) > 0 and int(ours[6].replace(",", "")) > 1000

    scaling = [line for line in run.stdout.splitlines() if line.startswith("| Edge Impulse |") and line.count("|") == 10]
    assert len(scaling) == 1 and "failed" not in scaling[0] and "?" not in scaling[0], run.stdout

    # spec, 7 stages, other, total, generate, start-up: the only Edge Impulse row whose second cell is a number
    stages = [line for line in run.stdout.splitlines() if re.match(r"\| Edge Impulse \| \d", line)]
    assert len(stages) == 2 and stages[1].count("|") == 13, run.stdout  # the scaling table's row, then this one
    assert all(number.match(cell.strip()) for cell in stages[1].strip("|").split("|")[1:]), stages

    deser = [line for line in run.stdout.splitlines() if line.startswith("| Edge Impulse list-transformation")]
    assert len(deser) == 1, run.stdout
    assert all(number.match(cell.strip()) for cell in deser[0].strip("|").split("|")[1:]), deser
