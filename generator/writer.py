"""Stage 7, write: put the generated files in place without ever losing the previous output or a user's file.

Every file is written aside first; only when all of them are written are they moved into place (a rename each).
A manifest inside the output lists what clientgen wrote, so a later run removes only its own stale files and
refuses to overwrite a file it did not write. A file it wrote that the user edited since is never overwritten
silently: the edits are merged into the new generation (`edits.py`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import signal
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, GenerationError
from .edits import (
    BASE_STORE,
    Bases,
    BaseSource,
    Edit,
    Mode,
    carry,
    conflict_diagnostics,
    store_bytes,
)
from .loader import display_path
from .staging import write_new

MANIFEST = ".clientgen-manifest.json"
UNRESOLVED = "conflict markers"  # in the manifest's "edited", for a file that still has conflict markers


@dataclass
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    stats: dict[str, Stat] = field(default_factory=dict)  # every file's, as it is now in place
    edits: list[Edit] = field(default_factory=list)  # what became of the files the user had edited


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _manifest(out_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((out_dir / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def read_manifest(out_dir: Path, key: str = "files") -> dict[str, str]:
    """The files clientgen wrote into `out_dir` last time, with the SHA-256 of what it generated for each; with
    `key="edited"`, those that the user had edited, with the SHA-256 of their content as the run left it."""
    return _entries(_manifest(out_dir), key)


def _entries(manifest: dict[str, Any], key: str) -> dict[str, str]:
    files = manifest.get(key, {})
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
        edited = _entries(manifest, "edited")
        if edited and not (base / BASE_STORE).is_file():  # a full run writes the bases of the edited files again
            return False
        for rel, digest in _entries(manifest, "files").items():
            found = hashlib.sha256((base / rel).read_bytes()).hexdigest()
            if found != digest and found != edited.get(rel):
                return False
    except OSError:
        return False
    return True


def plan_changes(
    out_dir: Path,
    files: dict[str, str],
    known: Mapping[str, tuple[str, Stat]] | None = None,
    mode: Mode = "merge",
    bases: BaseSource | None = None,
) -> Plan:
    """What putting `files` into `out_dir` would do.

    `known` holds, for some files, the SHA-256 of the new text and the size and modification time the file had when
    the last run left it (`WriteReport.stats`). Such a file is unchanged, without reading it, when the manifest has
    that digest for it and its size and time are still the same (as make and git decide); every other file is
    compared by its content. Files the user edited are merged (`edits.carry`, with `mode` for conflicts), their
    bases found by `bases` (by default `edits.Bases`: the base store, then git)."""
    return _plan(out_dir, files, known or {}, mode, bases or Bases(out_dir).find)


@dataclass
class Plan:
    to_write: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    to_remove: list[str] = field(default_factory=list)
    conflicts: list[Diagnostic] = field(default_factory=list)  # nothing can be written (a file in the way)
    stats: dict[str, Stat] = field(default_factory=dict)  # of the files found unchanged by their size and time
    edits: list[Edit] = field(default_factory=list)  # the files the user edited, and what becomes of them
    contents: dict[str, str] = field(default_factory=dict)  # what to write instead of the generation (merges)
    edited: dict[str, str] = field(default_factory=dict)  # files edited after the run: SHA-256 of their content

    def edit_conflicts(self, out_dir: Path) -> list[Diagnostic]:
        """The edits that stop the run: conflicts, missing bases, edited files no longer generated."""
        return [d for edit in self.edits for d in conflict_diagnostics(edit, out_dir)]


def _plan(
    out_dir: Path, files: dict[str, str], known: Mapping[str, tuple[str, Stat]], mode: Mode, bases: BaseSource
) -> Plan:
    where = display_path(out_dir)
    plan = Plan()
    if os.path.exists(out_dir) and not os.path.isdir(out_dir):  # (a path the system refuses: writing says so)
        plan.conflicts.append(
            Diagnostic(
                "error",
                f"the output path {where} is a file, not a folder",
                where,
                hint="choose another --output, or remove that file",
            )
        )
        return plan
    manifest = _manifest(out_dir)
    previous, was_edited = _entries(manifest, "files"), _entries(manifest, "edited")
    base = str(out_dir)
    for rel, text in sorted(files.items()):
        target = os.path.join(base, rel)  # strings, not Paths: this runs for every file of a large client
        if rel in known and was_edited.get(rel) != UNRESOLVED:
            digest, stat = known[rel]
            if previous.get(rel) == digest and _stat(target) == stat:
                plan.unchanged.append(rel)
                plan.stats[rel] = stat
                if rel in was_edited:  # as the last run left it: still edited
                    plan.edited[rel] = was_edited[rel]
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
            if current is not None and _digest(current) != previous[rel]:  # edited since clientgen wrote it
                recorded = previous[rel]
                new_digest = known[rel][0] if rel in known else _digest(text)
                edit = carry(rel, current, text, text if new_digest == recorded else bases(rel, recorded), mode)
                plan.edits.append(edit)
                if edit.outcome == "markers" or edit.unresolved:  # never up to date: each run reads it and warns
                    plan.edited[rel] = UNRESOLVED
                elif edit.stays_edited:
                    plan.edited[rel] = _digest(edit.text) if edit.text is not None else _digest(current)
                if edit.text is not None:
                    plan.contents[rel] = edit.text
                    plan.to_write.append(rel)
                elif edit.stays_edited:
                    plan.unchanged.append(rel)
                continue
        plan.to_write.append(rel)
    for rel in sorted(previous):
        path = os.path.join(base, rel)
        if rel in files or not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as f:
                edited = hashlib.sha256(f.read()).hexdigest() != previous[rel]
        except OSError:
            edited = False
        if not edited:
            plan.to_remove.append(rel)
        elif mode == "force":
            plan.edits.append(Edit(rel, "deleted", None))
            plan.to_remove.append(rel)
        else:  # left in place: with --conflict-markers as the user's own file, else the run stops
            plan.edits.append(Edit(rel, "disowned" if mode == "markers" else "unneeded", None))
    return plan


def write_files(
    out_dir: Path,
    files: dict[str, str],
    inputs: dict[str, Any] | None = None,
    known: Mapping[str, tuple[str, Stat]] | None = None,
    mode: Mode = "merge",
    bases: BaseSource | None = None,
    staged: Mapping[str, Path] | None = None,
    digests: Mapping[str, str] | None = None,
) -> WriteReport:
    """Put `files` into `out_dir` (see `plan_changes` for `known`, `mode` and `bases`). The files in `staged` are
    on disk already, with the text generated for them, where it says: they are moved into place as they are.
    `digests` has the SHA-256 of some of the new texts, for the manifest (it is computed for the others).

    Raises `GenerationError` when something is in the way, and `edits.EditConflicts` (with nothing written) when
    an edit conflicts with the new generation."""
    plan = _plan(out_dir, files, known or {}, mode, bases or Bases(out_dir).find)
    to_write, unchanged, to_remove = plan.to_write, plan.unchanged, plan.to_remove
    if plan.conflicts:
        raise GenerationError(plan.conflicts)
    stopping = plan.edit_conflicts(out_dir)
    if stopping:
        from .edits import EditConflicts

        raise EditConflicts(stopping)
    contents = {**files, **plan.contents}
    on_disk = {rel: path for rel, path in (staged or {}).items() if rel not in plan.contents}
    moves: list[tuple[Path, Path]] = []  # (written aside, its place)
    created: list[Path] = []  # folders made for the new files, removed again if writing fails
    try:
        for rel in to_write:
            target = out_dir / rel
            _make_folders(target.parent, created)
            moves.append((on_disk.get(rel) or _aside(target, TEMP_SUFFIX), target))
        # Threads: creating a file waits on the disk, and several creations can wait at once.
        with ThreadPoolExecutor(max_workers=8) as pool:
            writes = [(temp, contents[rel]) for (temp, _), rel in zip(moves, to_write) if rel not in on_disk]
            list(pool.map(_write_temp, writes))
        digests = {**(digests or {}), **{rel: digest for rel, (digest, _) in (known or {}).items()}}
        manifest: dict[str, Any] = {
            "generator": "clientgen",
            "files": {rel: digests.get(rel) or _digest(files[rel]) for rel in sorted(files)},
        }
        if plan.edited:
            manifest["edited"] = dict(sorted(plan.edited.items()))
        if inputs is not None:
            manifest["inputs"] = inputs
        manifest_text = _manifest_text(manifest)
        manifest_path = out_dir / MANIFEST
        if not manifest_path.is_file() or manifest_path.read_text(encoding="utf-8") != manifest_text:
            _make_folders(out_dir, created)
            manifest_temp = _aside(manifest_path, TEMP_SUFFIX)
            moves.append((manifest_temp, manifest_path))
            _write_temp((manifest_temp, manifest_text))
        store_path = out_dir / BASE_STORE
        if plan.edited:  # the base of every file that stays edited: what this run generated there
            store = store_bytes({rel: files[rel] for rel in plan.edited})
            if not store_path.is_file() or store_path.read_bytes() != store:
                store_temp = _aside(store_path, TEMP_SUFFIX)
                moves.append((store_temp, store_path))
                store_temp.write_bytes(store)
    except OSError as exc:
        _clean_up([temp for temp, _ in moves], created)
        raise write_error(exc, out_dir, {str(temp): target for temp, target in moves}) from None
    # Everything is on disk; now move it into place with Ctrl-C held back, so the swap is not left half done.
    previous_handler = signal.getsignal(signal.SIGINT)
    interrupted: list[int] = []
    try:
        signal.signal(signal.SIGINT, lambda signum, frame: interrupted.append(signum))
    except ValueError:  # not in the main thread
        previous_handler = None
    try:
        _swap(out_dir, moves, to_remove, created)
        if not plan.edited:
            with contextlib.suppress(OSError):  # a stale store is never read: no file is recorded as edited
                (out_dir / BASE_STORE).unlink(missing_ok=True)
        _remove_empty_folders({(out_dir / rel).parent for rel in to_remove}, out_dir)
    finally:
        if previous_handler is not None:
            signal.signal(signal.SIGINT, previous_handler)
    if interrupted:
        raise KeyboardInterrupt
    base = str(out_dir)
    stats = {rel: plan.stats.get(rel) or _stat(os.path.join(base, rel)) for rel in files}
    kept = {rel: st for rel, st in stats.items() if st is not None}
    return WriteReport(to_write, unchanged, to_remove, kept, plan.edits)


TEMP_SUFFIX = ".clientgen-tmp"  # a new file, written beside its place before the swap
OLD_SUFFIX = ".clientgen-old"  # the previous file, kept beside its place until the swap is done


def _aside(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}{suffix}")


def _swap(out_dir: Path, staged: list[tuple[Path, Path]], to_remove: list[str], created: list[Path]) -> None:
    """Move the written files into place and the stale ones out. The previous version of each is kept aside (a
    hard link: the file in place is never missing) until all are done; if one move fails, the moves done are
    undone, so that the previous output is as it was, and the failure is raised as a `GenerationError`."""
    done: list[tuple[Path, Path | None]] = []  # a path changed, and where its previous file is (None: it was new)
    current: Path | None = None
    pending: Path | None = None  # the second name of the file at `current`, while it is being replaced
    try:
        for temp, target in staged:
            current = target
            pending = _keep_previous(target)
            os.replace(temp, target)
            done.append((target, pending))
            pending = None
        for rel in to_remove:
            current = out_dir / rel
            if os.path.lexists(current):
                aside = _aside(current, OLD_SUFFIX)
                os.replace(current, aside)
                done.append((current, aside))
    except OSError as exc:
        for path, previous in reversed(done):
            with contextlib.suppress(OSError):  # a previous file that cannot be put back stays beside its place
                if previous is None:
                    path.unlink(missing_ok=True)
                else:
                    os.replace(previous, path)
        _clean_up([temp for temp, _ in staged] + ([pending] if pending is not None else []), created)
        names = {str(temp): target for temp, target in staged}
        raise write_error(exc, out_dir, names, current) from None
    for _, previous in done:
        if previous is not None:
            with contextlib.suppress(OSError):
                previous.unlink()


def _keep_previous(target: Path) -> Path | None:
    """A second name for the file at `target` (a hard link, or a copy where links are not allowed), if any."""
    if not os.path.lexists(target):
        return None
    old = _aside(target, OLD_SUFFIX)
    old.unlink(missing_ok=True)  # left by a run that was killed
    try:
        os.link(target, old, follow_symlinks=False)
    except OSError:
        try:
            shutil.copy2(target, old, follow_symlinks=False)
        except OSError:
            old.unlink(missing_ok=True)
            raise
    return old


def _clean_up(files: list[Path], created: list[Path]) -> None:
    """Remove what a failed run wrote; each removal on its own (on a read-only or full disk, or where a file
    stands in the way of a folder, some fail too)."""
    for path in files:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


_HINTS = {
    errno.ENAMETOOLONG: "most filesystems allow 255 bytes in one name and 4096 in a whole path; the names clientgen "
    "makes have at most 64 characters, so choose a shorter --package or --output",
    errno.ENOTDIR: "a part of that path is a file where a folder must be: move it away or choose another --output",
    errno.EISDIR: "a folder is where clientgen must write a file: move it away or choose another --output",
    errno.ENOSPC: "the disk is full: free some space",
    errno.EDQUOT: "the disk quota is used up: free some space",
    errno.EROFS: "the file system is mounted read-only: choose another --output",
    errno.EACCES: "check that the folder is writable by you",
    errno.EPERM: "check that the folder is writable by you",
}


def write_error(
    exc: OSError,
    out_dir: Path | None,
    names: Mapping[str, Path],
    fallback: Path | None = None,
    doing: str = "write the output",
) -> GenerationError:
    """The error for a file or folder that could not be written, located at that path: the file in the output
    when the failure was on its temporary twin (`names` maps one to the other), else `fallback` or the output
    folder if the system named no path."""
    raw = str(exc.filename) if exc.filename is not None else None
    path = names.get(raw, Path(raw)) if raw is not None else fallback or out_dir
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENAMETOOLONG and raw is not None:
        longest = max(Path(raw).parts, key=lambda part: len(os.fsencode(part)))
        reason += f" (a name of {len(os.fsencode(longest))} bytes, a path of {len(os.fsencode(raw))}"
        reason += f", as the temporary {Path(raw).name})" if raw in names and names[raw] != Path(raw) else ")"
    if exc.errno == errno.ENOTDIR and path is not None:
        in_the_way = next((str(p) for p in reversed(path.parents) if os.path.lexists(p) and not p.is_dir()), "")
        reason += f" ({display_path(Path(in_the_way))} is a file)" if in_the_way else ""
    hint = _HINTS.get(exc.errno or 0, "check that the folder is writable and the disk has space")
    return GenerationError(
        [
            Diagnostic(
                "error",
                f"cannot {doing}: {reason}",
                display_path(path) if path is not None else "",
                hint=f"{hint}; the previous output is unchanged",
            )
        ]
    )


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
    try:
        write_new(str(temp), text.encode("utf-8"))
    except OSError as exc:
        if exc.filename is None:  # a failed write or close names no file
            exc.filename = str(temp)
        raise


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
