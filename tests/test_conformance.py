"""Conformance against an independent server: every operation of every real spec, sent to Stoplight Prism.

Prism (`@stoplight/prism-cli` 5.16.0, pinned in tools/prism/ and installed there by .ci/run) mocks a spec and rejects
requests that do not match it (../shared/notes/prism.md records how it behaves). The harness in tests/conformance/
plans each call from the raw spec, calls it through the generated `Client` and `AsyncClient`, and judges it from the
wire: accepted by Prism (no request violation), the returned value turned back into JSON equal to the response on
the wire, Prism's response checked against the raw schema to tell a spec or Prism fault from a client fault, and a
deliberately invalid control request to show that Prism validates the operation at all. It never reads clientgen's
intermediate model: see tests/conformance/harness.py.

Specs: the Edge Impulse specs in specs/edgeimpulse/ (always), the real specs in ../shared/specs that Prism loads
(skipped, saying so, when that folder is absent), and each path in CLIENTGEN_EXTRA_SPECS (os.pathsep-separated).
What is left out, and why, is data: tests/conformance/limits.yaml. The test fails when no operation was verified,
when the rate of passing operations among the verified ones is below the spec's threshold (100 % for the Edge
Impulse specs, 95 % for the others, as before), or when a known failure listed in limits.yaml passes again.

    python -m pytest tests/test_conformance.py -s                   # all specs, tables and failures printed
    python -m pytest tests/test_conformance.py -s -k twilio
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import pytest

from .conformance import Limits, run_conformance
from .conftest import ROOT, SHARED_SPECS

PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
OWN_SPECS = ROOT / "specs" / "edgeimpulse"
REQUIRED_RATE = {
    "edgeimpulse-studio.yaml": 1.0,
    "seed-whitelabel-apikey.yaml": 1.0,
    "seed-edgeimpulse-whitelabel-apikey.yaml": 1.0,
}
DEFAULT_RATE = 0.95
LARGE = {"github-api.github.com.json"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _spec_params() -> list[Any]:
    limits = Limits.load()
    paths = sorted(OWN_SPECS.glob("*.yaml"))
    seen = {_digest(p) for p in paths}
    params: list[Any] = []
    if SHARED_SPECS.is_dir():
        for path in sorted(p for p in SHARED_SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json")):
            if _digest(path) not in seen:  # the shared copies of specs/edgeimpulse/ run once
                paths.append(path)
    else:
        params.append(pytest.param(None, id="shared", marks=pytest.mark.skip(reason=f"{SHARED_SPECS} is absent")))
    extra = os.environ.get("CLIENTGEN_EXTRA_SPECS", "")
    paths += [Path(p).resolve() for p in extra.split(os.pathsep) if p]
    for path in paths:
        marks: list[Any] = [pytest.mark.xdist_group(path.name)]
        if path.name in LARGE:
            marks.append(pytest.mark.slow)
        if path.name in limits.specs:
            marks.append(pytest.mark.skip(reason=f"left out (limits.yaml): {limits.specs[path.name]}"))
        params.append(pytest.param(path, id=path.name, marks=marks))
    return params


@pytest.mark.parametrize("spec_path", _spec_params())
def test_conformance(spec_path: Path, tmp_path: Path) -> None:
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed: {PRISM} is missing (.ci/run installs it: cd tools/prism && npm ci)")
    package = "conf_" + "".join(c if c.isalnum() else "_" for c in spec_path.stem).lower()
    report = run_conformance(spec_path, tmp_path / "client", package, PRISM, log_path=tmp_path / "prism.log")
    details = report.details()
    print("\n" + report.table() + ("\n" + details if details else ""))
    if report.results and all(r.left_out for r in report.results):
        pytest.skip(f"every operation of {spec_path.name} is left out (limits.yaml):\n{details}")
    required = REQUIRED_RATE.get(spec_path.name, DEFAULT_RATE)
    assert report.rate is not None, f"{spec_path.name}: no operation was verified\n{details}"
    assert report.rate >= required, (
        f"{spec_path.name}: {100 * report.rate:.1f} % of {len(report.of('passed') + report.of('client'))} verified "
        f"operations pass, {100 * required:.0f} % required\n{report.details(('client',))}"
    )
    assert not report.stale_known, f"known failures that pass now (remove them from limits.yaml): {report.stale_known}"
