"""Stage 7, write: put the generated files in place without ever losing the previous output or a user's file.

Every file is written aside first; only when all of them are written are they moved into place (a rename each).
A manifest inside the output lists what clientgen wrote, so a later run removes only its own stale files and
refuses to overwrite a file it did not write.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import signal
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, GenerationError
from .loader import display_path

MANIFEST = ".clientgen-manifest.json"


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    stats: dict[str, Stat] = field(default_factory=dict)  # every file's, as it is now in place


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _manifest(out_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_manifest(out_dir: Path) -> dict[str, str]:
    """The files clientgen wrote into `out_dir` last time, with their SHA-256."""
    files = _manifest(out_dir).get("files", {})
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


Stat = tuple[int, int]  # size and modification time (ns) of a file


def _stat(path: str) -> Stat | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def record_inputs(out_dir: Path, settings: str, inputs: list[Path]) -> dict[str, Any]:
    """What the output was made from: a digest of the settings, and each input file (relative to the output)."""
    files = {}
    for path in inputs:
        files[os.path.relpath(path, out_dir.resolve())] = hashlib.sha256(path.read_bytes()).hexdigest()
    return {"settings": settings, "files": files}


def up_to_date(out_dir: Path, settings: str, spec: Path) -> bool:
    """Whether `out_dir` holds exactly what the same settings made from the same, unchanged inputs.

    Reads and hashes the inputs and the outputs instead of generating again: the no-change regeneration fast path.
    """
    manifest = _manifest(out_dir)
    inputs = manifest.get("inputs")
    if not isinstance(inputs, dict) or inputs.get("settings") != settings:
        return False
    recorded = inputs.get("files") or {}
    base = out_dir.resolve()
    if not recorded or next(iter(recorded)) != os.path.relpath(spec.resolve(), base):
        return False
    try:
        for rel, digest in recorded.items():
            if hashlib.sha256((base / rel).read_bytes()).hexdigest() != digest:
                return False
        for rel, digest in read_manifest(out_dir).items():
            if hashlib.sha256((base / rel).read_bytes()).hexdigest() != digest:
                return False
    except OSError:
        return False
    return True


def plan_changes(
    out_dir: Path, files: dict[str, str], known: Mapping[str, tuple[str, Stat]] | None = None
) -> tuple[list[str], list[str], list[str], list[Diagnostic]]:
    """(to write, unchanged, to remove, conflicts) for putting `files` into `out_dir`.

    `known` holds, for some files, the SHA-256 of the new text and the size and modification time the file had when
    the last run left it (`WriteReport.stats`). Such a file is unchanged, without reading it, when the manifest has
    that digest for it and its size and time are still the same (as make and git decide); every other file is
    compared by its content."""
    plan = _plan(out_dir, files, known or {})
    return plan.to_write, plan.unchanged, plan.to_remove, plan.conflicts


@dataclass
class _Plan:
    to_write: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    to_remove: list[str] = field(default_factory=list)
    conflicts: list[Diagnostic] = field(default_factory=list)
    stats: dict[str, Stat] = field(default_factory=dict)  # of the files found unchanged by their size and time


def _plan(out_dir: Path, files: dict[str, str], known: Mapping[str, tuple[str, Stat]]) -> _Plan:
    where = display_path(out_dir)
    plan = _Plan()
    if out_dir.exists() and not out_dir.is_dir():
        plan.conflicts.append(
            Diagnostic(
                "error",
                f"the output path {where} is a file, not a folder",
                where,
                hint="choose another --output, or remove that file",
            )
        )
        return plan
    previous = read_manifest(out_dir)
    base = str(out_dir)
    for rel, text in sorted(files.items()):
        target = os.path.join(base, rel)  # strings, not Paths: this runs for every file of a large client
        if rel in known:
            digest, stat = known[rel]
            if previous.get(rel) == digest and _stat(target) == stat:
                plan.unchanged.append(rel)
                plan.stats[rel] = stat
                continue
        if os.path.isdir(target):
            plan.conflicts.append(
                Diagnostic(
                    "error", f"{display_path(Path(target))} is a folder where clientgen must write a file", where
                )
            )
            continue
        if os.path.exists(target):
            try:
                with open(target, encoding="utf-8") as f:
                    current: str | None = f.read()
            except (OSError, UnicodeDecodeError):
                current = None
            if current == text:
                plan.unchanged.append(rel)
                continue
            if rel not in previous:
                plan.conflicts.append(
                    Diagnostic(
                        "error",
                        f"{display_path(Path(target))} exists and was not written by clientgen; it is left alone",
                        display_path(Path(target)),
                        hint="move the file away or choose another --output; clientgen never overwrites your files",
                    )
                )
                continue
        plan.to_write.append(rel)
    plan.to_remove = sorted(rel for rel in previous if rel not in files and os.path.isfile(os.path.join(base, rel)))
    return plan


def write_files(
    out_dir: Path,
    files: dict[str, str],
    inputs: dict[str, Any] | None = None,
    known: Mapping[str, tuple[str, Stat]] | None = None,
) -> WriteReport:
    """Put `files` into `out_dir` (see `plan_changes` for `known`)."""
    plan = _plan(out_dir, files, known or {})
    to_write, unchanged, to_remove = plan.to_write, plan.unchanged, plan.to_remove
    if plan.conflicts:
        raise GenerationError(plan.conflicts)
    staged: list[tuple[Path, Path]] = []
    created: list[Path] = []  # folders made for the new files, removed again if writing fails
    try:
        for rel in to_write:
            target = out_dir / rel
            _make_folders(target.parent, created)
            staged.append((target.with_name(f".{target.name}.clientgen-tmp"), target))
        # Threads: creating a file waits on the disk, and several creations can wait at once.
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(_write_temp, [(temp, files[rel]) for (temp, _), rel in zip(staged, to_write)]))
        digests = {rel: digest for rel, (digest, _) in (known or {}).items()}
        manifest: dict[str, Any] = {
            "generator": "clientgen",
            "files": {rel: digests.get(rel) or _digest(files[rel]) for rel in sorted(files)},
        }
        if inputs is not None:
            manifest["inputs"] = inputs
        manifest_text = _manifest_text(manifest)
        manifest_path = out_dir / MANIFEST
        if not manifest_path.is_file() or manifest_path.read_text(encoding="utf-8") != manifest_text:
            _make_folders(out_dir, created)
            manifest_temp = out_dir / f".{MANIFEST}.clientgen-tmp"
            staged.append((manifest_temp, manifest_path))
            manifest_temp.write_text(manifest_text, encoding="utf-8")
    except OSError as exc:
        with contextlib.suppress(OSError):  # on a read-only or full disk, cleaning up may fail too
            for temp, _ in staged:
                temp.unlink(missing_ok=True)
            for folder in reversed(created):
                folder.rmdir()
        raise GenerationError(
            [
                Diagnostic(
                    "error",
                    f"cannot write the output: {exc.strerror or exc}",
                    display_path(out_dir),
                    hint="check that the folder is writable and the disk has space; the previous output is unchanged",
                )
            ]
        ) from None
    # Everything is on disk; now move it into place with Ctrl-C held back, so the swap is not left half done.
    previous_handler = signal.getsignal(signal.SIGINT)
    interrupted: list[int] = []
    try:
        signal.signal(signal.SIGINT, lambda signum, frame: interrupted.append(signum))
    except ValueError:  # not in the main thread
        previous_handler = None
    try:
        for temp, target in staged:
            os.replace(temp, target)
        for rel in to_remove:
            (out_dir / rel).unlink(missing_ok=True)
        _remove_empty_folders({(out_dir / rel).parent for rel in to_remove}, out_dir)
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGINT, previous_handler)
    if interrupted:
        raise KeyboardInterrupt
    base = str(out_dir)
    stats = {rel: plan.stats.get(rel) or _stat(os.path.join(base, rel)) for rel in files}
    return WriteReport(to_write, unchanged, to_remove, {rel: st for rel, st in stats.items() if st is not None})


def _manifest_text(manifest: dict[str, Any]) -> str:
    """`json.dumps(manifest, indent=1)`, with the long list of files through the C encoder, a line each (an
    indented dump goes through the slow Python encoder)."""
    placeholder = "\0files\0"
    text = json.dumps({**manifest, "files": placeholder}, indent=1) + "\n"
    lines = [f"  {json.dumps(rel)}: {json.dumps(digest)}" for rel, digest in manifest["files"].items()]
    files = "{\n" + ",\n".join(lines) + "\n }" if lines else "{}"
    return text.replace(json.dumps(placeholder), files, 1)


def _write_temp(item: tuple[Path, str]) -> None:
    temp, text = item
    with open(temp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _make_folders(folder: Path, created: list[Path]) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def _remove_empty_folders(folders: set[Path], stop: Path) -> None:
    """Remove the folders left empty (and their parents up to `stop`), deepest first; rmdir refuses non-empty ones."""
    candidates = set()
    for folder in folders:
        while folder != stop and stop in folder.parents:
            candidates.add(folder)
            folder = folder.parent
    for folder in sorted(candidates, key=lambda f: len(f.parts), reverse=True):
        with contextlib.suppress(OSError):
            folder.rmdir()
