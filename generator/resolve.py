"""Stage 3, resolve: turn the loaded document into the flat intermediate model (`ir.Api`).

Follows `$ref` chains (also into other files), merges `allOf` into one flat model, turns `oneOf`/`anyOf` into
unions, and hoists inline object schemas into named models. Everything is visited in sorted order (components by
name, operations by path and method), so the result never depends on the key order of the document.
"""

from __future__ import annotations

import dataclasses
import os
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import allof, hoisting, ir, shape, unions
from .diagnostics import Diagnostic, GenerationError, join_pointer, unescape_pointer_token
from .events import event_streams
from .loader import Document, Loader, resolve_pointer
from .naming import pascal_words
from .resolve_common import (
    ALL_PATHS,
    MAX_SCHEMA_DEPTH,
)
from .resolve_memo import (
    Base,
    PathItems,
    ResolveMemo,
    Segment,
    _base_id,
    _still_valid,
    _text_digest,
    digest_of,
)
from .resolve_operations import _document_security, _operations, _servers
from .shape import Ctx
from .uploads import text_outside_uploads
from .webhooks import resolve_webhooks

# Keywords we cannot express as a Python type; the schema becomes Any and the user is told where.
UNSUPPORTED_KEYWORDS = ("not", "if", "then", "else", "patternProperties", "dependentSchemas")
# What makes a schema more than a type: a schema with none of these is read by its `type` alone.
_COMPOSING = frozenset({*UNSUPPORTED_KEYWORDS, "const", "enum", "allOf", "oneOf", "anyOf"})

_STRING_FORMATS: dict[str, ir.PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "byte": "byte",
    "binary": "binary",
}  # `type: string, format: decimal` (Stripe's amounts) is a string in JSON, and stays one


@dataclass
class Resolver:
    loader: Loader
    root: Document
    allow_outside_refs: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)
    models: dict[str, ir.Model] = field(default_factory=dict)
    # (file, pointer) of a schema that became a model -> its model key
    model_keys: dict[tuple[Path, str], str] = field(default_factory=dict)
    # The type each schema location resolved to (for tools and tests: which example belongs to which type).
    type_at: dict[tuple[Path, str], ir.TypeRef] = field(default_factory=dict)
    in_progress: set[tuple[Path, str]] = field(default_factory=set)  # models being built
    taken_keys: set[str] = field(default_factory=set)
    _ref_chain: set[tuple[Path, str]] = field(default_factory=set)  # $ref -> $ref chains being followed
    structural: dict[tuple[Path, str], int] = field(default_factory=dict)  # non-model schemas being expanded
    expansion: list[tuple[tuple[Path, str], bool]] = field(default_factory=list)  # same, in order, object-like?
    model_depth: int = 0
    _depth: int = 0  # schemas being resolved inside one another (see MAX_SCHEMA_DEPTH)
    # What was found about `$ref` targets in the part being resolved, so that a schema that many others reach is
    # examined once: whether it is an object, the properties its allOf collects, the type of one that is not a model.
    # The first way there decides, where it matters: below the depth limit, and in cycles, which are all errors (an
    # allOf that includes itself, or a cycle that no object breaks). Forgotten at each part, as `reached` is: a
    # part's reads and diagnostics are its own.
    is_object: dict[tuple[Path, str], bool] = field(default_factory=dict)
    collected: dict[tuple[Path, str], tuple[dict[str, tuple[Any, Ctx]], set[str], list[tuple[Any, Ctx]]]] = field(
        default_factory=dict
    )
    expanded: dict[tuple[Path, str], ir.TypeRef] = field(default_factory=dict)
    sizes: dict[int, tuple[ir.TypeRef, int]] = field(default_factory=dict)  # `type_size` of types met, by id
    # Every model key assigned and model built, in order: what a path item added, for `Segment`.
    key_log: list[tuple[tuple[Path, str], str]] = field(default_factory=list)
    model_log: list[ir.Model] = field(default_factory=list)
    # What the part being resolved (the components, or one path item) read besides its own text, for `Segment`:
    # the other files, in the order first reached, and the path items of the spec a `$ref` led into.
    reached: dict[Path, None] = field(default_factory=dict)
    path_reads: set[str] = field(default_factory=set)

    # ----------------------------------------------------------------- diagnostics

    # Lines are found once, for all diagnostics together, when resolving ends (`_with_lines`): finding one line
    # walks the text, and a large spec may have dozens of warnings.

    def new_part(self) -> None:
        """Start resolving another part (a path item): what it reads and finds is noted afresh."""
        self.reached, self.path_reads = {}, set()
        self.is_object, self.collected, self.expanded = {}, {}, {}

    def warn(self, ctx: Ctx, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic("warning", message, ctx.doc.display_path, ctx.pointer, None, hint))

    def error(self, ctx: Ctx, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic("error", message, ctx.doc.display_path, ctx.pointer, None, hint))

    # ----------------------------------------------------------------- $ref

    def follow(self, node: Any, ctx: Ctx) -> tuple[Any, Ctx]:
        """Follow `$ref` until a node without one; dangling or cyclic references are errors."""
        seen: set[tuple[Path, str]] = set()
        while isinstance(node, dict) and "$ref" in node:
            target = self.ref_target(node["$ref"], ctx)
            if target is None:
                return {}, ctx
            node, ctx = target
            location = (ctx.doc.path, ctx.pointer)
            if location in seen:
                self.error(ctx, "$ref cycle: this reference leads back to itself", "break the cycle of $refs")
                return {}, ctx
            seen.add(location)
        return node, ctx

    def ref_target(self, ref: Any, ctx: Ctx) -> tuple[Any, Ctx] | None:
        """The node a `$ref` (found at `ctx`) points to, and its place; None (after an error) when there is none."""
        if not isinstance(ref, str):
            self.error(
                ctx.at("$ref"),
                f"$ref must be a string (a URI reference such as '#/components/schemas/Pet'), not {shape.kind(ref)}",
                "write the reference as a string",
            )
            return None
        file_part, _, fragment = ref.partition("#")
        # A `$ref` is a URI: its file part and its fragment are percent-encoded (`~1things~1%7Bid%7D`).
        file_part = urllib.parse.unquote(file_part)
        doc = ctx.doc
        if file_part:
            if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", file_part):
                self.error(
                    ctx.at("$ref"),
                    f"remote $ref {ref!r} is not fetched",
                    "download the file next to the spec and refer to it by a relative path",
                )
                return None
            path = (ctx.doc.path.parent / file_part).resolve()
            if not self.allow_outside_refs and not path.is_relative_to(self.root.path.parent):
                self.error(
                    ctx.at("$ref"),
                    f"$ref {ref!r} leaves the spec's folder ({self.root.path.parent})",
                    "references may only reach files beside the spec or below it; pass --allow-outside-refs "
                    "if that file is trusted",
                )
                return None
            doc = self.loader.load(
                path, (ctx.doc.display_path, join_pointer(ctx.pointer, "$ref"), ctx.doc.line_of(ctx.pointer))
            )
            if doc.path != self.root.path:
                self.reached[doc.path] = None
        pointer = urllib.parse.unquote(fragment)
        if doc.path == self.root.path:
            self.note_path_read(pointer)
        try:
            try:
                node = resolve_pointer(doc.data, pointer)
            except (KeyError, IndexError, ValueError):
                if pointer == fragment:
                    raise
                pointer = fragment  # a key with a literal `%` in it, written without encoding it
                node = resolve_pointer(doc.data, pointer)
        except (KeyError, IndexError, ValueError):
            self.error(
                ctx.at("$ref"),
                f"$ref {ref!r} points to nothing: {doc.display_path} has no #{pointer}",
                "fix the reference or add the missing definition",
            )
            return None
        return node, Ctx(doc, pointer)

    def note_path_read(self, pointer: str) -> None:
        """Note the path item of the spec that a `$ref` to `pointer` reads (ALL_PATHS: all of them)."""
        tokens = pointer.split("/")
        if len(tokens) > 2 and tokens[1] == "paths":
            self.path_reads.add(unescape_pointer_token(tokens[2]))
        elif pointer in ("", "/paths"):
            self.path_reads.add(ALL_PATHS)

    # ----------------------------------------------------------------- models


    # ----------------------------------------------------------------- types

    def type_of(self, schema: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        """The type of a schema. Object schemas become models (named after `hint` when inline)."""
        if self._depth >= MAX_SCHEMA_DEPTH:
            self.warn(
                ctx,
                f"schemas nest more than {MAX_SCHEMA_DEPTH} levels deep here; this one is typed Any",
                "nest less deeply, or give the inner schemas names under components.schemas",
            )
            return ir.ANY
        self._depth += 1
        try:
            type_ = self._type_of(schema, ctx, hint)
        finally:
            self._depth -= 1
        self.type_at[(ctx.doc.path, ctx.pointer)] = type_
        return type_

    def _type_of(self, schema: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        if schema is True or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            if schema is not False:
                shape.wrong(self, ctx, "a schema", "an object or a boolean", schema, "it is typed Any")
            return ir.ANY
        if "$ref" in schema:
            return self.ref_type(schema, ctx, hint)
        nullable = shape.flag(self, schema, ctx, "nullable")
        if (ctx.doc.path, ctx.pointer) in self.model_keys:  # an inline schema already made a model
            model = hoisting.model_for(self, schema, ctx, hint)
            return ir.NullableType(model) if nullable else model
        type_ = self.plain_type_of(schema, ctx, hint)
        if nullable and not isinstance(type_, ir.NullableType) and type_ != ir.ANY:
            return ir.NullableType(type_)
        return type_

    def ref_type(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        target = self.ref_target(schema["$ref"], ctx)
        if target is None:
            return ir.ANY
        node, target_ctx = target
        # 3.1 allows siblings next to $ref; `nullable` there is a common 3.0 habit too.
        nullable = shape.flag(self, schema, ctx, "nullable")
        if isinstance(node, dict) and "$ref" in node:
            location = (target_ctx.doc.path, target_ctx.pointer)
            if location in self._ref_chain:
                self.error(target_ctx, "$ref cycle: this reference leads back to itself", "break the cycle of $refs")
                return ir.ANY
            if len(self._ref_chain) >= MAX_SCHEMA_DEPTH:
                self.error(target_ctx, f"more than {MAX_SCHEMA_DEPTH} $refs in a row, each to the next")
                return ir.ANY
            self._ref_chain.add(location)
            try:
                inner = self.ref_type(node, target_ctx, hint)
            finally:
                self._ref_chain.discard(location)
        else:
            inner = hoisting.named_type(self, node, target_ctx, hint)
        if nullable and not isinstance(inner, ir.NullableType) and inner != ir.ANY:
            return ir.NullableType(inner)
        return inner


    def plain_type_of(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        if schema.keys().isdisjoint(_COMPOSING):  # most schemas: a type and what it allows
            types = schema.get("type")
            if isinstance(types, list):
                return self.type_list(schema, types, ctx, hint)
            return self.single_type(schema, types, ctx, hint)
        for keyword in UNSUPPORTED_KEYWORDS:
            if keyword in schema and not ("properties" in schema or "type" in schema):
                self.warn(
                    ctx.at(keyword),
                    f"'{keyword}' cannot be expressed as a Python type; this value is typed Any",
                    "the client still sends and receives it unchanged",
                )
                return ir.ANY
        if "const" in schema:
            value = schema["const"]
            if value is None:
                return ir.NullableType(ir.ANY)
            if isinstance(value, (str, int, float, bool)):
                return ir.ConstType(value)
        shape.sequence(self, schema, ctx, "enum", "the values are not checked")  # a warning when not a list
        if isinstance(schema.get("enum"), list):
            return self.enum_type(schema, ctx)
        if isinstance(schema.get("allOf"), list):
            return allof.all_of_type(self, schema, ctx, hint)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return unions.union_type(self, schema, keyword, ctx, hint)
        for keyword in ("allOf", "oneOf", "anyOf"):
            shape.sequence(self, schema, ctx, keyword)  # a warning when it is there but not a list
        types = schema.get("type")
        if isinstance(types, list):
            return self.type_list(schema, types, ctx, hint)
        return self.single_type(schema, types, ctx, hint)

    def single_type(self, schema: dict[str, Any], type_name: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        if type_name == "string":
            fmt = schema.get("format")
            return ir.primitive(_STRING_FORMATS.get(fmt, "str") if isinstance(fmt, str) else "str")
        if type_name == "integer":
            return ir.primitive("int")
        if type_name == "number":
            return ir.primitive("decimal" if schema.get("format") == "decimal" else "float")
        if type_name == "boolean":
            return ir.primitive("bool")
        if type_name == "null":
            return ir.NullableType(ir.ANY)
        if type_name == "array" or (type_name is None and ("items" in schema or "prefixItems" in schema)):
            return self.array_type(schema, ctx, hint)
        if type_name == "object" or type_name is None:
            if shape.mapping(self, schema, ctx, "properties"):
                return hoisting.model_for(self, schema, ctx, hint)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return hoisting.expand(self, 
                    schema,
                    ctx,
                    hint,
                    True,
                    lambda: ir.MapType(self.type_of(extra, ctx.at("additionalProperties"), hint + "Value")),
                )
            if type_name == "object" or "additionalProperties" in schema:
                return ir.MapType(ir.ANY)
            return ir.ANY
        shown = repr(type_name) if isinstance(type_name, str) and len(type_name) <= 40 else shape.kind(type_name)
        self.warn(
            ctx.at("type"),
            f"unknown type {shown}; treated as Any",
            "the types are string, number, integer, boolean, array, object and (3.1) null",
        )
        return ir.ANY

    def array_type(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        shape.sequence(self, schema, ctx, "prefixItems")  # a warning when it is there but not a list
        if isinstance(schema.get("prefixItems"), list):
            items = [
                self.type_of(item, ctx.at("prefixItems", i), f"{hint}Item{i}")
                for i, item in enumerate(schema["prefixItems"])
            ]
            return ir.ArrayType(unions.union(items))
        items_schema = schema.get("items")
        if items_schema is None:
            return ir.ArrayType(ir.ANY)
        return ir.ArrayType(self.type_of(items_schema, ctx.at("items"), hint + "Item"))

    def type_list(self, schema: dict[str, Any], types: list[Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        """OpenAPI 3.1 `type: [string, "null"]` and friends."""
        nullable = "null" in types
        concrete = [t for t in types if t != "null"]
        variants = [self.single_type(schema, t, ctx, hint) for t in concrete]
        type_ = unions.union(variants) if variants else ir.ANY
        return ir.NullableType(type_) if nullable and type_ != ir.ANY else type_

    def enum_type(self, schema: dict[str, Any], ctx: Ctx) -> ir.TypeRef:
        raw = schema["enum"]
        values = tuple(v for v in raw if isinstance(v, (str, int, float, bool)))
        nullable = None in raw or shape.flag(self, schema, ctx, "nullable")
        dropped = [v for v in raw if v is not None and not isinstance(v, (str, int, float, bool))]
        if dropped:
            self.warn(ctx.at("enum"), "enum values that are objects or arrays are not listed in the type")
        if not values:
            return ir.NullableType(ir.ANY) if nullable else ir.ANY
        declared = schema.get("type")
        base: ir.PrimitiveKind
        if all(isinstance(v, str) for v in values):
            base = "str"
        elif all(isinstance(v, bool) for v in values):
            base = "bool"
        elif all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            base = "int"
        elif all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            base = "float"
        else:
            base = "any"
        if declared == "string" and base != "str":
            values = tuple(str(v) for v in values)
            base = "str"
        enum = ir.EnumType(tuple(dict.fromkeys(values)), base)
        return ir.NullableType(enum) if nullable else enum


# --------------------------------------------------------------------- the API


def resolve(
    loader: Loader, root: Document, allow_outside_refs: bool = False, previous: ResolveMemo | None = None
) -> tuple[ir.Api, list[Diagnostic], ResolveMemo]:
    """Build the intermediate model. Raises GenerationError when errors make a client impossible.

    With the memo of an earlier run on the same spec, unchanged path items are not resolved again (see `ResolveMemo`).
    """
    r = Resolver(loader, root, allow_outside_refs)
    data = root.data
    globals_digest = digest_of({k: v for k, v in data.items() if k != "paths"} if isinstance(data, dict) else data)
    paths = PathItems(data.get("paths") if isinstance(data, dict) else None)
    if previous is not None and (
        previous.root != root.path or not _still_valid(previous, globals_digest, loader, paths)
    ):
        previous = None
    if previous is None:
        _components(r, data)
        base = Base(
            dict(r.model_keys), dict(r.models), tuple(r.diagnostics), tuple(r.reached), paths.reads(r.path_reads)
        )
    else:
        base = previous.base
        for path in base.documents:  # what the components reached, so that they count as inputs, in order
            loader.load(path)
        r.model_keys.update(base.keys)
        r.taken_keys.update(base.keys.values())
        r.models.update(base.models)
        r.diagnostics.extend(base.diagnostics)
    segments: dict[str, Segment] = {}
    shape.mapping(r, data, Ctx(root, ""), "paths", "no operations are generated")  # a warning when not an object
    security = _document_security(r, data)
    operations = _operations(r, data, paths, security, previous.segments if previous else {}, segments)
    api = _api(r, data, operations, security, resolve_webhooks(r, data))
    documents = {path: _text_digest(doc.text) for path, doc in loader.documents.items() if path != root.path}
    base_id = previous.base_id if previous else _base_id(globals_digest, base, documents)
    memo = ResolveMemo(root.path, os.getcwd(), globals_digest, documents, base, base_id, segments)
    memo.reused = sum(1 for path, seg in segments.items() if previous and previous.segments.get(path) is seg)
    diagnostics = _unique_sorted(_with_lines(r.diagnostics, loader))
    if any(d.severity == "error" for d in diagnostics):
        raise GenerationError(diagnostics)
    return api, diagnostics, memo


def resolve_with_types(
    loader: Loader, root: Document, allow_outside_refs: bool = False
) -> tuple[ir.Api, list[Diagnostic], dict[tuple[Path, str], ir.TypeRef]]:
    """`resolve`, plus the type every schema location resolved to."""
    r = Resolver(loader, root, allow_outside_refs)
    _components(r, root.data)
    paths = PathItems(root.data.get("paths"))
    security = _document_security(r, root.data)
    operations = _operations(r, root.data, paths, security, {}, {})
    api = _api(r, root.data, operations, security, resolve_webhooks(r, root.data))
    diagnostics = _unique_sorted(_with_lines(r.diagnostics, loader))
    if any(d.severity == "error" for d in diagnostics):
        raise GenerationError(diagnostics)
    return api, diagnostics, r.type_at


def _components(r: Resolver, data: dict[str, Any]) -> None:
    rctx = Ctx(r.root, "")
    components = shape.mapping(r, data, rctx, "components")
    schemas = shape.mapping(r, components, rctx.at("components"), "schemas")
    # Reserve component names first, so a hoisted inline schema never takes a component's name.
    for name in sorted(schemas):
        ctx = rctx.at("components", "schemas", name)
        schema = schemas[name]
        plain_object = not unions.has_alternatives(schema) and allof.annotated_member(schema) is None
        if plain_object and hoisting.is_object_schema(r, schema, ctx):
            hoisting.model_key_for(r, ctx, pascal_words(name) or "Model")
    for name in sorted(schemas):
        r.type_of({"$ref": join_pointer("#/components/schemas", name)}, rctx, pascal_words(name))


def _api(
    r: Resolver,
    data: dict[str, Any],
    operations: tuple[ir.Operation, ...],
    security: tuple[tuple[str, ...], ...],
    webhooks: tuple[ir.Webhook, ...] = (),
) -> ir.Api:
    rctx = Ctx(r.root, "")
    info = shape.mapping(r, data, rctx, "info")
    ictx = rctx.at("info")
    components = shape.mapping(r, data, rctx, "components")
    api = ir.Api(
        title=shape.prose(r, info, ictx, "title") or "API",
        version=shape.scalar_text(r, info, ictx, "version", "0.0.0") or "0.0.0",
        description=shape.prose(r, info, ictx, "description"),
        openapi=str(data.get("openapi")),
        servers=_servers(r, shape.sequence(r, data, rctx, "servers"), rctx.at("servers")),
        models=tuple(sorted(r.models.values(), key=lambda m: m.key)),
        operations=operations,
        security_schemes=_security_schemes(
            r, shape.mapping(r, components, rctx.at("components"), "securitySchemes"), rctx
        ),
        tag_descriptions=_tag_descriptions(r, shape.sequence(r, data, rctx, "tags"), rctx.at("tags")),
        security=security,
        webhooks=webhooks,
    )
    return event_streams(text_outside_uploads(api))


def _tag_descriptions(r: Resolver, tags: list[Any], ctx: Ctx) -> tuple[tuple[str, str], ...]:
    found = []
    for _, tag, tag_ctx in shape.objects(r, tags, ctx, "a tag"):
        name = shape.text(r, tag, tag_ctx, "name", consequence="the tag is left out")
        if name:
            found.append((name, shape.prose(r, tag, tag_ctx, "description")))
    return tuple(sorted(found))


def _with_lines(diagnostics: list[Diagnostic], loader: Loader) -> list[Diagnostic]:
    """The diagnostics with their line numbers, found for each file in one walk through its text."""
    by_file: dict[str, list[str]] = {}
    for d in diagnostics:
        if d.line is None:
            by_file.setdefault(d.file, []).append(d.pointer)
    lines: dict[tuple[str, str], int | None] = {}
    for doc in loader.documents.values():
        if doc.display_path in by_file:
            for pointer, line in doc.lines_of(by_file[doc.display_path]).items():
                lines[(doc.display_path, pointer)] = line
    return [
        dataclasses.replace(d, line=lines.get((d.file, d.pointer))) if d.line is None else d for d in diagnostics
    ]


def _unique_sorted(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=_diag_order)


def _diag_order(d: Diagnostic) -> tuple[str, int, str, str]:
    return (d.file, d.line or 0, d.pointer, d.message)


def _security_schemes(r: Resolver, raw: dict[str, Any], rctx: Ctx) -> tuple[ir.SecurityScheme, ...]:
    schemes = []
    for key in sorted(raw):
        node, ctx = r.follow(raw[key], rctx.at("components", "securitySchemes", key))
        if not isinstance(node, dict):
            shape.wrong(r, ctx, "a security scheme", "an object", node, "it is left out")
            continue
        kind = node.get("type")
        if kind not in ("apiKey", "http", "oauth2", "openIdConnect"):
            shown = repr(kind) if isinstance(kind, str) and len(kind) <= 40 else shape.kind(kind)
            r.warn(ctx, f"security scheme type {shown} is not supported; this scheme is left out")
            continue
        token_url = ""
        flows = shape.mapping(r, node, ctx, "flows")
        for flow in ("clientCredentials", "password", "authorizationCode"):
            if isinstance(flows.get(flow), dict):
                token_url = shape.text(r, flows[flow], ctx.at("flows", flow), "tokenUrl")
                if token_url:
                    break
        schemes.append(
            ir.SecurityScheme(
                key=key,
                kind=kind,
                location=shape.text(r, node, ctx, "in"),
                param_name=shape.text(r, node, ctx, "name"),
                scheme=shape.text(r, node, ctx, "scheme").lower(),
                token_url=token_url,
                description=shape.prose(r, node, ctx, "description"),
            )
        )
    return tuple(schemes)






