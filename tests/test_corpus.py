"""A fixed random sample of the public directory in ../shared/specs/directory/, through benchmarks/corpus.py.

Every sampled spec must generate, and its client must import; 20 of them must pass `mypy --strict`. The whole
directory is one command (README.md, "The corpus run"); this is the part CI can afford.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT

SEED = 13
SAMPLE = 100
TYPED = 20


def _corpus() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["corpus"] = module
    spec.loader.exec_module(module)
    return module


corpus = _corpus()
pytestmark = pytest.mark.skipif(
    not corpus.ARCHIVE.is_file() and not (corpus.DIRECTORY / "api").is_dir(),
    reason=f"the public directory of specs is not here ({corpus.ARCHIVE})",
)


def _sample() -> list[Path]:
    return corpus.sample(corpus.directory_specs(), SAMPLE, SEED)


def _failures(results: list[dict[str, Any]], stages: tuple[str, ...]) -> list[str]:
    return [
        f"{r['spec']}: {stage} {r[stage]['status']}: {r[stage].get('cause', '')}"
        for r in results
        for stage in stages
        if r.get(stage, {}).get("status") != "ok"
    ]


@pytest.mark.slow
def test_sample_generates_and_imports() -> None:
    specs = _sample()
    assert len(specs) == SAMPLE
    results = corpus.run(specs, ("generate", "import"), jobs=2, results_file=None, progress=False)
    assert len(results) == SAMPLE
    assert _failures(results, ("generate", "import")) == []


@pytest.mark.slow
def test_sample_type_checks() -> None:
    specs = corpus.sample(_sample(), TYPED, SEED)
    results = corpus.run(specs, ("generate", "mypy"), jobs=2, results_file=None, progress=False)
    assert len(results) == TYPED
    assert _failures(results, ("generate", "mypy")) == []
