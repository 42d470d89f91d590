"""Prism's own limits and the spec faults, as data (limits.yaml beside this file), and the known client failures.

`limits.yaml` lists whole specs Prism cannot serve, single operations no correct client can pass or Prism cannot
check (with whose fault it is), patterns that Prism cannot check wherever they occur, and client bugs the harness
found that are not fixed yet. A pattern's reason is data there; `PATTERNS` below is its detector, one function per
id, run on the raw document. The planner uses the same predicates to leave out *optional* values of those shapes
(with a note), so the rule for a shape lives in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .rawspec import Loc, RawOperation, RawSpec

DATA = Path(__file__).with_name("limits.yaml")

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class LeftOut:
    fault: str  # "prism" or "spec"
    reason: str


@dataclass
class Limits:
    prism_version: str
    specs: dict[str, str]
    patterns: dict[str, str]
    operations: dict[str, dict[str, LeftOut]]
    known_failures: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = DATA) -> Limits:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        unknown = set(data.get("patterns") or {}) - set(PATTERNS)
        if unknown:
            raise ValueError(f"{path}: patterns without a detector in limits.py: {sorted(unknown)}")
        missing = set(PATTERNS) - set(data.get("patterns") or {})
        if missing:
            raise ValueError(f"{path}: detectors without a reason: {sorted(missing)}")
        operations = {
            spec: {
                op: LeftOut(str(entry["fault"]), " ".join(str(entry["reason"]).split())) for op, entry in ops.items()
            }
            for spec, ops in (data.get("operations") or {}).items()
        }
        for spec, ops in operations.items():
            for op, left in ops.items():
                if left.fault not in ("prism", "spec"):
                    raise ValueError(f"{path}: {spec} {op}: fault must be prism or spec, not {left.fault!r}")
        return cls(
            prism_version=str(data.get("prism_version", "")),
            specs={k: " ".join(str(v).split()) for k, v in (data.get("specs") or {}).items()},
            patterns={k: " ".join(str(v).split()) for k, v in (data.get("patterns") or {}).items()},
            operations=operations,
            known_failures={
                spec: {op: " ".join(str(r).split()) for op, r in ops.items()}
                for spec, ops in (data.get("known_failures") or {}).items()
            },
        )

    def left_out(self, spec_name: str, subject: Subject) -> LeftOut | None:
        ops = self.operations.get(spec_name, {})
        op = subject.op
        entry = ops.get(op.operation_id) if op.operation_id else None
        entry = entry or ops.get(f"{op.method} {op.path}")
        if entry is not None:
            return entry
        for pattern, detect in PATTERNS.items():
            detail = detect(subject)
            if detail:
                reason = self.patterns[pattern]
                return LeftOut("spec" if reason.startswith("Spec fault") else "prism", f"{reason} ({detail})")
        return None

    def known(self, spec_name: str, op: RawOperation) -> str:
        ops = self.known_failures.get(spec_name, {})
        return ops.get(op.operation_id, "") or ops.get(f"{op.method} {op.path}", "")


@dataclass
class Subject:
    """An operation as the planner will send it: the request media type it chose and that body's schema."""

    spec: RawSpec
    op: RawOperation
    media: str = ""
    body_loc: Loc | None = None
    encoding: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------------------------------ shapes


def form_array_unsupported(spec: RawSpec, name: str, loc: Loc, media: str, encoding: dict[str, Any]) -> bool:
    """An array property of a form or multipart body that Prism cannot read (no exploded form `encoding`)."""
    if media != FORM and not media.startswith("multipart/"):
        return False
    if spec.schema_kind(loc) != "array":
        return False
    enc = encoding.get(name) or {}
    return not ("style" in enc and enc.get("style") == "form" and enc.get("explode", True))


def object_part_unsupported(spec: RawSpec, loc: Loc, media: str) -> bool:
    """A multipart part whose schema is an object: Prism never parses it as JSON."""
    return media.startswith("multipart/") and spec.schema_kind(loc) == "object"


def query_name_unsupported(param: dict[str, Any]) -> bool:
    return param.get("in") == "query" and " " in str(param.get("name", ""))


def _required_body_props(subject: Subject) -> list[tuple[str, Loc]]:
    if subject.body_loc is None:
        return []
    props, required, _ = subject.spec.object_parts(subject.body_loc)
    return [(name, props[name]) for name in sorted(required) if name in props]


def _form_array(subject: Subject) -> str:
    found = [
        name
        for name, loc in _required_body_props(subject)
        if form_array_unsupported(subject.spec, name, loc, subject.media, subject.encoding)
    ]
    return f"required: {', '.join(found)}" if found else ""


def _multipart_object(subject: Subject) -> str:
    found = [
        name
        for name, loc in _required_body_props(subject)
        if object_part_unsupported(subject.spec, loc, subject.media)
        and not form_array_unsupported(subject.spec, name, loc, subject.media, subject.encoding)
    ]
    return f"required: {', '.join(found)}" if found else ""


def _query_name_space(subject: Subject) -> str:
    found = [
        str(p.get("name"))
        for p, _ in subject.spec.parameters(subject.op).values()
        if p.get("required") and query_name_unsupported(p)
    ]
    return f"required: {', '.join(repr(n) for n in found)}" if found else ""


def _uses(spec: RawSpec, loc: Loc, keyword: str, seen: set[Loc], depth: int = 0) -> bool:
    """Whether the schema at `loc` or one it reaches (through $refs too) has `keyword`."""
    if depth > 12:
        return False
    schema, loc = spec.deref(loc)
    if loc in seen or not isinstance(schema, dict):
        return False
    seen.add(loc)
    if keyword in schema:
        return True
    for key, sub in schema.items():
        if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(sub, dict):
            if any(_uses(spec, loc.child(key, name), keyword, seen, depth + 1) for name in sub):
                return True
        elif key in ("allOf", "oneOf", "anyOf") and isinstance(sub, list):
            if any(_uses(spec, loc.child(key, i), keyword, seen, depth + 1) for i, _ in enumerate(sub)):
                return True
        elif (
            key in ("items", "additionalProperties", "not")
            and isinstance(sub, dict)
            and (_uses(spec, loc.child(key), keyword, seen, depth + 1))
        ):
            return True
    return False


def _prefix_items(subject: Subject) -> str:
    if subject.body_loc is not None and _uses(subject.spec, subject.body_loc, "prefixItems", set()):
        return "in the request body"
    for (where, name), (param, loc) in subject.spec.parameters(subject.op).items():
        if "schema" in param and _uses(subject.spec, loc.child("schema"), "prefixItems", set()):
            return f"in the {where} parameter {name!r}"
    return ""


def _path_with_query(subject: Subject) -> str:
    return f"path {subject.op.path}" if "?" in subject.op.path or "#" in subject.op.path else ""


_REDIRECTS = {"301", "302", "303", "307", "308", "3XX"}


def _redirect_without_location(subject: Subject) -> str:
    responses = subject.op.node.get("responses")
    if not isinstance(responses, dict):
        return ""
    statuses = {str(s).upper() for s in responses}
    if any(s.startswith("2") for s in statuses) or not statuses & _REDIRECTS:
        return ""
    for status in statuses & _REDIRECTS:
        response, _ = subject.spec.deref(subject.op.loc.child("responses", status))
        headers = response.get("headers") if isinstance(response, dict) else None
        if isinstance(headers, dict) and any(str(h).lower() == "location" for h in headers):
            return ""
    return "a redirect whose Location header the spec does not declare"


def _no_success(subject: Subject) -> str:
    responses = subject.op.node.get("responses")
    if not isinstance(responses, dict) or not responses:
        return ""
    statuses = [str(s).upper() for s in responses]
    if any(s[0] in "23" or s == "DEFAULT" for s in statuses):
        return ""
    return "only " + ", ".join(sorted(statuses)) + " documented"


PATTERNS: dict[str, Callable[[Subject], str]] = {
    "no-success": _no_success,
    "redirect-without-location": _redirect_without_location,
    "form-array": _form_array,
    "multipart-object": _multipart_object,
    "query-name-space": _query_name_space,
    "prefix-items": _prefix_items,
    "path-with-query": _path_with_query,
}
