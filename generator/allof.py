"""Resolving `allOf`: the members of a composition merged into one object schema, and the `allOf` that only
annotates a referenced schema (which is that schema).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import hoisting, ir, shape
from .resolve_common import ANNOTATION_KEYWORDS, MAX_SCHEMA_DEPTH
from .shape import Ctx

if TYPE_CHECKING:
    from .resolve import Resolver


def annotation_text(r: Resolver, said: dict[str, tuple[Any, Ctx]], key: str) -> str:
    """A text annotation found by `annotations`, read at the place it was found."""
    if key not in said:
        return ""
    value, where = said[key]
    return shape.prose(r, {key: value}, where, key)


def annotation_flag(r: Resolver, said: dict[str, tuple[Any, Ctx]], key: str) -> bool:
    if key not in said:
        return False
    value, where = said[key]
    return shape.flag(r, {key: value}, where, key)


def collect_object(r: Resolver, schema: Any,
    ctx: Ctx,
    properties: dict[str, tuple[Any, Ctx]],
    required: set[str],
    additional: list[tuple[Any, Ctx]],
    visiting: set[tuple[Path, str]],
) -> None:
    """Flatten `allOf` into one property list: later members override earlier ones, own properties last."""
    schema, ctx = r.follow(schema, ctx)
    if not isinstance(schema, dict):
        return
    location = (ctx.doc.path, ctx.pointer)
    if location in visiting:
        r.error(ctx, "allOf includes itself", "remove the r-reference from allOf")
        return
    if len(visiting) >= MAX_SCHEMA_DEPTH:
        r.warn(ctx, f"allOf nests more than {MAX_SCHEMA_DEPTH} levels deep here; deeper members are left out")
        return
    known = r.collected.get(location)
    if known is None:
        known = r.collected[location] = _collect_own(r, schema, ctx, visiting | {location})
    for name, found in known[0].items():
        properties.pop(name, None)  # the most derived declaration wins, and takes the latest position
        properties[name] = found
    required.update(known[1])
    additional.extend(known[2])


def _collect_own(r: Resolver, schema: dict[str, Any], ctx: Ctx, visiting: set[tuple[Path, str]]
) -> tuple[dict[str, tuple[Any, Ctx]], set[str], list[tuple[Any, Ctx]]]:
    """`collect_object` of one schema, into lists of its own."""
    properties: dict[str, tuple[Any, Ctx]] = {}
    required: set[str] = set()
    additional: list[tuple[Any, Ctx]] = []
    for i, member in enumerate(shape.sequence(r, schema, ctx, "allOf")):
        collect_object(r, member, ctx.at("allOf", i), properties, required, additional, visiting)
    for name, prop in shape.mapping(r, schema, ctx, "properties").items():
        properties.pop(name, None)
        properties[name] = (prop, ctx.at("properties", name))
    names = shape.sequence(r, schema, ctx, "required")
    required.update(shape.strings(r, names, ctx.at("required"), "each item of 'required'", "it is ignored"))
    extra = schema.get("additionalProperties")
    if isinstance(extra, (dict, bool)):
        additional.append((extra, ctx.at("additionalProperties")))
    elif "additionalProperties" in schema:
        shape.wrong(
            r, ctx.at("additionalProperties"), "'additionalProperties'", "a schema or a boolean", extra,
            "it is ignored",
        )
    return properties, required, additional


def extended_models(r: Resolver, schema: dict[str, Any], ctx: Ctx) -> tuple[str, ...]:
    """The models an object schema's allOf references directly (`allOf: [{$ref: Base}, {properties: ...}]`), in
    order: those it may be a subclass of (`hierarchy.py`)."""
    members = schema.get("allOf")
    if not isinstance(members, list):
        return ()
    keys: list[str] = []
    for i, member in enumerate(members):
        if not isinstance(member, dict) or not isinstance(member.get("$ref"), str):
            continue
        target = r.follow(member, ctx.at("allOf", i))
        if not hoisting.is_object_schema(r, target[0], target[1]):
            continue
        found = r.type_of(member, ctx.at("allOf", i), "")
        if isinstance(found, ir.ModelType) and found.key not in keys:
            keys.append(found.key)
    return tuple(keys)


def all_of_type(r: Resolver, schema: dict[str, Any], ctx: Ctx, hint: str) -> ir.TypeRef:
    members = schema["allOf"]
    annotated = annotated_member(schema)
    if annotated is not None:
        # `allOf: [$ref, {description: ...}]` is the 3.0 way of describing a reference: it is that type.
        inner = r.type_of(members[annotated], ctx.at("allOf", annotated), hint)
        if inner != ir.ANY and not isinstance(inner, ir.NullableType) and annotation_flag(r, 
            annotations_of(schema, ctx), "nullable"
        ):
            return ir.NullableType(inner)
        return inner
    if hoisting.is_object_schema(r, schema, ctx):
        return hoisting.model_for(r, schema, ctx, hint)
    types = [r.type_of(m, ctx.at("allOf", i), hint) for i, m in enumerate(members)]
    concrete = [t for t in types if t != ir.ANY]
    if len(concrete) == 1:
        return concrete[0]
    if not concrete:
        return ir.MapType(ir.ANY) if schema.get("type") == "object" else ir.ANY
    r.warn(ctx.at("allOf"), "allOf of non-object schemas with different types; typed Any")
    return ir.ANY


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
