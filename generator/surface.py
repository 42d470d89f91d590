"""The public surface of a generated client: what its users call and read, as plain data.

Operations (method, HTTP method and path, arguments, return type), models (fields with types) and enum values,
all under their Python names. Two surfaces can be compared (`diff.py`) to tell users what a spec change breaks.
"""

from __future__ import annotations

import json

from typing import Any

from . import ir
from .graph import strongly_connected
from .naming import Names, name_api
from .pytypes import Imports, PyTypes

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
    return types.annotation(t)


def surface(api: ir.Api, names: Names | None = None) -> Surface:
    names = names or name_api(api, strongly_connected(api))
    types = PyTypes(names, Imports())
    operations: dict[str, Any] = {}
    for op in api.operations:
        args: dict[str, Any] = {}
        for p in op.parameters:
            arg = names.argument[(op.operation_id, p.location, p.name)]
            args[arg] = {"in": p.location, "name": p.name, "type": _describe(p.type, types), "required": p.required}
            if _enum_values(p.type) is not None:
                args[arg]["enum"] = _enum_values(p.type)
        if op.bodies:
            body = op.bodies[0]
            args["body"] = {"in": "body", "name": body.media_type, "type": _describe(body.type, types), "required": body.required}
        success = [r for r in op.responses if r.status.startswith("2")]
        returns = " | ".join(sorted({_describe(r.type, types) if r.type else "None" for r in success})) or "None"
        operations[f"{names.tag_attr[op.tag]}.{names.method[op.operation_id]}"] = {
            "http": f"{op.method} {op.path}",
            "arguments": args,
            "returns": returns,
        }
    models: dict[str, Any] = {}
    for model in api.models:
        fields: dict[str, Any] = {}
        for f in model.fields:
            attr = names.field_attr[(model.key, f.json_name)]
            fields[attr] = {"json": f.json_name, "type": _describe(f.type, types), "required": f.required}
            if _enum_values(f.type) is not None:
                fields[attr]["enum"] = _enum_values(f.type)
        models[names.model_class[model.key]] = {"fields": fields}
    return {"operations": dict(sorted(operations.items())), "models": dict(sorted(models.items()))}


def surface_text(data: Surface) -> str:
    """The surface as JSON with one line per operation and per model: readable diffs, and the C encoder's speed
    (an indented dump goes through Python's slow encoder: seconds on GitHub's API)."""
    sections = []
    for section in sorted(data):
        entries = data[section]
        lines = [f"  {json.dumps(key)}: {json.dumps(entries[key], sort_keys=True)}" for key in sorted(entries)]
        sections.append(f"{json.dumps(section)}: {{\n" + ",\n".join(lines) + "\n}")
    return "{\n" + ",\n".join(sections) + "\n}\n"
