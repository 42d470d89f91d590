"""Resolving `oneOf` and `anyOf` into unions, and their discriminators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import hoisting, ir, shape
from .shape import Ctx

if TYPE_CHECKING:
    from .resolve import Resolver


def union_type(r: Resolver, schema: dict[str, Any], keyword: str, ctx: Ctx, hint: str) -> ir.TypeRef:
    members = schema[keyword]
    if hoisting.is_object_schema(r, {k: v for k, v in schema.items() if k != keyword}, ctx):
        r.warn(
            ctx.at(keyword),
            f"properties beside {keyword} are merged into one model; the {keyword} alternatives are not checked",
        )
        return hoisting.model_for(r, schema, ctx, hint)
    variants: list[ir.TypeRef] = []
    nullable = False
    for i, member in enumerate(members):
        variant = r.type_of(member, ctx.at(keyword, i), f"{hint}{i + 1}" if len(members) > 1 else hint)
        if variant == ir.NullableType(ir.ANY):
            nullable = True
            continue
        if isinstance(variant, ir.NullableType):
            nullable = True
            variant = variant.inner
        if variant not in variants:
            variants.append(variant)
    type_ = union(variants) if variants else ir.ANY
    if isinstance(type_, ir.UnionType):
        type_ = ir.UnionType(type_.variants, discriminator(r, schema, ctx, type_.variants))
    return ir.NullableType(type_) if nullable and type_ != ir.ANY else type_


def discriminator(r: Resolver, schema: dict[str, Any], ctx: Ctx, variants: tuple[ir.TypeRef, ...]
) -> ir.Discriminator | None:
    spec = shape.mapping(r, schema, ctx, "discriminator")
    dctx = ctx.at("discriminator")
    if not spec:
        return None
    property_name = shape.text(r, spec, dctx, "propertyName", consequence="the discriminator is ignored")
    if not property_name:
        return None
    model_keys = [v.key for v in variants if isinstance(v, ir.ModelType)]
    if len(model_keys) != len(variants):
        r.warn(dctx, "a discriminator needs every alternative to be an object model")
        return None
    mapping: list[tuple[str, str]] = []
    for tag, ref in shape.mapping(r, spec, dctx, "mapping").items():
        if not isinstance(ref, str):
            shape.wrong(r, dctx.at("mapping", tag), "a discriminator mapping", "a string", ref, "it is ignored")
            continue
        ref_text = ref if "#" in ref or "/" in ref or "." in ref else f"#/components/schemas/{ref}"
        target = r.ref_target(ref_text, ctx.at("discriminator", "mapping", tag))
        if target is None:
            continue
        _, target_ctx = target
        key = r.model_keys.get((target_ctx.doc.path, target_ctx.pointer))
        if key is None or key not in model_keys:
            # Not built yet, or a schema that is only a `$ref` to another: the key of the model it became
            model = r.type_of({"$ref": ref_text}, ctx.at("discriminator", "mapping", tag), "")
            key = model.key if isinstance(model, ir.ModelType) else None
        if key is not None:
            mapping.append((str(tag), key))
    mapped = {key for _, key in mapping}
    for location, key in sorted(r.model_keys.items(), key=lambda item: item[1]):
        if key in model_keys and key not in mapped:
            name = location[1].rsplit("/", 1)[-1]
            mapping.append((name, key))  # implicit mapping: the schema's own name is the tag
    return ir.Discriminator(property_name, tuple(sorted(mapping)))


def base_discriminator(r: Resolver, schema: dict[str, Any], ctx: Ctx) -> ir.Discriminator | None:
    """The discriminator of an object schema that others extend (`allOf: [{$ref: it}, ...]`): its tag property and
    its explicit mapping (tag, model key), in document order. The models derived from it are found once every
    model is known (`hierarchy.py`), which also adds the implicit tags (their schema names)."""
    if "discriminator" not in schema or "oneOf" in schema or "anyOf" in schema:
        return None
    spec = shape.mapping(r, schema, ctx, "discriminator")
    dctx = ctx.at("discriminator")
    if not spec:
        return None
    property_name = shape.text(r, spec, dctx, "propertyName", consequence="the discriminator is ignored")
    if not property_name:
        return None
    mapping: list[tuple[str, str]] = []
    for tag, ref in shape.mapping(r, spec, dctx, "mapping").items():
        if not isinstance(ref, str):
            shape.wrong(r, dctx.at("mapping", tag), "a discriminator mapping", "a string", ref, "it is ignored")
            continue
        ref_text = ref if "#" in ref or "/" in ref or "." in ref else f"#/components/schemas/{ref}"
        model = r.type_of({"$ref": ref_text}, dctx.at("mapping", tag), "")
        if isinstance(model, ir.ModelType):
            mapping.append((str(tag), model.key))
        elif r.ref_target(ref_text, dctx.at("mapping", tag)) is not None:
            r.warn(dctx.at("mapping", tag), f"the mapping of {tag!r} names a schema that is no object; it is ignored")
    return ir.Discriminator(property_name, tuple(mapping))


def union(variants: list[ir.TypeRef]) -> ir.TypeRef:
    unique = list(dict.fromkeys(variants))
    if ir.ANY in unique:
        return ir.ANY
    if len(unique) == 1:
        return unique[0]
    return ir.UnionType(tuple(unique))


def has_alternatives(node: Any) -> bool:
    return isinstance(node, dict) and ("oneOf" in node or "anyOf" in node) and "properties" not in node
