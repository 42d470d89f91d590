"""What incremental regeneration keeps of a resolution: the components' result and each path item's, keyed by the
digests of what they read, so that an unchanged path item is replayed instead of resolved again.
"""

from __future__ import annotations

import hashlib
import io
import marshal
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ir
from .diagnostics import Diagnostic
from .loader import Loader
from .resolve_common import ALL_PATHS

if TYPE_CHECKING:
    from .resolve import Resolver


@dataclass
class Segment:
    """What resolving one path item added to the resolver: replayed by the next run if nothing it read changed."""

    path: str
    digest: bytes  # of the path item as parsed
    operations: tuple[ir.Operation, ...]
    keys: tuple[tuple[tuple[Path, str], str], ...]  # model keys assigned, in order
    models: tuple[ir.Model, ...]  # models built
    diagnostics: tuple[Diagnostic, ...]
    documents: tuple[Path, ...] = ()  # other files its `$ref`s reached, in the order first reached
    reads: tuple[tuple[str, bytes], ...] = ()  # path items its `$ref`s led into, with the digest each had
    # Each operation's operationId as the spec gives it, and the place that already had it ("" when none did): a
    # duplicate is renamed after what earlier path items took, so it is replayed only when that is still so.
    originals: tuple[tuple[str, str], ...] = ()


@dataclass
class Base:
    """The resolver's state once the components are resolved."""

    keys: dict[tuple[Path, str], str]
    models: dict[str, ir.Model]
    diagnostics: tuple[Diagnostic, ...]
    documents: tuple[Path, ...] = ()  # as in `Segment`
    reads: tuple[tuple[str, bytes], ...] = ()


@dataclass
class ResolveMemo:
    """A run's resolution, kept to resolve the next version of the same spec in proportion to what changed.

    Components and everything else outside `paths` are resolved as a whole; each path item is a `Segment`. A path
    item is resolved again when its text changed, or when an earlier one assigned different model keys than last
    time (a key taken earlier decides the name a later inline schema gets), or when a path item its `$ref`s led
    into changed. Anything else outside `paths`, any file a `$ref` reached, a path item that a `$ref` of the
    components led into, or the working folder (diagnostics name files relative to it) changing means resolving
    everything.
    """

    root: Path  # the spec (locations in the memo name it)
    cwd: str  # the working folder
    globals_digest: bytes
    documents: dict[Path, bytes]  # every file loaded besides the spec -> digest of its bytes
    base: Base
    base_id: bytes  # a digest of everything the base was resolved from (names the file it is stored in)
    segments: dict[str, Segment]
    reused: int = 0  # path items taken from the previous memo (for reports and tests)


_IR_CLASSES = {
    id(cls): (number, cls)
    for number, cls in enumerate(
        sorted(
            (cls for cls in vars(ir).values() if isinstance(cls, type) and cls.__module__ == ir.__name__),
            key=lambda cls: cls.__qualname__,
        )
    )
}


def digest_of(value: Any) -> bytes:
    """A digest of parsed spec content or of intermediate-model objects: marshal where it can (plain data, fastest),
    else pickle; both are exact and run in C."""
    try:
        data = b"m" + marshal.dumps(value, 2)  # version 2 has no back-references, so equal data dumps equally
    except ValueError:  # dataclasses, or YAML's dates
        # Without the memo, so that equal objects pickle equally whichever of their parts are shared (an object
        # replayed from the cache shares fewer than the same object built afresh). The IR has no cycles.
        buffer = io.BytesIO()
        pickler = pickle.Pickler(buffer, protocol=5)
        pickler.fast = True
        # The classes of the IR, known beforehand: each reference to one is then a memo entry's number instead of
        # its module and name, looked up again every time (half the time on GitHub's API).
        pickler.memo = _IR_CLASSES
        pickler.dump(value)
        data = b"p" + buffer.getvalue()
    return hashlib.blake2b(data, digest_size=16).digest()


def _base_id(globals_digest: bytes, base: Base, documents: dict[Path, bytes]) -> bytes:
    """What the components were resolved from: equal ids, equal bases (so a stored base is found by its id)."""
    files = tuple((str(path), documents.get(path, b"")) for path in base.documents)
    return digest_of((globals_digest, os.getcwd(), base.reads, files))


def _still_valid(memo: ResolveMemo, globals_digest: bytes, loader: Loader, paths: PathItems) -> bool:
    """Whether nothing the components were resolved from changed: the spec outside `paths`, the path items their
    `$ref`s led into, every other file loaded last time; nor the working folder."""
    if memo.globals_digest != globals_digest or memo.cwd != os.getcwd() or not paths.unchanged(memo.base.reads):
        return False
    for path, digest in memo.documents.items():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return False
        if _text_digest(text) != digest:
            return False
        loader.preload(path, text)  # what was checked is what a replay will load, even if the file changes now
    return True


def _text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


class PathItems:
    """The spec's `paths`, with the digest of each path item computed once."""

    def __init__(self, items: Any) -> None:
        self.items: dict[Any, Any] = items if isinstance(items, dict) else {}
        self._digests: dict[str, bytes] = {}

    def digest(self, path: str) -> bytes:
        found = self._digests.get(path)
        if found is None:
            value = self.items if path == ALL_PATHS else self.items.get(path, _ABSENT)
            found = self._digests[path] = digest_of(value)
        return found

    def reads(self, paths: set[str]) -> tuple[tuple[str, bytes], ...]:
        return tuple((path, self.digest(path)) for path in sorted(paths))

    def unchanged(self, reads: tuple[tuple[str, bytes], ...]) -> bool:
        return all(self.digest(path) == digest for path, digest in reads)


_ABSENT = "\0absent"  # the digest of a path item that is not there


def _replay(r: Resolver, segment: Segment) -> None:
    for path in segment.documents:  # loaded in the order a resolution would load them: they are the inputs
        r.loader.load(path)
    for location, key in segment.keys:
        r.model_keys[location] = key
        r.taken_keys.add(key)
    r.key_log.extend(segment.keys)
    for model in segment.models:
        r.models[model.key] = model
    r.model_log.extend(segment.models)
    r.diagnostics.extend(segment.diagnostics)
