"""Rendering a module of models: each model's view (its fields, from_dict and to_dict), made from the code of each
field.

A field's code is the same in every model that declares it (`id`, `url`, `created_at` repeat across hundreds of a
large API's models). Where a field's type names no model, its code depends on nothing but the field and its
attribute name, and is made once (`_shared_field_code`); the code of a field naming models reads the names of this
run, which an incremental layer tracks, and is made for each model.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import code, ir
from .code import Expr, Uses
from .hierarchy import bases_first
from .naming import Names
from .pysource import docstring, literal, string
from .pytypes import PyTypes

if TYPE_CHECKING:
    import jinja2


@dataclass(frozen=True)
class ArgView:
    name: str
    annotation: str
    default: str


@dataclass(frozen=True)
class FieldView:
    attr: str
    json_name: str
    annotation: str
    default: str
    doc: str


@dataclass(frozen=True)
class FieldCode:
    """What one field contributes to its model's class."""

    view: FieldView
    attribute: str  # its entry under "Attributes:" in the class docstring
    required: str  # the lookup of a required field (`name = data["name"]`), else ""
    checks: tuple[str, ...]  # from_dict's lines checking (and, for an optional field, looking up) the value
    fixed: str  # to_dict's dict entry for a field always set, else ""
    dump: tuple[str, ...]  # to_dict's lines adding a field that may be unset
    uses: Uses


@dataclass
class ModelView:
    class_name: str
    base_class: str  # serde.Model, or the model it is a subclass of (hierarchy.py)
    doc: str
    fields: list[FieldView]
    extra_annotation: str
    known_names: str
    slots: str
    init_args: list[ArgView]
    parse_required: list[str]
    parse_checks: list[str]
    assignments: list[str]
    post_init: list[str]
    extras_line: str
    no_extras: str
    dump_fixed: list[str]
    dump_optional: list[str]
    extra_value: str  # how to_dict writes each undeclared property's `value`
    deprecated: bool
    uses: Uses
    subtypes: str  # the models derived from it, by tag: {tag: (module, class)}, or ""
    dispatch: list[str]  # from_dict's lines reading a derived model instead, by its tag


def render_model_module(
    env: jinja2.Environment, models: list[ir.Model], names: Names, specificity: Mapping[str, int]
) -> str:
    types = PyTypes(names, specificity)
    ordered = bases_first(sorted(models, key=lambda m: names.model_class[m.key]))  # a base before its subclasses
    views = [_model_view(m, names, types) for m in ordered]
    uses = code.used_by(v.uses for v in views) | code.typing("Any", "ClassVar")
    return env.get_template("package/model_module.py.jinja").render(
        models=views,
        unset_names=sorted(uses.unset),
        stdlib=sorted(uses.stdlib),
        typing=sorted(uses.typing),
        model_imports=uses.models_by_module(leave_out=names.model_module[models[0].key]),
    )


# Names the body of a generated from_dict may use; a local variable for a field of that name gets a leading
# underscore (a local named `str` or `type` would hide the builtin in the whole function).
_FROM_DICT_NAMES = frozenset(dir(builtins)) | {
    "cls", "data", "where", "serde", "exc", "obj", "found", "UNSET", "subtype",
}


def _model_view(model: ir.Model, names: Names, types: PyTypes) -> ModelView:
    class_name = names.model_class[model.key]
    # A required read-only field is set by the server: it is read like any required field, but a caller building
    # a request need not give it, and it is never sent. A required write-only field must be given in requests, but
    # responses leave it out. Both may therefore hold UNSET.
    fields = sorted(model.fields, key=lambda f: not (f.required and not f.read_only))  # required first
    attrs = [names.field_attr[(model.key, f.json_name)] for f in fields]
    fields_code = [_field_code(f, attr, types) for f, attr in zip(fields, attrs)]
    uses = code.used_by([code.SERDE, *(c.uses for c in fields_code)])
    post_init = [f"serde.deprecated({string(f'{class_name} is deprecated')})"] if model.deprecated else []
    for f, c in zip(fields, fields_code):
        if f.deprecated and c.view.default:
            message = string(f"{class_name}.{c.view.attr} is deprecated")
            post_init += [f"if {c.view.attr} is not UNSET:", f"    serde.deprecated({message})"]
    extra_annotation, extras_line, extra_value = _extras(model.additional, types)
    uses = uses | extra_annotation.uses | extras_line.uses | extra_value.uses
    attributes = [c.attribute for c in fields_code]
    attributes.append(f"additional_properties ({extra_annotation}): The properties the schema does not declare.")
    views = [c.view for c in fields_code]
    inherited = set(model.inherited)  # slots of the base: a subclass adds only its own
    own = [string(v.attr) for f, v in zip(fields, views) if f.json_name not in inherited]
    slots = own if model.base else [*own, string("additional_properties")]
    base_class = types.model_name(model.base) if model.base else Expr("serde.Model")
    uses = uses | base_class.uses
    subtypes, dispatch = _subtypes(model, class_name, names)
    init_args = [ArgView(v.attr, v.annotation, v.default) for v in views]
    init_args.append(ArgView("additional_properties", f"{extra_annotation} | None", "None"))
    known = ", ".join(string(f.json_name) for f in model.fields)
    parse_checks, no_extras = _checks(fields_code)
    return ModelView(
        class_name=class_name,
        base_class=base_class.text,
        doc=docstring(_model_doc(model, attributes), "    "),
        slots=f"({', '.join(slots)},)" if len(slots) == 1 else f"({', '.join(slots)})",
        init_args=init_args,
        fields=views,
        extra_annotation=extra_annotation.text,
        known_names=f"frozenset({{{known}}})" if known else "frozenset()",
        parse_required=[c.required for c in fields_code if c.required],
        parse_checks=parse_checks,
        assignments=[f"obj.{a} = {_local(a)}" for a in attrs],
        post_init=post_init,
        extras_line=extras_line.text,
        no_extras=no_extras,
        dump_fixed=[c.fixed for c in fields_code if c.fixed],
        dump_optional=[line for c in fields_code for line in c.dump],
        extra_value=extra_value.text,
        deprecated=model.deprecated,
        uses=uses,
        subtypes=subtypes,
        dispatch=dispatch,
    )


def _subtypes(model: ir.Model, class_name: str, names: Names) -> tuple[str, list[str]]:
    """The table of the models derived from `model`, by tag, and from_dict's lines that read one of them instead
    (its module is imported when first read: the modules of subclasses import their base's)."""
    if model.subtypes is None:
        return "", []
    entries = ", ".join(
        f"{string(tag)}: ({string(names.model_module[key])}, {string(names.model_class[key])})"
        for tag, key in model.subtypes.mapping
    )
    dispatch = [
        f"if cls is {class_name}:  # a model derived from it, when the tag names one",
        f"    subtype = serde.subtype(cls, data, {string(model.subtypes.property)})",
        "    if subtype is not None:",
        "        return subtype.from_dict(data, where)",
    ]
    return "{" + entries + "}", dispatch


def _checks(fields_code: list[FieldCode]) -> tuple[list[str], str]:
    """from_dict's checks, and the test that tells there are no undeclared properties. `found` counts the declared
    properties in `data`: when that is all of them, there are no others to keep."""
    required = sum(1 for c in fields_code if c.required)
    checks: list[str] = []
    counted = False
    for c in fields_code:
        if not c.required and not counted:
            checks.append(f"found = {required}  # declared properties in data")
            counted = True
        checks += c.checks
    return checks, "len(data) == found" if counted else f"len(data) == {required}"


def _field_code(f: ir.Field, attr: str, types: PyTypes) -> FieldCode:
    kinds = _value_kinds(f.type)
    if kinds is not None:
        try:
            return _shared_field_code(f, attr, type(f.default).__name__, kinds)
        except TypeError:  # a default that is a JSON object or array: not hashable
            pass
    return _make_field_code(f, attr, types)


_PLAIN_TYPES = PyTypes(Names({}, {}, {}, {}, {}, {}, {}, {}, {}))  # enough for a type that names no model


@lru_cache(maxsize=16384)
def _shared_field_code(f: ir.Field, attr: str, default: str, kinds: tuple[str, ...]) -> FieldCode:
    """The code of a field whose type names no model. The types of its default and of its values are part of the
    key, because fields that differ only in `1`, `1.0` and `True` are equal."""
    return _make_field_code(f, attr, _PLAIN_TYPES)


def _value_kinds(t: ir.TypeRef) -> tuple[str, ...] | None:
    """The Python types of the values a type that names no model spells out (its enum and const values), or None
    for a type that names a model."""
    if isinstance(t, ir.Primitive):
        return ()
    if isinstance(t, ir.EnumType):
        return tuple(type(v).__name__ for v in t.values)
    if isinstance(t, ir.ConstType):
        return (type(t.value).__name__,)
    if isinstance(t, ir.ArrayType):
        return _value_kinds(t.item)
    if isinstance(t, ir.MapType):
        return _value_kinds(t.value)
    if isinstance(t, ir.NullableType):
        return _value_kinds(t.inner)
    return None


def _make_field_code(f: ir.Field, attr: str, types: PyTypes) -> FieldCode:
    annotation = types.annotation(f.type)
    doc = _field_doc(f)
    kind = f"{annotation}{'' if _always_set(f) else ', optional'}"
    attribute = f"{attr} ({kind}): {doc}" if doc else f"{attr} ({kind})"
    if not _always_set(f):
        annotation = code.optional(annotation)
    default = "" if f.required and not f.read_only else "UNSET"
    uses = annotation.uses | (code.UNSET if default else code.NOTHING)
    json_key = string(f.json_name)
    view = FieldView(attr, json_key, annotation.text, default, doc)
    # from_dict
    local = _local(attr)
    lines, read_uses = _read_check(f, local, types)
    if f.required and not f.write_only:
        required, checks = f"{local} = data[{json_key}]", tuple(lines)
    else:
        # An optional property is often absent: `in` costs less than `data.get` and a test of what it gave.
        required = ""
        checks = (
            f"if {json_key} in data:", "    found += 1", f"    {local} = data[{json_key}]",
            *("    " + line for line in lines),
            "else:", f"    {local} = UNSET",
        )
        read_uses = read_uses | code.UNSET
    # to_dict
    value = types.dump(f.type, f"self.{attr}")
    dump: tuple[str, ...] = ()
    if _always_set(f):
        fixed = f"{json_key}: {value},"
    else:
        condition = f"self.{attr} is not UNSET"
        if f.read_only:
            condition = f"not request and {condition}"
        fixed, dump = "", (f"if {condition}:", f"    out[{json_key}] = {value}")
        read_uses = read_uses | code.UNSET
    return FieldCode(view, attribute, required, checks, fixed, dump, uses | read_uses | value.uses)


def _read_check(f: ir.Field, local: str, types: PyTypes) -> tuple[list[str], Uses]:
    """Lines that check and convert the JSON value in `local`; a value of the right JSON type costs one `type()`."""
    nullable = isinstance(f.type, ir.NullableType)
    inner = f.type.inner if isinstance(f.type, ir.NullableType) else f.type
    call = types.convert_call(inner, local, f.json_name)
    if call is None:
        return [], code.NOTHING
    json_type = types.json_type(inner)
    # JSON numbers for a `number` field often come as integers: both types pass without a call.
    conditions = [
        f"type({local}) is not {t}" for t in ((json_type, "int") if json_type == "float" else (json_type,)) if t
    ]
    if nullable:
        conditions.append(f"{local} is not None")
    if not conditions:
        return [f"{local} = {call}"], call.uses
    return [f"if {' and '.join(conditions)}:", f"    {local} = {call}"], call.uses


def _field_doc(f: ir.Field) -> str:
    parts = [f.description] if f.description else []
    if f.has_default:
        parts.append(f"Default: {literal(f.default) if _json_scalar(f.default) else 'see the API description'}.")
    if f.read_only:
        parts.append("Read-only: set by the server.")
    if f.deprecated:
        parts.append("Deprecated.")
    return " ".join(p.replace("\n", " ") for p in parts)


def _json_scalar(value: object) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _always_set(f: ir.Field) -> bool:
    """Whether the field holds a value in every instance (it is required both ways)."""
    return f.required and not f.read_only and not f.write_only


def _local(attr: str) -> str:
    """The local variable from_dict reads a field into."""
    return "_" + attr if attr in _FROM_DICT_NAMES else attr


def _extras(additional: ir.TypeRef | None, types: PyTypes) -> tuple[Expr, Expr, Expr]:
    """For the properties a model does not declare: their annotation, how from_dict reads them, and how to_dict
    writes each `value`."""
    if additional is None:
        return Expr("dict[str, Any]"), Expr("serde.extras(data, cls._json_names)"), Expr("value")
    converter = types.converter(additional)
    return (
        code.joined("", [types.annotation(additional)], "dict[str, ", "]"),
        code.joined("", [converter], "serde.extras_of(data, cls._json_names, where, ", ")"),
        types.dump(additional, "value"),
    )


def _model_doc(model: ir.Model, attributes: list[str]) -> str:
    """The schema's title and description (else where it is in the API description), then its attributes."""
    about = [model.title, model.description] if model.title != model.description else [model.title]
    if not any(about) and model.pointer:
        about = [f"The schema at `#{model.pointer}` of the API description."]
    return "\n\n".join([a for a in about if a] + ["Attributes:\n" + "\n".join("    " + a for a in attributes)])
