"""Resolving the paths: operations with their parameters, bodies, responses, security and servers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import ir, shape
from .diagnostics import join_pointer
from .events import is_event_stream
from .naming import pascal_words
from .resolve_common import HTTP_METHODS
from .resolve_memo import PathItems, Segment, _replay
from .shape import Ctx

if TYPE_CHECKING:
    from .resolve import Resolver


_VERSION_SEGMENT = re.compile(r"(v\d+(\.\d+)*|api|rest|\d[\d.-]*)", re.IGNORECASE)
_STATUS = re.compile(r"[1-5](\d\d|XX)", re.IGNORECASE)


def _document_security(r: Resolver, data: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The document's `security`: what every operation needs unless it says otherwise."""
    return _declared_security(r, data.get("security"), Ctx(r.root, "").at("security")) or ()


def _servers(r: Resolver, raw: list[Any], ctx: Ctx) -> tuple[ir.Server, ...]:
    servers = []
    for _, server, server_ctx in shape.objects(r, raw, ctx, "a server"):
        url = server.get("url")
        if not isinstance(url, str):
            shape.wrong(r, server_ctx.at("url"), "a server's 'url'", "a string", url, "the server is left out")
            continue
        variables = []
        declared = shape.mapping(r, server, server_ctx, "variables")
        for name, var, var_ctx in shape.objects(r, declared, server_ctx.at("variables"), "a server variable"):
            values = shape.sequence(r, var, var_ctx, "enum")
            variables.append(
                ir.ServerVariable(
                    name=name,
                    default=shape.scalar_text(r, var, var_ctx, "default"),
                    enum=tuple(_scalars(r, values, var_ctx.at("enum"), "a server variable's value")),
                    description=shape.prose(r, var, var_ctx, "description"),
                )
            )
        variables.sort(key=lambda v: v.name)
        servers.append(ir.Server(url, shape.prose(r, server, server_ctx, "description"), tuple(variables)))
    return tuple(servers)


def _scalars(r: Resolver, values: list[Any], ctx: Ctx, what: str) -> list[str]:
    """The items of a list that are strings or numbers, as text; each other item is a warning and is skipped."""
    found = []
    for i, value in enumerate(values):
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            found.append(str(value))
        else:
            shape.wrong(r, ctx.at(i), what, "a string", value, "it is left out")
    return found


def _security(r: Resolver, raw: Any, ctx: Ctx) -> tuple[tuple[str, ...], ...]:
    """The alternatives of a `security` list: each the sorted names of the schemes it needs together."""
    if not isinstance(raw, list):
        if raw is not None:
            shape.wrong(r, ctx, "'security'", "a list", raw, "it is ignored")
        return ()
    return tuple(
        tuple(sorted(requirement))
        for _, requirement, _ in shape.objects(r, raw, ctx, "a security requirement", "it is ignored")
    )


def _declared_security(r: Resolver, raw: Any, ctx: Ctx) -> tuple[tuple[str, ...], ...] | None:
    """The security requirements of `raw` without the schemes the document does not declare (each named in a
    warning); None when requirements were given and none is left, so that the caller falls back to a default."""
    alternatives = _security(r, raw, ctx)
    data = r.root.data if isinstance(r.root.data, dict) else {}
    components = data.get("components")
    declared = components.get("securitySchemes") if isinstance(components, dict) else None
    if not isinstance(declared, dict):
        declared = {}
    kept: list[tuple[str, ...]] = []
    for i, alternative in enumerate(alternatives):
        missing = [name for name in alternative if name not in declared]
        for name in missing:
            r.warn(
                ctx.at(i, name),
                f"security scheme {name!r} is not declared in components.securitySchemes; it is left out",
                "declare the scheme, or fix its name",
            )
        known = tuple(name for name in alternative if name in declared)
        if known or not alternative:
            kept.append(known)
    if alternatives and not kept:
        return None
    return tuple(dict.fromkeys(kept))


def _operations(
    r: Resolver,
    data: dict[str, Any],
    paths: PathItems,
    global_security: tuple[tuple[str, ...], ...],
    previous: dict[str, Segment],
    segments: dict[str, Segment],
) -> tuple[ir.Operation, ...]:
    """Every operation, by path and method; each path item is replayed from `previous` while that is exact."""
    rctx = Ctx(r.root, "")
    operations: list[ir.Operation] = []
    seen_ids: dict[str, str] = {}
    in_step = True  # so far every path item assigned the model keys it did last time
    for path in sorted(set(paths.items) | set(previous)):
        old = previous.get(path)
        if path not in paths.items:
            in_step = in_step and old is not None and not old.keys
            continue
        digest = paths.digest(path)
        if (
            in_step
            and old is not None
            and old.digest == digest
            and paths.unchanged(old.reads)
            and _same_ids(old, seen_ids)
        ):
            _replay(r, old)
            segment = old
        else:
            segment = _resolve_path(r, path, paths, rctx, seen_ids, global_security)
            in_step = in_step and segment.keys == (old.keys if old is not None else ())
        segments[path] = segment
        for op in segment.operations:
            seen_ids[op.operation_id] = f"{op.method} {path} (#{op.pointer})"
        operations.extend(segment.operations)
    return tuple(operations)


def _unique_id(op_id: str, seen_ids: dict[str, str]) -> str:
    """The operationId itself, or when an earlier operation has it, the first of `<id>_2`, `<id>_3`... that is free."""
    if op_id not in seen_ids:
        return op_id
    n = 2
    while f"{op_id}_{n}" in seen_ids:
        n += 1
    return f"{op_id}_{n}"


def _same_ids(segment: Segment, seen_ids: dict[str, str]) -> bool:
    """Whether the path item's operations would get the very ids (and warnings) they got last time."""
    if len(segment.originals) != len(segment.operations):
        return False
    seen = dict(seen_ids)
    for (original, holder), op in zip(segment.originals, segment.operations):
        if _unique_id(original, seen) != op.operation_id or seen.get(original, "") != holder:
            return False
        seen[op.operation_id] = f"{op.method} {segment.path} (#{op.pointer})"
    return True


def _resolve_path(
    r: Resolver,
    path: str,
    paths: PathItems,
    rctx: Ctx,
    seen_ids: dict[str, str],
    global_security: tuple[tuple[str, ...], ...],
) -> Segment:
    marks = (len(r.key_log), len(r.model_log), len(r.diagnostics))
    r.new_part()
    operations: list[ir.Operation] = []
    originals: list[tuple[str, str]] = []
    item, item_ctx = r.follow(paths.items[path], rctx.at("paths", path))
    if not isinstance(item, dict):
        shape.wrong(r, item_ctx, "a path item", "an object", item, "its operations are left out")
        item = {}
    for method in HTTP_METHODS:
        op = item.get(method)
        if not isinstance(op, dict):
            if method in item:
                shape.wrong(r, item_ctx.at(method), "an operation", "an object", op, "it is left out")
            continue
        ctx = item_ctx.at(method)
        op_id = shape.text(r, op, ctx, "operationId", consequence="a name is made from the method and path")
        if not op_id.strip():
            op_id = method + pascal_words(re.sub(r"\{([^}]*)\}", r"By \1", path))
        originals.append((op_id, seen_ids.get(op_id, "")))
        if op_id in seen_ids:
            unique = _unique_id(op_id, seen_ids)
            r.warn(
                ctx.at("operationId"),
                f"operationId {op_id!r} is also used by {seen_ids[op_id]}; this operation is generated as "
                f"{unique!r}",
                "operationIds must be unique: rename one of them (--strict refuses duplicates)",
            )
            op_id = unique
        seen_ids[op_id] = f"{method.upper()} {path} (#{join_pointer(item_ctx.pointer, method)})"
        operations.append(_operation(r, op_id, method, path, item, op, ctx, item_ctx, global_security))
    return Segment(
        path,
        paths.digest(path),
        tuple(operations),
        tuple(r.key_log[marks[0]:]),
        tuple(r.model_log[marks[1]:]),
        tuple(r.diagnostics[marks[2]:]),
        tuple(r.reached),
        paths.reads(r.path_reads),
        tuple(originals),
    )


def _operation(
    r: Resolver,
    op_id: str,
    method: str,
    path: str,
    item: dict[str, Any],
    op: dict[str, Any],
    ctx: Ctx,
    item_ctx: Ctx,
    global_security: tuple[tuple[str, ...], ...],
) -> ir.Operation:
    hint = pascal_words(op_id)
    params: dict[tuple[str, str], ir.Parameter] = {}
    for source, source_ctx in ((item, item_ctx), (op, ctx)):
        for i, raw in enumerate(shape.sequence(r, source, source_ctx, "parameters")):
            param = _parameter(r, raw, source_ctx.at("parameters", i), hint)
            if param is not None:
                params[(param.name, param.location)] = param  # operation level overrides path level
    for name in re.findall(r"\{([^}]+)\}", path):
        if (name, "path") not in params:
            r.warn(ctx, f"path template variable {{{name}}} has no parameter; it is added as a string")
            params[(name, "path")] = ir.Parameter(name, "path", ir.primitive("str"), True)
    tags = shape.strings(r, shape.sequence(r, op, ctx, "tags"), ctx.at("tags"), "a tag", "it is ignored")
    security = global_security
    if "security" in op:
        declared = _declared_security(r, op["security"], ctx.at("security"))
        if declared is not None:
            security = declared
        else:
            r.warn(
                ctx.at("security"),
                "this operation's security names only schemes that components.securitySchemes does not declare; "
                "the document's default security is used instead",
                "declare the scheme under components.securitySchemes, or fix its name",
            )
    servers, servers_ctx = shape.sequence(r, op, ctx, "servers"), ctx.at("servers")
    if not isinstance(op.get("servers"), list):  # the path item's servers, if any
        servers, servers_ctx = shape.sequence(r, item, item_ctx, "servers"), item_ctx.at("servers")
    own = _servers(r, servers, servers_ctx)
    data = r.root.data if isinstance(r.root.data, dict) else {}
    document = {server.url for server in _servers(r, shape.sequence(r, data, Ctx(r.root, ""), "servers"),
                                                   Ctx(r.root, "/servers"))}
    if any(server.url in document for server in own):
        own = ()  # the document's own server, repeated (Twilio's paths): `base_url` goes on replacing it
    bodies = _bodies(r, op.get("requestBody"), ctx.at("requestBody"), hint)
    # OpenAPI ignores header parameters named Accept, Content-Type and Authorization: the responses, the body's
    # media type and `security` say them. Where nothing else says them (no body, no security), they are kept.
    ignored = {"accept"} | ({"content-type"} if bodies else set()) | ({"authorization"} if any(security) else set())
    for key in [k for k in params if k[1] == "header" and k[0].lower() in ignored]:
        del params[key]
    return ir.Operation(
        operation_id=op_id,
        method=method.upper(),
        path=path,
        tag=tags[0] if tags else path_group(path),
        pointer=ctx.pointer,
        summary=shape.prose(r, op, ctx, "summary"),
        description=shape.prose(r, op, ctx, "description"),
        deprecated=shape.flag(r, op, ctx, "deprecated"),
        parameters=tuple(params.values()),
        bodies=bodies,
        responses=_responses(r, shape.mapping(r, op, ctx, "responses"), ctx.at("responses"), hint),
        security=security,
        servers=own,
    )


def _parameter(r: Resolver, raw: Any, ctx: Ctx, hint: str) -> ir.Parameter | None:
    node, ctx = r.follow(raw, ctx)
    if not isinstance(node, dict):
        shape.wrong(r, ctx, "a parameter", "an object", node, "it is left out")
        return None
    if not node:
        return None  # a dangling or cyclic $ref (an error already)
    name = node.get("name")
    if isinstance(name, (int, float)) and not isinstance(name, bool):
        name = str(name)  # `name: 1` in YAML
    location = node.get("in")
    if not isinstance(name, str) or not name or location not in ("path", "query", "header", "cookie"):
        r.warn(
            ctx,
            f"parameter without a valid 'name' and 'in' (name: {shape.kind(name)}, in: {shape.kind(location)}); "
            "it is left out",
            "a parameter needs a 'name' (a string) and 'in' (path, query, header or cookie)",
        )
        return None
    schema = node.get("schema")
    schema_ctx = ctx.at("schema")
    content = shape.mapping(r, node, ctx, "content")
    if schema is None and content:
        media = min(content)
        media_obj = _media_object(r, content, ctx.at("content"), media)
        schema = media_obj.get("schema")
        schema_ctx = ctx.at("content", media, "schema")
    type_ = r.type_of(schema, schema_ctx, hint + pascal_words(name)) if schema is not None else ir.ANY
    style = shape.text(r, node, ctx, "style") or ir.DEFAULT_STYLE[location]
    return ir.Parameter(
        name=name,
        location=location,
        type=type_,
        required=shape.flag(r, node, ctx, "required") or location == "path",
        description=shape.prose(r, node, ctx, "description"),
        deprecated=shape.flag(r, node, ctx, "deprecated"),
        style=style,
        explode=shape.flag(r, node, ctx, "explode", ir.default_explode(style)),
    )


def _media_object(r: Resolver, content: dict[str, Any], ctx: Ctx, media: str) -> dict[str, Any]:
    """The media type object of `content[media]`: {} (with a warning) when it is not an object."""
    value = content[media]
    if isinstance(value, dict):
        return value
    if value is not None:
        shape.wrong(r, ctx.at(media), f"the media type object of {media!r}", "an object", value, "it is ignored")
    return {}


def _binary_schema(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "string" and schema.get("format") in ("binary", "byte")


def _content_kind(media: str, schema: Any, r: Resolver | None = None, ctx: Ctx | None = None) -> ir.BodyKind:
    """How content of a media type is read or written. A wildcard (`*/*`) with a schema that is not a file takes
    JSON: that is what the schema describes; so does a text type whose schema is an object or an array (with `r`,
    which follows the schema's `$ref`)."""
    if ir.is_media_range(media) and not media.startswith("text/") and schema is not None and not _binary_schema(schema):
        return "json"
    kind = media_kind(media)
    if kind == "text" and r is not None and ctx is not None and isinstance(schema, dict):
        target, _ = r.follow(schema, ctx)
        if isinstance(target, dict) and (
            target.get("type") in ("object", "array") or "properties" in target or "items" in target
        ):
            return "json"
    return kind


def media_kind(media_type: str) -> ir.BodyKind:
    base = media_type.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


def path_group(path: str) -> str:
    """The group of an operation without tags: the first path segment that names something.

    `/v1/customers/{id}` -> "customers". Version segments (`v1`, `api`) and templates are skipped; a path with
    nothing else is in "default". So an untagged API gets one module per resource, not one huge module.
    """
    for segment in path.split("/"):
        if segment and "{" not in segment and not _VERSION_SEGMENT.fullmatch(segment):
            return segment.split(".")[0] or segment  # `Accounts.json` -> "Accounts"
    return "default"


def _bodies(r: Resolver, raw: Any, ctx: Ctx, hint: str) -> tuple[ir.Body, ...]:
    if raw is None:
        return ()
    node, ctx = r.follow(raw, ctx)
    if not isinstance(node, dict):
        shape.wrong(r, ctx, "a request body", "an object", node, "the operation takes no body")
        return ()
    bodies = []
    content = _content(r, node, ctx)
    required = shape.flag(r, node, ctx, "required")
    description = shape.prose(r, node, ctx, "description")
    for media in sorted(content, key=lambda m: (_media_rank(m, content[m]), m)):
        media_obj = content[media]
        schema = media_obj.get("schema")
        kind = _content_kind(media, schema, r, ctx.at("content", media, "schema"))
        if schema is None:
            type_: ir.TypeRef = ir.primitive("binary") if kind == "binary" else ir.ANY
        else:
            type_ = r.type_of(schema, ctx.at("content", media, "schema"), hint + "Body")
        if kind == "binary":
            type_ = ir.primitive("binary")
        encoding = (
            _encoding(r, shape.mapping(r, media_obj, ctx.at("content", media), "encoding"),
                      ctx.at("content", media, "encoding"))
            if kind in ("form", "multipart")
            else ()
        )
        sent_as = "application/json" if kind == "json" and ir.is_media_range(media) else media
        bodies.append(ir.Body(sent_as, kind, type_, required, description, encoding))
    return tuple(bodies)


def _content(r: Resolver, node: dict[str, Any], ctx: Ctx) -> dict[str, dict[str, Any]]:
    """The `content` of a request body or response: media type -> media type object (those that are objects)."""
    content = shape.mapping(r, node, ctx, "content")
    return {media: _media_object(r, content, ctx.at("content"), media) for media in content}


def _encoding(r: Resolver, raw: dict[str, Any], ctx: Ctx) -> tuple[ir.PartEncoding, ...]:
    """The `encoding` map of a form or multipart body, sorted by property name."""
    parts = []
    for name, entry, entry_ctx in sorted(shape.objects(r, raw, ctx, "an encoding", "it is ignored")):
        content_type = shape.text(r, entry, entry_ctx, "contentType")
        # Several types ("image/png, image/jpeg") or a range ("image/*"): the first concrete one, else none.
        first = content_type.split(",")[0].strip()
        style = shape.text(r, entry, entry_ctx, "style") or ir.DEFAULT_STYLE["form"]
        explode = shape.flag(r, entry, entry_ctx, "explode", ir.default_explode(style))
        if (style, explode) == (ir.DEFAULT_STYLE["form"], ir.default_explode(ir.DEFAULT_STYLE["form"])):
            style = ""  # the default
        if first.endswith("/*") or first == "*":
            first = ""
        if first or style:
            parts.append(ir.PartEncoding(name, first, style, explode))
    return tuple(parts)


def _media_rank(media: str, media_obj: dict[str, Any]) -> int:
    order = {"json": 0, "multipart": 1, "form": 2, "text": 3, "binary": 4}
    return order[_content_kind(media, media_obj.get("schema"))] * 2 + ir.is_media_range(media)  # concrete first


def _responses(r: Resolver, raw: dict[str, Any], ctx: Ctx, hint: str) -> tuple[ir.Response, ...]:
    responses = []
    for status in sorted(raw, key=lambda s: (s == "default", s)):
        if status.startswith("x-"):
            continue  # an extension, not a response
        if status != "default" and not _STATUS.fullmatch(status):
            r.warn(
                ctx.at(status),
                f"{status[:40]!r} is not an HTTP status code, a range like '2XX' or 'default'; this response is "
                "left out",
            )
            continue
        node, rctx = r.follow(raw[status], ctx.at(status))
        if not isinstance(node, dict):
            shape.wrong(r, rctx, "a response", "an object", node, "it is left out")
            continue
        status_text = status.upper() if status != "default" else "default"
        content = _content(r, node, rctx)
        description = shape.prose(r, node, rctx, "description")
        if content and status_text in ("204", "205", "304"):
            r.warn(
                rctx.at("content"),
                f"a {status_text} response has no body in HTTP; the content described here is ignored",
                "remove the content, or document the answer under another status",
            )
            content = {}
        if not content:
            responses.append(ir.Response(status_text, "empty", description=description))
            continue
        media = min(content, key=lambda m: (_media_rank(m, content[m]), m))
        schema = content[media].get("schema")
        kind = _content_kind(media, schema, r, rctx.at("content", media, "schema"))
        suffix = "Response" if status_text in ("200", "201", "2XX") else f"Response{status_text.title()}"
        if kind == "json":
            type_ = (
                r.type_of(schema, rctx.at("content", media, "schema"), hint + suffix) if schema is not None else ir.ANY
            )
            responses.append(ir.Response(status_text, "json", media, type_, description))
        elif kind == "text":
            responses.append(ir.Response(status_text, "text", media, ir.primitive("str"), description))
        else:
            responses.append(ir.Response(status_text, "binary", media, ir.primitive("binary"), description))
        events = next((m for m in sorted(content) if m != media and is_event_stream(m)), None)
        if events is not None:  # the answer may also come as events: events.py moves this to `Operation.events`
            schema = content[events].get("schema")
            ectx = rctx.at("content", events, "schema")
            type_ = r.type_of(schema, ectx, hint + "Event") if schema is not None else ir.ANY
            responses.append(ir.Response(status_text, "json", events, type_, description))
    return tuple(responses)
