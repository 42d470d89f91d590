"""Types of the intermediate model as Python: annotations, and the expressions that read and write them.

This is the only place that knows how a type looks in the generated code. Each expression is an `Expr` that
carries what it uses (see `code.py`), so every generated module imports exactly what its parts need.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import code, ir
from .code import Expr
from .naming import Names
from .pysource import literal, string

_ANNOTATIONS: dict[str, Expr] = {
    "str": Expr("str"),
    "int": Expr("int"),
    "float": Expr("float"),
    "bool": Expr("bool"),
    "any": Expr("Any", code.typing("Any")),
    "datetime": Expr("datetime.datetime", code.stdlib("datetime")),
    "date": Expr("datetime.date", code.stdlib("datetime")),
    "time": Expr("datetime.time", code.stdlib("datetime")),
    "uuid": Expr("uuid.UUID", code.stdlib("uuid")),
    "byte": Expr("bytes"),
    "binary": Expr("serde.FileInput", code.SERDE),
    "decimal": Expr("float"),
}

_CONVERTERS: dict[str, str] = {
    "str": "serde.str_",
    "int": "serde.int_",
    "float": "serde.float_",
    "bool": "serde.bool_",
    "any": "serde.any_",
    "datetime": "serde.datetime_",
    "date": "serde.date_",
    "time": "serde.time_",
    "uuid": "serde.uuid_",
    "byte": "serde.bytes_",
    "binary": "serde.any_",
    "decimal": "serde.float_",
}

# JSON types that need no conversion: the Python type json.loads gives them.
_JSON_TYPES: dict[str, str] = {"str": "str", "int": "int", "float": "float", "bool": "bool", "decimal": "float"}

# Arrays whose items need no conversion, read by one function each: a type check per item, no call.
_PLAIN_LISTS: dict[str, str] = {
    "str": "serde.str_list",
    "int": "serde.int_list",
    "float": "serde.float_list",
    "decimal": "serde.float_list",
    "bool": "serde.bool_list",
}


def model_specificity(api: ir.Api) -> dict[str, int]:
    """How many required properties each model has: unions try the most demanding model first."""
    return {m.key: sum(1 for f in m.fields if f.required) for m in api.models}


def _enum_kind(t: ir.EnumType | ir.ConstType) -> str:
    """How the values of an enum are read: all strings, all integers, all booleans, or mixed."""
    values = t.values if isinstance(t, ir.EnumType) else (t.value,)
    if all(isinstance(v, str) for v in values):
        return "str"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "int"
    if all(isinstance(v, bool) for v in values):
        return "bool"
    return ""


def needs_dump(t: ir.TypeRef) -> bool:
    """Whether a value of `t` must be converted to become JSON data (a model, a date, bytes...)."""
    if isinstance(t, ir.Primitive):
        return t.kind in ("datetime", "date", "time", "uuid", "byte")
    if isinstance(t, (ir.EnumType, ir.ConstType)):
        return False
    if isinstance(t, ir.ArrayType):
        return needs_dump(t.item)
    if isinstance(t, ir.MapType):
        return needs_dump(t.value)
    if isinstance(t, ir.NullableType):
        return needs_dump(t.inner)
    return True  # models and unions


@dataclass
class PyTypes:
    names: Names
    specificity: Mapping[str, int] = field(default_factory=dict)

    def annotation(self, t: ir.TypeRef) -> Expr:
        if isinstance(t, ir.Primitive):
            return _ANNOTATIONS[t.kind]
        if isinstance(t, ir.EnumType):
            if t.base == "float" or any(isinstance(v, float) for v in t.values):
                return Expr("float") if t.base == "float" else self.annotation(ir.ANY)
            return Expr("Literal[" + ", ".join(literal(v) for v in t.values) + "]", code.typing("Literal"))
        if isinstance(t, ir.ConstType):
            if isinstance(t.value, float):
                return Expr("float")
            return Expr(f"Literal[{literal(t.value)}]", code.typing("Literal"))
        if isinstance(t, ir.ArrayType):
            return code.joined("", [self.annotation(t.item)], "list[", "]")
        if isinstance(t, ir.MapType):
            return code.joined("", [self.annotation(t.value)], "dict[str, ", "]")
        if isinstance(t, ir.ModelType):
            return self.model_name(t.key)
        if isinstance(t, ir.UnionType):
            return code.joined(" | ", [self.annotation(v) for v in t.variants])
        if isinstance(t, ir.NullableType):
            if _any_value(t.inner):  # `Any` already admits None
                return self.annotation(t.inner)
            return code.joined("", [self.annotation(t.inner)], after=" | None")
        raise TypeError(t)

    def alternatives(self, t: ir.TypeRef) -> list[Expr]:
        """The alternatives of the annotation of `t` at its outermost level: `A | B | None` -> A, B, None."""
        if isinstance(t, ir.UnionType):
            return [a for v in t.variants for a in self.alternatives(v)]
        if isinstance(t, ir.NullableType) and not _any_value(t.inner):
            return [*self.alternatives(t.inner), Expr("None")]
        return [self.annotation(t)]

    def model_name(self, key: str) -> Expr:
        name = self.names.model_class[key]
        return Expr(name, code.model(self.names.model_module[key], name))

    # -------------------------------------------------------------- reading JSON

    def converter(self, t: ir.TypeRef) -> Expr:
        """An expression for a callable (value, where, name) -> the type."""
        if isinstance(t, ir.Primitive):
            return Expr(_CONVERTERS[t.kind], code.SERDE)
        if isinstance(t, (ir.EnumType, ir.ConstType)):
            return Expr(f"serde.{_enum_kind(t)}_enum" if _enum_kind(t) else "serde.enum_", code.SERDE)
        if isinstance(t, ir.ModelType):
            return code.joined("", [self.model_name(t.key)], after=".convert")
        if isinstance(t, ir.ArrayType):
            return code.joined("", [self.converter(t.item)], "serde.array(", ")").with_uses(code.SERDE)
        if isinstance(t, ir.MapType):
            if t.value == ir.ANY:
                return Expr("serde.dict_", code.SERDE)
            return code.joined("", [self.converter(t.value)], "serde.mapping(", ")").with_uses(code.SERDE)
        if isinstance(t, ir.NullableType):
            return code.joined("", [self.converter(t.inner)], "serde.nullable(", ")").with_uses(code.SERDE)
        if isinstance(t, ir.UnionType):
            if t.discriminator is not None:
                return code.joined("", [self._dispatch(t.discriminator)], "serde.discriminated(", ")")
            variants = [self.converter(v) for v in self.union_order(t, self.specificity)]
            return code.joined(", ", variants, "serde.union(", ")").with_uses(code.SERDE)
        raise TypeError(t)

    def convert_call(self, t: ir.TypeRef, value: str, name: str) -> Expr | None:
        """An expression converting `value` (a JSON value that is not null), or None when nothing is to be done."""
        if isinstance(t, ir.Primitive) and t.kind in ("any", "binary"):
            return None
        quoted = string(name)
        if isinstance(t, ir.ModelType):  # straight to from_dict: one call less than `convert` per object
            model = self.model_name(t.key)
            return Expr(f"{model}.from_dict({value}, where + {string('.' + name)})", model.uses)
        if isinstance(t, ir.ArrayType) and isinstance(t.item, ir.ModelType):
            model = self.model_name(t.item.key)
            return Expr(f"serde.list_of_models({value}, where, {quoted}, {model}.from_dict)", model.uses | code.SERDE)
        if isinstance(t, ir.ArrayType):
            plain = _plain_list(t.item)
            if plain:
                return Expr(f"{plain}({value}, where, {quoted})", code.SERDE)
            item = self.converter(t.item)
            return Expr(f"serde.list_of({value}, where, {quoted}, {item})", item.uses | code.SERDE)
        if isinstance(t, ir.MapType):
            if t.value == ir.ANY:
                return Expr(f"serde.dict_({value}, where, {quoted})", code.SERDE)
            item = self.converter(t.value)
            return Expr(f"serde.dict_of({value}, where, {quoted}, {item})", item.uses | code.SERDE)
        if isinstance(t, ir.UnionType):
            if t.discriminator is not None:
                dispatch = self._dispatch(t.discriminator)
                return Expr(f"serde.tagged({value}, where, {quoted}, {dispatch})", dispatch.uses | code.SERDE)
            variants = code.joined(", ", [self.converter(v) for v in self.union_order(t, self.specificity)])
            return Expr(f"serde.one_of({value}, where, {quoted}, {variants})", variants.uses | code.SERDE)
        convert = self.converter(t)
        return Expr(f"{convert}({value}, where, {quoted})", convert.uses | code.SERDE)

    @staticmethod
    def json_type(t: ir.TypeRef) -> str | None:
        """The Python type a valid JSON value of `t` already has, when reading it needs no conversion at all.

        A generated from_dict checks `type(value) is not <that type>` inline and only calls the converter when the
        check fails (the converter then either converts, as an int from 1.0, or raises a clear error).
        """
        if isinstance(t, ir.Primitive):
            return _JSON_TYPES.get(t.kind)
        if isinstance(t, (ir.EnumType, ir.ConstType)):
            return _enum_kind(t) or None
        if isinstance(t, ir.MapType) and t.value == ir.ANY:
            return "dict"
        return None

    def precise(self, t: ir.TypeRef) -> bool:
        """Whether `converter(t)` is typed exactly (unions and enums convert to Any)."""
        if isinstance(t, (ir.UnionType, ir.EnumType, ir.ConstType)):
            return False
        if isinstance(t, ir.ArrayType):
            return self.precise(t.item)
        if isinstance(t, ir.MapType):
            return self.precise(t.value)
        if isinstance(t, ir.NullableType):
            return self.precise(t.inner)
        return True

    def _dispatch(self, d: ir.Discriminator) -> Expr:
        models = [self.model_name(key) for _, key in d.mapping]
        entries = ", ".join(f"{string(tag)}: {m}.convert" for (tag, _), m in zip(d.mapping, models))
        return Expr(f"{string(d.property)}, {{{entries}}}", code.used_by(models) | code.SERDE)

    @staticmethod
    def union_order(t: ir.UnionType, specificity: Mapping[str, int]) -> list[ir.TypeRef]:
        """Variants tried most specific first; the documented order breaks ties. Documented in the README.

        Models come first, those with more required properties before those with fewer (a model with no required
        property accepts any object, so it must come last among models).
        """

        def rank(v: ir.TypeRef) -> tuple[int, int]:
            return (_kind_rank(v), -specificity.get(v.key, 0) if isinstance(v, ir.ModelType) else 0)

        return sorted(t.variants, key=rank)

    # -------------------------------------------------------------- writing JSON

    def dump(self, t: ir.TypeRef, expr: str, depth: int = 0) -> Expr:
        """An expression turning `expr` (of type t, never UNSET) back into JSON data (inside a model's to_dict)."""
        if not needs_dump(t):
            return Expr(expr)
        if isinstance(t, ir.Primitive):
            if t.kind == "datetime":
                return Expr(f"serde.format_datetime({expr})", code.SERDE)
            if t.kind == "date":
                return Expr(f"{expr}.isoformat()")
            if t.kind == "time":
                return Expr(f"serde.format_time({expr})", code.SERDE)
            if t.kind == "uuid":
                return Expr(f"str({expr})")
            return Expr(f"serde.b64encode({expr})", code.SERDE)  # byte
        if isinstance(t, ir.ModelType):
            return Expr(f"{expr}.to_dict(request=request)")
        if isinstance(t, ir.ArrayType):
            var = f"v{depth}"
            inner = self.dump(t.item, var, depth + 1)
            return Expr(f"[{inner} for {var} in {expr}]", inner.uses)
        if isinstance(t, ir.MapType):
            var = f"v{depth}"
            inner = self.dump(t.value, var, depth + 1)
            return Expr(f"{{k{depth}: {inner} for k{depth}, {var} in {expr}.items()}}", inner.uses)
        # A nullable value or a union: serde.dump handles None and every variant (a conditional expression would
        # lay out badly).
        return Expr(f"serde.dump({expr}, request)", code.SERDE)


def _any_value(t: ir.TypeRef) -> bool:
    """Whether `t` is annotated `Any`: any value, or an enum that mixes floats with other values."""
    if isinstance(t, ir.Primitive):
        return t.kind == "any"
    return isinstance(t, ir.EnumType) and t.base != "float" and any(isinstance(v, float) for v in t.values)


def _plain_list(item: ir.TypeRef) -> str:
    """The reader of an array whose items need no conversion (a type check per item), or ""."""
    if isinstance(item, ir.Primitive):
        return _PLAIN_LISTS.get(item.kind, "")
    if isinstance(item, (ir.EnumType, ir.ConstType)) and _enum_kind(item) == "str":
        return "serde.str_enum_list"
    if isinstance(item, ir.MapType) and item.value == ir.ANY:
        return "serde.dict_list"
    return ""


def _kind_rank(v: ir.TypeRef) -> int:
    if isinstance(v, ir.ModelType):
        return 0
    if isinstance(v, (ir.EnumType, ir.ConstType)):
        return 1
    if isinstance(v, ir.Primitive) and v.kind in ("datetime", "date", "time", "uuid", "byte"):
        return 2
    if isinstance(v, ir.Primitive) and v.kind in ("bool", "int"):
        return 3
    if isinstance(v, ir.Primitive) and v.kind in ("float", "decimal", "str"):
        return 4
    return 5
