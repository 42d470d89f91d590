"""Files the user edited after clientgen wrote them: find what clientgen wrote (the base), and carry the edits
into the new generation with a three-way merge (`merge.py`).

A generated file is edited when its content no longer has the SHA-256 the manifest recorded for it. Its base is
looked for, in order, in
1. the base store `.clientgen-base` beside the manifest: after each run, the text clientgen generated for every
   file that stays edited (only those: it is small), zlib-compressed JSON, committed with the output;
2. the new generation itself, when it has the recorded digest (the file's generation did not change);
3. the local cache of the previous run (`memo.py`), which keeps the text of every module it rendered;
4. git, when the output is in a git work tree: the index and the last commits that touched the file, for a
   version with the recorded digest (the usual case: the generated output was committed before it was edited).
Every candidate is checked against the recorded digest; when none has it, the base is missing, and that is an
error that says so (a merge against a guessed base could lose or duplicate the user's lines).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from .diagnostics import Diagnostic, GenerationError
from .loader import display_path
from .merge import YOURS_MARKER, Conflict, merge3

BASE_STORE = ".clientgen-base"
GIT_DEPTH = 200  # commits of a file's history searched for its base

Mode = Literal["merge", "force", "markers"]  # on a conflict: stop, overwrite the edits, or write conflict markers
# kept: the generation did not change, the file stays as it is; merged; conflict (the run stops); markers: written
# with conflict markers; overwritten (--force); no-base: the base is missing (the run stops); unneeded: the file is
# no longer generated (the run stops); deleted (--force); disowned: left in place as the user's (--conflict-markers)
Outcome = Literal[
    "kept", "merged", "conflict", "markers", "overwritten", "no-base", "unneeded", "deleted", "disowned"
]
BaseSource = Callable[[str, str], str | None]  # (path in the output, recorded digest) -> base text, if found


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Edit:
    """What becomes of one edited file."""

    rel: str
    outcome: Outcome
    text: str | None  # what to write there; None leaves the file as it is
    conflicts: tuple[Conflict, ...] = ()
    unresolved: bool = False  # the file keeps conflict markers an earlier run wrote (--conflict-markers)

    @property
    def stays_edited(self) -> bool:
        """Whether the file differs from the generation after this run (its base must be kept)."""
        return self.outcome in ("kept", "merged", "markers")


def carry(rel: str, yours: str, generated: str, base: str | None, mode: Mode) -> Edit:
    """Carry the edits of `yours` (made over `base`) into the new generation `generated`."""
    if base is None:
        return Edit(rel, "overwritten", generated) if mode == "force" else Edit(rel, "no-base", None)
    if base == generated:
        return Edit(rel, "kept", None, unresolved=_has_markers(yours))
    merged = merge3(base, yours, generated)
    if not merged.conflicts:
        text = merged.text if merged.text != yours else None
        return Edit(rel, "merged", text, unresolved=_has_markers(merged.text))
    if mode == "force":
        return Edit(rel, "overwritten", generated, merged.conflicts)
    if mode == "markers":
        return Edit(rel, "markers", merged.text, merged.conflicts)
    return Edit(rel, "conflict", None, merged.conflicts)


class EditConflicts(GenerationError):
    """Edits that conflict with the new generation: the run stops and writes nothing (exit status 1)."""


_RESOLVE = "run again with --conflict-markers to get both versions in the file, or with --force to overwrite your edits"


def conflict_diagnostics(edit: Edit, out_dir: Path) -> list[Diagnostic]:
    """The errors of an edit that stops the run (none for the others)."""
    where = display_path(out_dir / edit.rel)
    if edit.outcome == "conflict":
        return [
            Diagnostic(
                "error",
                f"your edit conflicts with the new generation ({c.describe()})",
                where,
                line=max(c.yours[0], 1) if c.yours[1] >= c.yours[0] else max(c.yours[1], 1),
                hint=_RESOLVE if i == len(edit.conflicts) - 1 else "",
            )
            for i, c in enumerate(edit.conflicts)
        ]
    if edit.outcome == "no-base":
        return [
            Diagnostic(
                "error",
                "you edited this file, and what clientgen wrote there last time (the base a merge needs) is not "
                f"available: not in {BASE_STORE}, nor in the cache, nor in git history",
                where,
                hint="put back the version clientgen wrote and make your edit again, or run again with --force to "
                "overwrite your edits (run clientgen generate after editing, before the spec changes, and the base "
                f"is kept in {BASE_STORE})",
            )
        ]
    if edit.outcome == "unneeded":
        return [
            Diagnostic(
                "error",
                "you edited this file, and the new generation no longer has it",
                where,
                hint="run again with --force to delete it, or with --conflict-markers to leave it in place as your own",
            )
        ]
    return []


def _has_markers(text: str) -> bool:
    return text.startswith(YOURS_MARKER + "\n") or f"\n{YOURS_MARKER}\n" in text


# ------------------------------------------------------------------------------------------- the base store


def store_bytes(bases: Mapping[str, str]) -> bytes:
    """The base store for `bases` (path -> text clientgen generated there): the same bytes for the same bases."""
    data = json.dumps({"clientgen-base": 1, "files": dict(sorted(bases.items()))}, ensure_ascii=False)
    return zlib.compress(data.encode(), 9)


def read_store(out_dir: Path) -> dict[str, str]:
    """The bases kept in `out_dir`'s store; empty when there is none or it cannot be read."""
    try:
        data = json.loads(zlib.decompress((out_dir / BASE_STORE).read_bytes()))
        files = data["files"]
    except (OSError, ValueError, KeyError, TypeError, zlib.error):
        return {}
    return {str(k): v for k, v in files.items() if isinstance(v, str)} if isinstance(files, dict) else {}


# ------------------------------------------------------------------------------------------- finding bases


@dataclass
class Bases:
    """Where the bases of edited files are looked for (see the module's docstring); each source is read only
    when an edited file needs it."""

    out_dir: Path
    cached: Callable[[str, str], str | None] = lambda rel, digest: None  # the previous run's texts (the memo)
    use_git: bool = True
    _store: dict[str, str] | None = field(default=None, repr=False)

    def find(self, rel: str, recorded: str) -> str | None:
        if self._store is None:
            self._store = read_store(self.out_dir)
        for text in (self._store.get(rel), self.cached(rel, recorded)):
            if text is not None and digest(text) == recorded:
                return text
        return from_git(self.out_dir, rel, recorded) if self.use_git else None


def from_git(out_dir: Path, rel: str, recorded: str) -> str | None:
    """The version of `out_dir/rel` with SHA-256 `recorded` in the git index or the file's last commits."""
    if shutil.which("git") is None:
        return None
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0"}
    folder = out_dir.resolve()

    def git(*args: str, stdin: bytes | None = None) -> bytes | None:
        try:
            run = subprocess.run(
                ["git", "-C", str(folder), *args], check=False, input=stdin, capture_output=True, env=env, timeout=30
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return run.stdout if run.returncode == 0 else None

    prefix = git("rev-parse", "--show-prefix")
    if prefix is None:
        return None  # not in a git work tree
    path = prefix.decode().strip() + rel
    commits = (git("log", f"-n{GIT_DEPTH}", "--format=%H", "--", rel) or b"").split()
    names = [f":{path}"] + [f"{commit.decode()}:{path}" for commit in commits]
    found = git("cat-file", "--batch", stdin="".join(f"{name}\n" for name in names).encode())
    at = 0
    while found is not None and at < len(found):
        end = found.index(b"\n", at)
        header = found[at:end].split()
        at = end + 1
        if len(header) != 3 or header[1] != b"blob" or not header[2].isdigit():  # "<name> missing"
            continue
        size = int(header[2])
        blob = found[at : at + size]
        at += size + 1
        if hashlib.sha256(blob).hexdigest() == recorded:
            try:
                return blob.decode("utf-8")
            except UnicodeDecodeError:
                return None
    return None
