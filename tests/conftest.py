"""Shared helpers: generating a spec into a temporary folder and importing the result under a unique name.

Every test has a cache folder of its own (`CLIENTGEN_CACHE_DIR`, which the commands a test runs inherit): no test
reads what another test, or a developer's earlier run, left in ~/.cache/clientgen. Runs inside one test share that
test's folder; a test whose runs must not share a cache gives each its own folder.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from clientgen.pipeline import Result, build
from clientgen.writer import write_files

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "tests" / "specs"
EI_SPEC = ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml"
SEED_SPEC = ROOT / "specs" / "edgeimpulse" / "seed-whitelabel-apikey.yaml"
OUTPUT = ROOT / "output"
SHARED_SPECS = ROOT.parent / "shared" / "specs"


def generate(spec: Path, out_dir: Path, package: str, **kwargs: Any) -> Result:
    result = build(spec, package, **kwargs)
    write_files(out_dir, result.files)
    return result


def import_fresh(out_dir: Path, package: str) -> ModuleType:
    """Import a generated package from `out_dir`, forgetting any earlier import of the same name."""
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
    sys.path.insert(0, str(out_dir))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out_dir))


def run_mypy(folder: Path, package: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", package],
        cwd=folder,
        capture_output=True,
        check=False,
        text=True,
    )


def run_black_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "black", "--check", "--target-version", "py310", "."],
        cwd=folder,
        capture_output=True,
        check=False,
        text=True,
    )


def _own_cache(monkeypatch: pytest.MonkeyPatch, factory: pytest.TempPathFactory, name: str) -> Path:
    folder = factory.mktemp(name)
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session", autouse=True)
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder for session-wide fixtures, so that nothing ever falls back to ~/.cache/clientgen."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _own_cache(monkeypatch, tmp_path_factory, "session-cache")


@pytest.fixture(scope="module", autouse=True)
def _module_cache(_session_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A cache folder for each module's module-wide fixtures (they are set up before any test's own)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        yield _own_cache(monkeypatch, tmp_path_factory, "module-cache")


@pytest.fixture(autouse=True)
def cache_dir(_module_cache: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own cache folder (empty at its start), as `CLIENTGEN_CACHE_DIR` says to the pipeline and to
    every command the test runs."""
    return _own_cache(monkeypatch, tmp_path_factory, "cache")


@pytest.fixture(scope="session")
def ei() -> Iterator[ModuleType]:
    """The committed Edge Impulse client in output/, imported as `edgeimpulse_api`."""
    yield import_fresh(OUTPUT, "edgeimpulse_api")


def copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))


@pytest.fixture(scope="session")
def httpserver_listen_address() -> tuple[str, int]:
    """pytest-httpserver binds here: loopback only, any free port."""
    return ("127.0.0.1", 0)
