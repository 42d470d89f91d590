"""Formatting only the lines that need it. The renderer lays every construct out as black does, one element a line
wherever it splits one, so what black (and ruff) change in a generated module is only its lines of code longer than a
line may be. Each such line goes to ruff alone, in a small module that reproduces where it stands: the blocks around
it (a function, then `if True:` at each indentation) and, for an element of a construct split over lines, the lines
that open and close that construct. Black transforms each line of a split construct on its own, so the element comes
back as it would in its module. The formatted lines take the place of the long one; the rest is kept as it is.

A module this cannot take apart with certainty (a long line in a context it does not know, a long first line, a
context line that is long itself, or a snippet that comes back with its context changed) is formatted whole, as
before. The test suite checks the output of every spec it generates with `black --check`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .line_scan import LINE_LENGTH, LONG_LINE, code_lines

MARKER = "# clientgen: next snippet"
_OPENS = ("(", "[", "{")
_CLOSERS = (")", "]", "}")
# A line that opens a block needs a body, and those that continue a statement (`else:`, `except:`...) or decorate
# one cannot stand alone: a long one makes its module go to the formatter whole.
_BLOCK = re.compile(r"(?:async |def |class |if |for |while |with |try\b|else\b|elif |except\b|finally\b|match |case )")
_NEEDS_BEFORE = re.compile(r"(?:else\b|elif |except\b|finally\b|case |@)")


@dataclass(frozen=True)
class Snippet:
    """A long line (its index among the module's lines) in its context: the lines before and after it."""

    index: int
    before: tuple[str, ...]
    after: tuple[str, ...]
    indent: int = 0  # of an element of a construct (its siblings share the context); 0 for a statement

    def text(self, line: str) -> str:
        return "\n".join((*self.before, line, *self.after))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _wrappers(indent: int) -> list[str]:
    """The blocks around a line at `indent`: a coroutine function (where `return`, `yield` and `await` may stand),
    then `if` blocks."""
    return [" " * level + ("async def _():" if level == 0 else "if True:") for level in range(0, indent, 4)]


def _previous_code(lines: list[str], index: int) -> str | None:
    """The line before `index` that is not blank (None at the start)."""
    for i in range(index - 1, -1, -1):
        if lines[i].strip():
            return lines[i]
    return None


def _opens_construct(line: str | None) -> bool:
    return line is not None and line.rstrip().endswith((*_OPENS, ","))


def snippet(lines: list[str], index: int) -> Snippet | None:
    """The context of the long line at `index`, or None where it cannot be known for certain."""
    line = lines[index]
    indent = _indent(line)
    if indent % 4 or _NEEDS_BEFORE.match(line, indent):
        return None
    if not _opens_construct(_previous_code(lines, index)):  # a statement of its own
        after = [" " * (indent + 4) + "pass"] if _BLOCK.match(line, indent) and line.endswith(":") else []
        return Snippet(index, tuple(_wrappers(indent)), tuple(after))
    # An element of a construct split over lines: the lines that open it, outwards, and those that close it.
    openers: list[str] = []
    level, i = indent, index
    while True:
        i -= 1
        while i >= 0 and (not lines[i].strip() or _indent(lines[i]) >= level):
            i -= 1
        if i < 0:
            return None
        opener = lines[i]
        level = _indent(opener)
        if level % 4 or len(opener) > LINE_LENGTH or not opener.rstrip().endswith(_OPENS):
            return None
        openers.append(opener)
        if not _opens_construct(_previous_code(lines, i)):
            break
    closers: list[str] = []
    j, want = index, indent
    for opener in openers:
        want = _indent(opener)
        j += 1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > want):
            j += 1
        if j >= len(lines) or _indent(lines[j]) != want or not lines[j].lstrip().startswith(_CLOSERS):
            return None
        if len(lines[j]) > LINE_LENGTH:
            return None
        closers.append(lines[j])
    outer = openers[-1]
    if _NEEDS_BEFORE.match(outer, _indent(outer)):
        return None
    last = closers[-1]
    after = [*closers, " " * (_indent(last) + 4) + "pass"] if last.endswith(":") else closers
    return Snippet(index, (*_wrappers(_indent(outer)), *reversed(openers)), tuple(after), indent)


# A line black leaves as it is wherever it stands: an entry of a mapping or a list split over lines that has no
# brackets to split at, like `"Name": "module",`. (A long assignment or annotation is not one: black puts its
# right-hand side in parentheses.)
_UNSPLITTABLE = re.compile(r' *"[^"\\\n]*"(?:: (?:"[^"\\\n]*"|[\w.]+))?,')
_SHALLOWER: dict[int, re.Pattern[str]] = {}


def _shallower(indent: int) -> re.Pattern[str]:
    """A line (or a blank one) indented less than `indent`."""
    pattern = _SHALLOWER.get(indent)
    if pattern is None:
        pattern = _SHALLOWER[indent] = re.compile(rf"\n {{0,{indent - 1}}}(?! )")
    return pattern


def snippets(text: str) -> tuple[list[str], list[Snippet]] | None:
    """The module's lines and a snippet for each long line of code that black could change, or None if one cannot
    be made (and for a module whose first line is long, but for a docstring's: the scan looks for the newline
    before a line)."""
    first = text.find("\n")
    if (first if first >= 0 else len(text)) > LINE_LENGTH and not text.startswith('"""'):
        return None
    lines: list[str] | None = None
    found: list[Snippet] = []
    index = counted = 0
    previous: tuple[int, Snippet] | None = None  # the last element's end and snippet
    for start, end in code_lines(text, LONG_LINE):
        index += text.count("\n", counted, start)
        counted = start
        if _UNSPLITTABLE.fullmatch(text, start, end):
            continue
        if lines is None:
            lines = text.split("\n")
        made: Snippet | None
        if previous is not None and len(lines[index]) - len(lines[index].lstrip(" ")) == previous[1].indent and (
            _shallower(previous[1].indent).search(text, previous[0], start) is None
        ):  # an element of the same construct as the last one
            made = Snippet(index, previous[1].before, previous[1].after, previous[1].indent)
        else:
            made = snippet(lines, index)
        if made is None:
            return None
        found.append(made)
        previous = (end, made) if made.indent else None
    return (lines or [], found)


def splice(lines: list[str], found: list[Snippet], formatted: str) -> str | None:
    """The module with each long line replaced by what the formatter made of its snippet, or None if a snippet's
    context did not come back as it went."""
    pieces = formatted.split(f"\n{MARKER}\n")
    if len(pieces) != len(found):
        return None
    out: list[str] = []
    done = 0
    for piece, snip in zip(pieces, found):
        got = piece.strip("\n").split("\n")
        head, tail = len(snip.before), len(snip.after)
        if tuple(got[:head]) != snip.before or tuple(got[len(got) - tail :]) != snip.after or len(got) <= head + tail:
            return None
        out += lines[done : snip.index]
        out += got[head : len(got) - tail]
        done = snip.index + 1
    out += lines[done:]
    return "\n".join(out)


def synthetic(lines: list[str], found: list[Snippet]) -> str:
    """The module given to the formatter: every snippet, separated by a marker comment."""
    return f"\n{MARKER}\n".join(snip.text(lines[snip.index]) for snip in found) + "\n"
