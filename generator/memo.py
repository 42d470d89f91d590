"""What one generation computed that the next generation of the same spec may reuse.

Regenerating after a small spec change should cost in proportion to the change. The memo keeps, per spec and
settings, in the cache folder: the resolution (`resolve.ResolveMemo`), a digest of every model and operation, the
names, and each rendered unit (a model module or an operation group, already formatted) with the names it looked
up. A unit is reused when the digests of its models or operations are the same and every name it looked up still
has the value it had; anything else is rendered again. A memo that cannot be read is ignored: it only saves time.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import pickle
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import ir
from .diagnostics import Diagnostic
from .graph import model_edges
from .naming import Names
from .pagination import page_operation, unmatched_rules, with_operations
from .pagination_settings import Settings as PaginationSettings
from .resolve_memo import ResolveMemo, Segment, digest_of
from .surface import Lines

if TYPE_CHECKING:
    from . import render

MEMO_VERSION = 7
_MISSING = "\0missing"  # a looked-up key that was not there (kept as a value, so a memo stays plain data)

Lookup = tuple[str, object, object]  # (table, key, value it had)


@dataclass
class Unit:
    """One generated file made from a few models or operations: its inputs and its formatted text."""

    key: bytes  # digest of the intermediate-model objects it was made from
    lookups: tuple[Lookup, ...] | bytes  # every name (and model specificity) it read, with the value it had
    # (marshalled in a stored memo: plain data, loaded far faster than as pickled tuples)
    text: str  # "" in a stored memo: the text is in the memo's text pack, at `span`
    digest: str = ""  # SHA-256 of the text, as the output's manifest records it
    span: tuple[int, int] | None = None  # (offset, length) in the text pack


@dataclass
class Memo:
    resolve: ResolveMemo | None = None
    options: bytes = b""  # digest of the build's options: a memo is reused only with the same
    digests: dict[tuple[str, str], bytes] = field(default_factory=dict)  # ("model"/"op", key) -> object digest
    shapes: dict[bytes, bytes] = field(default_factory=dict)  # object digest -> digest of what naming reads of it
    names_key: bytes = b""
    names: Names | None = None
    specificity: dict[str, int] = field(default_factory=dict)  # what `pytypes.model_specificity` gave
    units: dict[str, Unit] = field(default_factory=dict)  # output path -> unit
    surface: Lines = field(default_factory=dict)  # the surface file's line of each operation and model
    # operationId -> the operation as pagination left it and its warnings, where it changed it or warned
    pages: dict[str, tuple[ir.Operation, tuple[Diagnostic, ...]]] = field(default_factory=dict)
    output: str = ""  # the output folder the run wrote (absolute)
    stats: dict[str, tuple[int, int]] = field(default_factory=dict)  # its files' size and time, once written
    pack: str = ""  # file name of the text pack, beside the memo
    pack_data: bytes = field(default=b"", repr=False)  # its content, once loaded (never pickled)
    # The pickled bytes each segment and the names were loaded from (never pickled): saving reuses the bytes of
    # the objects a run took over unchanged instead of pickling them again.
    blobs: dict[str, tuple[object, bytes]] = field(default_factory=dict, repr=False)
    reused: frozenset[str] = frozenset()  # the units this run took from the previous memo (not stored)


def memo_file(cache: Path, settings: str, spec: Path) -> Path:
    name = hashlib.sha256(f"{MEMO_VERSION}\0{settings}\0{spec.resolve()}".encode()).hexdigest()
    return cache / "runs" / f"{name}.pickle"


def _base_file(path: Path, base_id: bytes) -> Path:
    return path.with_name(f"{path.stem}.base-{base_id.hex()}.pickle")


def load_memo(path: Path) -> Memo:
    """The memo at `path` (see `save_memo`); an empty one when it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            memo = pickle.load(f)
            if not isinstance(memo, Memo):
                return Memo()
            while (item := pickle.load(f)) is not None:  # the parts, each pickled on its own (see `save_memo`)
                part, blob = item
                memo.blobs[part] = (pickle.loads(blob), blob)
        if "names" in memo.blobs:
            memo.names = cast(Names, memo.blobs["names"][0])
        if memo.resolve is not None:
            memo.resolve.segments = {
                part.removeprefix("segment:"): cast(Segment, obj)
                for part, (obj, _) in memo.blobs.items()
                if part.startswith("segment:")
            }
            with open(_base_file(path, memo.resolve.base_id), "rb") as f:
                memo.resolve.base = pickle.load(f)
        if memo.pack:
            memo.pack_data = (path.parent / memo.pack).read_bytes()
    except Exception:  # noqa: BLE001 - missing, truncated, or written by another version: start afresh
        return Memo()
    return memo


@dataclass(frozen=True)
class Stored:
    """What `store_texts` wrote: the units as stored (their texts in the pack, at their spans), the pack's name."""

    units: dict[str, Unit]
    pack: str


def save_memo(path: Path, memo: Memo, previous: Memo, stored: Stored | None = None) -> None:
    """Best effort; each file is written aside and renamed, so a reader never sees half a memo.

    The resolved components (most of the memo's objects) go to a file of their own, named by the digest of what
    they were resolved from (`ResolveMemo.base_id`), so that a stored memo always finds the base it was made with;
    a run that reused them need not write them again. The texts of units go to a pack file that only grows by the
    new ones, and is written afresh when most of it is stale. Those two, the bulk of the memo, may have been
    written already by `store_texts` (beside the writing of the output: `stored`); the files they replace are
    removed only here, once the memo that no longer needs them is written.
    """
    try:
        stored = stored or store_texts(path, memo, previous)
        if stored is None:
            return
        resolved = memo.resolve
        slim = dataclasses.replace(
            memo,
            resolve=(
                dataclasses.replace(resolved, base=None, segments={})  # type: ignore[arg-type]
                if resolved is not None
                else None
            ),
            names=None,
            units=stored.units,
            pack=stored.pack,
            pack_data=b"",
            reused=frozenset(),
            blobs={},
        )
        parts: dict[str, object] = {f"segment:{p}": seg for p, seg in (resolved.segments if resolved else {}).items()}
        if memo.names is not None:
            parts["names"] = memo.names
        _dump(path, slim, ((part, _blob(obj, previous.blobs.get(part))) for part, obj in parts.items()))
        keep = {stored.pack, *([_base_file(path, resolved.base_id).name] if resolved is not None else [])}
        for stale in [*path.parent.glob(f"{path.stem}.base-*.pickle"), *path.parent.glob(f"{path.stem}.texts-*")]:
            if stale.name not in keep:
                stale.unlink(missing_ok=True)
        _prune(path.parent, keep=8)
    except OSError:
        pass


def store_texts(path: Path, memo: Memo, previous: Memo) -> Stored | None:
    """The bulk of a memo, written beside the memo at `path` (see `save_memo`): the resolved components unless
    `previous` was read with the same, and the texts of the units. None when it cannot be written. Safe to run
    while the output is written (on another thread): it reads the memo and writes only files of its own, and
    removes none, so that a memo already stored stays whole if this run ends before `save_memo`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        resolved = memo.resolve
        if resolved is not None:
            base_path = _base_file(path, resolved.base_id)
            # Equal ids, equal bases: the file need not be written again when `previous` was read with it.
            if previous.resolve is None or previous.resolve.base_id != resolved.base_id or not base_path.exists():
                _dump(base_path, resolved.base)
        return Stored(*_pack(path, memo, previous))
    except OSError:
        return None


def _pack(path: Path, memo: Memo, previous: Memo) -> tuple[dict[str, Unit], str]:
    """The units as stored (text in the pack), and the pack's file name: the previous pack with the new texts
    appended, or a fresh one holding only the live texts when the previous is mostly stale."""
    fresh = [rel for rel, unit in memo.units.items() if unit.span is None]
    fresh_bytes = sum(len(memo.units[rel].text) for rel in fresh)  # characters: near enough to bytes
    live = fresh_bytes + sum(u.span[1] for u in memo.units.values() if u.span)
    old = previous.pack_data
    if previous.pack and len(old) + fresh_bytes <= 2 * live + (1 << 20):
        name, offset, mode = previous.pack, len(old), "ab"
        spans = {rel: unit.span for rel, unit in memo.units.items() if unit.span is not None}
        todo = fresh
    else:
        generation = int(previous.pack.rsplit("-", 1)[-1]) + 1 if previous.pack else 1
        name, offset, mode, spans, todo = f"{path.stem}.texts-{generation}", 0, "wb", {}, sorted(memo.units)
    with open(path.parent / name, mode) as f:
        for rel in todo:  # one text at a time: all of them at once would be tens of megabytes more at the peak
            data = memo.units[rel].text.encode()
            f.write(data)
            spans[rel] = (offset, len(data))
            offset += len(data)
    units = {
        rel: Unit(unit.key, _marshalled(unit.lookups), "", unit.digest, spans[rel]) for rel, unit in memo.units.items()
    }
    return units, name


def _blob(obj: object, loaded: tuple[object, bytes] | None) -> bytes:
    """`obj` pickled: the bytes it was loaded from when it is that very object (taken over unchanged)."""
    return loaded[1] if loaded is not None and loaded[0] is obj else pickle.dumps(obj, protocol=5)


def _marshalled(lookups: tuple[Lookup, ...] | bytes) -> bytes:
    return lookups if isinstance(lookups, bytes) else marshal.dumps(cast(Any, lookups), 2)


def _prune(folder: Path, keep: int) -> None:
    """Keep the memos of the `keep` most recently generated specs and settings; remove the rest and their files."""
    memos = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    memos = [p for p in memos if ".base-" not in p.name]
    for stale in memos[keep:]:
        for item in folder.glob(f"{stale.stem}.*"):
            item.unlink(missing_ok=True)


def _dump(path: Path, value: object, parts: Iterable[tuple[str, bytes]] = ()) -> None:
    """Pickle `value` to `path`, then each part and a closing None (one part at a time: all at once would be
    more memory at the end of a run, when most of it is in use)."""
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with open(temp, "wb") as f:
        pickle.dump(value, f, protocol=5)
        for part in parts:
            pickle.dump(part, f, protocol=5)
        pickle.dump(None, f, protocol=5)
    os.replace(temp, path)


def known_files(old: Memo, new: Memo, out_dir: Path) -> dict[str, tuple[str, tuple[int, int]]]:
    """For `writer.plan_changes`: the digest of each unit's new text, and the size and time its file had when the
    previous run wrote into the same folder."""
    if old.output != str(out_dir.resolve()):
        return {}
    return {rel: (unit.digest, old.stats[rel]) for rel, unit in new.units.items() if rel in old.stats}


def paginate_again(
    api: ir.Api, raw: Any, settings: PaginationSettings, file: str, old: Memo
) -> tuple[ir.Api, list[Diagnostic], dict[str, tuple[ir.Operation, tuple[Diagnostic, ...]]]]:
    """`pagination.paginate`, with the result of the previous run for each operation the resolution replayed from
    `old` (the very object: its path item's text, the components and the settings are as they were); and what
    the next run may take from this one."""
    if not settings.enabled:
        return api, [], {}
    replayed = _replayed_operations(old)
    models = {m.key: m for m in api.models}
    operations: list[ir.Operation] = []
    problems: list[Diagnostic] = []
    pages: dict[str, tuple[ir.Operation, tuple[Diagnostic, ...]]] = {}
    for op in api.operations:
        if replayed.get(op.operation_id) is op:
            paged, found = old.pages.get(op.operation_id, (op, ()))
        else:
            paged, new = page_operation(op, models, raw, settings, file)
            found = tuple(new)
        operations.append(paged)
        problems += found
        if paged is not op or found:
            pages[op.operation_id] = (paged, found)
    problems += unmatched_rules(api.operations, settings, file)
    return with_operations(api, operations), problems, pages


def _replayed_operations(old: Memo) -> dict[str, ir.Operation]:
    if old.resolve is None:
        return {}
    return {op.operation_id: op for segment in old.resolve.segments.values() for op in segment.operations}


def object_digests(api: ir.Api, old: Memo) -> dict[tuple[str, str], bytes]:
    """A digest of every model and operation; objects the resolution replayed from `old` keep theirs, and so do
    the operations pagination took from it."""
    reused: dict[tuple[str, str], object] = {}
    if old.resolve is not None:
        reused.update((("model", k), m) for k, m in old.resolve.base.models.items())
        for segment in old.resolve.segments.values():
            reused.update((("model", m.key), m) for m in segment.models)
            reused.update((("op", op.operation_id), op) for op in segment.operations)
        reused.update((("op", operation_id), paged) for operation_id, (paged, _) in old.pages.items())
    digests: dict[tuple[str, str], bytes] = {}
    items: Iterable[tuple[tuple[str, str], object]] = [
        *((("model", m.key), m) for m in api.models),
        *((("op", op.operation_id), op) for op in api.operations),
    ]
    for id_, obj in items:
        previous = old.digests.get(id_)
        digests[id_] = previous if previous is not None and reused.get(id_) is obj else digest_of(obj)
    return digests


def names_key(api: ir.Api, digests: dict[tuple[str, str], bytes], old: Memo, shapes: dict[bytes, bytes]) -> bytes:
    """A digest of everything naming reads: model keys, field names and references; operation ids, tags and
    parameters; scheme keys. Each object's share is kept by its digest (in `shapes`), so only new objects cost."""
    h = hashlib.blake2b(digest_size=16)
    for model in api.models:
        digest = digests[("model", model.key)]
        shape = old.shapes.get(digest)
        if shape is None:
            shape = digest_of((model.key, [f.json_name for f in model.fields], model_edges(model)))
        shapes[digest] = shape
        h.update(shape)
    for op in api.operations:
        digest = digests[("op", op.operation_id)]
        shape = old.shapes.get(digest)
        if shape is None:
            shape = digest_of(
                (op.operation_id, op.tag, [(p.location, p.name) for p in op.parameters], op.events is not None)
            )
        shapes[digest] = shape
        h.update(shape)
    h.update(digest_of([s.key for s in api.security_schemes]))
    return h.digest()


class Recorder(Mapping[Any, Any]):
    """A read-only view of one table of names that notes every key read, and the value it found."""

    def __init__(self, table: str, data: Mapping[Any, Any], log: list[Lookup]) -> None:
        self._table, self._data, self._log = table, data, log

    def __getitem__(self, key: Any) -> Any:
        value = self._data.get(key, _MISSING)
        self._log.append((self._table, key, value))
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        value = self._data.get(key, _MISSING)
        self._log.append((self._table, key, value))
        return value is not _MISSING

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(f"a rendered unit may look names up, not list them all ({self._table})")

    def __len__(self) -> int:
        raise TypeError(f"a rendered unit may look names up, not count them ({self._table})")


class UnitCache:
    """Rendered units of the previous run, checked against the current names; and the units of this run."""

    def __init__(
        self,
        old: Memo,
        names: Names,
        specificity: dict[str, int],
        digests: dict[tuple[str, str], bytes],
    ) -> None:
        self.old = old.units
        # Every stored unit read the previous run's names and specificity and found its values there (it was made
        # or checked with them). When this run's are the very same, no lookup needs checking again.
        self.same_names = names is old.names and specificity == old.specificity
        self.pack = old.pack_data
        self.digests = digests
        self.units: dict[str, Unit] = {}
        self.log: list[Lookup] = []
        self.tables: dict[str, Mapping[Any, Any]] = {f.name: getattr(names, f.name) for f in fields(Names)}
        self.tables["specificity"] = specificity
        recorders: list[Any] = [Recorder(f.name, self.tables[f.name], self.log) for f in fields(Names)]
        self.names = Names(*recorders)
        self.specificity: Mapping[str, int] = Recorder("specificity", specificity, self.log)
        self.reused: set[str] = set()  # paths of the units taken from the old memo

    def make(self, unit: render.Unit) -> str:
        """The unit's text: the previous run's while nothing it read changed, else made with names that note what
        is read."""
        key = self.key(unit.inputs)
        text = self.get(unit.path, key)
        if text is None:
            self.start()
            text = unit.make(self.names, self.specificity)
            self.made(unit.path, key)
        return text

    def key(self, inputs: Iterable[tuple[str, str]]) -> bytes:
        """The digest of a unit's inputs: models and operations by their digests, other strings as they are."""
        h = hashlib.blake2b(digest_size=16)
        for kind, value in inputs:
            h.update(self.digests.get((kind, value)) or f"{kind}\0{value}\0".encode())
        return h.digest()

    def get(self, path: str, key: bytes) -> str | None:
        """The formatted text of the unit at `path`, if made from the same objects and names."""
        unit = self.old.get(path)
        if unit is None or unit.key != key:
            return None
        if not self.same_names:
            tables = self.tables
            lookups = marshal.loads(unit.lookups) if isinstance(unit.lookups, bytes) else unit.lookups
            for table, name, value in lookups:
                if tables[table].get(name, _MISSING) != value:
                    return None
        if unit.text:  # a memo still in memory, as `build` returned it
            text = unit.text
        elif unit.span is not None and unit.span[0] + unit.span[1] <= len(self.pack):
            data = self.pack[unit.span[0] : unit.span[0] + unit.span[1]]
            # Checked, so that nothing (two runs appending at once, a damaged file) can put a wrong text in the output.
            if hashlib.sha256(data).hexdigest() != unit.digest:
                return None
            text = data.decode()
        else:
            return None
        self.units[path] = Unit(unit.key, unit.lookups, text, unit.digest, unit.span)
        self.reused.add(path)
        return text

    def start(self) -> None:
        self.log.clear()

    def made(self, path: str, key: bytes) -> None:
        """A unit was rendered with the recording names: keep what it read (its text comes after formatting)."""
        self.units[path] = Unit(key, tuple(dict.fromkeys(self.log)), "")

    def formatted(self, files: dict[str, str]) -> None:
        """Give the units made in this run their formatted text."""
        for path, unit in self.units.items():
            if path not in self.reused:
                unit.text = files[path]
                unit.digest = hashlib.sha256(unit.text.encode()).hexdigest()


def unit_text(memo: Memo, path: str) -> str | None:
    """The text the memo's run generated at `path` (one of its units), if it still has it; for finding the base
    of a file the user edited (`edits.Bases`)."""
    unit = memo.units.get(path)
    if unit is None:
        return None
    if unit.text:
        return unit.text
    if unit.span is None or unit.span[0] + unit.span[1] > len(memo.pack_data):
        return None
    try:
        return memo.pack_data[unit.span[0] : unit.span[0] + unit.span[1]].decode()
    except UnicodeDecodeError:
        return None
