"""Types of the intermediate model as Python: annotations, and the expressions that read and write them.

This is the only place that knows how a type looks in the generated code; templates receive finished strings.
`Imports` collects what those strings need, so every generated module imports exactly what it uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import ir
from .naming import Names
from .pysource import literal, string

_ANNOTATIONS: dict[str, str] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "any": "Any",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "time": "datetime.time",
    "uuid": "uuid.UUID",
    "byte": "bytes",
    "binary": "serde.FileInput",
    "decimal": "float",
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
    "serde.str_": "serde.str_list",
    "serde.str_enum": "serde.str_enum_list",
    "serde.int_": "serde.int_list",
    "serde.float_": "serde.float_list",
    "serde.bool_": "serde.bool_list",
    "serde.dict_": "serde.dict_list",
}


@dataclass
class Imports:
    """What a generated module needs: stdlib modules, typing names, and models (module -> class names)."""

    stdlib: set[str] = field(default_factory=set)
    typing: set[str] = field(default_factory=set)
    serde: bool = False
    models: dict[str, set[str]] = field(default_factory=dict)

    def model(self, module: str, name: str) -> None:
        self.models.setdefault(module, set()).add(name)


def model_specificity(api: ir.Api) -> dict[str, int]:
    """How many required properties each model has: unions try the most demanding model first."""
    return {m.key: sum(1 for f in m.fields if f.required) for m in api.models}


@dataclass
class PyTypes:
    names: Names
    imports: Imports
    specificity: dict[str, int] = field(default_factory=dict)
    # "models.": annotations name each model through the lazily importing `models` package (operation groups), so
    # that `typing.get_type_hints()` resolves them at run time without importing every model up front.
    qualifier: str = ""

    def annotation(self, t: ir.TypeRef) -> str:
        if isinstance(t, ir.Primitive):
            text = _ANNOTATIONS[t.kind]
            if t.kind == "any":
                self.imports.typing.add("Any")
            elif "." in text and not text.startswith("serde."):
                self.imports.stdlib.add(text.split(".")[0])
            elif text.startswith("serde."):
                self.imports.serde = True
            return text
        if isinstance(t, ir.EnumType):
            if t.base == "float" or any(isinstance(v, float) for v in t.values):
                return "float" if t.base == "float" else self.annotation(ir.ANY)
            self.imports.typing.add("Literal")
            return "Literal[" + ", ".join(literal(v) for v in t.values) + "]"
        if isinstance(t, ir.ConstType):
            if isinstance(t.value, float):
                return "float"
            self.imports.typing.add("Literal")
            return f"Literal[{literal(t.value)}]"
        if isinstance(t, ir.ArrayType):
            return f"list[{self.annotation(t.item)}]"
        if isinstance(t, ir.MapType):
            return f"dict[str, {self.annotation(t.value)}]"
        if isinstance(t, ir.ModelType):
            return self.model_name(t.key)
        if isinstance(t, ir.UnionType):
            return " | ".join(self.annotation(v) for v in t.variants)
        if isinstance(t, ir.NullableType):
            inner = self.annotation(t.inner)
            return inner if inner == "Any" else f"{inner} | None"
        raise TypeError(t)

    def model_name(self, key: str) -> str:
        name = self.names.model_class[key]
        self.imports.model(self.names.model_module[key], name)
        return self.qualifier + name

    # -------------------------------------------------------------- reading JSON

    def converter(self, t: ir.TypeRef) -> str:
        """An expression for a callable (value, where, name) -> the type."""
        expression = self._converter(t)
        if "serde." in expression:
            self.imports.serde = True
        return expression

    def _converter(self, t: ir.TypeRef) -> str:
        if isinstance(t, ir.Primitive):
            return _CONVERTERS[t.kind]
        if isinstance(t, (ir.EnumType, ir.ConstType)):
            values = t.values if isinstance(t, ir.EnumType) else (t.value,)
            if all(isinstance(v, str) for v in values):
                return "serde.str_enum"
            if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
                return "serde.int_enum"
            if all(isinstance(v, bool) for v in values):
                return "serde.bool_enum"
            return "serde.enum_"
        if isinstance(t, ir.ModelType):
            return f"{self.model_name(t.key)}.convert"
        if isinstance(t, ir.ArrayType):
            return f"serde.array({self.converter(t.item)})"
        if isinstance(t, ir.MapType):
            if t.value == ir.ANY:
                return "serde.dict_"
            return f"serde.mapping({self.converter(t.value)})"
        if isinstance(t, ir.NullableType):
            return f"serde.nullable({self.converter(t.inner)})"
        if isinstance(t, ir.UnionType):
            if t.discriminator is not None:
                return f"serde.discriminated({self._dispatch(t.discriminator)})"
            return "serde.union(" + ", ".join(self.converter(v) for v in self.union_order(t, self.specificity)) + ")"
        raise TypeError(t)

    def convert_call(self, t: ir.TypeRef, value: str, name: str) -> str | None:
        """An expression converting `value` (a JSON value that is not null), or None when nothing is to be done."""
        if isinstance(t, ir.Primitive) and t.kind in ("any", "binary"):
            return None
        if not isinstance(t, ir.ModelType):
            self.imports.serde = True
        quoted = string(name)
        if isinstance(t, ir.ModelType):  # straight to from_dict: one call less than `convert` per object
            return f"{self.model_name(t.key)}.from_dict({value}, where + {string('.' + name)})"
        if isinstance(t, ir.ArrayType) and isinstance(t.item, ir.ModelType):
            return f"serde.list_of_models({value}, where, {quoted}, {self.model_name(t.item.key)}.from_dict)"
        if isinstance(t, ir.ArrayType):
            item = self.converter(t.item)
            if item in _PLAIN_LISTS:
                return f"{_PLAIN_LISTS[item]}({value}, where, {quoted})"
            return f"serde.list_of({value}, where, {quoted}, {item})"
        if isinstance(t, ir.MapType):
            if t.value == ir.ANY:
                return f"serde.dict_({value}, where, {quoted})"
            return f"serde.dict_of({value}, where, {quoted}, {self.converter(t.value)})"
        if isinstance(t, ir.UnionType):
            if t.discriminator is not None:
                return f"serde.tagged({value}, where, {quoted}, {self._dispatch(t.discriminator)})"
            variants = ", ".join(self.converter(v) for v in self.union_order(t, self.specificity))
            return f"serde.one_of({value}, where, {quoted}, {variants})"
        return f"{self.converter(t)}({value}, where, {quoted})"

    def json_type(self, t: ir.TypeRef) -> str | None:
        """The Python type a valid JSON value of `t` already has, when reading it needs no conversion at all.

        A generated from_dict checks `type(value) is not <that type>` inline and only calls the converter when the
        check fails (the converter then either converts, as an int from 1.0, or raises a clear error).
        """
        if isinstance(t, ir.Primitive):
            return _JSON_TYPES.get(t.kind)
        if isinstance(t, (ir.EnumType, ir.ConstType)):
            converter = self._converter(t)
            return {"serde.str_enum": "str", "serde.int_enum": "int", "serde.bool_enum": "bool"}.get(converter)
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

    def _dispatch(self, d: ir.Discriminator) -> str:
        entries = ", ".join(f"{string(tag)}: {self.model_name(key)}.convert" for tag, key in d.mapping)
        return f"{string(d.property)}, {{{entries}}}"

    @staticmethod
    def union_order(t: ir.UnionType, specificity: dict[str, int]) -> list[ir.TypeRef]:
        """Variants tried most specific first; the documented order breaks ties. Documented in the README.

        Models come first, those with more required properties before those with fewer (a model with no required
        property accepts any object, so it must come last among models).
        """

        def rank(v: ir.TypeRef) -> tuple[int, int]:
            return (_kind_rank(v), -specificity.get(v.key, 0) if isinstance(v, ir.ModelType) else 0)

        return sorted(t.variants, key=rank)


    # -------------------------------------------------------------- writing JSON

    def dump(self, t: ir.TypeRef, expr: str, depth: int = 0) -> str:
        """An expression turning `expr` (of type t, never UNSET) back into JSON data (inside a model's to_dict)."""
        if isinstance(t, ir.Primitive):
            if t.kind == "datetime":
                self.imports.serde = True
                return f"serde.format_datetime({expr})"
            if t.kind == "date":
                return f"{expr}.isoformat()"
            if t.kind == "time":
                self.imports.serde = True
                return f"serde.format_time({expr})"
            if t.kind == "uuid":
                return f"str({expr})"
            if t.kind == "byte":
                self.imports.serde = True
                return f"serde.b64encode({expr})"
            return expr
        if isinstance(t, (ir.EnumType, ir.ConstType)):
            return expr
        if isinstance(t, ir.ModelType):
            return f"{expr}.to_dict(request=request)"
        if isinstance(t, ir.ArrayType):
            var = f"v{depth}"
            inner = self.dump(t.item, var, depth + 1)
            return expr if inner == var else f"[{inner} for {var} in {expr}]"
        if isinstance(t, ir.MapType):
            var = f"v{depth}"
            inner = self.dump(t.value, var, depth + 1)
            return expr if inner == var else f"{{k{depth}: {inner} for k{depth}, {var} in {expr}.items()}}"
        if isinstance(t, ir.NullableType):
            inner = self.dump(t.inner, expr, depth)
            if inner == expr:
                return expr
            self.imports.serde = True
            return f"serde.dump({expr}, request)"  # handles None; a conditional expression would lay out badly
        if isinstance(t, ir.UnionType):
            self.imports.serde = True
            return f"serde.dump({expr}, request)"
        raise TypeError(t)


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
