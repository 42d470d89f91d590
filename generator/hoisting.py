"""Which schemas become models (hoisting inline objects to named models), their keys and name hints, and how big a
type may grow when a schema that is not a model is written out wherever it is used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import allof, ir, shape, unions
from .naming import pascal_words
from .resolve_common import MAX_SCHEMA_DEPTH, MAX_TYPE_SIZE, PromoteToModel
from .shape import Ctx

if TYPE_CHECKING:
    from .resolve import Resolver


def model_key_for(r: Resolver, ctx: Ctx, hint: str) -> str:
    """A unique model key for the schema at `ctx`; the same location always gets the same key."""
    location = (ctx.doc.path, ctx.pointer)
    existing = r.model_keys.get(location)
    if existing is not None:
        return existing
    base = hint or "Model"
    key = base
    if key in r.taken_keys:
        n = 2
        while f"{base}{n}" in r.taken_keys:
            n += 1
        key = f"{base}{n}"
    r.taken_keys.add(key)
    r.model_keys[location] = key
    r.key_log.append((location, key))
    return key


def is_object_schema(r: Resolver, schema: Any, ctx: Ctx, visiting: frozenset[tuple[Path, str]] = frozenset()) -> bool:
    """Whether the schema describes a JSON object with named properties (so it becomes a model class).

    An `allOf` that includes itself adds nothing the second time (`collect_object` reports it)."""
    if not isinstance(schema, dict):
        return False
    if "$ref" in schema:
        target, target_ctx = r.follow(schema, ctx)
        location = (target_ctx.doc.path, target_ctx.pointer)
        known = r.is_object.get(location)
        if known is None:
            known = r.is_object[location] = is_object_schema(r, target, target_ctx, visiting)
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
        return any(is_object_schema(r, m, ctx.at("allOf", i), inner) for i, m in enumerate(members))
    return False


def model_for(r: Resolver, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.ModelType:
    key = model_key_for(r, ctx, hint)
    location = (ctx.doc.path, ctx.pointer)
    if key not in r.models and location not in r.in_progress:
        r.in_progress.add(location)
        r.model_depth += 1
        try:
            model = r.models[key] = build_model(r, key, schema, ctx)
            r.model_log.append(model)
        finally:
            r.model_depth -= 1
            r.in_progress.discard(location)
    return ir.ModelType(key)


def build_model(r: Resolver, key: str, schema: dict[str, Any], ctx: Ctx) -> ir.Model:
    properties: dict[str, tuple[Any, Ctx]] = {}
    required: set[str] = set()
    additional: list[tuple[Any, Ctx]] = []
    allof.collect_object(r, schema, ctx, properties, required, additional, set())
    fields = []
    # JSON object keys have no order, so neither do fields: sorted, the output never depends on key order.
    for name, (prop, prop_ctx) in sorted(properties.items()):
        type_ = r.type_of(prop, prop_ctx, key + pascal_words(name))
        # What the property says of itself (also in annotation-only allOf members) wins over its target's.
        own = allof.annotations_of(prop, prop_ctx)
        if isinstance(prop, dict) and "$ref" in prop:
            target, target_ctx = r.follow(prop, prop_ctx)
            said = {**allof.annotations_of(target, target_ctx), **own}
        else:
            said = own
        fields.append(
            ir.Field(
                json_name=name,
                type=type_,
                required=name in required,
                description=allof.annotation_text(r, said, "description"),
                default=said["default"][0] if "default" in said else None,
                has_default="default" in said,
                read_only=allof.annotation_flag(r, said, "readOnly"),
                write_only=allof.annotation_flag(r, said, "writeOnly"),
                deprecated=allof.annotation_flag(r, said, "deprecated"),
            )
        )
    for name in sorted(required - properties.keys()):
        r.warn(
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
            additional_type = r.type_of(value, value_ctx, key + "Value")
    return ir.Model(
        key=key,
        pointer=ctx.pointer,
        fields=tuple(fields),
        additional=additional_type,
        title=shape.prose(r, schema, ctx, "title"),
        description=shape.prose(r, schema, ctx, "description"),
        deprecated=shape.flag(r, schema, ctx, "deprecated"),
        extends=allof.extended_models(r, schema, ctx),
        tagged=unions.base_discriminator(r, schema, ctx),
        tag=shape.text(r, schema, ctx, "x-ms-discriminator-value", consequence="its schema name is its tag"),
    )


def named_type(r: Resolver, node: Any, ctx: Ctx, hint: str) -> ir.TypeRef:
    """The type of a `$ref` target: named after the definition it points to."""
    location = (ctx.doc.path, ctx.pointer)
    name = pascal_words(_definition_name(ctx) or "") or hint
    nullable = isinstance(node, dict) and shape.flag(r, node, ctx, "nullable")
    if location in r.model_keys or (
        is_object_schema(r, node, ctx) and not unions.has_alternatives(node) and allof.annotated_member(node) is None
    ):
        model = model_for(r, node, ctx, name)
        return ir.NullableType(model) if nullable else model
    # A schema that is not a model (array, map, union, scalar) is expanded where it is used. Meeting it again
    # while expanding it is fine when a model lies in between (the expansion stops there); otherwise it is a
    # cycle of plain types, which only an object can break: such an object becomes a model of its own.
    object_like = isinstance(node, dict) and (node.get("type") == "object" or "additionalProperties" in node)
    known = r.expanded.get(location)
    if known is None:
        known = expand(r, node, ctx, name, object_like, lambda: r.type_of(node, ctx, name))
        size = type_size(r, known)
        if size > MAX_TYPE_SIZE:
            r.warn(
                ctx,
                f"this schema's type would be written out in {size:,} parts (a schema that is not an object is "
                f"spelled out wherever it is used, with every schema it refers to); it is typed Any",
                "make the schemas it is built from objects, so that they become classes",
            )
            known = ir.ANY
        r.expanded[location] = known
    return known


def type_size(r: Resolver, t: ir.TypeRef) -> int:
    """How many parts a type has when written out (a model is one: it is written by name)."""
    found = r.sizes.get(id(t))
    if found is not None:
        return found[1]
    if isinstance(t, ir.ArrayType):
        size = 1 + type_size(r, t.item)
    elif isinstance(t, ir.MapType):
        size = 1 + type_size(r, t.value)
    elif isinstance(t, ir.NullableType):
        size = 1 + type_size(r, t.inner)
    elif isinstance(t, ir.UnionType):
        size = 1 + sum(type_size(r, v) for v in t.variants)
    else:
        size = 1
    r.sizes[id(t)] = (t, size)  # the type is kept, so that its id is not reused
    return size


def expand(r: Resolver, node: Any, ctx: Ctx, hint: str, object_like: bool, convert: Callable[[], ir.TypeRef]
) -> ir.TypeRef:
    """Expand a schema that is not a model, watching for cycles that no model interrupts.

    Meeting a schema again while expanding it is fine when a model lies in between (the expansion stops at that
    model). Otherwise the types would be infinite; the nearest object on the cycle then becomes a model of its
    own (a map that contains itself is a model with typed additional properties), and a cycle of arrays and
    unions alone is an error.
    """
    location = (ctx.doc.path, ctx.pointer)
    entered = r.structural.get(location)
    if entered is not None and entered == r.model_depth:
        cycle = r.expansion[[loc for loc, _ in r.expansion].index(location):]
        for candidate, candidate_is_object in cycle:
            if candidate_is_object:
                raise PromoteToModel(candidate)
        r.error(
            ctx,
            "$ref cycle through a schema that is not an object, so it cannot become a model",
            "give the recursive schema 'type: object' and properties, or break the cycle",
        )
        return ir.ANY
    r.structural[location] = r.model_depth
    r.expansion.append((location, object_like))
    try:
        return convert()
    except PromoteToModel as promote:
        if promote.location != location:
            raise
        model = model_for(r, node, ctx, hint)
        nullable = isinstance(node, dict) and shape.flag(r, node, ctx, "nullable")
        return ir.NullableType(model) if nullable else model
    finally:
        r.expansion.pop()
        if entered is None:
            del r.structural[location]
        else:
            r.structural[location] = entered


def _definition_name(ctx: Ctx) -> str | None:
    """`X` for `#/components/schemas/X` or `#/$defs/X`; the file's stem for a whole-file reference."""
    tokens = ctx.pointer.split("/")
    if len(tokens) >= 3 and tokens[-2] in ("schemas", "$defs", "definitions"):
        return tokens[-1].replace("~1", "/").replace("~0", "~")
    if ctx.pointer == "":
        return ctx.doc.path.stem
    return None
