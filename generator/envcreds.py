"""Credentials from the environment: `[tool.clientgen] env = { ApiKeyAuthentication = "EI_API_KEY" }`.

The generated client reads the variable when its keyword is not given (None), at construction; an empty variable
counts as unset. HTTP basic schemes read `user:password`.
"""

from __future__ import annotations

import difflib

from . import ir
from .diagnostics import Diagnostic, GenerationError
from .pysource import string


def check_env(api: ir.Api, env: tuple[tuple[str, str], ...], strict: bool = False) -> list[Diagnostic]:
    """Warnings for schemes the document does not have (their variable is not read; errors when `strict`), and an
    error for a variable name no environment can hold."""
    schemes = sorted(s.key for s in api.security_schemes)
    problems = []
    warnings = []
    for scheme, variable in env:
        if not variable or "=" in variable or "\0" in variable:
            problems.append(
                Diagnostic("error", f"env: {variable!r} cannot be the name of an environment variable (for {scheme!r})")
            )
        elif scheme not in schemes:
            close = difflib.get_close_matches(scheme, schemes, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "security schemes: " + (", ".join(schemes) or "none")
            message = f"env: the API has no security scheme {scheme!r}; {variable} is not read"
            warnings.append(Diagnostic("error" if strict else "warning", message, hint=hint))
    if problems or (strict and warnings):
        raise GenerationError(problems + warnings)
    return warnings


def credential_expression(scheme: ir.SecurityScheme, arg: str, variable: str) -> str:
    """What the client's constructor passes on for the scheme: the keyword, else the variable's value."""
    if not variable:
        return arg
    return f"{arg} if {arg} is not None else {env_reader(scheme)}({string(variable)})"


def env_reader(scheme: ir.SecurityScheme) -> str:
    """The function of the generated `_client.py` that reads the scheme's credential from a variable."""
    return "_basic_from_env" if scheme.kind == "http" and scheme.scheme == "basic" else "_from_env"


def env_note(scheme: ir.SecurityScheme, variable: str) -> str:
    """The sentence the docstring and the README add about the variable."""
    if not variable:
        return ""
    what = "`user:password`" if scheme.kind == "http" and scheme.scheme == "basic" else "the value"
    return f"When not given, {what} is read from the environment variable `{variable}` (an empty one counts as unset)."
