"""Generating into a folder, again and again: the pipeline inside its incremental layer.

A `Target` is one spec, its settings and the folder it is generated into. `generate` runs the pipeline with what
the previous run of the same target left (the memo: resolved path items, rendered units, names), `plan` tells what
writing would change (for `--check`), `write` writes atomically, merging the user's edits, and remembers this run
for the next. The command line talks to this module only.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Config
from .edits import Bases, Mode
from .loader import MAX_BYTES, MAX_DEPTH, Loader
from .settings import settings_digest
from .staging import Stage, stage_for
from .writer import Plan, Stat, WriteReport, plan_changes, read_manifest, record_inputs, up_to_date, write_files

if TYPE_CHECKING:  # the stages are imported when there is work for them: an up-to-date check needs none of them
    from .memo import Memo, Stored
    from .naming import Renames
    from .pipeline import Result
    from .select import Selection


@dataclass(frozen=True)
class Target:
    """One spec generated into one folder with one set of settings."""

    config: Config
    allow_outside_refs: bool = False
    max_spec_bytes: int = MAX_BYTES
    max_spec_depth: int = 0

    @property
    def out_dir(self) -> Path:
        return Path(self.config.output)

    @property
    def spec(self) -> Path:
        return Path(self.config.spec)

    @property
    def templates(self) -> tuple[Path, ...]:
        return (Path(self.config.templates),) if self.config.templates else ()

    @property
    def selection(self) -> Selection:
        from .select import Selection

        c = self.config
        return Selection(c.include_tags, c.exclude_tags, c.include_operations, c.exclude_operations)

    @property
    def renames(self) -> Renames:
        from .naming import Renames

        return Renames(self.config.rename_classes, self.config.rename_fields)

    def settings(self) -> str:
        """The digest of everything besides the spec that decides the output."""
        c = self.config
        return settings_digest(
            c.package, c.strict, c.validate, c.formatter, self.templates, self.selection, self.renames, c.project,
            self.allow_outside_refs, c.pagination, c.env,
        )


def is_up_to_date(target: Target, settings: str) -> bool:
    """Whether the folder holds what this target generates: the spec, the files it refers to and the settings are
    those of the last run (checked without reading the spec)."""
    return bool(target.config.package) and up_to_date(target.out_dir, settings, target.spec)


def edited_files(target: Target) -> list[str]:
    """The generated files the user has edited (their edits are kept), as the manifest records them."""
    return list(read_manifest(target.out_dir, "edited"))


@dataclass
class Generation:
    """What one run generated for a target, and what it needs to write it."""

    target: Target
    settings: str
    result: Result
    known: dict[str, tuple[str, Stat]]  # the files the previous run wrote there: digest and stat
    bases: Bases  # where the base of an edited file is found, for merging
    previous: Memo
    memo_path: Path
    stage: Stage | None = None  # where files were written while being made (`staging.py`)
    kept: list[object] = field(default_factory=list)  # see `one_shot`


def generate(
    target: Target, settings: str, progress: Callable[[str], None] = lambda stage: None, writing: bool = False
) -> Generation:
    """Run the pipeline for `target`, reusing what the previous run of the same target and settings left. When the
    output will be written (`writing`) into a new or empty folder, the files are written while they are made
    (`staging.py`); `discard` removes what is left of that, whatever happens next."""
    from .formatting import cache_dir
    from .memo import known_files, load_memo, memo_file, unit_text

    memo_path = memo_file(cache_dir().parent, settings, target.spec)
    previous = load_memo(memo_path)
    loader = Loader(max_bytes=target.max_spec_bytes, max_depth=max(MAX_DEPTH, target.max_spec_depth))
    stage = stage_for(target.out_dir) if writing else None
    try:
        result = _build(target, loader, progress, previous, stage)
    except BaseException:
        if stage is not None:
            stage.discard()
        raise
    known = known_files(previous, result.memo, target.out_dir) if result.memo is not None else {}
    bases = Bases(target.out_dir, cached=lambda rel, digest: unit_text(previous, rel))
    generation = Generation(target, settings, result, known, bases, previous, memo_path, stage)
    if _KEPT is not None:
        _KEPT.extend((previous, result))
        if previous.resolve is not None:  # a regeneration, where time counts most: not freeing the parsed spec saves
            _KEPT.append(loader)  # a fifth of it; a first generation frees it, or its peak memory would grow
    return generation


def _build(
    target: Target, loader: Loader, progress: Callable[[str], None], previous: Memo, stage: Stage | None
) -> Result:
    from .pipeline import build

    c = target.config
    return build(
        target.spec,
        c.package,
        c.strict,
        c.validate,
        target.templates,
        formatter=c.formatter,
        selection=target.selection,
        renames=target.renames,
        project=c.project,
        loader=loader,
        allow_outside_refs=target.allow_outside_refs,
        progress=progress,
        memo=previous,
        env=c.env,
        pagination=c.pagination,
        stage=stage,
    )


def discard(generation: Generation) -> None:
    """Remove the staging folder, if the generation had one (after writing, or when it is not written)."""
    if generation.stage is not None:
        generation.stage.discard()


def plan(generation: Generation) -> Plan:
    """What writing would change, edits merged where they can be (nothing is written)."""
    return plan_changes(
        generation.target.out_dir, generation.result.files, generation.known, "merge", generation.bases.find
    )


def unchanged_stats(generation: Generation) -> dict[str, Stat]:
    """The files' stats as the previous run left them (a check writes nothing)."""
    return {rel: stat for rel, (_, stat) in generation.known.items()}


def write(generation: Generation, mode: Mode) -> WriteReport:
    """Write the output atomically, merging, overwriting (`force`) or marking the user's conflicting edits."""
    out_dir = generation.target.out_dir
    inputs = record_inputs(out_dir, generation.settings, generation.result.inputs)
    staged = generation.stage.staged() if generation.stage is not None else {}
    memo = generation.result.memo
    digests = {rel: unit.digest for rel, unit in memo.units.items() if unit.digest} if memo is not None else {}
    return write_files(
        out_dir, generation.result.files, inputs, generation.known, mode, generation.bases.find, staged, digests
    )


def store(generation: Generation) -> Future[Stored | None] | None:
    """Start writing the bulk of the memo (`memo.store_texts`) on a thread of its own, to run while the output is
    written: pickling the memo keeps the processor busy, while writing the output mostly waits on the disk."""
    from .memo import store_texts

    memo = generation.result.memo
    if memo is None:
        return None
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(store_texts, generation.memo_path, memo, generation.previous)
    pool.shutdown(wait=False)
    return future


def remember(
    generation: Generation, stats: dict[str, Stat], stored: Future[Stored | None] | None = None
) -> None:
    """Keep this run for the next one of the same target: the memo, with the files' stats as written (its bulk
    already written by `store`, when that was started)."""
    from .memo import save_memo

    memo = generation.result.memo
    if memo is not None:
        memo.output, memo.stats = str(generation.target.out_dir.resolve()), stats
        done = stored.result() if stored is not None else None
        if stored is None or done is not None:
            save_memo(generation.memo_path, memo, generation.previous, done)


# In a one-shot process (`one_shot`), the large objects of a generation are kept here instead of being freed when
# they go out of use: freeing the millions of objects a large spec makes, one by one, takes half a second on
# GitHub's API, for nothing when the process ends right after.
_KEPT: list[object] | None = None


def one_shot() -> None:
    """Settings for a process that generates and exits (the `clientgen` command): nothing is freed at the end, and
    the cyclic garbage collector is off. A generation allocates millions of small objects that live until it ends
    and makes next to no cyclic garbage: the collector would only walk them again and again (a third of the run on
    GitHub's spec; the peak memory is the same without it). Reference counting still frees everything else."""
    global _KEPT
    _KEPT = []
    gc.disable()
