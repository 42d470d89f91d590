"""Writing while rendering: on a first generation into a new or empty folder, every file will be written as it is
generated, so the formatting worker writes each batch as soon as it has formatted it (on the second core, while the
main process still renders), into a staging folder inside the output. Writing the output then moves those files into
place (a rename each) instead of writing them. The staging folder is removed whatever happens; nothing of the
user's can be in it, as the output folder held nothing when it was made.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

STAGE = ".clientgen-staging"


@dataclass
class Stage:
    """The staging folder, and the files written there in full (paths relative to the output folder)."""

    folder: Path
    output_existed: bool
    files: set[str] = field(default_factory=set)

    def staged(self) -> Mapping[str, Path]:
        return {rel: self.folder / rel for rel in self.files}

    def discard(self) -> None:
        """Remove the staging folder, and the output folder if this run made it and it is empty."""
        shutil.rmtree(self.folder, ignore_errors=True)
        if not self.output_existed:
            try:
                self.folder.parent.rmdir()
            except OSError:  # written into, or already gone
                pass


def stage_for(out_dir: Path) -> Stage | None:
    """A stage for `out_dir` when it does not exist yet or is an empty folder, else None (a regeneration, or a
    folder with other files: writing decides there which files change). A staging folder left by a run that was
    killed is removed first."""
    leftover = out_dir / STAGE
    try:
        if leftover.is_dir():
            shutil.rmtree(leftover, ignore_errors=True)
        if not out_dir.exists():
            return Stage(leftover, output_existed=False)
        if out_dir.is_dir() and not any(out_dir.iterdir()):
            return Stage(leftover, output_existed=True)
    except OSError:
        pass
    return None


def write_batch(folder: str, files: Mapping[str, str]) -> list[str]:
    """Write `files` under `folder`; the paths written in full. Stops at the first that fails (the rest are written
    by the main process with the others), and leaves nothing half written behind."""
    written: list[str] = []
    folders: set[str] = set()
    for rel, text in files.items():
        path = os.path.join(folder, rel)
        try:
            parent = os.path.dirname(path)
            if parent not in folders:  # each folder made once: a failing mkdir is a system call too
                os.makedirs(parent, exist_ok=True)
                folders.add(parent)
            write_new(path, text.encode("utf-8"))
        except OSError:
            try:
                os.unlink(path)
            except OSError:
                pass
            break
        written.append(rel)
    return written


def write_new(path: str, data: bytes) -> None:
    """Write a file with three system calls (open, write, close): `open()` adds a stat, an ioctl and a seek, which
    cost half as much again on a slow disk."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
