"""Seeded structural mutations of raw OpenAPI documents (parsed JSON/YAML values), for tests/test_fuzz_documents.py.

A mutation damages a document the way hand-edited specs get damaged: a value of the wrong JSON type, a deleted key,
a dangling, cyclic or odd `$ref`, an empty or nested composition, a bogus `type`, a huge name, a key that is not a
string (YAML allows those), a YAML date where a string belongs, deep nesting. Everything is decided by a
`random.Random` seeded from a string, so a case is reproduced from its seed alone:

    python -m tests.mutations SPEC SEED [OUT]     # print the mutations; write the mutated document to OUT

`slice_document` cuts a big document down to a few paths and the components they reach, so that mutating GitHub's
or Stripe's API stays cheap.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Token = str | int  # a key of a mapping (any hashable YAML key, really) or an index of a list

# Keys whose values the generator reads for their shape: most mutations aim at these.
STRUCTURAL = (
    "openapi",
    "info",
    "title",
    "version",
    "servers",
    "url",
    "variables",
    "default",
    "enum",
    "paths",
    "components",
    "schemas",
    "parameters",
    "requestBodies",
    "responses",
    "securitySchemes",
    "security",
    "tags",
    "name",
    "in",
    "required",
    "schema",
    "content",
    "requestBody",
    "operationId",
    "summary",
    "description",
    "deprecated",
    "style",
    "explode",
    "encoding",
    "contentType",
    "type",
    "format",
    "properties",
    "additionalProperties",
    "items",
    "prefixItems",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "discriminator",
    "propertyName",
    "mapping",
    "nullable",
    "const",
    "readOnly",
    "writeOnly",
    "$ref",
    "flows",
    "tokenUrl",
    "scheme",
    "headers",
    "get",
    "post",
    "put",
    "delete",
    "patch",
    "title",
    "example",
    "examples",
)
JSON_VALUES: tuple[Any, ...] = (0, 7, -1, 2.5, True, False, None, "", "text", [], [1, "a", None], {}, {"x": 1})
BOGUS_TYPES: tuple[Any, ...] = (
    "strnig",
    "Object",
    "object ",
    "int",
    5,
    None,
    True,
    [],
    ["string", 5],
    {"a": 1},
    ["null"],
    ["array", "object", "foo"],
)
ODD_REFS: tuple[Any, ...] = (
    "#/components/schemas/DoesNotExist",
    "#/nowhere",
    "#",
    "#/info",
    "#/paths",
    "#/components",
    "#/components/schemas",
    "#/openapi",
    "#/servers/0",
    "missing-file.yaml#/X",
    "missing-file.json",
    "https://example.invalid/s.json#/A",
    "#/components/schemas/",
    "#//",
    "#/components/schemas/%ZZ",
    "#/paths/~2bad",
    "#/paths/0",
    "",
    "#x",
    5,
    1.5,
    True,
    None,
    [],
    ["#/components"],
    {},
    {"$ref": "#/components"},
)
# Keywords with a closed set of string values, and strings they should not have.
ODD_TEXT_KEYWORDS = (
    "in",
    "style",
    "format",
    "scheme",
    "type",
    "contentType",
    "propertyName",
    "name",
    "operationId",
    "url",
    "tokenUrl",
    "openapi",
    "version",
    "default",
    "const",
    "pattern",
    "bearerFormat",
)
ODD_TEXTS = (
    "",
    " ",
    "body",
    "formData",
    "deepObject",
    "spaceDelimited",
    "pipeDelimited",
    "matrix",
    "label",
    "simple",
    "form",
    "HEADER",
    "header ",
    "query\n",
    "a\nb",
    "nul\x00",
    "{}",
    "{id}",
    "{",
    "}",
    "../../etc",
    "__init__",
    "class",
    "None",
    "self",
    "😀",
    "basic",
    "bearer",
    "digest",
    "oauth2",
    "apiKey",
    "http",
    "byte",
    "binary",
    "date-time",
    "uuid",
    "decimal",
    "int64",
    "*/*",
    "3.0.0",
    "3.1.0",
    "2.0",
    "http://",
    "/relative/{var}",
    "https://example.com/{missing}",
    "%zz",
    "~1",
    "\\",
    '"""',
    "'",
    "$ref",
)
ODD_KEYS = (
    "",
    " ",
    "default",
    "2XX",
    "5xx",
    "abc",
    "0",
    "999",
    "application/*",
    "*/*",
    "multipart/form-data",
    "multipart/mixed",
    "text/plain",
    "text/*",
    "application/x-www-form-urlencoded",
    "application/octet-stream",
    "application/problem+json",
    "application/json; charset=utf-8",
    "image/png",
    "/",
    "/{",
    "/{a}/{a}",
    "/a/{b",
    "$ref",
    "__init__",
    "class",
    "self",
    "None",
    "x-",
    "😀",
    "a/b",
    "~",
    "%",
)
NON_STRING_KEYS: tuple[Any, ...] = (0, 200, 404, -3, 1.5, True, False, None, datetime.date(2020, 1, 2))


@dataclass
class Mutated:
    document: Any
    mutations: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return "; ".join(self.mutations)


def pointer(path: tuple[Token, ...]) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in path)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:40] + f"...({len(text)} chars)"


def walk(node: Any, path: tuple[Token, ...] = (), depth: int = 0) -> Iterator[tuple[tuple[Token, ...], Any]]:
    """Every (path, value) of the document below the root, parents first (to a depth of 60)."""
    if depth > 60:
        return
    if isinstance(node, dict):
        for key, value in list(node.items()):
            yield path + (key,), value
            yield from walk(value, path + (key,), depth + 1)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield path + (index,), value
            yield from walk(value, path + (index,), depth + 1)


def get(document: Any, path: tuple[Token, ...]) -> Any:
    node = document
    for token in path:
        node = node[token]
    return node


def _is_schema_path(path: tuple[Token, ...], value: Any) -> bool:
    """A guess good enough for choosing targets: a mapping under a key that holds schemas."""
    if not isinstance(value, dict) or not path:
        return False
    last = path[-1]
    parent = path[-2] if len(path) > 1 else None
    return (
        last in ("schema", "items", "additionalProperties", "not")
        or parent in ("schemas", "properties", "$defs", "allOf", "oneOf", "anyOf", "prefixItems")
        and not (parent == "schemas" and len(path) == 2)
    )


class Mutator:
    def __init__(self, document: Any, rng: random.Random) -> None:
        self.doc = document
        self.rng = rng
        self.entries = list(walk(document))
        self.log: list[str] = []

    # ---------------------------------------------------------------- choosing places

    def _pick(self, wanted: Callable[[tuple[Token, ...], Any], bool]) -> tuple[Token, ...] | None:
        candidates = [path for path, value in self.entries if wanted(path, value)]
        return self.rng.choice(candidates) if candidates else None

    def _entry(self, structural_bias: float = 0.7) -> tuple[Token, ...] | None:
        if self.rng.random() < structural_bias:
            found = self._pick(lambda p, v: p[-1] in STRUCTURAL)
            if found is not None:
                return found
        return self._pick(lambda p, v: True)

    def _key_under(self, *parents: str) -> tuple[Token, ...] | None:
        """A key (a string) of a mapping that is the value of one of `parents`."""
        return self._pick(lambda p, v: len(p) >= 2 and isinstance(p[-1], str) and p[-2] in parents)

    def _schema(self) -> tuple[Token, ...] | None:
        return self._pick(_is_schema_path)

    def _set(self, path: tuple[Token, ...], value: Any) -> None:
        if not path:
            self.doc = value
            return
        get(self.doc, path[:-1])[path[-1]] = value

    def _refresh(self) -> None:
        self.entries = list(walk(self.doc))

    # ---------------------------------------------------------------- the mutations

    def wrong_type(self) -> None:
        path = self._entry()
        if path is None:
            return
        old = get(self.doc, path)
        choices = [v for v in JSON_VALUES if type(v) is not type(old)]
        value = copy.deepcopy(self.rng.choice(choices))
        self._set(path, value)
        self.log.append(f"wrong type at {pointer(path)}: {type(old).__name__} -> {_short(value)}")

    def delete_key(self) -> None:
        path = self._pick(lambda p, v: isinstance(p[-1], str) and p[-1] in STRUCTURAL) or self._entry(0)
        if path is None:
            return
        parent = get(self.doc, path[:-1])
        if isinstance(parent, dict):
            del parent[path[-1]]
        else:
            del parent[int(path[-1])]
        self.log.append(f"deleted {pointer(path)}")

    def _set_keyword(self, keyword: str, values: tuple[Any, ...], existing: float) -> None:
        """Give a schema's `keyword` one of `values`: one that has it (with probability `existing`), or any."""
        path = self._pick(lambda p, v: p[-1] == keyword) if self.rng.random() < existing else None
        if path is None:
            path = self._schema()
            if path is None:
                return
            path = path + (keyword,)
        value = copy.deepcopy(self.rng.choice(values))
        get(self.doc, path[:-1])[keyword] = value
        self.log.append(f"{keyword} at {pointer(path)} set to {_short(value)}")

    def odd_ref(self) -> None:
        self._set_keyword("$ref", ODD_REFS, 0.7)

    def cyclic_ref(self) -> None:
        """A schema that refers to itself, to its parent, or two schemas that refer only to each other."""
        path = self._schema()
        if path is None:
            return
        how = self.rng.choice(("self", "parent", "pair", "sibling-member"))
        if how == "self":
            self._set(path, {"$ref": "#" + pointer(path)})
        elif how == "parent":
            target = path[:-2] if len(path) > 2 else path
            self._set(path, {"$ref": "#" + pointer(target)})
        elif how == "pair":
            other = self._schema() or path
            self._set(path, {"$ref": "#" + pointer(other)})
            try:
                self._set(other, {"$ref": "#" + pointer(path)})
            except (KeyError, IndexError, TypeError):
                pass
        else:
            self._set(path, {"allOf": [{"$ref": "#" + pointer(path)}], "properties": {"a": {"type": "string"}}})
        self.log.append(f"cyclic $ref ({how}) at {pointer(path)}")

    def composition(self) -> None:
        path = self._schema()
        if path is None:
            return
        old = get(self.doc, path)
        keyword = self.rng.choice(("allOf", "oneOf", "anyOf"))
        how = self.rng.choice(("empty", "nested", "scalars", "mixed", "single-self", "beside-properties"))
        if how == "empty":
            value: Any = {keyword: []}
        elif how == "nested":
            value = old
            for _ in range(self.rng.randint(2, 12)):
                value = {self.rng.choice(("allOf", "oneOf", "anyOf")): [value]}
        elif how == "scalars":
            value = {keyword: [1, "x", None, True, [], {}]}
        elif how == "mixed":
            value = {
                keyword: [old, {"type": "string"}, {"type": "object", "properties": {"z": {}}}, {"enum": [1, "a"]}]
            }
        elif how == "single-self":
            value = {keyword: [{"$ref": "#" + pointer(path)}]}
        else:
            value = {keyword: [old, {"type": "integer"}], "properties": {"p": {"type": "string"}}, "required": ["q"]}
        if self.rng.random() < 0.3:
            value["discriminator"] = self.rng.choice(
                (
                    {"propertyName": "kind", "mapping": {"a": 5, "b": "#/components/schemas/Nope", 3: None}},
                    {"propertyName": 7},
                    "kind",
                    {"mapping": ["x"]},
                    {"propertyName": "kind", "mapping": "x"},
                )
            )
        self._set(path, value)
        self.log.append(f"{how} {keyword} at {pointer(path)}")

    def bogus_type(self) -> None:
        self._set_keyword("type", BOGUS_TYPES, 0.8)

    def huge_name(self) -> None:
        """A key or a name thousands of characters long (property, schema, path, operationId, tag, media type...)."""
        length = self.rng.choice((300, 1000, 5000, 20000))
        text = self.rng.choice(("a", "Ab", "x-y_", "ü", "{p}", "9", " ")) * (length // 2)
        if self.rng.random() < 0.5:
            path = self._key_under(
                "properties", "schemas", "paths", "content", "responses", "securitySchemes", "mapping", "variables"
            )
            if path is None:
                return
            parent = get(self.doc, path[:-1])
            parent[text] = parent.pop(path[-1])
            self.log.append(f"key {pointer(path)} renamed to a {len(text)}-character name")
        else:
            path = self._pick(
                lambda p, v: (
                    isinstance(v, str)
                    and p[-1]
                    in (
                        "operationId",
                        "name",
                        "title",
                        "propertyName",
                        "url",
                        "$ref",
                        "format",
                        "description",
                        "in",
                        "style",
                    )
                )
            )
            if path is None:
                path = self._pick(lambda p, v: isinstance(v, list) and p[-1] in ("tags", "enum", "required"))
                if path is None:
                    return
                get(self.doc, path).append(text)
                self.log.append(f"a {len(text)}-character item appended to {pointer(path)}")
                return
            old = get(self.doc, path)
            value = old + text if path[-1] == "$ref" else text
            self._set(path, value)
            self.log.append(f"{pointer(path)} set to a {len(value)}-character string")

    def non_string_key(self) -> None:
        path = self._pick(lambda p, v: isinstance(p[-1], str) and len(p) >= 1)
        if path is None:
            return
        self._rename(path, self.rng.choice(NON_STRING_KEYS), "replaced by the non-string key")

    def yaml_scalar(self) -> None:
        """What YAML makes of unquoted text: a date, a datetime, a float version, yes/no booleans."""
        path = self._pick(lambda p, v: isinstance(v, str) or p[-1] in ("version", "default", "example", "enum"))
        if path is None:
            return
        value = self.rng.choice(
            (
                datetime.date(2021, 3, 4),
                datetime.datetime(2021, 3, 4, 5, 6, 7),
                1.10,
                [True, False, None],
                [datetime.date(2020, 1, 1)],
                {datetime.date(2020, 1, 1): "x"},
                float("nan"),
                float("inf"),
                [float("-inf"), 1e308],
            )
        )
        self._set(path, value)
        self.log.append(f"{pointer(path)} set to the YAML value {_short(value)}")

    def deep_nesting(self) -> None:
        path = self._schema()
        if path is None:
            path = self._entry(0)
            if path is None:
                return
        depth = self.rng.choice((20, 60, 120, 250, 600))
        how = self.rng.choice(("items", "properties", "allOf", "oneOf", "additionalProperties", "value"))
        value: Any = get(self.doc, path) if how != "value" else 1
        for _ in range(depth):
            if how == "items":
                value = {"type": "array", "items": value}
            elif how == "properties":
                value = {"type": "object", "properties": {"p": value}}
            elif how in ("allOf", "oneOf"):
                value = {how: [value]}
            elif how == "additionalProperties":
                value = {"type": "object", "additionalProperties": value}
            else:
                value = [value]
        self._set(path, value)
        self.log.append(f"{pointer(path)} nested {depth} levels deep in {how}")

    def shuffle_structure(self) -> None:
        """A list where a mapping belongs or the other way round, keeping the content (paths as a list, ...)."""
        path = self._pick(lambda p, v: isinstance(v, (dict, list)) and bool(v) and p[-1] in STRUCTURAL)
        if path is None:
            return
        old = get(self.doc, path)
        if isinstance(old, dict):
            value: Any = list(old.values()) if self.rng.random() < 0.5 else [{k: v} for k, v in old.items()]
        else:
            value = {str(i): v for i, v in enumerate(old)}
        self._set(path, value)
        self.log.append(f"{pointer(path)}: {type(old).__name__} turned into {type(value).__name__}")

    def odd_keyword(self) -> None:
        """A keyword whose value is one of a closed set (in, style, format, scheme...) gets another string."""
        if self.rng.random() < 0.5:
            path = self._pick(lambda p, v: isinstance(v, str) and p[-1] in ODD_TEXT_KEYWORDS)
            if path is None:
                return
            value = self.rng.choice(ODD_TEXTS)
            self._set(path, value)
            self.log.append(f"{pointer(path)} set to {_short(value)}")
            return
        path = self._key_under(
            "content", "responses", "paths", "properties", "encoding", "securitySchemes", "variables", "mapping"
        )
        if path is None:
            return
        self._rename(path, self.rng.choice(ODD_KEYS), "renamed to")

    def _rename(self, path: tuple[Token, ...], key: Any, how: str) -> None:
        parent = get(self.doc, path[:-1])
        if key not in parent:
            parent[key] = parent.pop(path[-1])
            self.log.append(f"key {pointer(path)} {how} {_short(key)}")

    def diamond(self) -> None:
        """A chain of new component schemas, each referring to the next twice (allOf, oneOf, or array and union),
        used at a schema of the document: spelled out naively, it takes exponential time or space."""
        path = self._schema()
        components = self.doc.get("components") if isinstance(self.doc, dict) else None
        if path is None or not isinstance(components, dict) or not isinstance(components.get("schemas"), dict):
            return
        schemas = components["schemas"]
        depth = self.rng.choice((20, 40, 80))
        how = self.rng.choice(("allOf", "oneOf", "anyOf", "items", "map", "cycle"))
        chain = sum(1 for name in schemas if str(name).endswith("_0") and str(name).startswith("Diamond"))
        names = [f"Diamond{chain}_{i}" for i in range(depth)]  # a name of its own for each chain
        for i, name in enumerate(names):
            if i + 1 < depth:
                ref: Any = {"$ref": f"#/components/schemas/{names[i + 1]}"}
            elif how == "cycle":
                ref = {"$ref": f"#/components/schemas/{names[0]}"}
            else:
                ref = {"type": "object", "properties": {"leaf": {"type": "string"}}}
            if how == "items" or how == "cycle":
                schemas[name] = {"type": "array", "items": {"oneOf": [ref, {"type": "array", "items": ref}]}}
            elif how == "map":
                schemas[name] = {"anyOf": [ref, {"type": "object", "additionalProperties": ref}]}
            else:
                schemas[name] = {how: [ref, copy.deepcopy(ref)]}
        self._set(path, {"$ref": f"#/components/schemas/{names[0]}"})
        self.log.append(f"{pointer(path)} refers to a diamond of {depth} schemas ({how})")

    MUTATIONS = (
        "wrong_type",
        "wrong_type",
        "wrong_type",
        "delete_key",
        "delete_key",
        "odd_ref",
        "odd_ref",
        "cyclic_ref",
        "composition",
        "composition",
        "bogus_type",
        "huge_name",
        "non_string_key",
        "yaml_scalar",
        "deep_nesting",
        "shuffle_structure",
        "odd_keyword",
        "odd_keyword",
        "diamond",
    )

    def mutate(self, count: int) -> None:
        for _ in range(count):
            getattr(self, self.rng.choice(self.MUTATIONS))()
            self._refresh()


def mutate(document: Any, seed: str, count: int | None = None) -> Mutated:
    """A mutated deep copy of `document`: 1 to 3 mutations (or `count`) chosen by `seed`."""
    rng = random.Random(seed)
    mutator = Mutator(copy.deepcopy(document), rng)
    mutator.mutate(count if count is not None else rng.choice((1, 1, 2, 3)))
    return Mutated(mutator.doc, mutator.log)


# -------------------------------------------------------------------------------- slicing big documents


def _refs(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def slice_document(document: Any, rng: random.Random, max_paths: int = 6) -> Any:
    """The document with `max_paths` of its paths (chosen by `rng`) and only the components they reach."""
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        return document
    paths = document["paths"]
    if len(paths) <= max_paths:
        return document
    chosen = sorted(rng.sample(sorted(paths, key=str), max_paths), key=str)
    result = {k: v for k, v in document.items() if k not in ("paths", "components", "webhooks")}
    result["paths"] = {p: paths[p] for p in chosen}
    found = document.get("components")
    components: dict[str, Any] = found if isinstance(found, dict) else {}
    kept: dict[str, dict[str, Any]] = {}
    if isinstance(components.get("securitySchemes"), dict):
        kept["securitySchemes"] = components["securitySchemes"]
    pending = list(_refs(result["paths"]))
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen or not ref.startswith("#/components/"):
            continue
        seen.add(ref)
        tokens = [_unescape(t) for t in ref[len("#/components/") :].split("/")]
        if len(tokens) < 2:
            continue
        section, name = tokens[0], tokens[1]
        source = components.get(section)
        if isinstance(source, dict) and name in source and name not in kept.setdefault(section, {}):
            kept[section][name] = source[name]
            pending.extend(_refs(source[name]))
    result["components"] = kept
    return result


# -------------------------------------------------------------------------------- reading and writing


def load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _json_only(node: Any) -> bool:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if not all(isinstance(k, str) for k in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif not (item is None or isinstance(item, (str, int, float, bool))):
            return False
    return True


def write(document: Any, folder: Path, stem: str = "spec") -> Path:
    """The document as JSON when JSON can hold it, else as YAML (non-string keys, dates)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))  # deeply nested documents (the encoders recurse)
    try:
        if _json_only(document):
            path = folder / f"{stem}.json"
            path.write_text(json.dumps(document), encoding="utf-8")
        else:
            path = folder / f"{stem}.yaml"
            path.write_text(yaml_text(document), encoding="utf-8")
    finally:
        sys.setrecursionlimit(limit)
    return path


_PLACEHOLDER = re.compile(r'"\\u0000plain(\d+)\\u0000"')
_SURROGATES = re.compile(r"\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})")


def yaml_text(document: Any) -> str:
    """YAML in flow style (JSON, with plain scalars for keys that are not strings and for dates): unlike PyYAML's
    dumper, it writes documents nested hundreds of levels deep."""
    plain: list[str] = []

    def scalar(value: Any) -> str | None:
        if isinstance(value, bool):
            return "true" if value else "false"
        if value is None:
            return "null"
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        if isinstance(value, float) and not math.isfinite(value):
            return ".nan" if math.isnan(value) else ".inf" if value > 0 else "-.inf"
        if isinstance(value, (int, float)):
            return repr(value)
        return None

    def token(text: str) -> str:
        plain.append(text)
        return f"\0plain{len(plain) - 1}\0"

    def convert(node: Any) -> Any:
        if isinstance(node, dict):
            return {k if isinstance(k, str) else token(scalar(k) or str(k)): convert(v) for k, v in node.items()}
        if isinstance(node, list):
            return [convert(v) for v in node]
        if isinstance(node, (datetime.date, datetime.datetime)) or (
            isinstance(node, float) and not math.isfinite(node)
        ):
            return token(scalar(node) or "")
        return node

    text = json.dumps(convert(document))
    text = _SURROGATES.sub(
        lambda m: "\\U%08x" % (0x10000 + ((int(m[1], 16) - 0xD800) << 10) + int(m[2], 16) - 0xDC00), text
    )
    return _PLACEHOLDER.sub(lambda m: plain[int(m[1])], text) + "\n"


def make_case(document: Any, seed: str) -> Mutated:
    """The case a seed names: the document sliced (when big) and then mutated, both decided by the seed."""
    rng = random.Random(f"slice:{seed}")
    return mutate(slice_document(document, rng, rng.randint(3, 12)), seed)


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec, seed = Path(argv[0]), argv[1]
    mutated = make_case(load(spec), seed)
    print("\n".join(mutated.mutations))
    if len(argv) > 2:
        out = Path(argv[2])
        out.mkdir(parents=True, exist_ok=True)
        print(write(mutated.document, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
