"""Stage 5, render: the intermediate model and the chosen names, as the files of the generated package.

All decisions about the shape of the code are made here, in Python; the Jinja templates in `templates/` only lay
out the strings this module computes. Returns {relative path: source text}, unformatted.
"""

from __future__ import annotations

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
from .render_models import ArgView, render_model_module
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
        found.append(Unit(f"{pkg}/models/{module}.py", inputs, partial(render_model_module, env, models)))
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


# ------------------------------------------------------------------------------------------------ operations




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
