"""Typed reads of the raw document: the one place where the resolver takes values out of the spec.

Validation findings are warnings (real specs are often slightly invalid), so any JSON value can be met in any
position. Every read of a member whose type matters goes through these functions: a value of the wrong JSON type
becomes a warning at its pointer (what was expected, what was found, what clientgen does instead) and the caller
gets a safe default (an empty mapping or list, "", False). A member that is absent (or null) is not a problem here:
the default is returned without a word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from .diagnostics import join_pointer
from .loader import Document


@dataclass(frozen=True)
class Ctx:
    """Where a value lives: the document and the JSON pointer inside it."""

    doc: Document
    pointer: str

    def at(self, *tokens: str | int) -> Ctx:
        return Ctx(self.doc, join_pointer(self.pointer, *tokens))


class Reporter(Protocol):
    def warn(self, ctx: Ctx, message: str, hint: str = "") -> None: ...


def kind(value: Any) -> str:
    """What a JSON value is, for a message: 'a string ("abc")', 'a number (5)', 'a list', 'an object'..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        return f"a number ({value!r})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"a string ({shown!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def wrong(r: Reporter, ctx: Ctx, what: str, expected: str, value: Any, consequence: str, hint: str = "") -> None:
    """Warn that `what` at `ctx` should be `expected` but is `value`, and what is done instead."""
    r.warn(ctx, f"{what} must be {expected}, not {kind(value)}; {consequence}", hint)


def mapping(
    r: Reporter, node: dict[str, Any], ctx: Ctx, key: str, consequence: str = "it is ignored"
) -> dict[str, Any]:
    """`node[key]` when it is an object; {} (with a warning when it is there but not an object) otherwise."""
    value = node.get(key)
    if isinstance(value, dict):
        return value
    if value is not None:
        wrong(r, ctx.at(key), f"'{key}'", "an object", value, consequence)
    return {}


def sequence(r: Reporter, node: dict[str, Any], ctx: Ctx, key: str, consequence: str = "it is ignored") -> list[Any]:
    """`node[key]` when it is a list; [] (with a warning when it is there but not a list) otherwise."""
    value = node.get(key)
    if isinstance(value, list):
        return value
    if value is not None:
        wrong(r, ctx.at(key), f"'{key}'", "a list", value, consequence)
    return []


def text(r: Reporter, node: dict[str, Any], ctx: Ctx, key: str, default: str = "", consequence: str = "") -> str:
    """`node[key]` when it is a string; `default` (with a warning when it is there) otherwise."""
    value = node.get(key)
    if isinstance(value, str):
        return value
    if value is not None:
        wrong(r, ctx.at(key), f"'{key}'", "a string", value, consequence or "it is ignored")
    return default


def prose(r: Reporter, node: dict[str, Any], ctx: Ctx, key: str) -> str:
    """A description, summary or title: `text`, without the blank space around it."""
    return text(r, node, ctx, key).strip()


def scalar_text(r: Reporter, node: dict[str, Any], ctx: Ctx, key: str, default: str = "") -> str:
    """`node[key]` as text when it is a string or a number (`version: 1.0` is a number in YAML); else `default`."""
    value = node.get(key)
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if value is not None:
        wrong(r, ctx.at(key), f"'{key}'", "a string", value, f"{default!r} is used instead")
    return default


def flag(r: Reporter, node: dict[str, Any], ctx: Ctx, key: str, default: bool = False) -> bool:
    """`node[key]` when it is a boolean; `default` (with a warning when it is there) otherwise.

    `nullable: "false"` is not taken for true, as `bool("false")` would."""
    value = node.get(key)
    if isinstance(value, bool):
        return value
    if value is not None:
        wrong(r, ctx.at(key), f"'{key}'", "true or false", value, f"it is taken as {'true' if default else 'false'}")
    return default


def objects(
    r: Reporter, container: dict[str, Any] | list[Any], ctx: Ctx, what: str, consequence: str = "it is left out"
) -> Iterator[tuple[str, dict[str, Any], Ctx]]:
    """The entries of a mapping or a list that are objects, each with its key (or index as text)
    and its place; each entry that is not an object is a warning and is skipped."""
    items = container.items() if isinstance(container, dict) else enumerate(container)
    for token, value in items:
        where = ctx.at(token)
        if isinstance(value, dict):
            yield str(token), value, where
        else:
            wrong(r, where, what, "an object", value, consequence)


def strings(r: Reporter, values: list[Any], ctx: Ctx, what: str, consequence: str = "it is left out") -> list[str]:
    """The items of a list that are strings; each other item is a warning and is skipped."""
    found = []
    for i, value in enumerate(values):
        if isinstance(value, str):
            found.append(value)
        else:
            wrong(r, ctx.at(i), what, "a string", value, consequence)
    return found
