"""The raw OpenAPI document, read without any of clientgen's code: loading, `$ref`s, JSON Schema checks, values.

Everything the conformance harness knows about the API comes from here (never from `generator.*`):

- `RawSpec` loads the document with PyYAML or `json` (YAML timestamps stay strings and mapping keys become strings,
  as in JSON and as Prism reads them) and resolves `$ref`s itself: local fragments (percent-decoded, then JSON
  pointer unescaped) and relative files.
- `RawSpec.errors` validates a value against the schema at a location with openapi-schema-validator (a JSON Schema
  validator built on `jsonschema` that knows OpenAPI 3.0's `nullable`, `readOnly`, `writeOnly` and
  `discriminator`, and 3.1's dialect): the oracle for every value the harness sends and every response it judges.
  OpenAPI 3.0's `nullable: true` is read as "null is valid here" also where the schema has no `type` (next to
  `allOf` or `$ref`), as documents mean it (`_null_where_nullable`).
- `RawSpec.value` builds a value for a schema: an example that the schema accepts, else one made from the keywords
  (formats, enums, lengths, ranges, patterns, oneOf/anyOf/allOf, discriminators).
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote

try:  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined, unused-ignore]
    from re import _parser as sre_parse  # type: ignore[attr-defined, unused-ignore]
except ImportError:  # Python 3.10
    import sre_constants  # type: ignore[no-redef, unused-ignore]
    import sre_parse  # type: ignore[no-redef, unused-ignore]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

FORMAT_VALUES: dict[str, str] = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05Z",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "uri": "https://example.com/item",
    "url": "https://example.com/item",
    "uri-reference": "https://example.com/item",
    "iri": "https://example.com/item",
    "iri-reference": "https://example.com/item",
    "uri-template": "https://example.com/{id}",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.10",
    "ipv6": "2001:db8::10",
    "byte": "aGVsbG8=",
    "binary": "binary-content",
    "password": "pa55word",
    "duration": "P1D",
    "regex": "^a+$",
    "json-pointer": "/a/b",
    "relative-json-pointer": "0/a",
}
# Values that break a format Prism checks (ajv-formats): the negative controls use them.
BAD_FORMAT_VALUES: dict[str, str] = {
    "date-time": "not-a-date-time",
    "date": "not-a-date",
    "time": "not-a-time",
    "email": "not-an-email",
    "uuid": "not-a-uuid",
    "uri": "not a uri",
    "ipv4": "not-an-ipv4",
    "ipv6": "not-an-ipv6",
}


# ------------------------------------------------------------------------------------------------ loading


def _yaml_loader() -> Any:
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class RawLoader(base):  # type: ignore[misc]
        """Safe YAML without timestamps (a date stays the string it is in JSON) and with string keys."""

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            mapping = super().construct_mapping(node, deep=deep)
            return {(k if isinstance(k, str) else _key_text(k)): v for k, v in mapping.items()}

    RawLoader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    RawLoader.add_constructor("tag:yaml.org,2002:map", RawLoader.construct_yaml_map)
    return RawLoader


def _key_text(key: Any) -> str:
    if key is True or key is False:
        return "true" if key else "false"
    return "null" if key is None else str(key)


def load_document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except ValueError:
            pass
    import yaml

    return yaml.load(text, Loader=_yaml_loader())


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def escape_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def at_pointer(data: Any, pointer: str) -> Any:
    node = data
    for raw in pointer.split("/")[1:] if pointer else []:
        token = unescape_token(raw)
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


@dataclass(frozen=True)
class Loc:
    """A node of the spec: its file and JSON pointer (so it can be validated with the spec's own schemas)."""

    file: Path
    pointer: str

    def child(self, *tokens: str | int) -> Loc:
        return Loc(self.file, self.pointer + "".join("/" + escape_token(t) for t in tokens))


@dataclass(frozen=True)
class RawOperation:
    method: str  # upper case
    path: str
    operation_id: str  # as in the spec; "" when it has none
    loc: Loc
    node: dict[str, Any]
    item_loc: Loc

    @property
    def label(self) -> str:
        return self.operation_id or f"{self.method} {self.path}"


class RawSpec:
    """The raw OpenAPI document: $ref resolution, JSON Schema validation and value generation."""

    def __init__(self, path: Path) -> None:
        self.path = path.resolve()
        self.documents: dict[Path, Any] = {}
        self.data = self.document(self.path)
        self.is31 = str(self.data.get("openapi", "")).startswith("3.1") if isinstance(self.data, dict) else False
        self._validators: dict[tuple[Loc, bool | None], Any] = {}
        self._values: dict[tuple[Any, ...], Any] = {}
        self._registry: Any = None
        self._format_checker: Any = None

    # -- navigation

    def document(self, file: Path) -> Any:
        if file not in self.documents:
            self.documents[file] = load_document(file)
        return self.documents[file]

    def node(self, loc: Loc) -> Any:
        return at_pointer(self.document(loc.file), loc.pointer)

    def deref(self, loc: Loc) -> tuple[Any, Loc]:
        """The node at `loc`, following `$ref`s (siblings of a `$ref` are ignored, as OpenAPI 3.0 says)."""
        node = self.node(loc)
        for _ in range(64):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node, loc
            loc = self.ref_target(node["$ref"], loc)
            node = self.node(loc)
        raise ValueError(f"$ref loop at {loc}")

    def ref_target(self, ref: str, base: Loc) -> Loc:
        file, _, fragment = ref.partition("#")
        target = (base.file.parent / unquote(file)).resolve() if file else base.file
        return Loc(target, unquote(fragment))

    def operations(self) -> list[RawOperation]:
        found = []
        root = Loc(self.path, "")
        for path in self.data.get("paths") or {}:
            item, item_loc = self.deref(root.child("paths", path))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                node = item.get(method)
                if isinstance(node, dict):
                    found.append(
                        RawOperation(
                            method.upper(),
                            path,
                            str(node.get("operationId") or ""),
                            item_loc.child(method),
                            node,
                            item_loc,
                        )
                    )
        return found

    def parameters(self, op: RawOperation) -> dict[tuple[str, str], tuple[dict[str, Any], Loc]]:
        """(location, name) -> (parameter, its location): path-item parameters, overridden by the operation's.
        Header names are lower-cased (HTTP header names are case-insensitive)."""
        found: dict[tuple[str, str], tuple[dict[str, Any], Loc]] = {}
        for base in (op.item_loc, op.loc):
            params = self.node(base).get("parameters") or []
            for i, _ in enumerate(params):
                param, param_loc = self.deref(base.child("parameters", i))
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    where = str(param.get("in"))
                    name = param["name"].lower() if where == "header" else param["name"]
                    found[(where, name)] = (param, param_loc)
        return found

    def security(self, op: RawOperation) -> list[dict[str, Any]]:
        security = op.node.get("security", self.data.get("security"))
        return [s for s in security or [] if isinstance(s, dict)]

    # -- validation with the spec's own JSON Schema (the oracle)

    def errors(self, value: Any, loc: Loc, read: bool | None = False) -> list[str]:
        """Why `value` does not match the schema at `loc` (empty: it matches). `read`: True as a response (readOnly
        allowed, writeOnly not), False as a request body, None for a parameter (where both mean nothing)."""
        key = (loc, read)
        validator = self._validators.get(key)
        if validator is None:
            validator = self._validators[key] = self._validator(loc, read)
        try:
            return [
                f"{'/'.join(map(str, e.absolute_path)) or '(the value)'}: [{e.validator}] "
                + (e.message if len(e.message) < 160 else e.message[:70] + " ... " + e.message[-80:])
                for e in validator.iter_errors(value)
            ]
        except RecursionError:
            return []  # a schema too deeply recursive to check: no verdict
        except Exception as exc:  # noqa: BLE001 (an unresolvable $ref, a bad pattern: no verdict, but say so)
            if "Unresolvable" in type(exc).__name__ or isinstance(exc, re.error):
                return []
            return [f"validator failed: {type(exc).__name__}: {exc}"[:300]]

    def valid(self, value: Any, loc: Loc, read: bool | None = False) -> bool:
        return not self.errors(value, loc, read)

    @staticmethod
    def _uri(file: Path) -> str:
        return file.as_uri()

    def _validator(self, loc: Loc, read: bool | None) -> Any:
        import jsonschema
        import referencing
        import referencing.jsonschema
        from openapi_schema_validator import (
            OAS30ReadValidator,
            OAS30Validator,
            OAS30WriteValidator,
            OAS31Validator,
        )

        if self._registry is None:
            dialect = referencing.jsonschema.DRAFT202012 if self.is31 else referencing.jsonschema.DRAFT4

            def retrieve(uri: str) -> Any:
                file = Path(unquote(uri.removeprefix("file://")))
                return dialect.create_resource(self.document(file))

            self._registry = referencing.Registry(retrieve=retrieve).with_resource(  # type: ignore[call-arg]
                self._uri(self.path), dialect.create_resource(self.data)
            )
            checker = jsonschema.FormatChecker(formats=())
            checker.checks("date-time")(lambda v: not isinstance(v, str) or bool(_RFC3339.match(v)))
            checker.checks("date")(lambda v: not isinstance(v, str) or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", v)))
            checker.checks("uuid")(
                lambda v: (
                    not isinstance(v, str)
                    or bool(re.fullmatch(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}", v))
                )
            )
            checker.checks("email")(
                lambda v: not isinstance(v, str) or bool(re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v))
            )
            checker.checks("byte")(  # base64 (RFC 4648), padded
                lambda v: not isinstance(v, str) or (len(v) % 4 == 0 and bool(re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", v)))
            )
            self._format_checker = checker
        if self.is31:
            cls: Any = OAS31Validator
        else:
            cls = OAS30Validator if read is None else OAS30ReadValidator if read else OAS30WriteValidator
        cls = _null_where_nullable(cls)
        # The pointer is escaped again for the URI fragment (referencing unquotes fragments).
        fragment = "".join("/" + t.replace("%", "%25") for t in loc.pointer.split("/")[1:])
        ref = f"{self._uri(loc.file)}#{fragment}"
        return cls({"$ref": ref}, registry=self._registry, format_checker=self._format_checker)

    # -- schema helpers

    @staticmethod
    def types(schema: dict[str, Any]) -> list[str]:
        t = schema.get("type")
        if isinstance(t, list):
            return [x for x in t if x != "null"]
        if isinstance(t, str):
            return [] if t == "null" else [t]
        if "properties" in schema or "additionalProperties" in schema:
            return ["object"]
        if "items" in schema or "prefixItems" in schema:
            return ["array"]
        return []

    def object_parts(self, loc: Loc, depth: int = 0) -> tuple[dict[str, Loc], set[str], Any]:
        """Properties (name -> location), required names and additionalProperties of an object schema, allOf merged."""
        schema, loc = self.deref(loc)
        props: dict[str, Loc] = {}
        required: set[str] = set()
        additional: Any = None
        if not isinstance(schema, dict) or depth > 20:
            return props, required, additional
        for i, _ in enumerate(schema.get("allOf") or []):
            p, r, a = self.object_parts(loc.child("allOf", i), depth + 1)
            props.update(p)
            required |= r
            if a is not None:
                additional = a
        for name in schema.get("properties") or {}:
            props[name] = loc.child("properties", name)
        required |= {r for r in schema.get("required") or [] if isinstance(r, str)}
        if "additionalProperties" in schema:
            additional = (loc.child("additionalProperties"), schema["additionalProperties"])
        return props, required, additional

    def flag(self, loc: Loc, name: str) -> bool:
        """`deprecated`, `readOnly`, ...: set on the schema at `loc` or on a `$ref` wrapper around it."""
        schema = self.node(loc)
        for _ in range(64):
            if not isinstance(schema, dict):
                return False
            if schema.get(name):
                return True
            if not isinstance(schema.get("$ref"), str):
                return any(self.flag(loc.child("allOf", i), name) for i, _ in enumerate(schema.get("allOf") or []))
            loc = self.ref_target(schema["$ref"], loc)
            schema = self.node(loc)
        return False

    def schema_kind(self, loc: Loc | None) -> str:
        """'object', 'array', 'string', ... for the schema at `loc` ('' when it does not say)."""
        if loc is None:
            return ""
        schema, loc = self.deref(loc)
        if not isinstance(schema, dict):
            return ""
        types = self.types(schema)
        if types:
            return types[0]
        if schema.get("allOf"):
            kinds = {self.schema_kind(loc.child("allOf", i)) for i, _ in enumerate(schema["allOf"])} - {""}
            return "object" if "object" in kinds else (next(iter(kinds)) if len(kinds) == 1 else "")
        return ""

    # -- value generation

    def example_of(self, schema: dict[str, Any]) -> list[Any]:
        found = []
        if "example" in schema:
            found.append(schema["example"])
        if isinstance(schema.get("examples"), list):
            found.extend(schema["examples"])
        if "default" in schema:
            found.append(schema["default"])
        return found

    def value(
        self,
        loc: Loc,
        *,
        full: bool = True,
        examples: bool = True,
        depth: int = 0,
        skip: Callable[[str, Loc], bool] | None = None,
        read: bool | None = False,
    ) -> Any:
        """A JSON value for the schema at `loc`: an example that matches it, else one built from its keywords."""
        key = (loc, full, examples, min(depth, 9), read)
        if skip is None and key in self._values:
            return copy.deepcopy(self._values[key])
        value = self._value(loc, full=full, examples=examples, depth=depth, skip=skip, read=read)
        if skip is None:
            self._values[key] = copy.deepcopy(value)
        return value

    def _value(
        self,
        loc: Loc,
        *,
        full: bool,
        examples: bool,
        depth: int,
        skip: Callable[[str, Loc], bool] | None,
        read: bool | None,
    ) -> Any:
        schema, loc = self.deref(loc)
        if not isinstance(schema, dict):
            return "value"
        kw: dict[str, Any] = {"full": full, "examples": examples, "depth": depth, "read": read}
        if "const" in schema:
            return schema["const"]
        if examples:
            for example in self.example_of(schema):
                if example is not None and not self.errors(example, loc, read):
                    return example
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            values = [v for v in schema["enum"] if v is not None]
            return values[0] if values else None
        for keyword in ("oneOf", "anyOf"):
            variants = schema.get(keyword)
            if isinstance(variants, list) and variants:
                return self._alternative(schema, loc, keyword, **kw)
        types = self.types(schema)
        if not types and schema.get("allOf"):
            parts = [self.deref(loc.child("allOf", i)) for i in range(len(schema["allOf"]))]
            if any("object" in self.types(p) or p.get("allOf") for p, _ in parts if isinstance(p, dict)):
                types = ["object"]
            else:  # allOf of non-object schemas: the first part that says what it is
                for i, (part, _) in enumerate(parts):
                    if isinstance(part, dict) and (self.types(part) or "enum" in part or "const" in part):
                        return self.value(loc.child("allOf", i), **kw)
        kind = types[0] if types else ("object" if schema.get("allOf") else "")
        if kind == "object":
            return self._object(loc, skip=skip, **kw)
        if kind == "array":
            return self._array(schema, loc, **kw)
        if kind == "string":
            return self._string(schema)
        if kind in ("integer", "number"):
            return self._number(schema, kind == "integer")
        if kind == "boolean":
            return True
        if "null" in (schema.get("type") or []) or schema.get("type") == "null":
            return None
        return "value"

    def _alternative(self, schema: dict[str, Any], loc: Loc, keyword: str, **kw: Any) -> Any:
        """A value for oneOf/anyOf: per variant, a few shapes until one matches the whole union (oneOf: exactly one
        variant), e.g. an extra property that only a free-form variant allows. Variants that only add `required`
        to the object schema around them are filled from that schema."""
        variants = schema[keyword]
        read = kw.get("read", False)
        discriminator = schema.get("discriminator") if isinstance(schema.get("discriminator"), dict) else None
        objecty = "object" in self.types(schema) or bool(schema.get("properties"))
        bases: list[dict[str, Any]] = []
        if objecty:
            bases = [self._object(loc, skip=None, **{**kw, "full": full}) for full in (kw.get("full", True), False)]
        props = self.object_parts(loc)[0] if objecty else {}
        candidates = []
        for i in range(len(variants)):
            variant_loc = loc.child(keyword, i)
            if self._is_null(variant_loc):
                continue
            variant, _ = self.deref(variant_loc)
            shapes: list[Any] = []
            constraint_only = False
            if (
                objecty
                and isinstance(variant, dict)
                and not self.types(variant)
                and not variant.get("properties")
                and not any(k in variant for k in ("oneOf", "anyOf", "allOf", "$ref"))
            ):
                constraint_only = True
                for base in bases:
                    value = dict(base)
                    for name in variant.get("required") or []:
                        if name not in value and name in props:
                            value[name] = self.value(props[name], **{**kw, "depth": kw.get("depth", 0) + 1})
                    shapes.append(value)
            else:
                shapes = [
                    self.value(variant_loc, **kw),
                    self.value(variant_loc, **{**kw, "full": not kw.get("full", True)}),
                    self.value(variant_loc, **{**kw, "examples": False}),
                ]
                for value in list(shapes):
                    if isinstance(value, dict):
                        shapes.append({**value, "additionalProperty": "value"})
            for value in shapes:
                if discriminator and isinstance(value, dict):
                    tag = self._tag_for(discriminator, variants[i])
                    if tag is not None:
                        value[discriminator["propertyName"]] = tag
                if isinstance(value, dict) and bases and not constraint_only:
                    value = {**bases[0], **value}
                if not self.errors(value, loc, read):
                    return value
                candidates.append(value)
        return candidates[0] if candidates else None

    def _is_null(self, loc: Loc) -> bool:
        schema, _ = self.deref(loc)
        return isinstance(schema, dict) and (schema.get("type") == "null" or schema.get("enum") == [None])

    @staticmethod
    def _tag_for(discriminator: dict[str, Any], variant: Any) -> str | None:
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        if not isinstance(ref, str):
            return None
        for tag, target in (discriminator.get("mapping") or {}).items():
            if target == ref or target == ref.rsplit("/", 1)[-1]:
                return str(tag)
        return ref.rsplit("/", 1)[-1]

    def _object(
        self,
        loc: Loc,
        *,
        full: bool,
        examples: bool,
        depth: int,
        skip: Callable[[str, Loc], bool] | None,
        read: bool | None,
    ) -> dict[str, Any]:
        props, required, additional = self.object_parts(loc)
        out: dict[str, Any] = {}
        hidden = "writeOnly" if read else "readOnly"  # what this direction never carries
        for name, prop_loc in props.items():
            if (read is not None and self.flag(prop_loc, hidden)) or (skip is not None and skip(name, prop_loc)):
                continue
            if name not in required and self.flag(prop_loc, "deprecated"):
                continue  # a careful caller leaves deprecated properties out (Prism reports them)
            if name in required or (full and depth < 3):
                if depth > 8:
                    continue
                out[name] = self.value(prop_loc, full=full, examples=examples, depth=depth + 1, read=read)
        for name in sorted(required - props.keys()):  # required but never declared: any value does
            out.setdefault(name, "value")
        schema, _ = self.deref(loc)
        minimum = schema.get("minProperties", 0) if isinstance(schema, dict) else 0
        if len(out) < minimum and additional is not None and additional[1] is not False:
            extra_loc, extra = additional
            for i in range(minimum - len(out)):
                out[f"key{i + 1}"] = (
                    self.value(extra_loc, full=False, examples=examples, depth=depth + 1, read=read)
                    if isinstance(extra, dict)
                    else "value"
                )
        return out

    def _array(
        self, schema: dict[str, Any], loc: Loc, *, full: bool, examples: bool, depth: int, read: bool | None
    ) -> list[Any]:
        count = max(int(schema.get("minItems", 0)), 1 if full or depth == 0 else 0)
        if "maxItems" in schema:
            count = min(count, int(schema["maxItems"]))
        prefix: list[Any] = schema["prefixItems"] if isinstance(schema.get("prefixItems"), list) else []
        kw: dict[str, Any] = {"full": full, "examples": examples, "depth": depth + 1, "read": read}
        out = [self.value(loc.child("prefixItems", i), **kw) for i in range(len(prefix))]
        if isinstance(schema.get("items"), dict):
            while len(out) < count:
                out.append(self.value(loc.child("items"), **kw))
        if schema.get("uniqueItems") and len(out) > 1:
            out = [f"{v}{i}" if isinstance(v, str) else v for i, v in enumerate(out)]
        return out[: max(count, len(prefix))] if count or prefix else out

    @staticmethod
    def _string(schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        text = FORMAT_VALUES.get(fmt, "string") if isinstance(fmt, str) else "string"
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            generated = regex_example(pattern, int(schema.get("minLength", 0)), schema.get("maxLength"))
            if generated is not None:
                return generated
        low = int(schema.get("minLength", 0))
        if len(text) < low:
            text += "x" * (low - len(text))
        if "maxLength" in schema and len(text) > int(schema["maxLength"]):
            text = text[: int(schema["maxLength"])]
        return text

    @staticmethod
    def _number(schema: dict[str, Any], integer: bool) -> int | float:
        value: float = 1 if integer else 1.5
        low, high = schema.get("minimum"), schema.get("maximum")
        ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
        step = 1 if integer else 0.5
        if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
            low, ex_low = ex_low, True
        if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
            high, ex_high = ex_high, True
        if low is not None and (value < low or (ex_low and value <= low)):
            value = low + step if ex_low else low
        if high is not None and (value > high or (ex_high and value >= high)):
            value = high - step if ex_high else high
        multiple = schema.get("multipleOf")
        if isinstance(multiple, (int, float)) and multiple > 0:
            value = math.ceil(value / multiple) * multiple
        if integer:
            return math.ceil(value)
        return float(value)

    # -- values that break a schema (the negative controls)

    def wrong_values(self, loc: Loc, current: Any, form: bool = False) -> Iterator[tuple[Any, str]]:
        """Values that break the schema at `loc` in a way Prism checks (for text on the wire: also after Prism
        coerces it, so no wrong JSON types there)."""
        schema, loc = self.deref(loc)
        if not isinstance(schema, dict):
            return
        types = self.types(schema)
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            yield "not-an-allowed-value", "not in the enum"
        if "integer" in types or "number" in types:
            yield "not-a-number", "a string for a number"
            if isinstance(schema.get("maximum"), (int, float)):
                yield schema["maximum"] + 1000, "above the maximum"
        if "boolean" in types:
            yield "not-a-boolean", "a string for a boolean"
        if "string" in types:
            fmt = schema.get("format")
            if fmt in BAD_FORMAT_VALUES:
                yield BAD_FORMAT_VALUES[fmt], f"not a {fmt}"
            if "maxLength" in schema:
                yield "x" * (int(schema["maxLength"]) + 1), "longer than maxLength"
            if int(schema.get("minLength", 0)) > 1:
                yield "x", "shorter than minLength"
            if "pattern" in schema:
                yield "~!@ does-not-match", "does not match the pattern"
            if not form:
                yield 12345, "a number for a string"
        if "array" in types and not form:
            yield "not-an-array", "a string for an array"
            if isinstance(current, list) and current:
                for bad_item, what in self.wrong_values(loc.child("items"), current[0], form):
                    yield [bad_item], f"an item {what}"
                    break
        if "object" in types and not form:
            yield ["not", "an", "object"], "an array for an object"
            if isinstance(current, dict):
                _, required, _ = self.object_parts(loc)
                for name in sorted(required):
                    if name in current:
                        yield {k: v for k, v in current.items() if k != name}, f"required property {name!r} left out"
                        break


_NULLABLE: dict[Any, Any] = {}


def _null_where_nullable(cls: Any) -> Any:
    """`cls` with OpenAPI 3.0's `nullable: true` read as "null is also valid here" wherever it stands.

    openapi-schema-validator follows OpenAPI 3.0.3 to the letter: `nullable` counts only beside a `type`, so the
    common `{nullable: true, allOf: [{$ref: Owner}]}` (a nullable reference) refuses null. Documents mean null to be
    valid there (and clientgen reads it so), so every keyword of such a schema lets null through.
    """
    if cls not in _NULLABLE:
        import jsonschema

        def lenient(check: Any) -> Any:
            def validate(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
                if instance is None and isinstance(schema, dict) and schema.get("nullable") is True:
                    return
                yield from check(validator, value, instance, schema) or ()

            return validate

        _NULLABLE[cls] = jsonschema.validators.extend(cls, {k: lenient(f) for k, f in cls.VALIDATORS.items()})
    return _NULLABLE[cls]


# ------------------------------------------------------------------------------------------------ regex examples


def regex_example(pattern: str, min_length: int = 0, max_length: Any = None) -> str | None:
    """A string `re.search(pattern)` finds, built from the parsed pattern (None when it cannot be built)."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 (a pattern Python cannot read: no example)
        return None
    for extra in (0, 1, 2, 4, 8, 16, 32):
        try:
            text = "".join(_emit(parsed, extra))
        except Exception:  # noqa: BLE001 (a construct the emitter does not know: no example)
            return None
        too_long = max_length is not None and len(text) > int(max_length)
        if re.search(pattern, text) and len(text) >= min_length and not too_long:
            return text
        if too_long:
            return None
    return None


def _emit(items: Any, extra: int) -> Iterator[str]:
    c = sre_constants
    for op, av in items:
        if op is c.LITERAL:
            yield chr(av)
        elif op is c.NOT_LITERAL:
            yield "a" if av != ord("a") else "b"
        elif op is c.ANY:
            yield "a"
        elif op is c.IN:
            yield _in_char(av)
        elif op is c.BRANCH:
            yield from _emit(av[1][0], extra)
        elif op is c.SUBPATTERN:
            yield from _emit(av[-1], extra)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            low, high, sub = av
            count = max(low, min(high, 1 + extra))
            for _ in range(count):
                yield from _emit(sub, extra)
        elif op is getattr(c, "ATOMIC_GROUP", None):
            yield from _emit(av, extra)
        elif op is c.CATEGORY:
            yield _category_char(av)
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        else:
            raise ValueError(f"unsupported regex construct {op}")


def _category_char(category: Any) -> str:
    name = str(category)
    if "NOT_DIGIT" in name:
        return "a"
    if "DIGIT" in name:
        return "0"
    if "NOT_SPACE" in name:
        return "a"
    if "SPACE" in name:
        return " "
    if "NOT_WORD" in name:
        return "-"
    return "a"


def _in_char(items: Any) -> str:
    c = sre_constants
    negate = any(op is c.NEGATE for op, _ in items)

    def member(ch: str) -> bool:
        for op, av in items:
            if op is c.LITERAL and ord(ch) == av:
                return True
            if op is c.RANGE and av[0] <= ord(ch) <= av[1]:
                return True
            if op is c.CATEGORY:
                name = str(av)
                tests = {"DIGIT": ch.isdigit(), "SPACE": ch.isspace(), "WORD": ch.isalnum() or ch == "_"}
                for key, result in tests.items():
                    if key in name:
                        return (not result) if "NOT_" in name else result
        return False

    if not negate:
        for op, av in items:
            if op is c.LITERAL:
                return chr(av)
            if op is c.RANGE:
                return chr(av[0])
            if op is c.CATEGORY:
                return _category_char(av)
    for ch in "aA0_-x. b":
        if member(ch) != negate:
            return ch
    raise ValueError("no character for the set")
