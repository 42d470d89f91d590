"""The `pagination` setting of the configuration: a table of operationIds (or fnmatch patterns) and how each pages.
Apart from the pagination pass, so that reading the configuration imports nothing of the stages."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .diagnostics import Diagnostic, GenerationError

KINDS = ("link", "cursor", "token", "offset", "page")


@dataclass(frozen=True)
class Rule:
    """One entry of the `pagination` table: how the operations whose operationId matches `pattern` page."""

    pattern: str
    off: bool = False
    kind: str = ""
    items: str = ""  # dotted JSON path in the response; "" = the single array (or the response itself)
    param: str = ""
    size_param: str = ""
    next: str = ""
    has_more: str = ""
    total: str = ""
    total_pages: str = ""
    item_id: str = ""
    before_param: str = ""


@dataclass(frozen=True)
class Settings:
    enabled: bool = True  # `pagination = false`: nothing is recognised
    rules: tuple[Rule, ...] = ()


DEFAULT = Settings()  # heuristics and extensions on, no table
RULE_KEYS = tuple(f.name for f in fields(Rule) if f.name not in ("pattern", "off"))


def settings_from_config(value: Any, where: str) -> Settings:
    """`pagination = false`, or a table of operationId (or fnmatch pattern) -> `false` or a table of `RULE_KEYS`."""
    if isinstance(value, bool):
        return Settings(enabled=value)
    if not isinstance(value, dict):
        raise _config_error(f"configuration key 'pagination' must be false or a table, not {value!r}", where)
    rules = []
    for pattern, entry in sorted(value.items()):
        if entry is False:
            rules.append(Rule(pattern, off=True))
            continue
        if not isinstance(entry, dict):
            raise _config_error(f"pagination.{pattern} must be false or a table, not {entry!r}", where)
        entry = {k.replace("-", "_"): v for k, v in entry.items()}
        unknown = sorted(set(entry) - set(RULE_KEYS))
        if unknown:
            raise _config_error(f"pagination.{pattern}: unknown key {unknown[0]!r}", where,
                                "valid keys: " + ", ".join(RULE_KEYS))
        if not all(isinstance(v, str) for v in entry.values()):
            raise _config_error(f"pagination.{pattern}: every value must be a string", where)
        if entry.get("kind") not in KINDS:
            raise _config_error(f"pagination.{pattern}: kind must be one of {', '.join(KINDS)}", where)
        rules.append(Rule(pattern, **entry))
    return Settings(rules=tuple(rules))


def _config_error(message: str, where: str, hint: str = "") -> GenerationError:
    return GenerationError([Diagnostic("error", message, where, hint=hint)])
