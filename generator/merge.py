"""A three-way merge of texts, line by line, as `git merge-file` (diff3) does it.

`base` is what clientgen wrote last time, `yours` the file as the user left it, `generated` the new generation.
A stretch of lines that only one side changed takes that side's lines; a stretch both changed in the same way
takes them once; a stretch both changed differently is a conflict. Lines both sides of a conflict start or end
with are taken out of it (as git's "zealous" merge does), so a conflict is no larger than it must be. Pure Python
(difflib) and deterministic: the same three texts always give the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

YOURS_MARKER = "<<<<<<< your edits"
SEPARATOR = "======="
GENERATED_MARKER = ">>>>>>> clientgen"


@dataclass(frozen=True)
class Conflict:
    """Where the two sides disagree: 1-based, inclusive line ranges (`end < start` when that side has no lines
    there: the range is then the place between lines `end` and `start`)."""

    yours: tuple[int, int]
    generated: tuple[int, int]

    def describe(self) -> str:
        return f"{_lines(self.yours, 'your file')}, {_lines(self.generated, 'the new generation')}"


@dataclass(frozen=True)
class MergeResult:
    text: str  # the merge; where there are conflicts, with conflict markers around both sides
    conflicts: tuple[Conflict, ...]


def _lines(span: tuple[int, int], side: str) -> str:
    start, end = span
    if end < start:
        return f"after line {end} of {side}" if end else f"at the start of {side}"
    return f"line {start} of {side}" if start == end else f"lines {start}-{end} of {side}"


Sync = tuple[int, int, int, int, int, int]  # (base start, base end, yours start, yours end, generated start, end)


def _sync_regions(base: list[str], yours: list[str], generated: list[str]) -> list[Sync]:
    """The stretches of `base` that both sides kept, each with where it is in both; ends with the empty stretch
    at the end of the three."""
    mine, theirs = _matching_blocks(base, yours), _matching_blocks(base, generated)
    found: list[Sync] = []
    i = j = 0
    while i < len(mine) - 1 and j < len(theirs) - 1:  # the last block of each is the empty sentinel
        a_base, a_at, a_len = mine[i]
        b_base, b_at, b_len = theirs[j]
        start, end = max(a_base, b_base), min(a_base + a_len, b_base + b_len)
        if start < end:
            found.append(
                (start, end, a_at + start - a_base, a_at + end - a_base, b_at + start - b_base, b_at + end - b_base)
            )
        if a_base + a_len < b_base + b_len:
            i += 1
        else:
            j += 1
    found.append((len(base), len(base), len(yours), len(yours), len(generated), len(generated)))
    return found


def _matching_blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """`SequenceMatcher.get_matching_blocks` of `a` and `b`, the lines both begin and end with taken out first: a
    file of thousands of lines usually changes in a few places, and the matcher is the slow part."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    blocks = [
        (head + i, head + j, n)
        for i, j, n in SequenceMatcher(
            None, a[head : len(a) - tail], b[head : len(b) - tail], autojunk=False
        ).get_matching_blocks()
        if n
    ]
    if head:
        blocks.insert(0, (0, 0, head))
    if tail:
        blocks.append((len(a) - tail, len(b) - tail, tail))
    merged: list[tuple[int, int, int]] = []  # adjacent blocks joined, as get_matching_blocks gives them
    for i, j, n in blocks:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + n)
        else:
            merged.append((i, j, n))
    return [*merged, (len(a), len(b), 0)]


def _ended(lines: list[str]) -> list[str]:
    """`lines` with a line break after the last one (inside conflict markers, every line must end)."""
    if lines and not lines[-1].endswith("\n"):
        return lines[:-1] + [lines[-1] + "\n"]
    return lines


def merge3(base: str, yours: str, generated: str) -> MergeResult:
    """Merge the changes from `base` to `yours` and from `base` to `generated` (see the module's docstring)."""
    o, a, b = (text.splitlines(keepends=True) for text in (base, yours, generated))
    out: list[str] = []
    conflicts: list[Conflict] = []
    at_o = at_a = at_b = 0
    for o_start, o_end, a_start, a_end, b_start, b_end in _sync_regions(o, a, b):
        old, mine, theirs = o[at_o:o_start], a[at_a:a_start], b[at_b:b_start]
        if mine == theirs or theirs == old:
            out += mine
        elif mine == old:
            out += theirs
        else:
            head = 0  # lines both sides begin the stretch with
            while head < min(len(mine), len(theirs)) and mine[head] == theirs[head]:
                head += 1
            tail = 0
            while tail < min(len(mine), len(theirs)) - head and mine[-1 - tail] == theirs[-1 - tail]:
                tail += 1
            out += mine[:head]
            mine_mid, theirs_mid = mine[head : len(mine) - tail], theirs[head : len(theirs) - tail]
            # Line numbers in the merged text of `yours` are those of `yours`; in the generation, of the generation.
            conflicts.append(
                Conflict(
                    (at_a + head + 1, at_a + head + len(mine_mid)),
                    (at_b + head + 1, at_b + head + len(theirs_mid)),
                )
            )
            if out and not out[-1].endswith("\n"):
                out[-1] += "\n"
            out += [YOURS_MARKER + "\n", *_ended(mine_mid), SEPARATOR + "\n", *_ended(theirs_mid)]
            out.append(GENERATED_MARKER + "\n")
            out += mine[len(mine) - tail :]
        out += o[o_start:o_end]
        at_o, at_a, at_b = o_end, a_end, b_end
    return MergeResult("".join(out), tuple(conflicts))
