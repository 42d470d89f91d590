"""Finding lines in generated modules quickly: the lines of code (not of docstrings) where a pattern matches, and
the long ones among them. Each pattern starts with the newline before its line: the regex engine then looks for that
character alone, where a pattern that starts with `^` is tried at every position of the text (four times slower on
GitHub's API)."""

from __future__ import annotations

import re
from collections.abc import Iterator

LINE_LENGTH = 88
LONG_LINE = re.compile(rf"\n[^\n]{{{LINE_LENGTH + 1}}}")
# Generated docstrings (the only triple-quoted strings, and they never contain an unescaped triple quote).
DOCSTRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""', re.DOTALL)
ESCAPED_LAST_QUOTE = '\\""""'  # a docstring that ends in an escaped quote
# Three quotes inside a line of code: a string literal that holds them (black writes `'"""'`). A docstring's open
# three quotes at the start of their line, its closing ones at the end of theirs.
CODE_TRIPLE_QUOTES = re.compile(r'"""(?<=[^\n ]""")(?=[^\n])')  # the quotes first: the engine looks for them alone


def code_lines(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Where `pattern` (which starts with a newline) matches at the start of a line of code: the line's start and
    end. A line is in a docstring when an odd number of triple quotes comes before it: a docstring holds no run of
    three quotes (`pysource.docstring` escapes every run of two or more), nor does a string literal in the code.
    (Where a docstring ends in an escaped quote, the count is wrong: callers look at such a text otherwise.)"""
    quotes = counted = 0
    for match in pattern.finditer(text):
        start = match.start() + 1
        quotes += text.count('"""', counted, start)
        counted = start
        if quotes % 2 == 0:
            end = text.find("\n", start)
            yield start, end if end >= 0 else len(text)
