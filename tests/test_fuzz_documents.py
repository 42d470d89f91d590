"""Structural fuzzing: real documents, damaged the way hand-edited specs get damaged, never crash clientgen.

Each case takes a real document (the feature specs of tests/specs, the shared real specs of ../shared/specs, a
sample of the public directory in ../shared/specs/directory), slices it when it is big (a few paths and the
components they reach) and applies one to three seeded mutations of its raw JSON values (tests/mutations.py: wrong
types, deleted keys, dangling and cyclic refs, empty or nested compositions, bogus types, huge names, keys that are
not strings, YAML dates, deep nesting). Then:

- in-process, `clientgen.pipeline.build` either returns files that are all valid Python or raises GenerationError;
  any other exception, or a case that takes longer than CASE_SECONDS, is a failure. Every diagnostic names its
  file, and every error says where (a line or a pointer);
- a few dozen cases run the real command, `clientgen generate`, over an output folder that holds an earlier client:
  the exit code is 0, 1 or 2 (never 3), stderr has no traceback, the command ends within its time limit, a failed
  run leaves the folder byte for byte as it was, and a successful one leaves exactly the files its manifest lists,
  with the digests it records.

A failure names the source document, the seed and the mutations, and the command that rebuilds the case:
`python -m tests.mutations SPEC SEED OUT` (the seed decides the slice and the mutations).

CI runs FUZZ_COUNT in-process cases (default 300) and FUZZ_CLI_COUNT command runs (default 30). The longer run is
`CLIENTGEN_FUZZ_COUNT=3000 CLIENTGEN_FUZZ_CLI_COUNT=200 python -m pytest -n 2 tests/test_fuzz_documents.py`; change
`CLIENTGEN_FUZZ_SEED` for other cases (README.md, "Fuzzing").
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from clientgen.diagnostics import Diagnostic, GenerationError
from clientgen.loader import Loader
from clientgen.pipeline import build

from . import mutations
from .conftest import ROOT, SHARED_SPECS, SPECS

COUNT = int(os.environ.get("CLIENTGEN_FUZZ_COUNT", "300"))
CLI_COUNT = int(os.environ.get("CLIENTGEN_FUZZ_CLI_COUNT", "30"))
SEED = os.environ.get("CLIENTGEN_FUZZ_SEED", "0")
SHARDS = 6  # the in-process cases of each group are split in this many tests, so that xdist can spread them
CLI_SHARDS = 3
CASE_SECONDS = 60  # a case that takes longer hangs
CLI_SECONDS = 180
PACKAGE = "fuzz_client"

DIRECTORY_ARCHIVE = SHARED_SPECS / "directory" / "directory-half.tar.xz"
DIRECTORY = Path.home() / ".cache" / "clientgen-directory"
SHARED = [
    "edgeimpulse-studio.yaml",
    "twilio-messaging-v1.yaml",
    "opc-baseline-openapi-3.0.json",
    "opc-baseline-openapi-3.1.yaml",
    "opc-3.1-specific.yaml",
    "seed-edgeimpulse-whitelabel-apikey.yaml",
    "github-api.github.com.json",  # big: every case takes a slice of a few paths
    "stripe-spec3.yaml",
]
IN_TREE = sorted(p for p in SPECS.glob("*.yaml")) + sorted((SPECS / "patterns").glob("*.yaml"))

# How the cases are split between the groups of sources.
SHARE = {"in_tree": 0.25, "shared": 0.4, "directory": 0.35}

needs_shared = pytest.mark.skipif(
    not SHARED_SPECS.is_dir(), reason=f"the shared real specs are not here ({SHARED_SPECS})"
)
needs_directory = pytest.mark.skipif(
    not DIRECTORY_ARCHIVE.is_file() and not (DIRECTORY / "api").is_dir(),
    reason=f"the public directory of specs is not here ({DIRECTORY_ARCHIVE})",
)


# ------------------------------------------------------------------------------------------------ the cases


@functools.cache
def _document(path: Path) -> Any:
    """The document as clientgen reads it (JSON values), parsed once per process."""
    return Loader().load(path).data


@functools.cache
def _directory_sample(size: int) -> tuple[Path, ...]:
    if not (DIRECTORY / "api").is_dir():
        import importlib.util

        spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
        assert spec is not None and spec.loader is not None
        corpus = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(corpus)
        corpus.directory_specs()  # unpacks the archive outside the work tree
    specs = sorted((DIRECTORY / "api").rglob("*.json"))
    return tuple(sorted(random.Random(f"directory:{SEED}").sample(specs, min(size, len(specs)))))


def _sources(group: str) -> list[Path]:
    if group == "in_tree":
        return IN_TREE
    if group == "shared":
        return [SHARED_SPECS / name for name in SHARED if (SHARED_SPECS / name).is_file()]
    return list(_directory_sample(max(20, int(COUNT * SHARE["directory"]) // 6)))


@dataclass
class Case:
    source: Path
    seed: str
    mutated: mutations.Mutated
    broken: str = ""  # why the case could not be made

    def describe(self) -> str:
        shown = self.source.relative_to(ROOT.parent) if self.source.is_relative_to(ROOT.parent) else self.source
        return (
            f"{shown} seed {self.seed!r}: {self.mutated.describe() or '(no mutation applied)'}\n"
            f"    rebuild it: python -m tests.mutations {self.source} '{self.seed}' /tmp/fuzz-case"
        )


def _cases(group: str, count: int, shard: int, shards: int, kind: str) -> Iterator[Case]:
    sources = _sources(group)
    for i in range(shard, count, shards):
        source = sources[i % len(sources)]
        seed = f"{kind}-{SEED}-{i}"
        try:
            yield Case(source, seed, mutations.make_case(_document(source), seed))
        except Exception as exc:  # noqa: BLE001 - a bug of the mutator is reported with its seed, like the others
            yield Case(source, seed, mutations.Mutated(None), f"the mutator failed: {type(exc).__name__}: {exc}")


def _count(group: str, total: int) -> int:
    return max(1, round(total * SHARE[group]))


# ------------------------------------------------------------------------------------------------ in-process


OUTCOMES: Counter[str] = Counter()  # how the cases of this process ended, printed by each test (see with -rP)


def _report(cases: int) -> None:
    print(f"{cases} cases; so far in this process: " + ", ".join(f"{n} {what}" for what, n in sorted(OUTCOMES.items())))


class Hang(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise Hang(f"no result within {CASE_SECONDS} s")


def _unlocated(diagnostics: list[Diagnostic]) -> list[str]:
    """Diagnostics that do not say where: no file, or an error with neither line nor pointer."""
    return [
        d.render()
        for d in diagnostics
        if not d.file or (d.severity == "error" and d.line is None and not d.pointer and "validator" not in d.message)
    ]


def _check_in_process(case: Case, folder: Path) -> str:
    """'' when the case is handled as it must be, else what went wrong."""
    folder.mkdir()
    spec = mutations.write(case.mutated.document, folder)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    try:
        try:
            result = build(spec, PACKAGE, formatted=False)
        except GenerationError as exc:
            OUTCOMES["stopped with errors"] += 1
            unlocated = _unlocated(exc.diagnostics)
            return f"errors without a place: {unlocated}" if unlocated else ""
        finally:
            signal.alarm(0)
    except Exception as exc:  # noqa: BLE001 - any exception but GenerationError is what this test looks for
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/generator/" in f.filename]
        where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
        return f"{type(exc).__name__}: {str(exc)[:300]}{where}"
    finally:
        signal.signal(signal.SIGALRM, previous)
        shutil.rmtree(folder, ignore_errors=True)
    OUTCOMES["generated" if not result.diagnostics else "generated with warnings"] += 1
    for rel, text in result.files.items():
        if rel.endswith(".py"):
            try:
                ast.parse(text, rel)
            except SyntaxError as exc:
                return f"generated {rel} is not valid Python: {exc}"
    unlocated = _unlocated(result.diagnostics)
    return f"warnings without a place: {unlocated}" if unlocated else ""


def _run_in_process(group: str, shard: int, tmp_path: Path) -> None:
    failures = []
    cases = 0
    for case in _cases(group, _count(group, COUNT), shard, SHARDS, "build"):
        cases += 1
        problem = case.broken or _check_in_process(case, tmp_path / f"case{cases}")
        if problem:
            failures.append(f"{case.describe()}\n    {_shorten(problem)}")
    _report(cases)
    assert cases > 0
    assert not failures, f"{len(failures)} of {cases} mutated documents were mishandled:\n" + "\n".join(failures)


@pytest.mark.parametrize("shard", range(SHARDS))
def test_mutated_feature_specs_build_or_fail_with_located_errors(shard: int, tmp_path: Path) -> None:
    _run_in_process("in_tree", shard, tmp_path)


@needs_shared
@pytest.mark.parametrize("shard", range(SHARDS))
def test_mutated_shared_specs_build_or_fail_with_located_errors(shard: int, tmp_path: Path) -> None:
    _run_in_process("shared", shard, tmp_path)


@needs_directory
@pytest.mark.parametrize("shard", range(SHARDS))
def test_mutated_directory_specs_build_or_fail_with_located_errors(shard: int, tmp_path: Path) -> None:
    _run_in_process("directory", shard, tmp_path)


# ------------------------------------------------------------------------------------------------ the command


def _shorten(text: str) -> str:
    """The text with long runs of one character cut (huge names make huge messages)."""
    return re.sub(r"(.)\1{40,}", lambda m: f"{m[1] * 10}...({len(m[0])} times)", text)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@functools.cache
def _earlier_output(root: Path) -> Path:
    """A client generated from a valid spec: the output folder every command run starts from."""
    out = root / "earlier"
    run = _command(SPECS / "models_basic.yaml", out, root / "cache")
    assert run.returncode == 0, run.stderr
    return out


def _command(spec: Path, out: Path, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIENTGEN_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(out), "--package", PACKAGE, "-q"],
        cwd=spec.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=CLI_SECONDS,
        check=False,
    )


def _check_command(case: Case, folder: Path, earlier: Path, cache: Path) -> str:
    folder.mkdir()
    spec = mutations.write(case.mutated.document, folder)
    out = folder / "out"
    shutil.copytree(earlier, out)
    before = _snapshot(out)
    try:
        try:
            run = _command(spec, out, cache)
        except subprocess.TimeoutExpired:
            return f"no answer within {CLI_SECONDS} s"
        OUTCOMES[f"command exit {run.returncode}"] += 1
        if run.returncode not in (0, 1, 2) or "Traceback" in run.stderr or "internal error" in run.stderr:
            return f"exit {run.returncode}: {_shorten(run.stderr[-3000:])}"
        after = _snapshot(out)
        if run.returncode != 0:
            if after != before:
                changed = sorted(set(after) ^ set(before) | {k for k in after if after.get(k) != before.get(k)})
                return f"exit {run.returncode}, yet the output changed: {changed[:10]}"
            return ""
        return _complete(after)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _complete(files: dict[str, bytes]) -> str:
    """'' when the output holds exactly the files its manifest lists, with their digests, all valid Python."""
    manifest = json.loads(files.pop(".clientgen-manifest.json"))
    listed = manifest["files"]
    if set(files) != set(listed):
        return f"the output and its manifest differ: {sorted(set(files) ^ set(listed))[:10]}"
    for rel, digest in listed.items():
        if hashlib.sha256(files[rel]).hexdigest() != digest:
            return f"{rel} is not what the manifest records"
        if rel.endswith(".py"):
            try:
                ast.parse(files[rel], rel)
            except SyntaxError as exc:
                return f"{rel} is not valid Python: {exc}"
    return ""


def _run_commands(groups: tuple[str, ...], shard: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    root = tmp_path_factory.mktemp("fuzz-command")
    earlier = _earlier_output(root)
    failures = []
    cases = 0
    for group in groups:
        for case in _cases(group, max(1, CLI_COUNT // len(groups)), shard, CLI_SHARDS, f"cli-{group}"):
            cases += 1
            started = time.perf_counter()
            problem = case.broken or _check_command(case, root / f"case{cases}", earlier, root / "cache")
            if problem:
                failures.append(f"{case.describe()}\n    {problem} ({time.perf_counter() - started:.1f} s)")
    _report(cases)
    assert cases > 0
    assert not failures, f"{len(failures)} of {cases} command runs were mishandled:\n" + "\n".join(failures)


def _groups() -> tuple[str, ...]:
    groups = ["in_tree"]
    if SHARED_SPECS.is_dir():
        groups.append("shared")
    if DIRECTORY_ARCHIVE.is_file() or (DIRECTORY / "api").is_dir():
        groups.append("directory")
    return tuple(groups)


@pytest.mark.parametrize("shard", range(CLI_SHARDS))
def test_the_command_exits_cleanly_and_keeps_the_output_whole(
    shard: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    _run_commands(_groups(), shard, tmp_path_factory)
