"""Shared helpers: generating a spec into a temporary folder and importing the result under a unique name."""

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

from generator.pipeline import Result, build
from generator.writer import write_files

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
        text=True,
    )


def run_black_check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "black", "--check", "--target-version", "py310", "."],
        cwd=folder,
        capture_output=True,
        text=True,
    )


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
