"""Problems found in a spec, as values: collected, sorted and reported together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem, with where it is (file, line, JSON pointer) and what to do about it."""

    severity: Severity
    message: str
    file: str = ""
    pointer: str = ""
    line: int | None = None
    hint: str = ""

    def render(self) -> str:
        where = self.file or "<spec>"
        if self.line is not None:
            where += f":{self.line}"
        if self.pointer:
            where += f" (#{self.pointer})"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text


class GenerationError(Exception):
    """Raised when generation cannot go on; carries every diagnostic collected so far."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(d.render() for d in diagnostics))


def errors_in(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.severity == "error"]


def escape_pointer_token(token: str) -> str:
    if "~" not in token and "/" not in token:
        return token
    return token.replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    if len(tokens) == 1:
        return f"{pointer}/{escape_pointer_token(str(tokens[0]))}"
    return pointer + "".join("/" + escape_pointer_token(str(t)) for t in tokens)
