"""Stage 3, resolve: turn the loaded document into the flat intermediate model (`ir.Api`).

Follows `$ref` chains (also into other files), merges `allOf` into one flat model, turns `oneOf`/`anyOf` into
unions, and hoists inline object schemas into named models. Everything is visited in sorted order (components by
name, operations by path and method), so the result never depends on the key order of the document.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import pickle
import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable
from typing import Any

from . import ir
from .diagnostics import Diagnostic, GenerationError, join_pointer, unescape_pointer_token
from .loader import Document, Loader, resolve_pointer
from .uploads import text_outside_uploads

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ALL_PATHS = "\0all"  # in `Resolver.path_reads`: a `$ref` read the whole `paths` object (or the whole spec)

# Keywords we cannot express as a Python type; the schema becomes Any and the user is told where.
UNSUPPORTED_KEYWORDS = ("not", "if", "then", "else", "patternProperties", "dependentSchemas")

_STRING_FORMATS: dict[str, ir.PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "byte": "byte",
    "binary": "binary",
}  # `type: string, format: decimal` (Stripe's amounts) is a string in JSON, and stays one


@dataclass(frozen=True)
class Ctx:
    """Where a schema lives: the document and the JSON pointer inside it."""

    doc: Document
    pointer: str

    def at(self, *tokens: str | int) -> Ctx:
        return Ctx(self.doc, join_pointer(self.pointer, *tokens))


def pascal_hint(text: str) -> str:
    """A readable model-key fragment from any text ('list-items' -> 'ListItems'); naming.py makes it legal."""
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words)


class _PromoteToModel(Exception):
    """Unwinds to the schema at `location`, which must become a model to break a cycle of plain types."""

    def __init__(self, location: tuple[Path, str]) -> None:
        super().__init__(location)
        self.location = location


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
    _in_progress: set[tuple[Path, str]] = field(default_factory=set)  # models being built
    _taken_keys: set[str] = field(default_factory=set)
    _ref_chain: set[tuple[Path, str]] = field(default_factory=set)  # $ref -> $ref chains being followed
    _structural: dict[tuple[Path, str], int] = field(default_factory=dict)  # non-model schemas being expanded
    _expansion: list[tuple[tuple[Path, str], bool]] = field(default_factory=list)  # same, in order, object-like?
    _model_depth: int = 0
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

    def warn(self, ctx: Ctx, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic("warning", message, ctx.doc.display_path, ctx.pointer, None, hint))

    def error(self, ctx: Ctx, message: str, hint: str = "") -> None:
        self.diagnostics.append(Diagnostic("error", message, ctx.doc.display_path, ctx.pointer, None, hint))

    # ----------------------------------------------------------------- $ref

    def follow(self, node: Any, ctx: Ctx) -> tuple[Any, Ctx]:
        """Follow `$ref` until a node without one; dangling or cyclic references are errors."""
        seen: set[tuple[Path, str]] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
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

    def ref_target(self, ref: str, ctx: Ctx) -> tuple[Any, Ctx] | None:
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

    def model_key_for(self, ctx: Ctx, hint: str) -> str:
        """A unique model key for the schema at `ctx`; the same location always gets the same key."""
        location = (ctx.doc.path, ctx.pointer)
        existing = self.model_keys.get(location)
        if existing is not None:
            return existing
        base = hint or "Model"
        key = base
        if key in self._taken_keys:
            n = 2
            while f"{base}{n}" in self._taken_keys:
                n += 1
            key = f"{base}{n}"
        self._taken_keys.add(key)
        self.model_keys[location] = key
        self.key_log.append((location, key))
        return key

    def is_object_schema(self, schema: Any, ctx: Ctx, visiting: frozenset[tuple[Path, str]] = frozenset()) -> bool:
        """Whether the schema describes a JSON object with named properties (so it becomes a model class).

        An `allOf` that includes itself adds nothing the second time (`collect_object` reports it)."""
        if not isinstance(schema, dict):
            return False
        if "$ref" in schema:
            target, target_ctx = self.follow(schema, ctx)
            return self.is_object_schema(target, target_ctx, visiting)
        declared = schema.get("type")
        if (isinstance(declared, str) and declared != "object") or (
            isinstance(declared, list) and "object" not in declared
        ):
            return False  # `type: array` with `properties` beside its `items` is an array: the type says so
        if isinstance(schema.get("properties"), dict) and schema["properties"]:
            return True
        location = (ctx.doc.path, ctx.pointer)
        if "allOf" in schema and isinstance(schema["allOf"], list) and location not in visiting:
            members, inner = schema["allOf"], visiting | {location}
            return any(self.is_object_schema(m, ctx.at("allOf", i), inner) for i, m in enumerate(members))
        return False

    def model_for(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.ModelType:
        key = self.model_key_for(ctx, hint)
        location = (ctx.doc.path, ctx.pointer)
        if key not in self.models and location not in self._in_progress:
            self._in_progress.add(location)
            self._model_depth += 1
            try:
                model = self.models[key] = self.build_model(key, schema, ctx)
                self.model_log.append(model)
            finally:
                self._model_depth -= 1
                self._in_progress.discard(location)
        return ir.ModelType(key)

    def build_model(self, key: str, schema: dict[str, Any], ctx: Ctx) -> ir.Model:
        properties: dict[str, tuple[Any, Ctx]] = {}
        required: set[str] = set()
        additional: list[tuple[Any, Ctx]] = []
        self.collect_object(schema, ctx, properties, required, additional, set())
        fields = []
        # JSON object keys have no order, so neither do fields: sorted, the output never depends on key order.
        for name, (prop, prop_ctx) in sorted(properties.items()):
            type_ = self.type_of(prop, prop_ctx, key + pascal_hint(name))
            # What the property says of itself (also in annotation-only allOf members) wins over its target's.
            own = annotation_keywords(prop)
            if isinstance(prop, dict) and "$ref" in prop:
                target, _ = self.follow(prop, prop_ctx)
                said = {**annotation_keywords(target), **own}
            else:
                said = own
            fields.append(
                ir.Field(
                    json_name=name,
                    type=type_,
                    required=name in required,
                    description=_text(said.get("description")),
                    default=said.get("default"),
                    has_default="default" in said,
                    read_only=bool(said.get("readOnly")),
                    write_only=bool(said.get("writeOnly")),
                    deprecated=bool(said.get("deprecated")),
                )
            )
        for name in sorted(required - properties.keys()):
            self.warn(
                ctx,
                f"'required' names the property {name!r}, which is not defined; it is typed Any",
                "define the property under 'properties' or remove it from 'required'",
            )
            fields.append(ir.Field(json_name=name, type=ir.ANY, required=True))
        fields.sort(key=lambda f: f.json_name)
        additional_type: ir.TypeRef | None = None
        if additional:
            value, value_ctx = additional[-1]
            if isinstance(value, dict) and value:
                additional_type = self.type_of(value, value_ctx, key + "Value")
        return ir.Model(
            key=key,
            pointer=ctx.pointer,
            fields=tuple(fields),
            additional=additional_type,
            title=_text(schema.get("title")),
            description=_text(schema.get("description")),
            deprecated=bool(schema.get("deprecated")),
        )

    def collect_object(
        self,
        schema: Any,
        ctx: Ctx,
        properties: dict[str, tuple[Any, Ctx]],
        required: set[str],
        additional: list[tuple[Any, Ctx]],
        visiting: set[tuple[Path, str]],
    ) -> None:
        """Flatten `allOf` into one property list: later members override earlier ones, own properties last."""
        schema, ctx = self.follow(schema, ctx)
        if not isinstance(schema, dict):
            return
        location = (ctx.doc.path, ctx.pointer)
        if location in visiting:
            self.error(ctx, "allOf includes itself", "remove the self-reference from allOf")
            return
        visiting = visiting | {location}
        for i, member in enumerate(schema.get("allOf") or []):
            self.collect_object(member, ctx.at("allOf", i), properties, required, additional, visiting)
        for name, prop in (schema.get("properties") or {}).items():
            properties.pop(name, None)  # the most derived declaration wins, and takes the latest position
            properties[str(name)] = (prop, ctx.at("properties", name))
        for name in schema.get("required") or []:
            if isinstance(name, str):
                required.add(name)
        if "additionalProperties" in schema:
            additional.append((schema["additionalProperties"], ctx.at("additionalProperties")))

    # ----------------------------------------------------------------- types

    def type_of(self, schema: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        """The type of a schema. Object schemas become models (named after `hint` when inline)."""
        type_ = self._type_of(schema, ctx, hint)
        self.type_at[(ctx.doc.path, ctx.pointer)] = type_
        return type_

    def _type_of(self, schema: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        if schema is True or schema == {}:
            return ir.ANY
        if not isinstance(schema, dict):
            if schema is False:
                return ir.ANY
            self.warn(ctx, "a schema must be an object; this one is treated as Any")
            return ir.ANY
        if "$ref" in schema:
            return self.ref_type(schema, ctx, hint)
        if (ctx.doc.path, ctx.pointer) in self.model_keys:  # an inline schema already made a model
            model = self.model_for(schema, ctx, hint)
            return ir.NullableType(model) if schema.get("nullable") else model
        nullable = bool(schema.get("nullable"))
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
        nullable = bool(schema.get("nullable"))
        if isinstance(node, dict) and "$ref" in node:
            location = (target_ctx.doc.path, target_ctx.pointer)
            if location in self._ref_chain:
                self.error(target_ctx, "$ref cycle: this reference leads back to itself", "break the cycle of $refs")
                return ir.ANY
            self._ref_chain.add(location)
            try:
                inner = self.ref_type(node, target_ctx, hint)
            finally:
                self._ref_chain.discard(location)
        else:
            inner = self.named_type(node, target_ctx, hint)
        if nullable and not isinstance(inner, ir.NullableType) and inner != ir.ANY:
            return ir.NullableType(inner)
        return inner

    def named_type(self, node: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        """The type of a `$ref` target: named after the definition it points to."""
        location = (ctx.doc.path, ctx.pointer)
        name = pascal_hint(_definition_name(ctx) or "") or hint
        nullable = isinstance(node, dict) and bool(node.get("nullable"))
        if location in self.model_keys or (
            self.is_object_schema(node, ctx) and not _has_alternatives(node) and annotated_member(node) is None
        ):
            model = self.model_for(node, ctx, name)
            return ir.NullableType(model) if nullable else model
        # A schema that is not a model (array, map, union, scalar) is expanded where it is used. Meeting it again
        # while expanding it is fine when a model lies in between (the expansion stops there); otherwise it is a
        # cycle of plain types, which only an object can break: such an object becomes a model of its own.
        object_like = isinstance(node, dict) and (node.get("type") == "object" or "additionalProperties" in node)
        return self.expand(node, ctx, name, object_like, lambda: self.type_of(node, ctx, name))

    def expand(
        self, node: Any, ctx: Ctx, hint: str, object_like: bool, convert: Callable[[], ir.TypeRef]
    ) -> ir.TypeRef:
        """Expand a schema that is not a model, watching for cycles that no model interrupts.

        Meeting a schema again while expanding it is fine when a model lies in between (the expansion stops at that
        model). Otherwise the types would be infinite; the nearest object on the cycle then becomes a model of its
        own (a map that contains itself is a model with typed additional properties), and a cycle of arrays and
        unions alone is an error.
        """
        location = (ctx.doc.path, ctx.pointer)
        entered = self._structural.get(location)
        if entered is not None and entered == self._model_depth:
            cycle = self._expansion[[loc for loc, _ in self._expansion].index(location):]
            for candidate, candidate_is_object in cycle:
                if candidate_is_object:
                    raise _PromoteToModel(candidate)
            self.error(
                ctx,
                "$ref cycle through a schema that is not an object, so it cannot become a model",
                "give the recursive schema 'type: object' and properties, or break the cycle",
            )
            return ir.ANY
        self._structural[location] = self._model_depth
        self._expansion.append((location, object_like))
        try:
            return convert()
        except _PromoteToModel as promote:
            if promote.location != location:
                raise
            model = self.model_for(node, ctx, hint)
            return ir.NullableType(model) if isinstance(node, dict) and node.get("nullable") else model
        finally:
            self._expansion.pop()
            if entered is None:
                del self._structural[location]
            else:
                self._structural[location] = entered

    def plain_type_of(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
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
        if "enum" in schema and isinstance(schema["enum"], list):
            return self.enum_type(schema, ctx)
        if "allOf" in schema:
            return self.all_of_type(schema, ctx, hint)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return self.union_type(schema, keyword, ctx, hint)
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
            if isinstance(schema.get("properties"), dict) and schema["properties"]:
                return self.model_for(schema, ctx, hint)
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return self.expand(
                    schema,
                    ctx,
                    hint,
                    True,
                    lambda: ir.MapType(self.type_of(extra, ctx.at("additionalProperties"), hint + "Value")),
                )
            if type_name == "object" or "additionalProperties" in schema:
                return ir.MapType(ir.ANY)
            return ir.ANY
        self.warn(ctx.at("type"), f"unknown type {type_name!r}; treated as Any")
        return ir.ANY

    def array_type(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        if isinstance(schema.get("prefixItems"), list):
            items = [
                self.type_of(item, ctx.at("prefixItems", i), f"{hint}Item{i}")
                for i, item in enumerate(schema["prefixItems"])
            ]
            return ir.ArrayType(_union(items))
        items_schema = schema.get("items")
        if items_schema is None:
            return ir.ArrayType(ir.ANY)
        return ir.ArrayType(self.type_of(items_schema, ctx.at("items"), hint + "Item"))

    def type_list(self, schema: dict[str, Any], types: list[Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        """OpenAPI 3.1 `type: [string, "null"]` and friends."""
        nullable = "null" in types
        concrete = [t for t in types if t != "null"]
        variants = [self.single_type(schema, t, ctx, hint) for t in concrete]
        type_ = _union(variants) if variants else ir.ANY
        return ir.NullableType(type_) if nullable and type_ != ir.ANY else type_

    def enum_type(self, schema: dict[str, Any], ctx: Ctx) -> ir.TypeRef:
        raw = schema["enum"]
        values = tuple(v for v in raw if isinstance(v, (str, int, float, bool)))
        nullable = None in raw or bool(schema.get("nullable"))
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

    def all_of_type(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        members = schema["allOf"]
        annotated = annotated_member(schema)
        if annotated is not None:
            # `allOf: [$ref, {description: ...}]` is the 3.0 way of describing a reference: it is that type.
            inner = self.type_of(members[annotated], ctx.at("allOf", annotated), hint)
            if inner != ir.ANY and not isinstance(inner, ir.NullableType) and annotation_keywords(schema).get("nullable"):
                return ir.NullableType(inner)
            return inner
        if self.is_object_schema(schema, ctx):
            return self.model_for(schema, ctx, hint)
        types = [self.type_of(m, ctx.at("allOf", i), hint) for i, m in enumerate(members or [])]
        concrete = [t for t in types if t != ir.ANY]
        if len(concrete) == 1:
            return concrete[0]
        if not concrete:
            return ir.MapType(ir.ANY) if schema.get("type") == "object" else ir.ANY
        self.warn(ctx.at("allOf"), "allOf of non-object schemas with different types; typed Any")
        return ir.ANY

    def union_type(self, schema: dict[str, Any], keyword: str, ctx: Ctx, hint: str) -> ir.TypeRef:
        members = schema[keyword]
        if self.is_object_schema({k: v for k, v in schema.items() if k != keyword}, ctx):
            self.warn(
                ctx.at(keyword),
                f"properties beside {keyword} are merged into one model; the {keyword} alternatives are not checked",
            )
            return self.model_for(schema, ctx, hint)
        variants: list[ir.TypeRef] = []
        nullable = False
        for i, member in enumerate(members):
            variant = self.type_of(member, ctx.at(keyword, i), f"{hint}{i + 1}" if len(members) > 1 else hint)
            if variant == ir.NullableType(ir.ANY):
                nullable = True
                continue
            if isinstance(variant, ir.NullableType):
                nullable = True
                variant = variant.inner
            if variant not in variants:
                variants.append(variant)
        type_ = _union(variants) if variants else ir.ANY
        if isinstance(type_, ir.UnionType):
            type_ = ir.UnionType(type_.variants, self.discriminator(schema, ctx, type_.variants))
        return ir.NullableType(type_) if nullable and type_ != ir.ANY else type_

    def discriminator(
        self, schema: dict[str, Any], ctx: Ctx, variants: tuple[ir.TypeRef, ...]
    ) -> ir.Discriminator | None:
        spec = schema.get("discriminator")
        if not isinstance(spec, dict) or not isinstance(spec.get("propertyName"), str):
            return None
        model_keys = [v.key for v in variants if isinstance(v, ir.ModelType)]
        if len(model_keys) != len(variants):
            self.warn(ctx.at("discriminator"), "a discriminator needs every alternative to be an object model")
            return None
        mapping: list[tuple[str, str]] = []
        for tag, ref in (spec.get("mapping") or {}).items():
            ref_text = ref if "#" in ref or "/" in ref or "." in ref else f"#/components/schemas/{ref}"
            target = self.ref_target(ref_text, ctx.at("discriminator", "mapping", tag))
            if target is None:
                continue
            node, target_ctx = target
            key = self.model_keys.get((target_ctx.doc.path, target_ctx.pointer))
            if key is None or key not in model_keys:
                # Not built yet, or a schema that is only a `$ref` to another: the key of the model it became
                model = self.type_of({"$ref": ref_text}, ctx.at("discriminator", "mapping", tag), "")
                key = model.key if isinstance(model, ir.ModelType) else None
            if key is not None:
                mapping.append((str(tag), key))
        mapped = {key for _, key in mapping}
        for location, key in sorted(self.model_keys.items(), key=lambda item: item[1]):
            if key in model_keys and key not in mapped:
                name = location[1].rsplit("/", 1)[-1]
                mapping.append((name, key))  # implicit mapping: the schema's own name is the tag
        return ir.Discriminator(spec["propertyName"], tuple(sorted(mapping)))


def _union(variants: list[ir.TypeRef]) -> ir.TypeRef:
    unique = list(dict.fromkeys(variants))
    if ir.ANY in unique:
        return ir.ANY
    if len(unique) == 1:
        return unique[0]
    return ir.UnionType(tuple(unique))


# Keywords that describe a schema without constraining its values.
ANNOTATION_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "default", "nullable", "readOnly", "writeOnly", "deprecated",
     "externalDocs", "$comment"}
)


def _annotation_only(node: Any) -> bool:
    return isinstance(node, dict) and all(k in ANNOTATION_KEYWORDS or str(k).startswith("x-") for k in node)


def annotated_member(schema: Any) -> int | None:
    """The index of the one allOf member that says what the schema is, when everything else only annotates it.

    `{allOf: [{$ref: Owner}, {description: ..., readOnly: true}]}` is Owner; so is `{allOf: [{$ref: Owner}],
    description: ...}`. A schema with constraints of its own (properties, required, ...) is not."""
    if not isinstance(schema, dict) or not isinstance(schema.get("allOf"), list):
        return None
    if not all(k in ("allOf", "type") or _annotation_only({k: None}) for k in schema):
        return None
    members = schema["allOf"]
    typed = [i for i, m in enumerate(members) if not _annotation_only(m)]
    if len(typed) != 1:
        return None
    if "type" in schema and isinstance(members[typed[0]], dict) and "$ref" not in members[typed[0]]:
        if members[typed[0]].get("type", schema["type"]) != schema["type"]:
            return None
    return typed[0]


def annotation_keywords(schema: Any) -> dict[str, Any]:
    """The annotation keywords of a schema, including those of annotation-only allOf members (the schema's own
    win; among the members, later ones win)."""
    if not isinstance(schema, dict):
        return {}
    found: dict[str, Any] = {}
    members = schema.get("allOf")
    if isinstance(members, list):
        for member in members:
            if _annotation_only(member):
                found.update((k, v) for k, v in member.items() if k in ANNOTATION_KEYWORDS)
    found.update((k, v) for k, v in schema.items() if k in ANNOTATION_KEYWORDS)
    return found


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _definition_name(ctx: Ctx) -> str | None:
    """`X` for `#/components/schemas/X` or `#/$defs/X`; the file's stem for a whole-file reference."""
    tokens = ctx.pointer.split("/")
    if len(tokens) >= 3 and tokens[-2] in ("schemas", "$defs", "definitions"):
        return tokens[-1].replace("~1", "/").replace("~0", "~")
    if ctx.pointer == "":
        return ctx.doc.path.stem
    return None


def _has_alternatives(node: Any) -> bool:
    return isinstance(node, dict) and ("oneOf" in node or "anyOf" in node) and "properties" not in node


# --------------------------------------------------------------------- the API


@dataclass
class Segment:
    """What resolving one path item added to the resolver: replayed by the next run if nothing it read changed."""

    path: str
    digest: bytes  # of the path item as parsed
    operations: tuple[ir.Operation, ...]
    keys: tuple[tuple[tuple[Path, str], str], ...]  # model keys assigned, in order
    models: tuple[ir.Model, ...]  # models built
    diagnostics: tuple[Diagnostic, ...]
    documents: tuple[Path, ...] = ()  # other files its `$ref`s reached, in the order first reached
    reads: tuple[tuple[str, bytes], ...] = ()  # path items its `$ref`s led into, with the digest each had
    # An operationId was taken by an earlier path item, so the name it got depends on that one: never replayed.
    renamed: bool = False


@dataclass
class Base:
    """The resolver's state once the components are resolved."""

    keys: dict[tuple[Path, str], str]
    models: dict[str, ir.Model]
    diagnostics: tuple[Diagnostic, ...]
    documents: tuple[Path, ...] = ()  # as in `Segment`
    reads: tuple[tuple[str, bytes], ...] = ()


@dataclass
class ResolveMemo:
    """A run's resolution, kept to resolve the next version of the same spec in proportion to what changed.

    Components and everything else outside `paths` are resolved as a whole; each path item is a `Segment`. A path
    item is resolved again when its text changed, or when an earlier one assigned different model keys than last
    time (a key taken earlier decides the name a later inline schema gets), or when a path item its `$ref`s led
    into changed. Anything else outside `paths`, any file a `$ref` reached, a path item that a `$ref` of the
    components led into, or the working folder (diagnostics name files relative to it) changing means resolving
    everything.
    """

    root: Path  # the spec (locations in the memo name it)
    cwd: str  # the working folder
    globals_digest: bytes
    documents: dict[Path, bytes]  # every file loaded besides the spec -> digest of its bytes
    base: Base
    base_id: bytes  # a digest of everything the base was resolved from (names the file it is stored in)
    segments: dict[str, Segment]
    reused: int = 0  # path items taken from the previous memo (for reports and tests)


def digest_of(value: Any) -> bytes:
    """A digest of parsed spec content or of intermediate-model objects: marshal where it can (plain data, fastest),
    else pickle; both are exact and run in C."""
    try:
        data = b"m" + marshal.dumps(value, 2)  # version 2 has no back-references, so equal data dumps equally
    except ValueError:  # dataclasses, or YAML's dates
        data = b"p" + pickle.dumps(value, protocol=5)
    return hashlib.blake2b(data, digest_size=16).digest()


def resolve(
    loader: Loader, root: Document, allow_outside_refs: bool = False, previous: ResolveMemo | None = None
) -> tuple[ir.Api, list[Diagnostic], ResolveMemo]:
    """Build the intermediate model. Raises GenerationError when errors make a client impossible.

    With the memo of an earlier run on the same spec, unchanged path items are not resolved again (see `ResolveMemo`).
    """
    r = Resolver(loader, root, allow_outside_refs)
    data = root.data
    globals_digest = digest_of({k: v for k, v in data.items() if k != "paths"} if isinstance(data, dict) else data)
    paths = PathItems(data.get("paths") or {} if isinstance(data, dict) else {})
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
        r._taken_keys.update(base.keys.values())
        r.models.update(base.models)
        r.diagnostics.extend(base.diagnostics)
    segments: dict[str, Segment] = {}
    operations = _operations(r, data, paths, previous.segments if previous else {}, segments)
    api = _api(r, data, operations)
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
    paths = PathItems(root.data.get("paths") or {})
    api = _api(r, root.data, _operations(r, root.data, paths, {}, {}))
    diagnostics = _unique_sorted(_with_lines(r.diagnostics, loader))
    if any(d.severity == "error" for d in diagnostics):
        raise GenerationError(diagnostics)
    return api, diagnostics, r.type_at


def _base_id(globals_digest: bytes, base: Base, documents: dict[Path, bytes]) -> bytes:
    """What the components were resolved from: equal ids, equal bases (so a stored base is found by its id)."""
    files = tuple((str(path), documents.get(path, b"")) for path in base.documents)
    return digest_of((globals_digest, os.getcwd(), base.reads, files))


def _still_valid(memo: ResolveMemo, globals_digest: bytes, loader: Loader, paths: PathItems) -> bool:
    """Whether nothing the components were resolved from changed: the spec outside `paths`, the path items their
    `$ref`s led into, every other file loaded last time; nor the working folder."""
    if memo.globals_digest != globals_digest or memo.cwd != os.getcwd() or not paths.unchanged(memo.base.reads):
        return False
    for path, digest in memo.documents.items():
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return False
        if _text_digest(text) != digest:
            return False
        loader.preload(path, text)  # what was checked is what a replay will load, even if the file changes now
    return True


def _text_digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


def _components(r: Resolver, data: dict[str, Any]) -> None:
    rctx = Ctx(r.root, "")
    schemas = (data.get("components") or {}).get("schemas") or {}
    # Reserve component names first, so a hoisted inline schema never takes a component's name.
    for name in sorted(schemas):
        ctx = rctx.at("components", "schemas", name)
        schema = schemas[name]
        if r.is_object_schema(schema, ctx) and not _has_alternatives(schema) and annotated_member(schema) is None:
            r.model_key_for(ctx, pascal_hint(name) or "Model")
    for name in sorted(schemas):
        r.type_of({"$ref": join_pointer("#/components/schemas", name)}, rctx, pascal_hint(name))


def _api(r: Resolver, data: dict[str, Any], operations: tuple[ir.Operation, ...]) -> ir.Api:
    info = data.get("info") or {}
    api = ir.Api(
        title=_text(info.get("title")) or "API",
        version=str(info.get("version") or "0.0.0"),
        description=_text(info.get("description")),
        openapi=str(data.get("openapi")),
        servers=_servers(data.get("servers") or []),
        models=tuple(sorted(r.models.values(), key=lambda m: m.key)),
        operations=operations,
        security_schemes=_security_schemes(
            r, (data.get("components") or {}).get("securitySchemes") or {}, Ctx(r.root, "")
        ),
        tag_descriptions=tuple(
            sorted(
                (str(t["name"]), _text(t.get("description")))
                for t in data.get("tags") or []
                if isinstance(t, dict) and "name" in t
            )
        ),
    )
    return text_outside_uploads(api)


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


def _servers(raw: list[Any]) -> tuple[ir.Server, ...]:
    servers = []
    for server in raw:
        if not isinstance(server, dict) or not isinstance(server.get("url"), str):
            continue
        variables = tuple(
            ir.ServerVariable(
                name=str(name),
                default=str(var.get("default", "")),
                enum=tuple(str(v) for v in var.get("enum") or ()),
                description=_text(var.get("description")),
            )
            for name, var in sorted((server.get("variables") or {}).items())
            if isinstance(var, dict)
        )
        servers.append(ir.Server(server["url"], _text(server.get("description")), variables))
    return tuple(servers)


def _security_schemes(r: Resolver, raw: dict[str, Any], rctx: Ctx) -> tuple[ir.SecurityScheme, ...]:
    schemes = []
    for key in sorted(raw):
        node, ctx = r.follow(raw[key], rctx.at("components", "securitySchemes", key))
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if kind not in ("apiKey", "http", "oauth2", "openIdConnect"):
            r.warn(ctx, f"security scheme type {kind!r} is not supported; this scheme is left out")
            continue
        token_url = ""
        flows = node.get("flows") or {}
        for flow in ("clientCredentials", "password", "authorizationCode"):
            if isinstance(flows.get(flow), dict) and flows[flow].get("tokenUrl"):
                token_url = str(flows[flow]["tokenUrl"])
                break
        schemes.append(
            ir.SecurityScheme(
                key=key,
                kind=kind,
                location=str(node.get("in", "")),
                param_name=str(node.get("name", "")),
                scheme=str(node.get("scheme", "")).lower(),
                token_url=token_url,
                description=_text(node.get("description")),
            )
        )
    return tuple(schemes)


def _security(raw: Any) -> tuple[tuple[str, ...], ...]:
    if not isinstance(raw, list):
        return ()
    alternatives: list[tuple[str, ...]] = []
    for requirement in raw:
        if isinstance(requirement, dict):
            alternatives.append(tuple(sorted(str(k) for k in requirement)))
    return tuple(alternatives)


def _declared_security(r: Resolver, raw: Any, ctx: Ctx) -> tuple[tuple[str, ...], ...] | None:
    """The security requirements of `raw` without the schemes the document does not declare (each named in a
    warning); None when requirements were given and none is left, so that the caller falls back to a default."""
    alternatives = _security(raw)
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


class PathItems:
    """The spec's `paths`, with the digest of each path item computed once."""

    def __init__(self, items: Any) -> None:
        self.items: dict[Any, Any] = items if isinstance(items, dict) else {}
        self._digests: dict[str, bytes] = {}

    def digest(self, path: str) -> bytes:
        found = self._digests.get(path)
        if found is None:
            value = self.items if path == ALL_PATHS else self.items.get(path, _ABSENT)
            found = self._digests[path] = digest_of(value)
        return found

    def reads(self, paths: set[str]) -> tuple[tuple[str, bytes], ...]:
        return tuple((path, self.digest(path)) for path in sorted(paths))

    def unchanged(self, reads: tuple[tuple[str, bytes], ...]) -> bool:
        return all(self.digest(path) == digest for path, digest in reads)


_ABSENT = "\0absent"  # the digest of a path item that is not there


def _operations(
    r: Resolver, data: dict[str, Any], paths: PathItems, previous: dict[str, Segment], segments: dict[str, Segment]
) -> tuple[ir.Operation, ...]:
    """Every operation, by path and method; each path item is replayed from `previous` while that is exact."""
    rctx = Ctx(r.root, "")
    global_security = _declared_security(r, data.get("security"), rctx.at("security")) or ()
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
            and not old.renamed
            and not any(op.operation_id in seen_ids for op in old.operations)
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


def _replay(r: Resolver, segment: Segment) -> None:
    for path in segment.documents:  # loaded in the order a resolution would load them: they are the inputs
        r.loader.load(path)
    for location, key in segment.keys:
        r.model_keys[location] = key
        r._taken_keys.add(key)
    r.key_log.extend(segment.keys)
    for model in segment.models:
        r.models[model.key] = model
    r.model_log.extend(segment.models)
    r.diagnostics.extend(segment.diagnostics)


def _resolve_path(
    r: Resolver,
    path: str,
    paths: PathItems,
    rctx: Ctx,
    seen_ids: dict[str, str],
    global_security: tuple[tuple[str, ...], ...],
) -> Segment:
    marks = (len(r.key_log), len(r.model_log), len(r.diagnostics))
    r.reached, r.path_reads = {}, set()
    operations: list[ir.Operation] = []
    renamed = False
    item, item_ctx = r.follow(paths.items[path], rctx.at("paths", path))
    if isinstance(item, dict):
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            ctx = item_ctx.at(method)
            op_id = op.get("operationId")
            if not isinstance(op_id, str) or not op_id.strip():
                op_id = method + pascal_hint(re.sub(r"\{([^}]*)\}", r"By \1", path))
            if op_id in seen_ids:
                n = 2
                while f"{op_id}_{n}" in seen_ids:
                    n += 1
                unique = f"{op_id}_{n}"
                r.warn(
                    ctx.at("operationId"),
                    f"operationId {op_id!r} is also used by {seen_ids[op_id]}; this operation is generated as "
                    f"{unique!r}",
                    "operationIds must be unique: rename one of them (--strict refuses duplicates)",
                )
                op_id = unique
                renamed = True
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
        renamed,
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
    hint = pascal_hint(op_id)
    params: dict[tuple[str, str], ir.Parameter] = {}
    for source, source_ctx in ((item.get("parameters"), item_ctx), (op.get("parameters"), ctx)):
        for i, raw in enumerate(source or []):
            param = _parameter(r, raw, source_ctx.at("parameters", i), hint)
            if param is not None:
                params[(param.name, param.location)] = param  # operation level overrides path level
    for name in re.findall(r"\{([^}]+)\}", path):
        if (name, "path") not in params:
            r.warn(ctx, f"path template variable {{{name}}} has no parameter; it is added as a string")
            params[(name, "path")] = ir.Parameter(name, "path", ir.primitive("str"), True)
    tags = op.get("tags") or []
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
    servers = op.get("servers") if isinstance(op.get("servers"), list) else item.get("servers")
    own = _servers(servers if isinstance(servers, list) else [])
    document = {server.url for server in _servers(r.root.data.get("servers") or [])} if isinstance(
        r.root.data, dict
    ) else set()
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
        tag=str(tags[0]) if tags else path_group(path),
        pointer=ctx.pointer,
        summary=_text(op.get("summary")),
        description=_text(op.get("description")),
        deprecated=bool(op.get("deprecated")),
        parameters=tuple(params.values()),
        bodies=bodies,
        responses=_responses(r, op.get("responses") or {}, ctx.at("responses"), hint),
        security=security,
        servers=own,
    )


def _parameter(r: Resolver, raw: Any, ctx: Ctx, hint: str) -> ir.Parameter | None:
    node, ctx = r.follow(raw, ctx)
    if not isinstance(node, dict) or "name" not in node or node.get("in") not in ("path", "query", "header", "cookie"):
        if isinstance(node, dict) and node:
            r.warn(ctx, "parameter without a valid 'name' and 'in'; it is left out")
        return None
    location = node["in"]
    schema = node.get("schema")
    schema_ctx = ctx.at("schema")
    if schema is None and isinstance(node.get("content"), dict) and node["content"]:
        media = sorted(node["content"])[0]
        schema = (node["content"][media] or {}).get("schema")
        schema_ctx = ctx.at("content", media, "schema")
    type_ = r.type_of(schema, schema_ctx, hint + pascal_hint(node["name"])) if schema is not None else ir.ANY
    style = node.get("style") or ("form" if location in ("query", "cookie") else "simple")
    explode = node.get("explode", style == "form")
    return ir.Parameter(
        name=str(node["name"]),
        location=location,
        type=type_,
        required=bool(node.get("required")) or location == "path",
        description=_text(node.get("description")),
        deprecated=bool(node.get("deprecated")),
        style=str(style),
        explode=bool(explode),
    )


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


_VERSION_SEGMENT = re.compile(r"(v\d+(\.\d+)*|api|rest|\d[\d.-]*)", re.IGNORECASE)


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
        return ()
    bodies = []
    content = node.get("content") or {}
    for media in sorted(content, key=lambda m: (_media_rank(m, content[m]), m)):
        media_obj = content[media] or {}
        schema = media_obj.get("schema")
        kind = _content_kind(media, schema, r, ctx.at("content", media, "schema"))
        if schema is None:
            type_: ir.TypeRef = ir.primitive("binary") if kind == "binary" else ir.ANY
        else:
            type_ = r.type_of(schema, ctx.at("content", media, "schema"), hint + "Body")
        if kind == "binary":
            type_ = ir.primitive("binary")
        encoding = _encoding(media_obj.get("encoding")) if kind in ("form", "multipart") else ()
        sent_as = "application/json" if kind == "json" and ir.is_media_range(media) else media
        bodies.append(
            ir.Body(sent_as, kind, type_, bool(node.get("required")), _text(node.get("description")), encoding)
        )
    return tuple(bodies)


def _encoding(raw: Any) -> tuple[ir.PartEncoding, ...]:
    """The `encoding` map of a form or multipart body, sorted by property name."""
    if not isinstance(raw, dict):
        return ()
    parts = []
    for name in sorted(raw, key=str):
        entry = raw[name] if isinstance(raw[name], dict) else {}
        content_type = entry.get("contentType")
        # Several types ("image/png, image/jpeg") or a range ("image/*"): the first concrete one, else none.
        first = str(content_type).split(",")[0].strip() if content_type else ""
        style = str(entry.get("style") or "form")
        explode = bool(entry.get("explode", style == "form"))
        if (style, explode) == ("form", True):
            style = ""  # the default
        if first.endswith("/*") or first == "*":
            first = ""
        if first or style:
            parts.append(ir.PartEncoding(str(name), first, style, explode))
    return tuple(parts)


def _media_rank(media: str, media_obj: Any) -> int:
    order = {"json": 0, "multipart": 1, "form": 2, "text": 3, "binary": 4}
    schema = media_obj.get("schema") if isinstance(media_obj, dict) else None
    return order[_content_kind(media, schema)] * 2 + ir.is_media_range(media)  # a concrete type before a range


def _responses(r: Resolver, raw: dict[str, Any], ctx: Ctx, hint: str) -> tuple[ir.Response, ...]:
    responses = []
    for status in sorted(raw, key=lambda s: (str(s) == "default", str(s))):
        node, rctx = r.follow(raw[status], ctx.at(str(status)))
        if not isinstance(node, dict):
            continue
        status_text = str(status).upper() if str(status) != "default" else "default"
        content = node.get("content") or {}
        description = _text(node.get("description"))
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
        media = sorted(content, key=lambda m: (_media_rank(m, content[m]), m))[0]
        schema = (content[media] or {}).get("schema")
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
    return tuple(responses)
