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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import ir, shape
from .diagnostics import Diagnostic, GenerationError, join_pointer, unescape_pointer_token
from .loader import Document, Loader, resolve_pointer
from .naming import pascal_words
from .shape import Ctx
from .uploads import text_outside_uploads

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ALL_PATHS = "\0all"  # in `Resolver.path_reads`: a `$ref` read the whole `paths` object (or the whole spec)

# Keywords we cannot express as a Python type; the schema becomes Any and the user is told where.
UNSUPPORTED_KEYWORDS = ("not", "if", "then", "else", "patternProperties", "dependentSchemas")
# How deep schemas may nest (through properties, items, compositions and models): the deepest of 1,357 public specs
# nests 38 levels; far deeper nesting would exhaust Python's stack. Deeper schemas are typed Any, with a warning.
MAX_SCHEMA_DEPTH = 100
# How many parts the type of a schema that is not a model may have once written out (the largest of those public specs
# has 68): schemas that are not objects are expanded wherever they are used, which can grow exponentially.
MAX_TYPE_SIZE = 1000

_STRING_FORMATS: dict[str, ir.PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "byte": "byte",
    "binary": "binary",
}  # `type: string, format: decimal` (Stripe's amounts) is a string in JSON, and stays one


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
    _depth: int = 0  # schemas being resolved inside one another (see MAX_SCHEMA_DEPTH)
    # What was found about `$ref` targets in the part being resolved, so that a schema that many others reach is
    # examined once: whether it is an object, the properties its allOf collects, the type of one that is not a model.
    # The first way there decides, where it matters: below the depth limit, and in cycles, which are all errors (an
    # allOf that includes itself, or a cycle that no object breaks). Forgotten at each part, as `reached` is: a
    # part's reads and diagnostics are its own.
    _is_object: dict[tuple[Path, str], bool] = field(default_factory=dict)
    _collected: dict[tuple[Path, str], tuple[dict[str, tuple[Any, Ctx]], set[str], list[tuple[Any, Ctx]]]] = field(
        default_factory=dict
    )
    _expanded: dict[tuple[Path, str], ir.TypeRef] = field(default_factory=dict)
    _sizes: dict[int, tuple[ir.TypeRef, int]] = field(default_factory=dict)  # `type_size` of types met, by id
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
        self._is_object, self._collected, self._expanded = {}, {}, {}

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
            location = (target_ctx.doc.path, target_ctx.pointer)
            known = self._is_object.get(location)
            if known is None:
                known = self._is_object[location] = self.is_object_schema(target, target_ctx, visiting)
            return known
        declared = schema.get("type")
        if (isinstance(declared, str) and declared != "object") or (
            isinstance(declared, list) and "object" not in declared
        ):
            return False  # `type: array` with `properties` beside its `items` is an array: the type says so
        if isinstance(schema.get("properties"), dict) and schema["properties"]:
            return True
        location = (ctx.doc.path, ctx.pointer)
        if "allOf" in schema and isinstance(schema["allOf"], list):
            if location in visiting or len(visiting) >= MAX_SCHEMA_DEPTH:
                return False
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
            type_ = self.type_of(prop, prop_ctx, key + pascal_words(name))
            # What the property says of itself (also in annotation-only allOf members) wins over its target's.
            own = annotations_of(prop, prop_ctx)
            if isinstance(prop, dict) and "$ref" in prop:
                target, target_ctx = self.follow(prop, prop_ctx)
                said = {**annotations_of(target, target_ctx), **own}
            else:
                said = own
            fields.append(
                ir.Field(
                    json_name=name,
                    type=type_,
                    required=name in required,
                    description=self.annotation_text(said, "description"),
                    default=said["default"][0] if "default" in said else None,
                    has_default="default" in said,
                    read_only=self.annotation_flag(said, "readOnly"),
                    write_only=self.annotation_flag(said, "writeOnly"),
                    deprecated=self.annotation_flag(said, "deprecated"),
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
            title=shape.prose(self, schema, ctx, "title"),
            description=shape.prose(self, schema, ctx, "description"),
            deprecated=shape.flag(self, schema, ctx, "deprecated"),
        )

    def annotation_text(self, said: dict[str, tuple[Any, Ctx]], key: str) -> str:
        """A text annotation found by `annotations`, read at the place it was found."""
        if key not in said:
            return ""
        value, where = said[key]
        return shape.prose(self, {key: value}, where, key)

    def annotation_flag(self, said: dict[str, tuple[Any, Ctx]], key: str) -> bool:
        if key not in said:
            return False
        value, where = said[key]
        return shape.flag(self, {key: value}, where, key)

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
        if len(visiting) >= MAX_SCHEMA_DEPTH:
            self.warn(ctx, f"allOf nests more than {MAX_SCHEMA_DEPTH} levels deep here; deeper members are left out")
            return
        known = self._collected.get(location)
        if known is None:
            known = self._collected[location] = self._collect_own(schema, ctx, visiting | {location})
        for name, found in known[0].items():
            properties.pop(name, None)  # the most derived declaration wins, and takes the latest position
            properties[name] = found
        required.update(known[1])
        additional.extend(known[2])

    def _collect_own(
        self, schema: dict[str, Any], ctx: Ctx, visiting: set[tuple[Path, str]]
    ) -> tuple[dict[str, tuple[Any, Ctx]], set[str], list[tuple[Any, Ctx]]]:
        """`collect_object` of one schema, into lists of its own."""
        properties: dict[str, tuple[Any, Ctx]] = {}
        required: set[str] = set()
        additional: list[tuple[Any, Ctx]] = []
        for i, member in enumerate(shape.sequence(self, schema, ctx, "allOf")):
            self.collect_object(member, ctx.at("allOf", i), properties, required, additional, visiting)
        for name, prop in shape.mapping(self, schema, ctx, "properties").items():
            properties.pop(name, None)
            properties[name] = (prop, ctx.at("properties", name))
        names = shape.sequence(self, schema, ctx, "required")
        required.update(shape.strings(self, names, ctx.at("required"), "each item of 'required'", "it is ignored"))
        extra = schema.get("additionalProperties")
        if isinstance(extra, (dict, bool)):
            additional.append((extra, ctx.at("additionalProperties")))
        elif "additionalProperties" in schema:
            shape.wrong(
                self, ctx.at("additionalProperties"), "'additionalProperties'", "a schema or a boolean", extra,
                "it is ignored",
            )
        return properties, required, additional

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
            model = self.model_for(schema, ctx, hint)
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
            inner = self.named_type(node, target_ctx, hint)
        if nullable and not isinstance(inner, ir.NullableType) and inner != ir.ANY:
            return ir.NullableType(inner)
        return inner

    def named_type(self, node: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
        """The type of a `$ref` target: named after the definition it points to."""
        location = (ctx.doc.path, ctx.pointer)
        name = pascal_words(_definition_name(ctx) or "") or hint
        nullable = isinstance(node, dict) and shape.flag(self, node, ctx, "nullable")
        if location in self.model_keys or (
            self.is_object_schema(node, ctx) and not _has_alternatives(node) and annotated_member(node) is None
        ):
            model = self.model_for(node, ctx, name)
            return ir.NullableType(model) if nullable else model
        # A schema that is not a model (array, map, union, scalar) is expanded where it is used. Meeting it again
        # while expanding it is fine when a model lies in between (the expansion stops there); otherwise it is a
        # cycle of plain types, which only an object can break: such an object becomes a model of its own.
        object_like = isinstance(node, dict) and (node.get("type") == "object" or "additionalProperties" in node)
        known = self._expanded.get(location)
        if known is None:
            known = self.expand(node, ctx, name, object_like, lambda: self.type_of(node, ctx, name))
            size = self.type_size(known)
            if size > MAX_TYPE_SIZE:
                self.warn(
                    ctx,
                    f"this schema's type would be written out in {size:,} parts (a schema that is not an object is "
                    f"spelled out wherever it is used, with every schema it refers to); it is typed Any",
                    "make the schemas it is built from objects, so that they become classes",
                )
                known = ir.ANY
            self._expanded[location] = known
        return known

    def type_size(self, t: ir.TypeRef) -> int:
        """How many parts a type has when written out (a model is one: it is written by name)."""
        found = self._sizes.get(id(t))
        if found is not None:
            return found[1]
        if isinstance(t, ir.ArrayType):
            size = 1 + self.type_size(t.item)
        elif isinstance(t, ir.MapType):
            size = 1 + self.type_size(t.value)
        elif isinstance(t, ir.NullableType):
            size = 1 + self.type_size(t.inner)
        elif isinstance(t, ir.UnionType):
            size = 1 + sum(self.type_size(v) for v in t.variants)
        else:
            size = 1
        self._sizes[id(t)] = (t, size)  # the type is kept, so that its id is not reused
        return size

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
            nullable = isinstance(node, dict) and shape.flag(self, node, ctx, "nullable")
            return ir.NullableType(model) if nullable else model
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
        shape.sequence(self, schema, ctx, "enum", "the values are not checked")  # a warning when not a list
        if isinstance(schema.get("enum"), list):
            return self.enum_type(schema, ctx)
        if isinstance(schema.get("allOf"), list):
            return self.all_of_type(schema, ctx, hint)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                return self.union_type(schema, keyword, ctx, hint)
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

    def all_of_type(self, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
        members = schema["allOf"]
        annotated = annotated_member(schema)
        if annotated is not None:
            # `allOf: [$ref, {description: ...}]` is the 3.0 way of describing a reference: it is that type.
            inner = self.type_of(members[annotated], ctx.at("allOf", annotated), hint)
            if inner != ir.ANY and not isinstance(inner, ir.NullableType) and self.annotation_flag(
                annotations_of(schema, ctx), "nullable"
            ):
                return ir.NullableType(inner)
            return inner
        if self.is_object_schema(schema, ctx):
            return self.model_for(schema, ctx, hint)
        types = [self.type_of(m, ctx.at("allOf", i), hint) for i, m in enumerate(members)]
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
        spec = shape.mapping(self, schema, ctx, "discriminator")
        dctx = ctx.at("discriminator")
        if not spec:
            return None
        property_name = shape.text(self, spec, dctx, "propertyName", consequence="the discriminator is ignored")
        if not property_name:
            return None
        model_keys = [v.key for v in variants if isinstance(v, ir.ModelType)]
        if len(model_keys) != len(variants):
            self.warn(dctx, "a discriminator needs every alternative to be an object model")
            return None
        mapping: list[tuple[str, str]] = []
        for tag, ref in shape.mapping(self, spec, dctx, "mapping").items():
            if not isinstance(ref, str):
                shape.wrong(self, dctx.at("mapping", tag), "a discriminator mapping", "a string", ref, "it is ignored")
                continue
            ref_text = ref if "#" in ref or "/" in ref or "." in ref else f"#/components/schemas/{ref}"
            target = self.ref_target(ref_text, ctx.at("discriminator", "mapping", tag))
            if target is None:
                continue
            _, target_ctx = target
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
        return ir.Discriminator(property_name, tuple(sorted(mapping)))


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
    member = members[typed[0]]
    if (
        "type" in schema
        and isinstance(member, dict)
        and "$ref" not in member
        and member.get("type", schema["type"]) != schema["type"]
    ):
        return None
    return typed[0]


def annotations_of(schema: Any, ctx: Ctx) -> dict[str, tuple[Any, Ctx]]:
    """The annotation keywords of a schema, including those of annotation-only allOf members (the schema's own
    win; among the members, later ones win), each with the place of the schema that says it."""
    if not isinstance(schema, dict):
        return {}
    found: dict[str, tuple[Any, Ctx]] = {}
    members = schema.get("allOf")
    if isinstance(members, list):
        for i, member in enumerate(members):
            if _annotation_only(member):
                found.update((k, (v, ctx.at("allOf", i))) for k, v in member.items() if k in ANNOTATION_KEYWORDS)
    found.update((k, (v, ctx)) for k, v in schema.items() if k in ANNOTATION_KEYWORDS)
    return found


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
    # Each operation's operationId as the spec gives it, and the place that already had it ("" when none did): a
    # duplicate is renamed after what earlier path items took, so it is replayed only when that is still so.
    originals: tuple[tuple[str, str], ...] = ()


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
        r._taken_keys.update(base.keys.values())
        r.models.update(base.models)
        r.diagnostics.extend(base.diagnostics)
    segments: dict[str, Segment] = {}
    shape.mapping(r, data, Ctx(root, ""), "paths", "no operations are generated")  # a warning when not an object
    security = _document_security(r, data)
    operations = _operations(r, data, paths, security, previous.segments if previous else {}, segments)
    api = _api(r, data, operations, security)
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
    api = _api(r, root.data, _operations(r, root.data, paths, security, {}, {}), security)
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
    components = shape.mapping(r, data, rctx, "components")
    schemas = shape.mapping(r, components, rctx.at("components"), "schemas")
    # Reserve component names first, so a hoisted inline schema never takes a component's name.
    for name in sorted(schemas):
        ctx = rctx.at("components", "schemas", name)
        schema = schemas[name]
        if r.is_object_schema(schema, ctx) and not _has_alternatives(schema) and annotated_member(schema) is None:
            r.model_key_for(ctx, pascal_words(name) or "Model")
    for name in sorted(schemas):
        r.type_of({"$ref": join_pointer("#/components/schemas", name)}, rctx, pascal_words(name))


def _document_security(r: Resolver, data: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The document's `security`: what every operation needs unless it says otherwise."""
    return _declared_security(r, data.get("security"), Ctx(r.root, "").at("security")) or ()


def _api(
    r: Resolver, data: dict[str, Any], operations: tuple[ir.Operation, ...], security: tuple[tuple[str, ...], ...]
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
    )
    return text_outside_uploads(api)


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


_STATUS = re.compile(r"[1-5](\d\d|XX)", re.IGNORECASE)


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
    return tuple(responses)
