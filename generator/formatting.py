"""Stage 6, format: black, on every generated Python file.

Files are independent, so large outputs are formatted in parallel processes; a failure names the file (it would
be a bug in clientgen, never the user's fault).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor

import black

from .diagnostics import Diagnostic, GenerationError

MODE = black.Mode(target_versions={black.TargetVersion.PY310})
_PARALLEL_THRESHOLD = 400_000  # characters; below this, starting processes costs more than it saves


def _format_one(item: tuple[str, str]) -> tuple[str, str, str]:
    path, source = item
    if not path.endswith(".py"):
        return path, source, ""
    try:
        return path, black.format_str(source, mode=MODE), ""
    except Exception as exc:  # black raises several types; all mean the same here
        return path, source, f"{type(exc).__name__}: {str(exc)[:500]}"


def format_files(files: dict[str, str], jobs: int | None = None) -> dict[str, str]:
    items = sorted(files.items())
    total = sum(len(s) for _, s in items)
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and total > _PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_format_one, items, chunksize=max(1, len(items) // (workers * 8))))
    else:
        results = [_format_one(item) for item in items]
    failures = [Diagnostic("error", f"black could not format generated code: {err}", path) for path, _, err in results if err]
    if failures:
        for d in failures:
            object.__setattr__(d, "hint", "this is a bug in clientgen; please report it with the spec")
        raise GenerationError(failures)
    return {path: text for path, text, _ in results}
