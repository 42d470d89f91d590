"""Stage 5, render: the intermediate model and the chosen names, as the files of the generated package.

All decisions about the shape of the code are made here, in Python; the Jinja templates in `templates/` only lay
out the strings this module computes. Returns {relative path: source text}, unformatted.
"""

from __future__ import annotations

import builtins
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

from . import code, ir
from .code import Expr, Uses
from .envcreds import credential_expression, env_note, env_reader
from .formdocs import field_docs, form_models
from .graph import strongly_connected
from .naming import NO_RENAMES, Names, Renames, name_api
from .paging_view import PagingView, paging_doc, paging_view
from .pysource import clean_text, docstring, literal, string
from .pytypes import PyTypes, model_specificity
from .render_streams import OverloadView, adapt
from .render_streams import arg_docs as stream_arg_docs
from .render_webhooks import render_webhooks
from .settings import templates_dir
from .typeddicts import MODULE as TYPEDDICTS
from .typeddicts import body_model, dict_annotation, render_typeddicts, request_models

STATIC_FILES = (
    "_serde.py", "_runtime.py", "_encoding.py", "_auth.py", "_retries.py", "_responses.py", "_hooks.py", "errors.py",
    "_pagination.py",
)


def environment(extra_dirs: tuple[Path, ...] = ()) -> jinja2.Environment:
    import jinja2

    from .formatting import cache_dir

    loader = jinja2.FileSystemLoader([*map(str, extra_dirs), str(templates_dir())])
    compiled = cache_dir().parent / "templates"  # compiling the templates takes longer than a small regeneration
    try:
        compiled.mkdir(parents=True, exist_ok=True)
        bytecode_cache: jinja2.BytecodeCache | None = jinja2.FileSystemBytecodeCache(str(compiled))
    except OSError:
        bytecode_cache = None
    return jinja2.Environment(
        loader=loader,
        bytecode_cache=bytecode_cache,
        autoescape=False,  # the output is Python; every spec string is escaped by pysource before it gets here
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        auto_reload=False,  # templates do not change during a run; checking them for every file costs time
        trim_blocks=True,
        lstrip_blocks=True,
    )


@dataclass(frozen=True)
class Options:
    package: str
    project: bool = False  # also write a pyproject.toml, so the client can be installed with pip
    renames: Renames = NO_RENAMES
    env: tuple[tuple[str, str], ...] = ()  # security scheme -> environment variable read when the keyword is None


@dataclass
class FieldView:
    attr: str
    json_name: str
    annotation: str
    default: str
    doc: str


@dataclass
class ModelView:
    class_name: str
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


@dataclass(frozen=True)
class Unit:
    """A module made from a few models or operations, which a caching layer may take from an earlier run while
    they are unchanged: its path, what it is made from, and how to make it."""

    path: str
    inputs: tuple[tuple[str, str], ...]  # ("model", key) and ("op", id) stand for those objects; others for themselves
    make: Callable[[Names, Mapping[str, int]], str]  # its text, from the names and the models' specificity


MakeUnit = Callable[[Unit], str]  # a unit's text, made by a caching layer


def render(
    api: ir.Api,
    options: Options,
    template_dirs: tuple[Path, ...] = (),
    names: Names | None = None,
    make_unit: MakeUnit | None = None,
) -> dict[str, str]:
    """The files of the package (see `render_files`)."""
    return dict(render_files(api, options, template_dirs, names, make_unit))


def render_files(
    api: ir.Api,
    options: Options,
    template_dirs: tuple[Path, ...] = (),
    names: Names | None = None,
    make_unit: MakeUnit | None = None,
) -> Iterator[tuple[str, str]]:
    """The files of the package, path and text, each made when it is asked for (so that the next stage can start
    on the first while the rest are made). The model modules and operation groups are `Unit`s, made by `make_unit`
    when given (an incremental layer), else here with `names`."""
    names = names or name_api(api, strongly_connected(api), options.renames)
    env = environment(template_dirs)
    if make_unit is None:
        specificity = model_specificity(api)
        make_unit = partial(_make, names, specificity)
    pkg = options.package
    dict_keys = request_models(api)
    units = _units(env, api, names, pkg, dict_keys)
    for static in STATIC_FILES:  # copied as they are: kept black-formatted in templates/static
        yield f"{pkg}/{static}", (templates_dir() / "static" / static).read_text(encoding="utf-8")
    streaming = any(op.events is not None for op in api.operations)
    if streaming:  # server-sent events: render_streams.py
        yield f"{pkg}/_streaming.py", (templates_dir() / "static" / "_streaming.py").read_text(encoding="utf-8")
    yield f"{pkg}/py.typed", ""
    yield f"{pkg}/__init__.py", env.get_template("package/__init__.py.jinja").render(
        doc=docstring(_package_doc(api), ""), version=string(api.version), streaming=streaming
    )
    yield f"{pkg}/_client.py", _render_client(env, api, names, options)
    yield f"{pkg}/api/__init__.py", env.get_template("package/api_init.py.jinja").render(
        doc=docstring(f"Operation groups of the {api.title} client, one module per tag, imported on first use.", ""),
        modules=sorted({names.tag_module[op.tag] for op in api.operations}),
    )
    for unit in units:
        if unit.path.startswith(f"{pkg}/models/"):
            yield unit.path, make_unit(unit)
    exports = sorted((names.model_class[m.key], names.model_module[m.key]) for m in api.models)
    if dict_keys:
        exports = sorted(exports + [(names.typed_dict[k], TYPEDDICTS) for k in dict_keys])
    yield f"{pkg}/models/__init__.py", env.get_template("package/models_init.py.jinja").render(
        doc=docstring(f"The models of {api.title}. Each is imported on first use.", ""),
        exports=exports,
    )
    yield f"{pkg}/README.md", _render_readme(env, api, names, options, bool(dict_keys))
    for unit in units:
        if unit.path == f"{pkg}/webhooks.py":
            yield unit.path, make_unit(unit)
    if options.project:
        yield "pyproject.toml", env.get_template("package/pyproject.toml.jinja").render(
            name=string(pkg.replace("_", "-")),
            version=string(pep440(api.version)),
            description=string(f"Python client for {api.title}, generated by clientgen"),
            package=string(pkg),
            readme=string(f"{pkg}/README.md"),
            packages=", ".join(string(p) for p in (pkg, f"{pkg}.api", f"{pkg}.models")),
        )
    for unit in units:
        if unit.path.startswith(f"{pkg}/api/"):
            yield unit.path, make_unit(unit)


def _make(names: Names, specificity: Mapping[str, int], unit: Unit) -> str:
    return unit.make(names, specificity)


def _units(
    env: jinja2.Environment, api: ir.Api, names: Names, pkg: str, dict_keys: list[str]
) -> list[Unit]:
    """The model modules (models in one module share a cycle of references) and the operation groups (by tag)."""
    found: list[Unit] = []
    models_by_module: dict[str, list[ir.Model]] = defaultdict(list)
    for model in api.models:
        models_by_module[names.model_module[model.key]].append(model)
    for module, models in sorted(models_by_module.items()):
        inputs = tuple(("model", m.key) for m in models)
        found.append(Unit(f"{pkg}/models/{module}.py", inputs, partial(_render_model_module, env, models)))
    ops_by_tag: dict[str, list[ir.Operation]] = defaultdict(list)
    for op in api.operations:
        ops_by_tag[op.tag].append(op)
    descriptions = dict(api.tag_descriptions)
    models_by_key = {m.key: m for m in api.models}
    for tag, ops in sorted(ops_by_tag.items()):
        description = descriptions.get(tag, "")
        forms = form_models(models_by_key, ops)  # their fields are listed in the docstrings
        inputs = (
            *(("op", op.operation_id) for op in ops),
            *(("model", key) for key in sorted(forms)),
            ("tag", tag),
            ("description", description),
        )
        make = partial(_render_tag_module, env, tag, description, ops, api.security, forms=forms)
        found.append(Unit(f"{pkg}/api/{names.tag_module[tag]}.py", (*inputs, ("security", repr(api.security))), make))
    if dict_keys:  # the TypedDicts of the request models: made again only when one of those models changes
        inputs = (*(("model", key) for key in sorted(dict_keys)), ("title", api.title))
        make = partial(render_typeddicts, env, api, dict_keys)
        found.append(Unit(f"{pkg}/models/{TYPEDDICTS}.py", inputs, make))
    if api.webhooks:  # made again when a webhook changes (the names and specificity it reads are checked)
        inputs = (("webhooks", repr(api.webhooks)), ("title", api.title))
        found.append(Unit(f"{pkg}/webhooks.py", inputs, partial(render_webhooks, env, api)))
    return found


def _package_doc(api: ir.Api) -> str:
    text = f"A Python client for {api.title} ({api.version}), generated by clientgen."
    if api.description:
        text += "\n\n" + api.description
    return text


# ------------------------------------------------------------------------------------------------ models


def _render_model_module(
    env: jinja2.Environment, models: list[ir.Model], names: Names, specificity: Mapping[str, int]
) -> str:
    types = PyTypes(names, specificity)
    views = [_model_view(m, names, types) for m in sorted(models, key=lambda m: names.model_class[m.key])]
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
_FROM_DICT_NAMES = frozenset(dir(builtins)) | {"cls", "data", "where", "serde", "exc", "obj", "found", "UNSET"}


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


def _model_view(model: ir.Model, names: Names, types: PyTypes) -> ModelView:
    class_name = names.model_class[model.key]
    # A required read-only field is set by the server: it is read like any required field, but a caller building
    # a request need not give it, and it is never sent. A required write-only field must be given in requests, but
    # responses leave it out. Both may therefore hold UNSET.
    fields = sorted(model.fields, key=lambda f: not (f.required and not f.read_only))  # required first
    attrs = [names.field_attr[(model.key, f.json_name)] for f in fields]
    uses = code.SERDE
    views: list[FieldView] = []
    attributes: list[str] = []  # the docstring's, one per field
    post_init = [f"serde.deprecated({string(f'{class_name} is deprecated')})"] if model.deprecated else []
    for f, attr in zip(fields, attrs):
        annotation = types.annotation(f.type)
        doc = _field_doc(f)
        kind = f"{annotation}{'' if _always_set(f) else ', optional'}"
        attributes.append(f"{attr} ({kind}): {doc}" if doc else f"{attr} ({kind})")
        if not _always_set(f):
            annotation = code.optional(annotation)
        default = "" if f.required and not f.read_only else "UNSET"
        uses = uses | annotation.uses | (code.UNSET if default else code.NOTHING)
        views.append(FieldView(attr, string(f.json_name), annotation.text, default, doc))
        if f.deprecated and default:
            message = string(f"{class_name}.{attr} is deprecated")
            post_init += [f"if {attr} is not UNSET:", f"    serde.deprecated({message})"]
    parse_required, parse_checks, no_extras, reading = _reading(fields, attrs, types)
    dump_fixed, dump_optional, writing = _writing(fields, attrs, types)
    extra_annotation, extras_line, extra_value = _extras(model.additional, types)
    uses = uses | reading | writing | extra_annotation.uses | extras_line.uses | extra_value.uses
    attributes.append(f"additional_properties ({extra_annotation}): The properties the schema does not declare.")
    slots = [string(v.attr) for v in views] + [string("additional_properties")]
    init_args = [ArgView(v.attr, v.annotation, v.default) for v in views]
    init_args.append(ArgView("additional_properties", f"{extra_annotation} | None", "None"))
    known = ", ".join(string(f.json_name) for f in model.fields)
    return ModelView(
        class_name=class_name,
        doc=docstring(_model_doc(model, attributes), "    "),
        slots=f"({', '.join(slots)},)" if len(slots) == 1 else f"({', '.join(slots)})",
        init_args=init_args,
        fields=views,
        extra_annotation=extra_annotation.text,
        known_names=f"frozenset({{{known}}})" if known else "frozenset()",
        parse_required=parse_required,
        parse_checks=parse_checks,
        assignments=[f"obj.{a} = {_local(a)}" for a in attrs],
        post_init=post_init,
        extras_line=extras_line.text,
        no_extras=no_extras,
        dump_fixed=dump_fixed,
        dump_optional=dump_optional,
        extra_value=extra_value.text,
        deprecated=model.deprecated,
        uses=uses,
    )


def _always_set(f: ir.Field) -> bool:
    """Whether the field holds a value in every instance (it is required both ways)."""
    return f.required and not f.read_only and not f.write_only


def _local(attr: str) -> str:
    """The local variable from_dict reads a field into."""
    return "_" + attr if attr in _FROM_DICT_NAMES else attr


def _reading(fields: list[ir.Field], attrs: list[str], types: PyTypes) -> tuple[list[str], list[str], str, Uses]:
    """The body of from_dict: the required lookups, the checks (and lookups of optional fields), and the test that
    tells there are no undeclared properties."""
    uses = code.NOTHING
    required: list[str] = []
    checks: list[str] = []
    first_optional: int | None = None
    for f, attr in zip(fields, attrs):
        local, json_key = _local(attr), string(f.json_name)
        lines, line_uses = _read_check(f, local, types)
        uses = uses | line_uses
        if f.required and not f.write_only:
            required.append(f"{local} = data[{json_key}]")
            checks += lines
        else:
            # An optional property is often absent: `in` costs less than `data.get` and a test of what it gave.
            first_optional = len(checks) if first_optional is None else first_optional
            checks += [f"if {json_key} in data:", "    found += 1", f"    {local} = data[{json_key}]"]
            checks += ["    " + line for line in lines]
            checks += ["else:", f"    {local} = UNSET"]
            uses = uses | code.UNSET
    # `found` counts the declared properties in `data`: when that is all of them, there are no others to keep.
    if first_optional is None:
        return required, checks, f"len(data) == {len(required)}", uses
    checks.insert(first_optional, f"found = {len(required)}  # declared properties in data")
    return required, checks, "len(data) == found", uses


def _writing(fields: list[ir.Field], attrs: list[str], types: PyTypes) -> tuple[list[str], list[str], Uses]:
    """The body of to_dict: the entries of the fields always set, and the lines adding the others when set."""
    uses = code.NOTHING
    fixed: list[str] = []
    optional: list[str] = []
    for f, attr in zip(fields, attrs):
        json_key = string(f.json_name)
        value = types.dump(f.type, f"self.{attr}")
        uses = uses | value.uses
        if _always_set(f):
            fixed.append(f"{json_key}: {value},")
        else:
            condition = f"self.{attr} is not UNSET"
            if f.read_only:
                condition = f"not request and {condition}"
            optional += [f"if {condition}:", f"    out[{json_key}] = {value}"]
            uses = uses | code.UNSET
    return fixed, optional, uses


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


# ------------------------------------------------------------------------------------------------ operations



@dataclass
class ArgView:
    name: str
    annotation: str
    default: str


@dataclass
class OperationView:
    name: str
    doc: str
    args: list[ArgView]
    local_imports: list[tuple[str, list[str]]]
    request_lines: list[str]
    parse: str
    errors: str
    returns: str
    typed_result: bool
    returns_literal: str
    deprecated_message: str
    deprecated_parameters: list[tuple[str, str]]  # (argument, warning message)
    annotation_uses: Uses  # what the signature names: imported at the top (models for type checkers only)
    runtime_uses: Uses  # what the body runs: models imported in the function, on first call
    # Operations answering with server-sent events (render_streams.py): the async flavour's own parser and types,
    # the line that marks the request as streamed, and the overloads of the `stream` keyword.
    streaming: bool = False
    async_parse: str = ""
    async_returns: str = ""
    async_returns_literal: str = ""
    stream_mark: str = ""
    overloads: list[OverloadView] = field(default_factory=list)
    paging: PagingView | None = None  # a paginated list: the page types and the runtime's description


def _render_tag_module(
    env: jinja2.Environment,
    tag: str,
    description: str,
    ops: list[ir.Operation],
    default_security: tuple[tuple[str, ...], ...],
    names: Names,
    specificity: Mapping[str, int],
    forms: dict[str, ir.Model],
) -> str:
    ops = sorted(ops, key=lambda o: names.method[o.operation_id])
    types = PyTypes(names, specificity, "models.")  # annotations as `models.Pet`: see PyTypes.qualifier
    views = [_operation_view(op, default_security, names, types, forms) for op in ops]
    doc = f"Operations tagged {tag!r}." + (f"\n\n{description}" if description else "")
    signatures = code.used_by(v.annotation_uses for v in views) | code.typing("Any")
    if any(v.typed_result for v in views):
        signatures = signatures | code.typing("cast")
    return env.get_template("package/tag_module.py.jinja").render(
        doc=docstring(doc, ""),
        class_name=names.tag_class[tag],
        tag_doc=docstring(f"Operations tagged {tag!r}.", "    "),
        operations=views,
        stdlib=sorted(signatures.stdlib),
        typing=sorted(signatures.typing),
        serde=signatures.serde or any(v.runtime_uses.serde for v in views),
        uses_warnings=any(v.deprecated_message or v.deprecated_parameters for v in views),
        uses_paging=any(v.paging for v in views),
        uses_models=bool(signatures.models),
        streaming=any(v.streaming for v in views),
    )


_LOCATIONS = ("path", "query", "header", "cookie")
_LOCATION_KEYWORDS = {"path": "path_params", "query": "query", "header": "headers", "cookie": "cookies"}
_BODY_KEYWORDS = {"json": "json_body", "form": "form", "multipart": "multipart", "binary": "content", "text": "content"}


def _operation_view(
    op: ir.Operation,
    default_security: tuple[tuple[str, ...], ...],
    names: Names,
    types: PyTypes,
    forms: dict[str, ir.Model],
) -> OperationView:
    args, arg_docs, request_lines, signature = _parameters(op, names, types)
    if op.bodies:
        body = op.bodies[0]
        annotation = code.union(alternative for b in op.bodies for alternative in _body_alternatives(b, types))
        if not body.required:
            annotation = code.optional(annotation)
        signature = signature | annotation.uses
        if body.required:  # after the required parameters
            args.insert(sum(1 for a in args if not a.default), ArgView("body", annotation.text, ""))
        else:
            args.append(ArgView("body", annotation.text, "UNSET"))
        arg_docs.append("body: " + (body.description or f"The request body ({body.media_type}).").replace("\n", " "))
        form = forms.get(body_model(body) or "")
        if form is not None and body.kind in ("form", "multipart"):
            arg_docs[-1] += " Its fields:"
            arg_docs += ["    " + line for line in field_docs(form, types)]
        request_lines += _body_lines(op.bodies)
        if len(op.bodies) > 1:
            media = ", ".join(string(b.media_type) for b in op.bodies)
            signature = signature | code.typing("Literal")
            args.append(ArgView("content_type", f"Literal[{media}]", string(body.media_type)))
            arg_docs.append("content_type: How to send the body; the API accepts each of these media types.")
    if any(r.kind == "binary" for r in ir.success_responses(op)):
        signature = signature | code.stdlib("os") | code.typing("IO")
        args.append(ArgView("to_file", "str | os.PathLike[str] | IO[bytes] | None", "None"))
        arg_docs.append(
            "to_file: Write the response body into this file (a path, or a binary file object) as it arrives, "
            "instead of keeping it in memory; the call then returns empty bytes."
        )
        request_lines.append("to_file=to_file,")
    accept = _accept(op)
    if accept:
        request_lines.append(f"accept={string(accept)},")
    if op.servers:
        request_lines.append(f"server={string(server_url(op.servers[0]))},")
    if ir.returns_location(op):
        request_lines.append("follow_redirects=False,")
    if op.security != default_security:  # the client applies the document's security to every other operation
        request_lines.append(f"security={_security_literal(op.security)},")
    request_lines.append(f"operation_id={string(op.operation_id)},")  # for the hooks
    request_lines.append("options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),")
    parse, returns, typed = _success(op, types)
    errors = _errors(op, types)
    signature = signature | returns.uses
    arg_docs += stream_arg_docs(op)
    paging = paging_view(op, names, types, returns.text)
    if paging is not None:
        signature = signature | paging.uses
    doc_parts = [op.summary or op.operation_id]
    if op.description and op.description != op.summary:
        doc_parts.append(op.description)
    doc_parts.append(f"`{op.method} {op.path}`")
    if op.pagination is not None:
        doc_parts.append(paging_doc(op.pagination))
    if arg_docs:
        doc_parts.append("Args:\n" + "\n".join("    " + d for d in arg_docs))
    runtime = parse.uses | errors.uses
    view = OperationView(
        name=names.method[op.operation_id],
        doc=docstring("\n\n".join(doc_parts), "        "),
        args=args,
        local_imports=runtime.models_by_module(),
        request_lines=request_lines,
        parse=parse.text,
        errors=errors.text,
        returns=returns.text,
        typed_result=typed,
        returns_literal=string(returns.text),
        deprecated_message=string(f"{names.method[op.operation_id]} is deprecated") if op.deprecated else "",
        deprecated_parameters=[
            (names.argument[(op.operation_id, p.location, p.name)], string(f"the parameter {p.name} is deprecated"))
            for p in op.parameters
            if p.deprecated and not p.required
        ],
        annotation_uses=signature,
        runtime_uses=runtime,
        paging=paging,
    )
    return adapt(op, view, types)


def _parameters(op: ir.Operation, names: Names, types: PyTypes) -> tuple[list[ArgView], list[str], list[str], Uses]:
    """The parameters' arguments (required first) and their docs; the start of the call to `build_request` (method,
    path, the parameters by location, their styles); and what the annotations use."""
    signature = code.NOTHING
    args: list[ArgView] = []
    arg_docs: list[str] = []
    groups: dict[str, list[str]] = defaultdict(list)
    styles: list[str] = []
    for p in sorted(op.parameters, key=lambda p: (not p.required, _LOCATIONS.index(p.location))):
        arg = names.argument[(op.operation_id, p.location, p.name)]
        annotation = types.annotation(p.type)
        if not p.required:
            annotation = code.optional(annotation)
        signature = signature | annotation.uses
        args.append(ArgView(arg, annotation.text, "" if p.required else "UNSET"))
        groups[p.location].append(f"{string(p.name)}: {arg},")
        if p.description:
            arg_docs.append(f"{arg}: {p.description}".replace("\n", " "))
        if p.own_style:
            styles.append(f"({string(p.location)}, {string(p.name)}): ({string(p.style)}, {p.explode}),")
    request_lines = [string(op.method) + ",", string(op.path) + ","]
    for location in _LOCATIONS:
        if groups[location]:
            request_lines += [f"{_LOCATION_KEYWORDS[location]}={{", *("    " + g for g in groups[location]), "},"]
    for b in op.bodies:  # form fields with an `encoding` other than form, exploded
        styles += [f"(\"form\", {string(e.name)}): ({string(e.style)}, {e.explode})," for e in b.encoding if e.style]
    if styles:
        request_lines += ["styles={", *("    " + s for s in styles), "},"]
    return args, arg_docs, request_lines, signature


def _body_lines(bodies: tuple[ir.Body, ...]) -> list[str]:
    """The arguments of `build_request` that send the body."""
    body = bodies[0]
    if len(bodies) > 1:  # the caller chooses the media type
        kinds = [f"    {string(b.media_type)}: {string(b.kind)}," for b in bodies]
        return ["body=body,", "body_kinds={", *kinds, "},", "content_type=content_type,"]
    lines = [f"{_BODY_KEYWORDS[body.kind]}=body,"]
    if body.kind == "multipart" and any(e.content_type for e in body.encoding):
        types = [f"    {string(e.name)}: {string(e.content_type)}," for e in body.encoding if e.content_type]
        lines += ["part_types={", *types, "},"]
    if body.kind in ("binary", "text") or (body.kind == "json" and body.media_type != "application/json"):
        lines.append(f"content_type={string(body.media_type)},")
    return lines


def _accept(op: ir.Operation) -> str:
    """The Accept header when the answer is not plain JSON (the client's default). A range of types (`*/*`) whose
    schema is JSON asks for JSON first."""
    media: list[str] = []
    success = ir.success_responses(op)
    if not any(r.media_type for r in success):
        success = op.responses  # nothing to read on success: ask for what the API can answer at all
    for r in success:
        if r.kind == "json" and ir.is_media_range(r.media_type):
            media += ["application/json", f"{r.media_type};q=0.8"]
        elif r.media_type:
            media.append(r.media_type)
    if not media or all(m == "application/json" for m in media):
        return ""
    return ", ".join(dict.fromkeys(media))


def _body_alternatives(body: ir.Body, types: PyTypes) -> list[Expr]:
    """What the `body` argument accepts for one media type: a model also as a plain dict, its TypedDict."""
    if body.kind == "binary":
        return [Expr("serde.FileInput", code.SERDE)]
    if body.kind == "text":
        return [Expr("str")]
    key = body_model(body)
    if key is not None:  # a plain dict too, checked key by key (typeddicts.py)
        return [types.annotation(body.type), Expr(dict_annotation(types, key))]
    return types.alternatives(body.type)


def _security_literal(security: tuple[tuple[str, ...], ...]) -> str:
    return _tuple([_tuple([string(s) for s in alt]) for alt in security])


def _tuple(items: list[str]) -> str:
    """A tuple literal as black writes it: `()`, `(a,)`, `(a, b)`."""
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def _parser(response: ir.Response, types: PyTypes) -> tuple[Expr, Expr]:
    """How the client reads the response, and the type that gives."""
    if response.kind == "json" and response.type is not None:
        reader = "rt.json_response" if ir.is_json_media(response.media_type) else "rt.negotiated_response"
        return code.joined("", [types.converter(response.type)], f"{reader}(", ")"), types.annotation(response.type)
    if response.kind == "binary":
        return Expr("rt.bytes_response"), Expr("bytes")
    if response.kind == "text":
        return Expr("rt.text_response"), Expr("str")
    return Expr("rt.empty_response"), Expr("None")


def _success(op: ir.Operation, types: PyTypes) -> tuple[Expr, Expr, bool]:
    """The reader of a successful response, the method's return type, and whether the result needs a cast."""
    success = ir.success_responses(op)
    if ir.returns_location(op):
        return Expr("rt.location_response"), Expr("str"), False
    if not success:
        return Expr("rt.empty_response"), Expr("None"), False
    parsed = [(r.status, *_parser(r, types)) for r in success]
    if len({returns.text for _, _, returns in parsed}) == 1:
        precise = all(r.type is None or types.precise(r.type) for r in success)
        return parsed[0][1], parsed[0][2], not precise
    readers = code.joined(" ", [Expr(f"{string(status)}: {parser},", parser.uses) for status, parser, _ in parsed])
    return code.joined("", [readers], "rt.by_status({", "})"), code.union(p[2] for p in parsed), True


def _errors(op: ir.Operation, types: PyTypes) -> Expr:
    """The readers of the error responses with a JSON body, by status."""
    entries = []
    success = ir.success_responses(op)
    for r in op.responses:
        if r in success or not (r.status[0] in "45" or r.status == "default"):
            continue
        if r.kind != "json" or r.type is None or r.type == ir.ANY:
            continue
        converter = types.converter(r.type)
        entries.append(Expr(f"{string(r.status)}: {converter}", converter.uses))
    return code.joined(", ", entries, "{", "}") if entries else Expr("")


# ------------------------------------------------------------------------------------------------ client


@dataclass
class SchemeView:
    key: str
    arg: str
    annotation: str
    runtime: str
    doc: str
    value: str  # what the constructor passes on: the keyword, or the environment's value when it is None
    env_reader: str  # "", "_from_env" or "_basic_from_env"


def _render_client(env: jinja2.Environment, api: ir.Api, names: Names, options: Options) -> str:
    schemes = []
    for s in api.security_schemes:
        if s.kind == "apiKey":
            runtime = f"rt.Scheme(\"apiKey\", {string(s.location)}, {string(s.param_name)})"
            doc = f"API key, sent in the {s.location} {s.param_name!r}."
            annotation = "str | None"
        elif s.kind == "http" and s.scheme == "basic":
            runtime, doc, annotation = (
                'rt.Scheme("basic")',
                "(user name, password) for HTTP basic auth.",
                "tuple[str, str] | None",
            )
        elif s.kind == "oauth2" and s.token_url:
            runtime = f'rt.Scheme("bearer", token_url={string(s.token_url)})'
            doc = "An access token, or rt.OAuth2ClientCredentials to fetch one from the token URL."
            annotation = "str | rt.OAuth2ClientCredentials | None"
        else:
            runtime, doc, annotation = (
                'rt.Scheme("bearer")',
                "Token, sent as 'Authorization: Bearer <token>'.",
                "str | None",
            )
        if s.description:
            doc = f"{s.description} {doc}".replace("\n", " ")
        variable = dict(options.env).get(s.key, "")
        if variable:
            doc += " " + env_note(s, variable)
        value = credential_expression(s, names.scheme_arg[s.key], variable)
        reader = env_reader(s) if variable else ""
        schemes.append(SchemeView(string(s.key), names.scheme_arg[s.key], annotation, runtime, doc, value, reader))
    base_url = _default_base_url(api)
    tags = sorted({op.tag for op in api.operations}, key=lambda t: names.tag_attr[t])
    descriptions = dict(api.tag_descriptions)
    groups = [
        (
            names.tag_attr[t],
            names.tag_module[t],
            names.tag_class[t],
            docstring(descriptions.get(t) or f"Operations tagged {t!r}.", "        "),
        )
        for t in tags
    ]
    arg_docs = ["base_url: The server to talk to" + (f" (default {base_url})." if base_url else ".")]
    arg_docs += [f"{s.arg}: {s.doc}" for s in schemes]
    arg_docs += [
        "timeout: Seconds (or an httpx.Timeout) for each request; None waits forever.",
        (
            "deadline: Seconds a whole call may take, retries, their waits and the body's download included "
            "(APITimeoutError when it passes); by default 5 times the read timeout (5 minutes with the default "
            "timeout, none when the read timeout is None); None: no deadline. Calls take deadline= to override it."
        ),
        "max_retries: How often a failed idempotent request is retried.",
        "max_response_bytes: Larger response bodies are refused (ResponseTooLargeError); None: no limit.",
        (
            "lenient_responses: A response that does not match the API description is still read, with a warning "
            "logged for each mismatch: wrong values are kept as they came and missing fields are UNSET. By default "
            "such a response raises APIResponseValidationError."
        ),
        "headers: Headers sent with every request.",
        "http_client: An httpx client to use instead of the client's own.",
    ]
    servers = sorted({server_url(op.servers[0]) for op in api.operations if op.servers})
    if servers:
        arg_docs.insert(
            -2,
            "server_urls: Where to send the operations that have servers of their own, instead of there: the "
            "server's URL as the API description gives it -> yours. They are "
            + ", ".join(servers[:5])
            + (", ..." if len(servers) > 5 else "")
            + " (`base_url` replaces only the API's main server).",
        )
    arg_docs.append(
        "hooks: Functions of yours run around every call (`Hooks(before_request=..., after_response=..., "
        "on_error=...)`): they see the operation's id and may change the request or replace the response."
    )
    def class_doc(prefix: str) -> str:
        text = f"{prefix}client for {api.title} ({api.version}).\n\nArgs:\n" + "\n".join("    " + a for a in arg_docs)
        return docstring(text, "    ")
    return env.get_template("package/client.py.jinja").render(
        schemes=schemes,
        security=_security_literal(api.security),
        base_url=string(base_url) if base_url else "",
        groups=groups,
        docs={"sync": class_doc("Synchronous "), "async": class_doc("Asynchronous ")},
        has_servers=bool(servers),
        env_readers=sorted({s.env_reader for s in schemes if s.env_reader}),
        user_agent=string(f"{options.package}/{api.version} (clientgen; python-httpx)"),
    )


def server_url(server: ir.Server) -> str:
    """The server's URL with each variable at its default."""
    url = server.url
    for var in server.variables:
        url = url.replace("{" + var.name + "}", var.default)
    return url.rstrip("/")


def _default_base_url(api: ir.Api) -> str:
    for server in api.servers:
        url = server_url(server)
        if re.match(r"^https?://", url):
            return url
    return ""


# ------------------------------------------------------------------------------------------------ README


def pep440(version: str) -> str:
    """The API's version as a version pip accepts (`2022-11-28` becomes `0+2022.11.28`)."""
    if re.fullmatch(r"\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?", version):
        return version
    local = re.sub(r"[^A-Za-z0-9]+", ".", version).strip(".") or "0"
    return f"0+{local}"


def _markdown(text: str) -> str:
    """Spec text for a Markdown table cell or line: one line, no table breaks, no raw HTML."""
    cleaned = " ".join(clean_text(text).split())
    return cleaned.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def _example_value(t: ir.TypeRef) -> str:
    if isinstance(t, ir.NullableType):
        return _example_value(t.inner)
    if isinstance(t, (ir.EnumType, ir.ConstType)):
        return literal(t.values[0] if isinstance(t, ir.EnumType) else t.value)
    if isinstance(t, ir.Primitive):
        return {"int": "1", "float": "1.0", "bool": "True", "str": '"example"'}.get(t.kind, '"example"')
    if isinstance(t, ir.ArrayType):
        return f"[{_example_value(t.item)}]"
    return "{}"


def _render_readme(
    env: jinja2.Environment, api: ir.Api, names: Names, options: Options, typed_dicts: bool
) -> str:
    by_tag: dict[str, list[ir.Operation]] = defaultdict(list)
    for op in api.operations:
        by_tag[op.tag].append(op)
    examples = []
    for tag in sorted(by_tag, key=lambda t: names.tag_attr[t]):
        op = min(
            by_tag[tag],
            key=lambda o: (len([p for p in o.parameters if p.required]) + len(o.bodies), names.method[o.operation_id]),
        )
        args = [
            f"{names.argument[(op.operation_id, p.location, p.name)]}={_example_value(p.type)}"
            for p in op.parameters
            if p.required
        ]
        if op.bodies and op.bodies[0].required:
            body = op.bodies[0]
            args.append(
                'body=b"..."' if body.kind == "binary" else 'body="..."' if body.kind == "text" else "body={...}"
            )
        call = f"client.{names.tag_attr[tag]}.{names.method[op.operation_id]}({', '.join(args)})"
        examples.append((tag, _markdown(op.summary or op.operation_id), call))
    rows = sorted(
        (
            f"client.{names.tag_attr[op.tag]}.{names.method[op.operation_id]}",
            op.method,
            _markdown(op.path),
            _markdown(op.summary),
        )
        for op in api.operations
    )
    variables = dict(options.env)
    schemes = [
        (names.scheme_arg[s.key], _markdown(s.key), _scheme_text(s), env_note(s, variables.get(s.key, "")))
        for s in api.security_schemes
    ]
    return env.get_template("package/README.md.jinja").render(
        title=_markdown(api.title),
        version=_markdown(api.version),
        description=clean_text(api.description).replace("<", "&lt;"),
        package=options.package,
        base_url=_default_base_url(api),
        schemes=schemes,
        examples=examples,
        rows=rows,
        project=options.project,
        model_count=len(api.models),
        typed_dicts=typed_dicts,
    )


def _scheme_text(s: ir.SecurityScheme) -> str:
    if s.kind == "apiKey":
        return f"API key in the {s.location} `{_markdown(s.param_name)}`"
    if s.kind == "http" and s.scheme == "basic":
        return "HTTP basic: a `(user, password)` tuple"
    return "bearer token (`Authorization: Bearer ...`)"
