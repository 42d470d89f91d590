"""The stages in order: load -> validate -> resolve -> name and render -> format. Writing is the caller's choice."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from . import ir
from .diagnostics import Diagnostic, GenerationError, errors_in
from .envcreds import check_env
from .formatting import Formatter
from .graph import strongly_connected
from .hierarchy import derive as derive_subtypes
from .loader import Loader
from .memo import Memo, UnitCache, names_key, object_digests, paginate_again
from .naming import NO_RENAMES, Renames, name_api, package_name
from .pagination import paginate
from .pagination_settings import DEFAULT as PAGINATION_DEFAULT
from .pagination_settings import Settings as PaginationSettings
from .pytypes import model_specificity
from .render import STATIC_FILES, Options
from .resolve import resolve
from .resolve_memo import ResolveMemo, digest_of
from .select import ALL, Selection, select
from .staging import Stage
from .validate import check_version, validate

_T = TypeVar("_T")


@dataclass
class Result:
    api: ir.Api
    files: dict[str, str]
    diagnostics: list[Diagnostic]
    timings: dict[str, float] = field(default_factory=dict)
    inputs: list[Path] = field(default_factory=list)  # the spec first, then every file its $refs reached
    memo: Memo | None = None  # what the next generation of this spec may reuse (when `build` was given one)


SURFACE_FILE = ".clientgen-surface.json"  # the client's public surface, for reporting changes on regeneration


def default_package(api_title: str) -> str:
    return package_name(api_title)


def load_api(
    spec: Path,
    strict: bool = False,
    run_validator: bool = True,
    loader: Loader | None = None,
    allow_outside_refs: bool = False,
    progress: Callable[[str], None] = lambda stage: None,
    pagination: PaginationSettings = PAGINATION_DEFAULT,
) -> tuple[ir.Api, list[Diagnostic], dict[str, float]]:
    def paged(api: ir.Api, raw: Any, file: str) -> tuple[ir.Api, list[Diagnostic]]:
        return paginate(api, raw, pagination, file)

    api, diagnostics, timings, _ = _load_api(
        spec, strict, run_validator, loader, allow_outside_refs, progress, None, paged
    )
    return api, diagnostics, timings


def _load_api(
    spec: Path,
    strict: bool,
    run_validator: bool,
    loader: Loader | None,
    allow_outside_refs: bool,
    progress: Callable[[str], None],
    previous: ResolveMemo | None,
    paged: Callable[[ir.Api, Any, str], tuple[ir.Api, list[Diagnostic]]],
) -> tuple[ir.Api, list[Diagnostic], dict[str, float], ResolveMemo]:
    timings: dict[str, float] = {}
    progress(f"loading {spec.name}")
    start = time.perf_counter()
    loader = loader or Loader()
    document = loader.load(spec)
    diagnostics = list(loader.diagnostics)
    loaded = len(loader.diagnostics)  # the loader's later ones are about files the `$ref`s reach
    timings["load"] = time.perf_counter() - start
    version_problems = check_version(document)
    if version_problems or errors_in(diagnostics):
        raise GenerationError(diagnostics + version_problems)
    if run_validator:
        progress("validating")
        start = time.perf_counter()
        diagnostics += validate(document, strict=strict)
        timings["validate"] = time.perf_counter() - start
        if errors_in(diagnostics):
            raise GenerationError(diagnostics)
    progress("resolving")
    start = time.perf_counter()
    try:
        api, found, memo = resolve(loader, document, allow_outside_refs, previous)
    except GenerationError as exc:
        raise GenerationError(diagnostics + exc.diagnostics + loader.diagnostics[loaded:]) from None
    diagnostics += found + loader.diagnostics[loaded:]
    api, hierarchy_problems = derive_subtypes(api, document.display_path)
    diagnostics += hierarchy_problems
    api, paging_problems = paged(api, document.data, document.display_path)
    diagnostics += paging_problems
    if errors_in(diagnostics):  # a referenced file's duplicate keys
        raise GenerationError(diagnostics)
    timings["resolve"] = time.perf_counter() - start
    if strict:
        diagnostics = [Diagnostic("error", d.message, d.file, d.pointer, d.line, d.hint) for d in diagnostics]
        if diagnostics:
            raise GenerationError(diagnostics)
    return api, diagnostics, timings, memo


def build(
    spec: Path,
    package: str = "",
    strict: bool = False,
    run_validator: bool = True,
    template_dirs: tuple[Path, ...] = (),
    formatted: bool = True,
    formatter: Formatter = "ruff",
    selection: Selection = ALL,
    renames: Renames = NO_RENAMES,
    project: bool = False,
    loader: Loader | None = None,
    allow_outside_refs: bool = False,
    progress: Callable[[str], None] = lambda stage: None,
    memo: Memo | None = None,
    env: tuple[tuple[str, str], ...] = (),
    pagination: PaginationSettings = PAGINATION_DEFAULT,
    stage: Stage | None = None,
) -> Result:
    """Generate the package's files. With `memo` (what the previous build of this spec with the same settings left,
    or an empty `Memo()`), only what changed is resolved, rendered and formatted; `Result.memo` is for the next.
    With `stage`, files are written there as soon as they are formatted (`staging.py`)."""
    loader = loader or Loader()
    remember = memo is not None and formatted
    # A memo is only good for the same options (the CLI keeps one per settings; this guards other callers).
    options_key = digest_of((package, strict, run_validator, template_dirs, formatter, selection, renames, project,
                             allow_outside_refs, pagination, env))
    old = memo if memo is not None and remember and memo.options == options_key else Memo()
    pages: dict[str, tuple[ir.Operation, tuple[Diagnostic, ...]]] = {}

    def paged(api: ir.Api, raw: Any, file: str) -> tuple[ir.Api, list[Diagnostic]]:
        nonlocal pages
        if not remember:
            return paginate(api, raw, pagination, file)
        api, problems, pages = paginate_again(api, raw, pagination, file, old)
        return api, problems

    api, diagnostics, timings, resolved = _load_api(
        spec, strict, run_validator, loader, allow_outside_refs, progress, old.resolve, paged
    )
    api = select(api, selection)
    diagnostics += check_env(api, env, strict)
    package = package or default_package(api.title)
    inputs = list(loader.documents)
    if old.resolve is None:
        # A first generation has no use for the parsed spec any more: freeing it now leaves room for the rendered
        # files (a regeneration keeps it, as freeing millions of objects takes longer than the rest of its work).
        loader.release()
    # The heavy stages are imported only when there is work for them.
    from .format_worker import format_stream
    from .render import render_files

    what = "rendering and formatting" if formatted else "rendering"
    progress(f"{what} {len(api.operations)} operations and {len(api.models)} models")
    start = time.perf_counter()
    options = Options(package=package, project=project, renames=renames, env=env)
    units = None
    reuse_names = False
    new = Memo(resolved, options=options_key, pages=pages)
    if remember:
        new.digests = object_digests(api, old)
        new.names_key = names_key(api, new.digests, old, new.shapes)
        reuse_names = old.names is not None and old.names_key == new.names_key
        new.names = (
            old.names if old.names is not None and reuse_names else name_api(api, strongly_connected(api), renames)
        )
        new.specificity = model_specificity(api)
        units = UnitCache(old, new.names, new.specificity, new.digests)
    names = new.names or name_api(api, strongly_connected(api), renames)
    rendered_at: list[float] = []  # when the last file was rendered
    rendered = _noting_end(
        render_files(api, options, template_dirs, names, units.make if units is not None else None), rendered_at
    )
    if formatted:
        # Rendering and formatting overlap: each file is formatted (on the other core) while the next are made.
        # The units taken from the memo are formatted already; `units.reused` grows as they are taken.
        static = frozenset(f"{package}/{name}" for name in STATIC_FILES)
        reused = units.reused if units is not None else set()
        # clientgen's own templates lay everything out as black does but long lines; other templates may not.
        skip = _Either(static, reused)
        files = format_stream(rendered, formatter, skip, long_lines_only=not template_dirs, stage=stage)
    else:
        files = dict(rendered)
    # "render" ran beside the formatting of the batches done so far (on the other core); "format" is what was left
    # to format once the last file was rendered.
    end = time.perf_counter()
    timings["render"] = (rendered_at[0] if rendered_at else end) - start
    if formatted:
        timings["format"] = end - (rendered_at[0] if rendered_at else end)
    from .surface import surface, surface_file, surface_text

    if remember:
        files[SURFACE_FILE], new.surface = surface_file(api, names, new.digests, old.surface if reuse_names else {})
    else:
        files[SURFACE_FILE] = surface_text(surface(api, names))
    if units is not None:
        units.formatted(files)
        new.units, new.reused = units.units, frozenset(units.reused)
    return Result(api, files, diagnostics, timings, inputs, new if remember else None)


def _noting_end(items: Iterable[_T], end: list[float]) -> Iterator[_T]:
    """The items; once the last has been taken, the time is appended to `end`."""
    yield from items
    end.append(time.perf_counter())


@dataclass(frozen=True)
class _Either:
    """Membership in either of two sets (the second may still grow)."""

    first: AbstractSet[str]
    second: AbstractSet[str]

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second
