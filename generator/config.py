"""Configuration: `[tool.clientgen]` in pyproject.toml or a `--config` file (TOML or YAML), then flags."""

from __future__ import annotations

import difflib
import sys
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import Diagnostic, GenerationError
from .pagination_settings import DEFAULT as PAGINATION_DEFAULT
from .pagination_settings import Settings as PaginationSettings
from .pagination_settings import settings_from_config

if TYPE_CHECKING:
    from .formatting import Formatter

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


@dataclass(frozen=True)
class Config:
    spec: str = ""
    output: str = "output"
    package: str = ""
    strict: bool = False
    validate: bool = True
    templates: str = ""
    formatter: Formatter = "ruff"
    project: bool = False
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()
    rename_classes: tuple[tuple[str, str], ...] = ()
    rename_fields: tuple[tuple[str, str], ...] = ()
    env: tuple[tuple[str, str], ...] = ()  # security scheme -> environment variable the client reads it from
    pagination: PaginationSettings = PAGINATION_DEFAULT

    def resolved(self, base: Path) -> Config:
        """Relative paths in a config file are relative to that file's folder."""
        def absolute(value: str) -> str:
            return str((base / value).resolve()) if value and not Path(value).is_absolute() else value

        return replace(self, spec=absolute(self.spec), output=absolute(self.output), templates=absolute(self.templates))


KEYS = {f.name for f in fields(Config)}


def _check_keys(table: dict[str, Any], where: str) -> list[Diagnostic]:
    problems = []
    for key in sorted(table):
        if key.replace("-", "_") not in KEYS:
            close = difflib.get_close_matches(key.replace("-", "_"), sorted(KEYS), n=1)
            hint = f"did you mean {close[0]!r}?" if close else "valid keys: " + ", ".join(sorted(KEYS))
            problems.append(Diagnostic("error", f"unknown configuration key {key!r}", where, hint=hint))
    return problems


def from_table(table: dict[str, Any], where: str, base: Path) -> Config:
    problems = _check_keys(table, where)
    if problems:
        raise GenerationError(problems)
    values = {key.replace("-", "_"): value for key, value in table.items()}
    if values.get("formatter", "ruff") not in ("ruff", "black"):
        raise GenerationError(
            [Diagnostic("error", f"formatter must be 'ruff' or 'black', not {values['formatter']!r}", where)]
        )
    pagination = settings_from_config(values.pop("pagination"), where) if "pagination" in values else None
    for key, value in list(values.items()):
        default = getattr(Config(), key)
        if key.startswith("rename_") or key == "env":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                what = "security scheme names to environment variable names" if key == "env" else "names to new names"
                raise GenerationError(
                    [Diagnostic("error", f"configuration key {key!r} must map {what} (strings)", where)]
                )
            values[key] = tuple(sorted(value.items()))
        elif isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise GenerationError(
                    [Diagnostic("error", f"configuration key {key!r} must be a list of strings, not {value!r}", where)]
                )
            values[key] = tuple(value)
        elif not isinstance(value, type(default)):
            raise GenerationError(
                [
                    Diagnostic(
                        "error",
                        f"configuration key {key!r} must be a {type(default).__name__}, not {value!r}",
                        where,
                    )
                ]
            )
    if pagination is not None:
        values["pagination"] = pagination
    return Config(**values).resolved(base)


def load_config(path: Path | None, cwd: Path) -> Config:
    """The explicit config file, else `[tool.clientgen]` of ./pyproject.toml, else defaults."""
    if path is not None:
        if not path.is_file():
            raise GenerationError([Diagnostic("error", f"config file {path} does not exist", str(path))])
        text = path.read_text(encoding="utf-8")
        if path.suffix in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(text) or {}
            table = data.get("clientgen", data) if isinstance(data, dict) else {}
        else:
            data = _toml(text, str(path))
            table = data.get("tool", {}).get("clientgen", data)
        return from_table(table, str(path), path.parent)
    pyproject = cwd / "pyproject.toml"
    if pyproject.is_file():
        data = _toml(pyproject.read_text(encoding="utf-8"), str(pyproject))
        table = data.get("tool", {}).get("clientgen")
        if isinstance(table, dict):
            return from_table(table, str(pyproject), cwd)
    return Config()


def _toml(text: str, where: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GenerationError([Diagnostic("error", f"invalid TOML: {exc}", where)]) from None
