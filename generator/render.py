"""Stage 5, render: the intermediate model and the chosen names, as the files of the generated package.

All decisions about the shape of the code are made here, in Python; the Jinja templates in `templates/` only lay
out the strings this module computes. Returns {relative path: source text}, unformatted.
"""

from __future__ import annotations

import builtins
import importlib.resources
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jinja2

    from .memo import UnitCache

from . import ir
from .formatting import LINE_LENGTH
from .graph import strongly_connected
from .naming import Names, Renames, name_api
from .paging_view import PagingView, paging_doc, paging_view
from .pysource import clean_text, docstring, literal, string
from .pytypes import Imports, PyTypes, model_specificity

STATIC_FILES = ("_serde.py", "_runtime.py", "errors.py", "_pagination.py")


def templates_dir() -> Path:
    """The templates: beside the package in a source checkout, or installed as `generator/templates`."""
    source = Path(__file__).resolve().parent.parent / "templates"
    if (source / "package").is_dir():
        return source
    return Path(str(importlib.resources.files("generator") / "templates"))


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
    renames: Renames = Renames()


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
    dump_extras: list[str]
    deprecated: bool


def render(
    api: ir.Api,
    options: Options,
    template_dirs: tuple[Path, ...] = (),
    names: Names | None = None,
    units: UnitCache | None = None,
) -> dict[str, str]:
    """The files of the package. With `units`, a model module or operation group that the previous run made from
    the same objects and names is taken from there, already formatted (`units.units` says which)."""
    names = names or name_api(api, strongly_connected(api), options.renames)
    specificity = units.specificity_table if units else model_specificity(api)
    env = environment(template_dirs)
    files: dict[str, str] = {}
    pkg = options.package
    for static in STATIC_FILES:  # copied as they are: kept black-formatted in templates/static
        files[f"{pkg}/{static}"] = (templates_dir() / "static" / static).read_text(encoding="utf-8")
    files[f"{pkg}/py.typed"] = ""
    files[f"{pkg}/__init__.py"] = env.get_template("package/__init__.py.jinja").render(
        doc=docstring(_package_doc(api), ""), version=string(api.version)
    )
    files[f"{pkg}/_client.py"] = _render_client(env, api, names, options)
    files[f"{pkg}/api/__init__.py"] = env.get_template("package/api_init.py.jinja").render(
        doc=docstring(f"Operation groups of the {api.title} client, one module per tag.", "")
    )
    models_by_module: dict[str, list[ir.Model]] = defaultdict(list)
    for model in api.models:
        models_by_module[names.model_module[model.key]].append(model)
    for module, models in sorted(models_by_module.items()):
        files[f"{pkg}/models/{module}.py"] = _unit(
            units,
            f"{pkg}/models/{module}.py",
            [("model", m.key) for m in models],
            lambda n, s: _render_model_module(env, models, n, s),
        ) or _render_model_module(env, models, names, specificity)
    exports = sorted((names.model_class[m.key], names.model_module[m.key]) for m in api.models)
    files[f"{pkg}/models/__init__.py"] = env.get_template("package/models_init.py.jinja").render(
        doc=docstring(f"The models of {api.title}. Each is imported on first use.", ""),
        exports=exports,
    )
    files[f"{pkg}/README.md"] = _render_readme(env, api, names, options)
    if options.project:
        files["pyproject.toml"] = env.get_template("package/pyproject.toml.jinja").render(
            name=string(pkg.replace("_", "-")),
            version=string(pep440(api.version)),
            description=string(f"Python client for {api.title}, generated by clientgen"),
            package=string(pkg),
            readme=string(f"{pkg}/README.md"),
            packages=", ".join(string(p) for p in (pkg, f"{pkg}.api", f"{pkg}.models")),
        )
    ops_by_tag: dict[str, list[ir.Operation]] = defaultdict(list)
    for op in api.operations:
        ops_by_tag[op.tag].append(op)
    descriptions = dict(api.tag_descriptions)
    for tag, ops in sorted(ops_by_tag.items()):
        description = descriptions.get(tag, "")
        files[f"{pkg}/api/{names.tag_module[tag]}.py"] = _unit(
            units,
            f"{pkg}/api/{names.tag_module[tag]}.py",
            [("op", op.operation_id) for op in ops] + [("tag", tag), ("description", description)],
            lambda n, s: _render_tag_module(env, tag, description, ops, n, s),
        ) or _render_tag_module(env, tag, description, ops, names, specificity)
    return files


def _unit(
    units: UnitCache | None,
    path: str,
    inputs: list[tuple[str, str]],
    make: Callable[[Names, dict[str, int]], str],
) -> str:
    """A file made from a few models or operations: from the previous run when nothing it read changed, else made
    with names that note what is read. "" without a unit cache (the caller makes it plainly)."""
    if units is None:
        return ""
    key = units.key(inputs)
    text = units.get(path, key)
    if text is not None:
        return text
    units.start()
    text = make(units.names, units.specificity)
    units.made(path, key)
    return text


def _package_doc(api: ir.Api) -> str:
    text = f"A Python client for {api.title} ({api.version}), generated by clientgen."
    if api.description:
        text += "\n\n" + api.description
    return text


# ------------------------------------------------------------------------------------------------ models


def _render_model_module(
    env: jinja2.Environment, models: list[ir.Model], names: Names, specificity: dict[str, int]
) -> str:
    imports = Imports()
    imports.serde = True
    types = PyTypes(names, imports, specificity)
    views = [_model_view(m, names, types) for m in sorted(models, key=lambda m: names.model_class[m.key])]
    own_module = names.model_module[models[0].key]
    imports.models.pop(own_module, None)
    lines = [line for v in views for line in v.parse_checks + v.dump_optional + v.post_init]
    unset_names = [
        name
        for name, used in (
            ("UNSET", any(f.default == "UNSET" for v in views for f in v.fields) or any("UNSET" in x for x in lines)),
            ("Unset", any("| Unset" in f.annotation for v in views for f in v.fields)),
        )
        if used
    ]
    return env.get_template("package/model_module.py.jinja").render(
        models=views,
        unset_names=unset_names,
        stdlib=sorted(imports.stdlib),
        typing=sorted(imports.typing | {"Any", "ClassVar"}),
        model_imports=[(module, sorted(cls)) for module, cls in sorted(imports.models.items())],
    )


# Names the body of a generated from_dict may use; a local variable for a field of that name gets a leading
# underscore (a local named `str` or `type` would hide the builtin in the whole function).
_FROM_DICT_NAMES = frozenset(dir(builtins)) | {"cls", "data", "where", "serde", "exc", "obj", "found", "UNSET"}


def _read_check(f: ir.Field, local: str, types: PyTypes) -> list[str]:
    """Lines that check and convert the JSON value in `local`; a value of the right JSON type costs one `type()`."""
    nullable = isinstance(f.type, ir.NullableType)
    inner = f.type.inner if isinstance(f.type, ir.NullableType) else f.type
    call = types.convert_call(inner, local, f.json_name)
    if call is None:
        return []
    json_type = types.json_type(inner)
    # JSON numbers for a `number` field often come as integers: both types pass without a call.
    conditions = [f"type({local}) is not {t}" for t in ((json_type, "int") if json_type == "float" else (json_type,)) if t]
    if nullable:
        conditions.append(f"{local} is not None")
    if not conditions:
        return [f"{local} = {call}"]
    return [f"if {' and '.join(conditions)}:", f"    {local} = {call}"]


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
    views: list[FieldView] = []
    parse_required: list[str] = []
    parse_checks: list[str] = []
    dump_fixed: list[str] = []
    dump_optional: list[str] = []
    post_init: list[str] = []
    first_optional: int | None = None
    if model.deprecated:
        post_init.append(f"serde.deprecated({string(f'{class_name} is deprecated')})")
    for f in fields:
        attr = names.field_attr[(model.key, f.json_name)]
        local = "_" + attr if attr in _FROM_DICT_NAMES else attr
        annotation = types.annotation(f.type)
        json_key = string(f.json_name)
        always_set = f.required and not f.read_only and not f.write_only
        read_required = f.required and not f.write_only
        if not always_set:
            annotation = f"{annotation} | Unset"
        default = "" if f.required and not f.read_only else "UNSET"
        views.append(FieldView(attr, json_key, annotation, default, _field_doc(f)))
        if read_required:
            parse_required.append(f"{local} = data[{json_key}]")
            parse_checks += _read_check(f, local, types)
        else:
            # An optional property is often absent: `in` costs less than `data.get` and a test of what it gave.
            first_optional = len(parse_checks) if first_optional is None else first_optional
            parse_checks += [f"if {json_key} in data:", "    found += 1", f"    {local} = data[{json_key}]"]
            parse_checks += ["    " + line for line in _read_check(f, local, types)]
            parse_checks += ["else:", f"    {local} = UNSET"]
        if f.deprecated and default:
            message = string(f"{class_name}.{attr} is deprecated")
            post_init += [f"if {attr} is not UNSET:", f"    serde.deprecated({message})"]
        value = types.dump(f.type, f"self.{attr}")
        if always_set:
            dump_fixed.append(f"{json_key}: {value},")
        else:
            condition = f"self.{attr} is not UNSET"
            if f.read_only:
                condition = f"not request and {condition}"
            dump_optional.append(f"if {condition}:")
            dump_optional.append(f"    out[{json_key}] = {value}")
    # `found` counts the declared properties in `data`: when that is all of them, there are no others to keep.
    if first_optional is None:
        no_extras = f"len(data) == {len(parse_required)}"
    else:
        parse_checks.insert(first_optional, f"found = {len(parse_required)}  # declared properties in data")
        no_extras = "len(data) == found"
    known = "frozenset({" + ", ".join(string(f.json_name) for f in model.fields) + "})" if model.fields else "frozenset()"
    if model.additional is None:
        extra_annotation = "dict[str, Any]"
        extras_line = "serde.extras(data, cls._json_names)"
        dump_extras = ["for key, value in self.additional_properties.items():", "    out.setdefault(key, value)"]
    else:
        extra_annotation = f"dict[str, {types.annotation(model.additional)}]"
        extras_line = f"serde.extras_of(data, cls._json_names, where, {types.converter(model.additional)})"
        value = types.dump(model.additional, "value")
        dump_extras = ["for key, value in self.additional_properties.items():", f"    out.setdefault(key, {value})"]
    doc_text = model.description or model.title or f"The {class_name} object of the API."
    attributes = [f"{v.attr}: {v.doc}" if v.doc else f"{v.attr}" for v in views if v.doc]
    if attributes:
        doc_text += "\n\nAttributes:\n" + "\n".join("    " + a for a in attributes)
    slots = [string(v.attr) for v in views] + [string("additional_properties")]
    init_args = [ArgView(v.attr, v.annotation, v.default) for v in views]
    init_args.append(ArgView("additional_properties", f"{extra_annotation} | None", "None"))
    return ModelView(
        class_name=class_name,
        doc=docstring(doc_text, "    "),
        slots=f"({', '.join(slots)},)" if len(slots) == 1 else f"({', '.join(slots)})",
        init_args=init_args,
        fields=views,
        extra_annotation=extra_annotation,
        known_names=known,
        parse_required=parse_required,
        parse_checks=parse_checks,
        assignments=[f"obj.{v.attr} = {'_' + v.attr if v.attr in _FROM_DICT_NAMES else v.attr}" for v in views],
        post_init=post_init,
        extras_line=extras_line,
        no_extras=no_extras,
        dump_fixed=dump_fixed,
        dump_optional=dump_optional,
        dump_extras=dump_extras,
        deprecated=model.deprecated,
    )


# ------------------------------------------------------------------------------------------------ operations

# The style and explode each location has when the spec says nothing (OpenAPI 3, "Style Values").
_DEFAULT_STYLES = {"path": ("simple", False), "query": ("form", True), "header": ("simple", False), "cookie": ("form", True)}


@dataclass
class ArgView:
    name: str
    annotation: str
    default: str

    def __post_init__(self) -> None:
        # A parameter too long for one line gets its annotation in parentheses, which is how black lays it out.
        line = f"        {self.name}: {self.annotation}{' = ' + self.default if self.default else ''},"
        if len(line) > LINE_LENGTH and _top_level_union(self.annotation):
            self.annotation = f"({self.annotation})"


def _top_level_union(annotation: str) -> bool:
    """Whether the annotation is a union at its outermost level (`A | B`, not `list[A | B]`)."""
    return len(_union_parts(annotation)) > 1


def _union_parts(annotation: str) -> list[str]:
    """The alternatives of a union annotation at its outermost level: `list[A | B] | C` -> `list[A | B]`, `C`."""
    parts = []
    depth = 0
    start = i = 0
    while i < len(annotation):
        ch = annotation[i]
        if ch == '"':  # a Literal's string: skip it, escapes included
            i += 1
            while i < len(annotation) and annotation[i] != '"':
                i += 2 if annotation[i] == "\\" else 1
        elif ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(annotation[start:i].strip())
            start = i + 1
        i += 1
    parts.append(annotation[start:].strip())
    return parts


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
    deprecated_parameters: list[str]
    uses_serde: bool
    paging: PagingView | None = None


def _render_tag_module(
    env: jinja2.Environment,
    tag: str,
    description: str,
    ops: list[ir.Operation],
    names: Names,
    specificity: dict[str, int],
) -> str:
    ops = sorted(ops, key=lambda o: names.method[o.operation_id])
    annotations = Imports()
    views = [_operation_view(op, names, PyTypes(names, annotations, specificity)) for op in ops]
    doc = f"Operations tagged {tag!r}." + (f"\n\n{description}" if description else "")
    uses_unset = any(a.default == "UNSET" for v in views for a in v.args)
    return env.get_template("package/tag_module.py.jinja").render(
        doc=docstring(doc, ""),
        class_name=names.tag_class[tag],
        tag_doc=docstring(f"Operations tagged {tag!r}.", "    "),
        operations=views,
        stdlib=sorted(annotations.stdlib),
        typing=sorted(annotations.typing | {"Any"} | ({"cast"} if any(v.typed_result for v in views) else set())),
        serde=annotations.serde or any(v.uses_serde for v in views),
        uses_unset=uses_unset,
        uses_warnings=any(v.deprecated_message or v.deprecated_parameters for v in views),
        uses_paging=any(v.paging for v in views),
        model_imports=[(module, sorted(cls)) for module, cls in sorted(annotations.models.items())],
    )


def _operation_view(op: ir.Operation, names: Names, ann: PyTypes) -> OperationView:
    runtime = PyTypes(names, Imports(), ann.specificity)
    args: list[ArgView] = []
    arg_docs: list[str] = []
    groups: dict[str, list[str]] = defaultdict(list)
    styles: list[str] = []
    ordered = sorted(op.parameters, key=lambda p: (not p.required, ("path", "query", "header", "cookie").index(p.location)))
    for p in ordered:
        arg = names.argument[(op.operation_id, p.location, p.name)]
        annotation = ann.annotation(p.type)
        if p.required:
            args.append(ArgView(arg, annotation, ""))
        else:
            args.append(ArgView(arg, f"{annotation} | Unset", "UNSET"))
        groups[p.location].append(f"{string(p.name)}: {arg},")
        if p.description:
            arg_docs.append(f"{arg}: {p.description}".replace("\n", " "))
        if (p.style, p.explode) != _DEFAULT_STYLES[p.location]:
            styles.append(f"({string(p.location)}, {string(p.name)}): ({string(p.style)}, {p.explode}),")
    request_lines = [string(op.method) + ",", string(op.path) + ","]
    for location, keyword in (("path", "path_params"), ("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        if groups[location]:
            request_lines.append(f"{keyword}={{")
            request_lines.extend("    " + line for line in groups[location])
            request_lines.append("},")
    body = op.bodies[0] if op.bodies else None
    for b in op.bodies:  # form fields with an `encoding` other than form, exploded
        styles += [f"(\"form\", {string(e.name)}): ({string(e.style)}, {e.explode})," for e in b.encoding if e.style]
    if styles:
        request_lines.append("styles={")
        request_lines.extend("    " + line for line in styles)
        request_lines.append("},")
    if body is not None:
        several = len(op.bodies) > 1
        parts = [part for b in op.bodies for part in _union_parts(_body_annotation(b, ann))]
        annotation = " | ".join(dict.fromkeys(parts))
        if body.required:
            args.insert(sum(1 for a in args if not a.default), ArgView("body", annotation, ""))
        else:
            args.append(ArgView("body", f"{annotation} | Unset", "UNSET"))
        arg_docs.append("body: " + (body.description or f"The request body ({body.media_type}).").replace("\n", " "))
        if several:
            ann.imports.typing.add("Literal")
            media = ", ".join(string(b.media_type) for b in op.bodies)
            args.append(ArgView("content_type", f"Literal[{media}]", string(body.media_type)))
            arg_docs.append("content_type: How to send the body; the API accepts each of these media types.")
            request_lines.append("body=body,")
            request_lines.append("body_kinds={")
            request_lines.extend(f"    {string(b.media_type)}: {string(b.kind)}," for b in op.bodies)
            request_lines.append("},")
            request_lines.append("content_type=content_type,")
        else:
            keyword = {"json": "json_body", "form": "form", "multipart": "multipart", "binary": "content", "text": "content"}[
                body.kind
            ]
            request_lines.append(f"{keyword}=body,")
            if body.kind == "multipart" and any(e.content_type for e in body.encoding):
                request_lines.append("part_types={")
                request_lines += [f"    {string(e.name)}: {string(e.content_type)}," for e in body.encoding if e.content_type]
                request_lines.append("},")
            if body.kind in ("binary", "text") or (body.kind == "json" and body.media_type != "application/json"):
                request_lines.append(f"content_type={string(body.media_type)},")
    if any(r.kind == "binary" for r in ir.success_responses(op)):
        ann.imports.stdlib.add("os")
        ann.imports.typing.add("IO")
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
    request_lines.append(f"security={_security_literal(op.security)},")
    request_lines.append("options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),")
    parse, returns, typed = _success(op, runtime, ann)
    errors = _errors(op, runtime)
    doc_parts = [op.summary or op.operation_id]
    if op.description and op.description != op.summary:
        doc_parts.append(op.description)
    doc_parts.append(f"`{op.method} {op.path}`")
    if op.pagination is not None:
        doc_parts.append(paging_doc(op.pagination))
    if arg_docs:
        doc_parts.append("Args:\n" + "\n".join("    " + d for d in arg_docs))
    warnings_lines = [
        f"if {names.argument[(op.operation_id, p.location, p.name)]} is not UNSET:\n"
        f"            warnings.warn({string(f'the parameter {p.name} is deprecated')}, DeprecationWarning, stacklevel=2)"
        for p in op.parameters
        if p.deprecated and not p.required
    ]
    return OperationView(
        name=names.method[op.operation_id],
        doc=docstring("\n\n".join(doc_parts), "        "),
        args=args,
        local_imports=[(m, sorted(c)) for m, c in sorted(runtime.imports.models.items())],
        request_lines=request_lines,
        parse=parse,
        errors=errors,
        returns=returns,
        typed_result=typed,
        returns_literal=string(returns),
        deprecated_message=string(f"{names.method[op.operation_id]} is deprecated") if op.deprecated else "",
        deprecated_parameters=warnings_lines,
        uses_serde=runtime.imports.serde,
        paging=paging_view(op, names, ann, returns),
    )


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


def _body_annotation(body: ir.Body, ann: PyTypes) -> str:
    if body.kind == "binary":
        ann.imports.serde = True
        return "serde.FileInput"
    if body.kind == "text":
        return "str"
    annotation = ann.annotation(body.type)
    if isinstance(body.type, ir.ModelType):
        ann.imports.typing.add("Any")
        return f"{annotation} | Mapping[str, Any]"
    return annotation


def _security_literal(security: tuple[tuple[str, ...], ...]) -> str:
    return "(" + "".join("(" + "".join(string(s) + ", " for s in alt) + "), " for alt in security) + ")"


def _parser(response: ir.Response, runtime: PyTypes, ann: PyTypes) -> tuple[str, str]:
    if response.kind == "json" and response.type is not None:
        reader = "rt.json_response" if ir.is_json_media(response.media_type) else "rt.negotiated_response"
        return f"{reader}({runtime.converter(response.type)})", ann.annotation(response.type)
    if response.kind == "binary":
        return "rt.bytes_response", "bytes"
    if response.kind == "text":
        return "rt.text_response", "str"
    return "rt.empty_response", "None"


def _success(op: ir.Operation, runtime: PyTypes, ann: PyTypes) -> tuple[str, str, bool]:
    success = ir.success_responses(op)
    if ir.returns_location(op):
        return "rt.location_response", "str", False
    if not success:
        return "rt.empty_response", "None", False
    parsed = [(r.status, *_parser(r, runtime, ann)) for r in success]
    if len(parsed) == 1 or len({p[1] for p in parsed}) == 1:
        precise = all(r.type is None or runtime.precise(r.type) for r in success)
        return parsed[0][1], parsed[0][2], not precise
    entries = " ".join(f"{string(status)}: {parser}," for status, parser, _ in parsed)
    returns = " | ".join(dict.fromkeys(p[2] for p in parsed))
    return f"rt.by_status({{{entries}}})", returns, True


def _errors(op: ir.Operation, runtime: PyTypes) -> str:
    entries = []
    success = ir.success_responses(op)
    for r in op.responses:
        if r in success or not (r.status[0] in "45" or r.status == "default"):
            continue
        if r.kind != "json" or r.type is None or r.type == ir.ANY:
            continue
        entries.append(f"{string(r.status)}: {runtime.converter(r.type)},")
    return "{" + " ".join(entries) + "}" if entries else ""


# ------------------------------------------------------------------------------------------------ client


@dataclass
class SchemeView:
    key: str
    arg: str
    annotation: str
    runtime: str
    doc: str


def _render_client(env: jinja2.Environment, api: ir.Api, names: Names, options: Options) -> str:
    schemes = []
    for s in api.security_schemes:
        if s.kind == "apiKey":
            runtime = f"rt.Scheme(\"apiKey\", {string(s.location)}, {string(s.param_name)})"
            doc = f"API key, sent in the {s.location} {s.param_name!r}."
            annotation = "str | None"
        elif s.kind == "http" and s.scheme == "basic":
            runtime, doc, annotation = 'rt.Scheme("basic")', "(user name, password) for HTTP basic auth.", "tuple[str, str] | None"
        elif s.kind == "oauth2" and s.token_url:
            runtime = f'rt.Scheme("bearer", token_url={string(s.token_url)})'
            doc = "An access token, or rt.OAuth2ClientCredentials to fetch one from the token URL."
            annotation = "str | rt.OAuth2ClientCredentials | None"
        else:
            runtime, doc, annotation = 'rt.Scheme("bearer")', "Token, sent as 'Authorization: Bearer <token>'.", "str | None"
        if s.description:
            doc = f"{s.description} {doc}".replace("\n", " ")
        schemes.append(SchemeView(string(s.key), names.scheme_arg[s.key], annotation, runtime, doc))
    base_url = _default_base_url(api)
    tags = sorted({op.tag for op in api.operations}, key=lambda t: names.tag_attr[t])
    descriptions = dict(api.tag_descriptions)
    groups = [
        (names.tag_attr[t], names.tag_module[t], names.tag_class[t], docstring(descriptions.get(t) or f"Operations tagged {t!r}.", "        "))
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
    def class_doc(prefix: str) -> str:
        text = f"{prefix}client for {api.title} ({api.version}).\n\nArgs:\n" + "\n".join("    " + a for a in arg_docs)
        return docstring(text, "    ")
    return env.get_template("package/client.py.jinja").render(
        schemes=schemes,
        base_url=string(base_url) if base_url else "",
        groups=groups,
        docs={"sync": class_doc("Synchronous "), "async": class_doc("Asynchronous ")},
        has_servers=bool(servers),
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


def _render_readme(env: jinja2.Environment, api: ir.Api, names: Names, options: Options) -> str:
    by_tag: dict[str, list[ir.Operation]] = defaultdict(list)
    for op in api.operations:
        by_tag[op.tag].append(op)
    examples = []
    for tag in sorted(by_tag, key=lambda t: names.tag_attr[t]):
        op = min(by_tag[tag], key=lambda o: (len([p for p in o.parameters if p.required]) + len(o.bodies), names.method[o.operation_id]))
        args = [
            f"{names.argument[(op.operation_id, p.location, p.name)]}={_example_value(p.type)}"
            for p in op.parameters
            if p.required
        ]
        if op.bodies and op.bodies[0].required:
            body = op.bodies[0]
            args.append("body=b\"...\"" if body.kind == "binary" else 'body="..."' if body.kind == "text" else "body={...}")
        call = f"client.{names.tag_attr[tag]}.{names.method[op.operation_id]}({', '.join(args)})"
        examples.append((tag, _markdown(op.summary or op.operation_id), call))
    rows = sorted(
        (f"client.{names.tag_attr[op.tag]}.{names.method[op.operation_id]}", op.method, _markdown(op.path), _markdown(op.summary))
        for op in api.operations
    )
    schemes = [
        (names.scheme_arg[s.key], _markdown(s.key), _scheme_text(s))
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
    )


def _scheme_text(s: ir.SecurityScheme) -> str:
    if s.kind == "apiKey":
        return f"API key in the {s.location} `{_markdown(s.param_name)}`"
    if s.kind == "http" and s.scheme == "basic":
        return "HTTP basic: a `(user, password)` tuple"
    return "bearer token (`Authorization: Bearer ...`)"
