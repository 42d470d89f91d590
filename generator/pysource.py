"""Spec text into Python source, safely: every string from the spec passes through here.

String literals are escaped so that no character can end the literal or the line (quotes, backslashes, CR, NUL,
Unicode line separators); docstrings additionally lose characters that could hide code from a reader
(bidirectional controls).
"""

from __future__ import annotations

import functools
import math
import re
import textwrap
import unicodedata

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def literal(value: object) -> str:
    """A Python literal for a JSON scalar or container (str, int, float, bool, None, list, dict)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return string(value)
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{string(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no literal for {type(value).__name__}")


_PLAIN = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII without quote and backslash: nothing to escape
_CLEAN = re.compile(r"[\x20-\x7e\n]*")  # printable ASCII and newlines: nothing to remove


@functools.lru_cache(maxsize=1 << 16)  # property names are written three or four times a model, in thousands of them
def string(text: str) -> str:
    if _PLAIN.fullmatch(text):
        return f'"{text}"'
    out: list[str] = []
    for ch in text:
        escaped = _ESCAPES.get(ch)
        if escaped is not None:
            out.append(escaped)
        elif ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Zl", "Zp", "Cs"):
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    body = "".join(out)
    if '\\"' in body:  # as black writes it: in the quotes that need fewer backslashes, double ones on a tie
        single = body.replace('\\"', '"').replace("'", "\\'")
        if single.count("\\") < body.count("\\"):
            return f"'{single}'"
    return f'"{body}"'


def clean_text(text: str) -> str:
    """Text for docstrings: printable characters and plain line breaks only."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _CLEAN.fullmatch(text):
        return _trim_lines(text)
    kept = []
    for ch in text:
        if ch == "\n" or ch == "\t":
            kept.append(" " if ch == "\t" else ch)
        elif ch.isprintable() and unicodedata.category(ch) not in ("Cf", "Cs"):
            kept.append(ch)
    return _trim_lines("".join(kept))


def _trim_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


# Docstrings are wrapped to the line length of the generated code: black leaves their text as it is.
DOC_WIDTH = 88


_UNINDENTED = re.compile(r"\n[^ \n]")


def docstring(text: str, indent: str) -> str:
    """A complete triple-quoted docstring; the text cannot close it early or escape from it.

    Backslashes are doubled; a quote is escaped when it is next to another quote (so no run of three can form)
    or ends the text (where it would merge with the closing quotes). Long lines are wrapped (see `wrap`).
    """
    cleaned = wrap(clean_text(text), DOC_WIDTH - len(indent))
    if '"' not in cleaned and "\\" not in cleaned:
        out = [cleaned]
    else:
        out = _escape_docstring(cleaned)
    lines = "".join(out).split("\n")
    if lines[0].startswith('"'):  # black keeps a quote that starts the text apart from the opening quotes
        lines[0] = " " + lines[0]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    # Black takes the lines after the first to the docstring's own indentation: those that all start further in (a
    # text whose first line is a section's title) lose what they have in common, as black would take it from them.
    body = "\n".join(lines[1:])
    if _UNINDENTED.search("\n" + body):  # most docstrings: a line starts at the left
        rest = "\n".join(indent + line if line else "" for line in lines[1:])
    else:
        common = min((len(line) - len(line.lstrip(" ")) for line in lines[1:] if line.strip()), default=0)
        rest = "\n".join(indent + line[common:] if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{indent}"""'


_QUOTE_RUN = re.compile(r'"{2,}|"\Z')


def _escape_docstring(text: str) -> list[str]:
    escaped = text.replace("\\", "\\\\")
    return [_QUOTE_RUN.sub(lambda m: '\\"' * len(m.group()), escaped)]


_SECTION = re.compile(r"(Args|Attributes|Returns|Raises|Yields):")
_LIST_ITEM = re.compile(r"([-*+]|\d+[.)]) ")


def wrap(text: str, width: int) -> str:
    """`text` with every line longer than `width` broken at spaces (the first line leaves room for the quotes).

    A continuation keeps its line's indentation, and a list item's marker width; an entry of a Google-style section
    (`Args:`, `Attributes:`) continues four spaces further in. Fenced and indented code, Markdown tables and words
    longer than the width are left as they are.
    """
    lines = text.split("\n")
    if len(lines[0]) <= width - 3 and all(len(line) <= width for line in lines):
        return text  # most texts: nothing to wrap
    out: list[str] = []
    fenced = in_section = False
    for number, line in enumerate(lines):
        if line and line[0] != " ":  # a line at the left starts a section or ends one
            in_section = _SECTION.fullmatch(line) is not None
        if ("`" in line or "~" in line) and line.lstrip(" ").startswith(("```", "~~~")):
            fenced = not fenced
        if fenced or len(line) <= (width - 3 if number == 0 else width):  # most lines
            out.append(line)
            continue
        limit = width - 3 if number == 0 else width
        stripped = line.lstrip(" ")
        lead = line[: len(line) - len(stripped)]
        if stripped.startswith(("```", "~~~", "|")):
            out.append(line)
            continue
        if in_section and len(lead) == 4:
            continuation = lead + "    "
        elif len(lead) >= 4:  # an indented code block, or an entry's own continuation
            out.append(line)
            continue
        else:
            item = _LIST_ITEM.match(stripped)
            continuation = lead + " " * (item.end() if item else 0)
        out += _wrapped(stripped, limit, lead, continuation) or [line]
    return "\n".join(out)


@functools.lru_cache(maxsize=1 << 14)  # a field's line repeats in every model that has the field (GitHub: a third)
def _wrapped(text: str, width: int, lead: str, continuation: str) -> list[str]:
    return textwrap.wrap(
        text, width, initial_indent=lead, subsequent_indent=continuation, break_long_words=False, break_on_hyphens=False
    )
