"""Stage 6, format: make every generated Python file black-formatted.

Black is the contract, but it formats about 10,000 lines a second, far too slow for a 1,000-operation spec. So the
files go through ruff's formatter, which is black-compatible and about a hundred times faster, all in one call.
Where the two are known to differ (a split that continues a line with a binary operator or a conditional
expression, which black 24+ wraps in parentheses instead), the file is handed to black itself. The test suite runs
`black --check` over the output of every spec it generates, so a new difference would not go unnoticed.
`formatter="black"` formats everything with black.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path
from typing import Literal

from .diagnostics import Diagnostic, GenerationError
from .line_scan import CODE_TRIPLE_QUOTES as _CODE_TRIPLE_QUOTES
from .line_scan import DOCSTRING as _DOCSTRING
from .line_scan import ESCAPED_LAST_QUOTE as _ESCAPED_LAST_QUOTE
from .line_scan import LINE_LENGTH
from .line_scan import LONG_LINE as _LONG_LINE
from .line_scan import code_lines as _code_lines
from .long_lines import MARKER, Snippet, snippets, splice, synthetic

Formatter = Literal["ruff", "black"]
_PARALLEL_THRESHOLD = 400_000  # characters; below this, starting processes costs more than it saves
# Where ruff and black are known to disagree, in the code (not the docstrings) of what ruff formatted:
# - a parameter whose annotation is a long union (`name: A` then `| B` at the same indentation; black wraps it in
#   parentheses): `_parenthesize_long_unions` gives ruff black's layout, this catches the rest;
# - a long conditional expression split over lines (a line that starts with `else` and a space: the statement is
#   `else:`): the renderer avoids it;
# - a return annotation still too long once the parameters are split: a dotted name black puts in parentheses on
#   a line of its own, ruff leaves it (`_parenthesize_long_returns` does black's work); a single name both leave
#   as it is when it does not fit a line of its own either (and both wrap it when it does); anything else is left
#   to black.
_UNION_CONTINUED = re.compile(r"\n( +)\| ")
_ANNOTATED = re.compile(r"( +)[A-Za-z_]\w*: ")
_ELSE_EXPRESSION = re.compile(r"\n +else ")
_LONG_RETURN = re.compile(r"( *)\) -> ([^\n]*):")
_NAME = re.compile(r"[A-Za-z_]\w*")
_DOTTED_NAME = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")
# A parameter on a line of its own: indentation, name, annotation (and default), comma.
_PARAMETER = re.compile(r"( +)([A-Za-z_]\w*): (.+),")


def _ruff_may_differ(text: str) -> bool:
    """Whether black may lay out what ruff formatted otherwise."""
    return _layout_may_differ(text) or _width_may_differ(text)


def _layout_may_differ(text: str) -> bool:
    # A docstring ending in an escaped quote: black puts a space before the closing quotes, ruff does not. Three
    # quotes in a line of code: the scans below, which tell code from docstrings by them, cannot be trusted.
    if _ESCAPED_LAST_QUOTE in text or _CODE_TRIPLE_QUOTES.search(text):
        return True
    for start, _ in _code_lines(text, _UNION_CONTINUED):
        previous = text.rfind("\n", 0, start - 1) + 1
        annotated = _ANNOTATED.match(text, previous)
        if annotated is not None and annotated.group(1) == text[start : text.index("|", start)]:
            return True
    if any(True for _ in _code_lines(text, _ELSE_EXPRESSION)):
        return True
    for start, end in _code_lines(text, _LONG_LINE):
        returns = _LONG_RETURN.fullmatch(text, start, end)
        if returns is not None and not _NAME.fullmatch(returns.group(2)):
            return True
    return False


def _width_may_differ(text: str) -> bool:
    return not text.isascii() and _wide_line("".join(_code_parts(text)))


# The two measure a line with other than ASCII characters differently (the width of combining and East Asian
# characters), so that one may split it and the other not: such lines of code (string literals from the spec) that
# could come near the limit are left to black. Docstrings do not count: neither formatter wraps them.
_UNSURE_WIDTH = LINE_LENGTH // 2


def _wide_line(code: str) -> bool:
    return any(len(line) > _UNSURE_WIDTH and not line.isascii() for line in code.split("\n"))


def _code_parts(text: str) -> list[str]:
    """The text between docstrings. A docstring holds no run of three quotes (`pysource.docstring` escapes every
    run of two or more), so splitting at each run of three finds them, unless one ends in an escaped quote."""
    if _ESCAPED_LAST_QUOTE in text:
        return _DOCSTRING.split(text)
    return text.split('"""')[::2]


def _change_long_lines(text: str, change: Callable[[str], str | None]) -> str:
    """`text` with each line of code longer than a line may be replaced by what `change` gives for it (None: kept)."""
    if _ESCAPED_LAST_QUOTE in text:  # counting triple quotes would miss that docstring's end: the code between them
        pieces = _DOCSTRING.split(text)
        docs = [doc.group() for doc in _DOCSTRING.finditer(text)]
        out = [_change_long_lines(pieces[0], change)]
        for doc, piece in zip(docs, pieces[1:]):
            out += (doc, _change_long_lines(piece, change))
        return "".join(out)
    out, done = [], 0
    for start, end in _code_lines(text, _LONG_LINE):
        replacement = change(text[start:end])
        if replacement is not None:
            out += (text[done:start], replacement)
            done = end
    return "".join(out) + text[done:] if out else text


def _parenthesize_long_returns(text: str) -> str:
    """Black's layout of a return annotation that is a dotted name too long for the line once the parameters are
    split, which ruff leaves as it is: the name on a line of its own, in parentheses (however long it is)."""
    return _change_long_lines(text, _return_on_its_own)


def _return_on_its_own(line: str) -> str | None:
    match = _LONG_RETURN.fullmatch(line)
    if match is None or not _DOTTED_NAME.fullmatch(match.group(2)):
        return None
    indent, name = match.groups()
    return f"{indent}) -> (\n{indent}    {name}\n{indent}):"


def _parenthesize_long_unions(text: str) -> str:
    """Black's layout of a long parameter annotated with a union, which ruff does not share: the annotation in
    parentheses (`name: (A | B) = UNSET,`), which both then split alike. Docstrings are left as they are."""
    return _change_long_lines(text, _parenthesized)


def _parenthesized(line: str) -> str | None:
    match = _PARAMETER.fullmatch(line)
    if match is None:
        return None
    indent, name, rest = match.groups()
    annotation, default = _split_top_level(rest, " = ")
    if len(_split_all(annotation, " | ")) > 1:
        return f"{indent}{name}: ({annotation}){' = ' + default if default is not None else ''},"
    return None


def _split_top_level(text: str, separator: str) -> tuple[str, str | None]:
    """`text` split at the first `separator` outside brackets and string literals."""
    parts = _split_all(text, separator, 1)
    return (parts[0], parts[1]) if len(parts) > 1 else (text, None)


def _split_all(text: str, separator: str, limit: int = -1) -> list[str]:
    parts: list[str] = []
    depth = start = i = 0
    while i < len(text):
        ch = text[i]
        if ch in "\"'":  # a string literal (either quotes, as black picks them): skipped, escapes included
            i += 1
            while i < len(text) and text[i] != ch:
                i += 2 if text[i] == "\\" else 1
        elif ch in "[({":
            depth += 1
        elif ch in "])}":
            depth -= 1
        elif depth == 0 and text.startswith(separator, i) and limit != len(parts):
            parts.append(text[start:i])
            start = i + len(separator)
            i = start
            continue
        i += 1
    parts.append(text[start:])
    return parts


def _black_one(item: tuple[str, str]) -> tuple[str, str, str]:
    import black  # imported on first use: it takes a quarter of a second

    path, source = item
    mode = black.Mode(target_versions={black.mode.TargetVersion.PY310}, line_length=LINE_LENGTH)
    try:
        return path, black.format_str(source, mode=mode), ""
    except Exception as exc:  # noqa: BLE001 (black raises several types; all mean the same here)
        return path, source, f"{type(exc).__name__}: {str(exc)[:500]}"


def _with_black(files: dict[str, str], jobs: int | None = None) -> dict[str, str]:
    if not files:
        return {}
    items = sorted(files.items())
    total = sum(len(s) for _, s in items)
    workers = jobs or os.cpu_count() or 1
    if workers > 1 and total > _PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_black_one, items, chunksize=max(1, len(items) // (workers * 8))))
    else:
        results = [_black_one(item) for item in items]
    failures = [
        Diagnostic(
            "error",
            f"black could not format generated code: {err}",
            path,
            hint="this is a bug in clientgen; please report it with the spec",
        )
        for path, _, err in results
        if err
    ]
    if failures:
        raise GenerationError(failures)
    return {path: text for path, text, _ in results}


def _ruff_binary() -> str | None:
    try:
        from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]
    except ImportError:
        return None
    try:
        return str(find_ruff_bin())
    except FileNotFoundError:
        return None


def _scratch_dir() -> str | None:
    """A memory-backed folder for the files ruff formats when the system has one: creating thousands of files
    on a disk costs more than formatting them."""
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK) else None


def _with_ruff(files: dict[str, str], ruff: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory(prefix="clientgen-format-", dir=_scratch_dir()) as tmp:
        root = Path(tmp)
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        run = subprocess.run(
            [
                ruff, "format", "--isolated", "--no-cache",
                f"--line-length={LINE_LENGTH}", "--target-version=py310", ".",
            ],
            cwd=root,
            capture_output=True,
            check=False,
            text=True,
        )
        if run.returncode != 0:
            raise _ruff_failed(run.stderr)
        return {rel: (root / rel).read_text(encoding="utf-8") for rel in files}


def _with_ruff_by_lines(files: dict[str, str], ruff: str) -> tuple[dict[str, str], list[str]]:
    """The files formatted by ruff, each by its long lines alone where it can be (`long_lines.py`), else whole; and
    those black may lay out otherwise."""
    whole: dict[str, str] = {}
    cut: dict[str, tuple[list[str], list[Snippet]]] = {}
    out: dict[str, str] = {}
    for rel, text in files.items():
        # (the scans tell docstrings from code by their triple quotes: a text where those mislead is formatted whole)
        misleading = _ESCAPED_LAST_QUOTE in text or _CODE_TRIPLE_QUOTES.search(text)
        parts = None if misleading else snippets(text)
        if parts is None:
            whole[rel] = text
        elif parts[1]:
            cut[rel] = parts
        else:
            out[rel] = text  # no long line: as black would leave it
    differing: list[str] = []
    if cut:
        try:
            formatted = _with_ruff_at_once({rel: synthetic(*parts) for rel, parts in cut.items()}, ruff)
        except GenerationError:  # a snippet ruff cannot read: those modules are formatted whole
            formatted = {}
        for rel, (lines, found) in cut.items():
            fixed = _parenthesize_long_returns(formatted[rel]) if rel in formatted else None
            spliced = splice(lines, found, fixed) if fixed is not None else None
            if fixed is None or spliced is None:
                whole[rel] = files[rel]
                continue
            out[rel] = spliced
            if _layout_may_differ(fixed):
                differing.append(rel)
    if whole:
        done = {rel: _parenthesize_long_returns(text) for rel, text in _with_ruff(whole, ruff).items()}
        out.update(done)
        differing += [rel for rel, text in done.items() if _layout_may_differ(text)]
    differing += [rel for rel, text in out.items() if rel not in differing and _width_may_differ(text)]
    return out, differing


def _with_ruff_at_once(modules: dict[str, str], ruff: str) -> dict[str, str]:
    """Modules of snippets (`long_lines.synthetic`) formatted by ruff as one, through a pipe: the snippets of all of
    them, in order, separated by the same marker as the snippets of one. Each snippet is formatted on its own either
    way, and writing thousands of files for ruff to find (and reading them back) took longer than formatting them.
    The pieces are given back to the modules they came from, as many as each sent."""
    separator = f"\n{MARKER}\n"
    joined = separator.join(text.removesuffix("\n") for text in modules.values()) + "\n"
    pieces = _ruff_stdin(joined, ruff).split(separator)
    counts = [text.count(separator) + 1 for text in modules.values()]
    if len(pieces) != sum(counts):  # a marker went missing: no piece can be trusted to be where it belongs
        raise GenerationError([Diagnostic("error", "ruff did not keep the snippets apart")])
    out: dict[str, str] = {}
    done = 0
    for rel, count in zip(modules, counts):
        out[rel] = separator.join(pieces[done : done + count])
        done += count
    return out


def _ruff_stdin(text: str, ruff: str) -> str:
    run = subprocess.run(
        [
            ruff, "format", "--isolated", "--no-cache",
            f"--line-length={LINE_LENGTH}", "--target-version=py310", "--stdin-filename=snippets.py", "-",
        ],
        input=text.encode("utf-8"),
        capture_output=True,
        check=False,
    )
    if run.returncode != 0:
        raise _ruff_failed(run.stderr.decode("utf-8", "replace"))
    return run.stdout.decode("utf-8")


def _ruff_failed(stderr: str) -> GenerationError:
    return GenerationError(
        [
            Diagnostic(
                "error",
                f"ruff could not format generated code: {stderr.strip()[:1000]}",
                hint="this is a bug in clientgen; please report it with the spec (or try --formatter black)",
            )
        ]
    )


def cache_dir() -> Path:
    """Where formatted files are kept by the digest of their unformatted text ($CLIENTGEN_CACHE_DIR to move it)."""
    base = os.environ.get("CLIENTGEN_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "clientgen"
    )
    return Path(base) / "formatted"


@functools.cache
def _tools(formatter: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    this_code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # how the formatters are combined
    try:
        return f"{formatter}|{version('ruff')}|{version('black')}|{LINE_LENGTH}|{this_code}"
    except PackageNotFoundError:
        return f"{formatter}|{LINE_LENGTH}|{this_code}"


def _cache_key(formatter: str, text: str) -> str:
    return hashlib.sha256(f"{_tools(formatter)}\0{text}".encode()).hexdigest()


def format_files(
    files: dict[str, str],
    formatter: Formatter = "ruff",
    skip: frozenset[str] = frozenset(),
    long_lines_only: bool = False,
) -> dict[str, str]:
    """Format the `.py` files among `files`; the names in `skip` are already formatted and left as they are. With
    `long_lines_only`, the files are laid out as black does but for their long lines (what clientgen's own templates
    make): ruff formats those lines alone where it can (`long_lines.py`).

    A file black formatted before (by any run, with the same tool versions) comes from the cache. Only black's work
    is kept: it takes a tenth of a second a file, where ruff takes less than storing and finding its result would.
    """
    formatted, store = format_uncached(files, formatter, skip, long_lines_only)
    store()
    return formatted


def format_uncached(
    files: dict[str, str],
    formatter: Formatter = "ruff",
    skip: frozenset[str] = frozenset(),
    long_lines_only: bool = False,
) -> tuple[dict[str, str], Callable[[], None]]:
    """`format_files`, and the function that adds what black formatted to the cache (to call when time allows)."""
    python = {rel: text for rel, text in files.items() if rel.endswith(".py") and rel not in skip}
    cache = cache_dir()
    ruff = _ruff_binary() if formatter == "ruff" else None
    if ruff is not None:
        python = {rel: _parenthesize_long_unions(text) for rel, text in python.items()}
        if long_lines_only:
            python, differing = _with_ruff_by_lines(python, ruff)
        else:
            python = {rel: _parenthesize_long_returns(text) for rel, text in _with_ruff(python, ruff).items()}
            differing = [rel for rel, text in python.items() if _ruff_may_differ(text)]
        for_black = {rel: python[rel] for rel in differing}
    else:
        for_black = python
    keys = {rel: _cache_key(formatter, text) for rel, text in for_black.items()}
    cached: dict[str, str] = {}
    for rel, key in keys.items():
        try:
            cached[rel] = (cache / key[:2] / key).read_text(encoding="utf-8")
        except OSError:
            pass
    fresh = _with_black({rel: text for rel, text in for_black.items() if rel not in cached})

    def store() -> None:
        # Best effort: a cache that cannot be written only costs time. Threads, because creating a file is a system
        # call that waits on the disk (hundreds of microseconds each here), and several can wait at once.
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(_store, [(cache / keys[rel][:2] / keys[rel], text) for rel, text in fresh.items()]))

    return {**files, **python, **cached, **fresh}, store


def _store(item: tuple[Path, str]) -> None:
    target, text = item
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        pass
