"""Which `format: binary` strings are files.

A binary string is a file only where a file can travel: in a form or multipart body (and as a whole binary body).
Everywhere else the value is JSON, where a "binary" string can only be a string: it is typed `str` there, so that
a model read from a response never claims to hold an upload object. A model that a form or multipart body reaches
keeps its file fields, even where a response uses it too.
"""

from __future__ import annotations

import dataclasses

from . import ir

_TEXT = ir.primitive("str")


def text_outside_uploads(api: ir.Api) -> ir.Api:
    models = {m.key: m for m in api.models}
    uploads: set[str] = set()
    pending = [body.type for op in api.operations for body in op.bodies if body.kind in ("form", "multipart")]
    while pending:
        for key in _model_keys(pending.pop()):
            if key not in uploads and key in models:
                uploads.add(key)
                pending.extend(f.type for f in models[key].fields)
                additional = models[key].additional
                if additional is not None:
                    pending.append(additional)
    if not _has_binary(api, uploads):
        return api
    new_models = tuple(m if m.key in uploads else _model_as_text(m) for m in api.models)
    operations = tuple(_operation_as_text(op) for op in api.operations)
    return dataclasses.replace(api, models=new_models, operations=operations)


def _has_binary(api: ir.Api, uploads: set[str]) -> bool:
    types = [f.type for m in api.models if m.key not in uploads for f in m.fields]
    types += [r.type for op in api.operations for r in op.responses if r.kind == "json" and r.type is not None]
    types += [b.type for op in api.operations for b in op.bodies if b.kind == "json"]
    types += [p.type for op in api.operations for p in op.parameters]
    return any(_as_text(t) != t for t in types)


def _model_keys(t: ir.TypeRef) -> list[str]:
    if isinstance(t, ir.ModelType):
        return [t.key]
    if isinstance(t, ir.ArrayType):
        return _model_keys(t.item)
    if isinstance(t, ir.MapType):
        return _model_keys(t.value)
    if isinstance(t, ir.NullableType):
        return _model_keys(t.inner)
    if isinstance(t, ir.UnionType):
        return [key for v in t.variants for key in _model_keys(v)]
    return []


def _as_text(t: ir.TypeRef) -> ir.TypeRef:
    if isinstance(t, ir.Primitive):
        return _TEXT if t.kind == "binary" else t
    if isinstance(t, ir.ArrayType):
        item = _as_text(t.item)
        return t if item is t.item else ir.ArrayType(item)
    if isinstance(t, ir.MapType):
        value = _as_text(t.value)
        return t if value is t.value else ir.MapType(value)
    if isinstance(t, ir.NullableType):
        inner = _as_text(t.inner)
        return t if inner is t.inner else ir.NullableType(inner)
    if isinstance(t, ir.UnionType):
        variants = tuple(dict.fromkeys(_as_text(v) for v in t.variants))
        if variants == t.variants:
            return t
        return variants[0] if len(variants) == 1 else ir.UnionType(variants, t.discriminator)
    return t


def _model_as_text(model: ir.Model) -> ir.Model:
    fields = tuple(dataclasses.replace(f, type=_as_text(f.type)) for f in model.fields)
    additional = _as_text(model.additional) if model.additional is not None else None
    if fields == model.fields and additional == model.additional:
        return model
    return dataclasses.replace(model, fields=fields, additional=additional)


def _operation_as_text(op: ir.Operation) -> ir.Operation:
    responses = tuple(
        dataclasses.replace(r, type=_as_text(r.type)) if r.kind == "json" and r.type is not None else r
        for r in op.responses
    )
    bodies = tuple(dataclasses.replace(b, type=_as_text(b.type)) if b.kind == "json" else b for b in op.bodies)
    parameters = tuple(dataclasses.replace(p, type=_as_text(p.type)) for p in op.parameters)
    if (responses, bodies, parameters) == (op.responses, op.bodies, op.parameters):
        return op
    return dataclasses.replace(op, responses=responses, bodies=bodies, parameters=parameters)
