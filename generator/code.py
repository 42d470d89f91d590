"""The code model render works from: a piece of Python text together with what it needs from its module.

An `Expr` is an expression or annotation (`list[Pet] | None`, `serde.array(Pet.convert)`); its `Uses` say which
imports it relies on. Render combines expressions and takes a module's imports from the union of what its parts
use, never by looking at the text it produced.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Uses:
    """What a piece of generated code needs its module to import."""

    stdlib: frozenset[str] = frozenset()  # modules imported whole: `datetime`, `uuid`, `os`
    typing: frozenset[str] = frozenset()  # names from `typing`: `Any`, `Literal`, `IO`
    serde: bool = False  # the runtime's `_serde` module, as `serde`
    unset: frozenset[str] = frozenset()  # `UNSET` (the value) and `Unset` (its type)
    models: frozenset[tuple[str, str]] = frozenset()  # (module, class) of generated models

    def __or__(self, other: Uses) -> Uses:
        # Render joins hundreds of thousands of these; most add nothing new, and making one costs a microsecond.
        if other is self or not other:
            return self
        if not self:
            return other
        if (
            other.stdlib <= self.stdlib
            and other.typing <= self.typing
            and (self.serde or not other.serde)
            and other.unset <= self.unset
            and other.models <= self.models
        ):
            return self
        return Uses(
            self.stdlib | other.stdlib,
            self.typing | other.typing,
            self.serde or other.serde,
            self.unset | other.unset,
            self.models | other.models,
        )

    def __bool__(self) -> bool:
        return bool(self.stdlib or self.typing or self.serde or self.unset or self.models)

    def without_models(self) -> Uses:
        return Uses(self.stdlib, self.typing, self.serde, self.unset)

    def models_by_module(self, leave_out: str = "") -> list[tuple[str, list[str]]]:
        """The models to import, sorted: (module, its classes), without those of the module `leave_out`."""
        found: dict[str, list[str]] = {}
        for module, name in sorted(self.models):
            if module != leave_out:
                found.setdefault(module, []).append(name)
        return sorted(found.items())


NOTHING = Uses()
SERDE = Uses(serde=True)
UNSET = Uses(unset=frozenset({"UNSET"}))
UNSET_TYPE = Uses(unset=frozenset({"Unset"}))


def typing(*names: str) -> Uses:
    return Uses(typing=frozenset(names))


def stdlib(*modules: str) -> Uses:
    return Uses(stdlib=frozenset(modules))


def model(module: str, name: str) -> Uses:
    return Uses(models=frozenset({(module, name)}))


def used_by(parts: Iterable[Expr | Uses]) -> Uses:
    """The union of what `parts` use."""
    total = NOTHING
    for part in parts:
        total = total | (part.uses if isinstance(part, Expr) else part)
    return total


@dataclass(frozen=True)
class Expr:
    """Python text (an expression or an annotation) and what it uses."""

    text: str
    uses: Uses = NOTHING

    def __str__(self) -> str:
        return self.text

    def with_uses(self, uses: Uses) -> Expr:
        return Expr(self.text, self.uses | uses)


def expr(text: str, *uses: Uses) -> Expr:
    return Expr(text, used_by(uses))


def joined(separator: str, parts: Iterable[Expr], before: str = "", after: str = "") -> Expr:
    """`before` + the parts' texts joined by `separator` + `after`, using what they all use."""
    items = list(parts)
    return Expr(before + separator.join(p.text for p in items) + after, used_by(items))


def union(parts: Iterable[Expr]) -> Expr:
    """`A | B | ...`, each alternative once, in order."""
    unique = {p.text: p for p in parts}
    return joined(" | ", unique.values())


def optional(annotation: Expr) -> Expr:
    """The annotation of a value that may be left out: `... | Unset`."""
    return Expr(f"{annotation.text} | Unset", annotation.uses | UNSET_TYPE)
