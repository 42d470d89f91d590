"""TypedDicts of request bodies: a plain dict given as `body=` is checked by type checkers, key by key.

Every model that a JSON, form or multipart body reaches (through its fields too) gets a TypedDict named in
`Names.typed_dict`, with the JSON names as keys: required keys for the required properties, the others optional,
read-only ones left out (a client never sends them), nested models as `Model | ModelDict`. Python 3.10 has no
`Required`/`NotRequired`, so a TypedDict with both kinds of keys inherits the required ones from a private TypedDict
of its own; keys that cannot be written in a class statement (`a-b`, `class`, a name the annotations use) go into
TypedDicts made with the functional syntax. A model whose dict cannot be described key by key (it declares
`additionalProperties`, or has no property a request sends) gets an alias of `Mapping[str, Any]`.

They all live in `models/_typeddicts.py`, which nothing imports at run time: type checkers read it, and the
`models` package imports it on first use (`typing.get_type_hints()`, or a caller's own import).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import code, ir
from .code import Expr, Uses
from .naming import MAX_NAME, Names, typed_dict_parts
from .pysource import docstring, string
from .pytypes import PyTypes

if TYPE_CHECKING:
    import jinja2

MODULE = "_typeddicts"  # inside models/; model modules never start with an underscore

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _types_of(t: ir.TypeRef) -> list[ir.TypeRef]:
    if isinstance(t, ir.ArrayType):
        return [t.item]
    if isinstance(t, ir.MapType):
        return [t.value]
    if isinstance(t, ir.NullableType):
        return [t.inner]
    if isinstance(t, ir.UnionType):
        return list(t.variants)
    return []


def _model_keys(t: ir.TypeRef) -> list[str]:
    """The models a type names, at any depth of arrays, maps, unions and nullables (not through fields)."""
    found: list[str] = []
    todo = [t]
    while todo:
        current = todo.pop()
        if isinstance(current, ir.ModelType):
            found.append(current.key)
        todo += _types_of(current)
    return found


def body_model(body: ir.Body) -> str | None:
    """The model key of a body that a plain dict may stand for, else None."""
    if body.kind in ("json", "form", "multipart") and isinstance(body.type, ir.ModelType):
        return body.type.key
    return None


def request_models(api: ir.Api) -> list[str]:
    """Keys of the models that get a TypedDict: those request bodies are, and every model their fields reach."""
    by_key = {m.key: m for m in api.models}
    seen: set[str] = set()
    todo = [key for op in api.operations for b in op.bodies if (key := body_model(b)) is not None]
    while todo:
        key = todo.pop()
        if key in seen or key not in by_key:
            continue
        seen.add(key)
        for f in by_key[key].fields:
            if not f.read_only:
                todo += _model_keys(f.type)
    return sorted(seen)


def dict_annotation(types: PyTypes, key: str) -> str:
    """How a body annotation names a model's TypedDict (`models.PetDict` in an operation group)."""
    return types.qualifier + types.names.typed_dict[key]


class DictTypes(PyTypes):
    """Annotations of the values of a TypedDict: a nested model may be given as the model or as its dict."""

    def annotation(self, t: ir.TypeRef) -> Expr:
        if isinstance(t, ir.ModelType):
            return code.joined(" | ", [self.model_name(t.key), Expr(self.names.typed_dict[t.key])])
        return super().annotation(t)


@dataclass
class DictView:
    lines: list[str]  # the statements that define it, already laid out (one TypedDict, or its parts and itself)
    uses: Uses


def _sendable(model: ir.Model) -> list[ir.Field]:
    return [f for f in model.fields if not f.read_only]


def _class_key(name: str, used: set[str]) -> bool:
    """Whether a key can be an annotated name in a class statement without changing what an annotation means."""
    return (
        name.isascii()  # Python reads identifiers in NFKC: a class statement would change a key like "ﬁle"
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("__")
        and len(name) <= MAX_NAME  # a longer key would be an identifier longer than any name clientgen makes
        and name not in used
    )


def _class_lines(header: str, doc: str, entries: list[tuple[str, str]]) -> list[str]:
    lines = [header, "    " + doc] if doc else [header]
    if doc and entries:
        lines.append("")  # black leaves one blank line after a class's docstring
    lines += [f"    {key}: {annotation}" for key, annotation in entries]
    return lines if len(lines) > 1 else [header, "    pass"]


def _functional(name: str, entries: list[tuple[str, str]], total: bool) -> list[str]:
    items = ", ".join(f"{string(key)}: {string(annotation)}" for key, annotation in entries)
    return [f"{name} = TypedDict({string(name)}, {{{items}}}{'' if total else ', total=False'})"]


def _dict_view(model: ir.Model, names: Names, types: DictTypes) -> DictView:
    name = names.typed_dict[model.key]
    fields = _sendable(model)
    if model.additional is not None or not fields:
        return DictView([f"{name}: TypeAlias = Mapping[str, Any]"], code.typing("Any", "TypeAlias"))
    annotations = [types.annotation(f.type) for f in fields]
    uses = code.used_by(annotations) | code.typing("TypedDict")
    entries = [(f, a.text) for f, a in zip(fields, annotations)]
    required = [(f.json_name, a) for f, a in entries if f.required]
    optional = [(f.json_name, a) for f, a in entries if not f.required]
    used = {word for _, a in entries for word in _IDENTIFIER.findall(a)}
    keys = [
        f"{f.json_name} ({a}{', required' if f.required else ''})"
        + (f": {' '.join(f.description.split())}" if f.description else "")
        for f, a in sorted(entries, key=lambda e: not e[0].required)  # required first, as in the model
    ]
    doc = docstring(
        f"The {names.model_class[model.key]} request body as a plain dict: JSON names as keys.\n\nKeys:\n"
        + "\n".join("    " + k for k in keys),
        "    ",
    )
    if all(_class_key(f.json_name, used) for f in fields):
        if required and optional:
            base = typed_dict_parts(name)[0]
            return DictView(
                _class_lines(f"class {base}(TypedDict):", "", required)
                + ["", ""]
                + _class_lines(f"class {name}({base}, total=False):", doc, optional),
                uses,
            )
        header = f"class {name}(TypedDict{'' if required else ', total=False'}):"
        return DictView(_class_lines(header, doc, required or optional), uses)
    parts = [
        (part, group, total)
        for part, group, total in zip(typed_dict_parts(name), (required, optional), (True, False))
        if group
    ]
    lines = [line for part, group, total in parts for line in _functional(part, group, total)]
    return DictView(lines + ["", ""] + [f"class {name}({', '.join(p for p, _, _ in parts)}):", "    " + doc], uses)


def render_typeddicts(
    env: jinja2.Environment, api: ir.Api, keys: list[str], names: Names, specificity: Mapping[str, int]
) -> str:
    """The text of `models/_typeddicts.py` for the models `keys` (from `request_models`)."""
    by_key = {m.key: m for m in api.models}
    types = DictTypes(names, specificity)
    views = [_dict_view(by_key[k], names, types) for k in sorted(keys, key=lambda k: names.typed_dict[k])]
    uses = code.used_by(v.uses for v in views)
    return env.get_template("package/typeddicts.py.jinja").render(
        doc=docstring(
            f"TypedDicts of the request bodies of the {api.title} client, for plain dicts given as `body=`.\n\n"
            "For type checkers: nothing imports this module at run time, except `typing.get_type_hints()` and\n"
            "code that imports a TypedDict from the `models` package.",
            "",
        ),
        dicts=views,
        stdlib=sorted(uses.stdlib),
        typing=sorted(uses.typing),
        serde=uses.serde,
        mapping=any(v.lines[0].endswith("= Mapping[str, Any]") for v in views),
        model_imports=uses.models_by_module(),
    )
