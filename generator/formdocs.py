"""The fields of form and multipart bodies, listed in the docstring of the operation that sends them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from . import ir
from .pysource import literal
from .pytypes import PyTypes
from .typeddicts import body_model


def form_models(models: Mapping[str, ir.Model], ops: Iterable[ir.Operation]) -> dict[str, ir.Model]:
    """The models that the form and multipart bodies of `ops` are, by key: their fields go into the docstrings."""
    found: dict[str, ir.Model] = {}
    for op in ops:
        for body in op.bodies:
            key = body_model(body)
            if body.kind in ("form", "multipart") and key is not None and key in models:
                found[key] = models[key]
    return found


def _one_line(text: str) -> str:
    return " ".join(text.split())


def field_docs(model: ir.Model, types: PyTypes) -> list[str]:
    """One line per field a request sends: `name (type, required): description`, JSON names as the keys of a dict
    body; the model's attribute follows when it is named otherwise."""
    lines = []
    for f in sorted(model.fields, key=lambda f: not f.required):  # required first, as in the model
        if f.read_only:
            continue
        attr = types.names.field_attr[(model.key, f.json_name)]
        kind = types.annotation(f.type).text + (", required" if f.required else "")  # text: the module imports nothing
        text = f"{f.json_name} ({kind})"
        notes = [_one_line(f.description)] if f.description else []
        if f.has_default and (f.default is None or isinstance(f.default, (str, int, float, bool))):
            notes.append(f"Default: {literal(f.default)}.")
        if f.deprecated:
            notes.append("Deprecated.")
        if attr != f.json_name:
            notes.append(f"Model attribute `{attr}`.")
        lines.append(f"{text}: {' '.join(notes)}" if notes else text)
    return lines
