"""The public surface of a generated client: what its users call and read, as plain data.

Operations (method, HTTP method and path, arguments, return type), models (fields with types) and enum values,
all under their Python names. Two surfaces can be compared (`diff.py`) to tell users what a spec change breaks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from . import ir
from .graph import strongly_connected
from .naming import NO_RENAMES, Names, Renames, name_api
from .pytypes import PyTypes

Surface = dict[str, Any]


def _enum_values(t: ir.TypeRef | None) -> list[Any] | None:
    while isinstance(t, (ir.NullableType, ir.ArrayType)):
        t = t.inner if isinstance(t, ir.NullableType) else t.item
    return list(t.values) if isinstance(t, ir.EnumType) else None


def _describe(t: ir.TypeRef, types: PyTypes) -> str:
    """The type as its annotation, with enum values left out (they are compared one by one)."""
    if isinstance(t, ir.EnumType):
        return f"enum[{t.base}]"
    if isinstance(t, ir.NullableType):
        return f"{_describe(t.inner, types)} | None"
    if isinstance(t, ir.ArrayType):
        return f"list[{_describe(t.item, types)}]"
    if isinstance(t, ir.MapType):
        return f"dict[str, {_describe(t.value, types)}]"
    return types.annotation(t).text


def surface(api: ir.Api, names: Names | None = None, renames: Renames = NO_RENAMES) -> Surface:
    """The surface under `names`, else under the names the client gets with the user's `renames`."""
    names = names or name_api(api, strongly_connected(api), renames)
    result: Surface = {"operations": {}, "models": {}}
    for section, key, entry in _entries(api, names, api.operations, api.models):
        result[section][key] = entry
    return {section: dict(sorted(entries.items())) for section, entries in result.items()}


def _entries(
    api: ir.Api, names: Names, operations: Iterable[ir.Operation], models: Iterable[ir.Model]
) -> Iterator[tuple[str, str, Any]]:
    types = PyTypes(names)
    for op in operations:
        args: dict[str, Any] = {}
        for p in op.parameters:
            arg = names.argument[(op.operation_id, p.location, p.name)]
            args[arg] = {"in": p.location, "name": p.name, "type": _describe(p.type, types), "required": p.required}
            if _enum_values(p.type) is not None:
                args[arg]["enum"] = _enum_values(p.type)
        if op.bodies:
            body = op.bodies[0]
            args["body"] = {
                "in": "body",
                "name": body.media_type,
                "type": _describe(body.type, types),
                "required": body.required,
            }
        if ir.returns_location(op):
            returns = "str"
        else:
            success = ir.success_responses(op)
            returns = " | ".join(sorted({_describe(r.type, types) if r.type else "None" for r in success})) or "None"
        if op.events is not None:  # server-sent events (events.py): the call returns a stream
            item = "ServerSentEvent" if op.events.data is None else _describe(op.events.data, types)
            if op.events.alternative:
                args["stream"] = {"in": "keyword", "name": "stream", "type": "bool", "required": False}
                returns = f"{returns} | Stream[{item}]"
            else:
                returns = f"Stream[{item}]"
        if op.pagination is not None:  # a page of the items, no longer the response itself
            returns = f"pages[{_describe(op.pagination.item, types)}, {returns}]"
        key = f"{names.tag_attr[op.tag]}.{names.method[op.operation_id]}"
        yield "operations", key, {"http": f"{op.method} {op.path}", "arguments": args, "returns": returns}
    for model in models:
        fields: dict[str, Any] = {}
        for f in model.fields:
            attr = names.field_attr[(model.key, f.json_name)]
            fields[attr] = {"json": f.json_name, "type": _describe(f.type, types), "required": f.required}
            if _enum_values(f.type) is not None:
                fields[attr]["enum"] = _enum_values(f.type)
        yield "models", names.model_class[model.key], {"fields": fields}


def _line(key: str, entry: Any) -> str:
    return f"  {json.dumps(key)}: {json.dumps(entry, sort_keys=True)}"


def surface_text(data: Surface) -> str:
    """The surface as JSON with one line per operation and per model: readable diffs, and the C encoder's speed
    (an indented dump goes through Python's slow encoder: seconds on GitHub's API)."""
    return _text({section: [(key, _line(key, entries[key])) for key in entries] for section, entries in data.items()})


def _text(sections: dict[str, list[tuple[str, str]]]) -> str:
    parts = []
    for section in sorted(sections):
        lines = [line for _, line in sorted(sections[section])]
        parts.append(f"{json.dumps(section)}: {{\n" + ",\n".join(lines) + "\n}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


Lines = dict[tuple[str, str], tuple[bytes, str, str]]  # ("op"/"model", id) -> (object digest, key, line)


def surface_file(api: ir.Api, names: Names, digests: dict[tuple[str, str], bytes], old: Lines) -> tuple[str, Lines]:
    """`surface_text(surface(api, names))`, reusing the line of every object whose digest is in `old` (which must
    come from a run with the same names)."""
    lines: Lines = {}
    ops = [op for op in api.operations if _reuse(old, lines, ("op", op.operation_id), digests)]
    models = [m for m in api.models if _reuse(old, lines, ("model", m.key), digests)]
    fresh = _entries(api, names, ops, models)
    for id_, (section, key, entry) in zip(
        [("op", op.operation_id) for op in ops] + [("model", m.key) for m in models], fresh
    ):
        lines[id_] = (digests[id_], key, _line(key, entry))
    sections: dict[str, list[tuple[str, str]]] = {"operations": [], "models": []}
    for (kind, _), (_, key, line) in lines.items():
        sections["operations" if kind == "op" else "models"].append((key, line))
    return _text(sections), lines


def _reuse(old: Lines, lines: Lines, id_: tuple[str, str], digests: dict[tuple[str, str], bytes]) -> bool:
    """Take the object's line from `old` when its digest is unchanged; True when it must be made afresh."""
    previous = old.get(id_)
    if previous is not None and previous[0] == digests[id_]:
        lines[id_] = previous
        return False
    return True


def _entry_texts(text: str) -> dict[str, dict[str, str]]:
    """Each entry of a surface file as its JSON text, without parsing it: the file has one line per entry."""
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith('  "'):
            key, end = json.decoder.scanstring(line, 3)  # type: ignore[attr-defined]
            current[key] = line[end + 2 :].rstrip(",")
        elif line.endswith(": {"):
            current = sections.setdefault(json.loads(line[:-3]), {})
    return sections


def changed_entries(old_text: str, new_text: str) -> tuple[Surface, Surface]:
    """The entries of two surface files that differ, parsed, as two surfaces: `diff` of them is `diff` of the
    whole files, at the cost of the changes only."""
    old, new = _entry_texts(old_text), _entry_texts(new_text)
    old_changed: Surface = {}
    new_changed: Surface = {}
    for section in old.keys() | new.keys():
        before, after = old.get(section, {}), new.get(section, {})
        keys = [k for k in before.keys() | after.keys() if before.get(k) != after.get(k)]
        old_changed[section] = {k: json.loads(before[k]) for k in keys if k in before}
        new_changed[section] = {k: json.loads(after[k]) for k in keys if k in after}
    return old_changed, new_changed
