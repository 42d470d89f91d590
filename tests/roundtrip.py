"""Property-based round trips of generated models, with instances made from the raw spec's JSON Schemas.

`instances` builds values for a schema of the document itself (not from clientgen's model), and every value is
kept only when a JSON Schema validator accepts it. `check_spec` then reads each with the generated model's
`from_dict` and writes it back with `to_dict` (the JSON must come back the same, date-times compared as instants),
and breaks each value in one place (a property given a value of another JSON type, which the validator must
refuse): `from_dict` must raise `ValidationError` naming that property.
"""

from __future__ import annotations

import base64
import datetime
import importlib
import random
import re
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import rawspec

# Binary strings are file contents, held as files by the models of uploads, which check nothing about them in
# from_dict: a documented limit (README, "Round trips"), so such a property is never the one broken.
BINARY = "binary:"


# Strings of usual shapes, tried against a schema's `pattern`.
_PATTERN_CANDIDATES = (
    "abc", "a", "A", "1", "123", "abc123", "Abc-1_2.3", "a b", "ABC", "2020-01-01", "2020-01-01T00:00:00Z",
    "12:30", "https://example.com/a", "arn:aws:iam::123456789012:role/a", "a@example.com", "+14155550100",
    "0123456789abcdef", "00000000-0000-4000-8000-000000000000", "US", "en-US", "sg-0123456789abcdef0",
    "projects/p/locations/l", "a/b", "a:b", "*",
)


_CATEGORY = {"CATEGORY_DIGIT": "7", "CATEGORY_WORD": "w", "CATEGORY_SPACE": " ", "CATEGORY_NOT_DIGIT": "x",
             "CATEGORY_NOT_WORD": "-", "CATEGORY_NOT_SPACE": "s"}


class GiveUp(Exception):
    """The schema asks for something this generator does not make (a pattern, a deep recursion)."""


@dataclass
class Report:
    spec: str
    schemas: int = 0  # component schemas that are models
    tried: int = 0  # of those, with at least one valid instance
    instances: int = 0
    broken: int = 0  # instances broken in one place and refused
    limits: int = 0  # broken instances accepted only because `additionalProperties: false` is not enforced
    failures: list[str] = field(default_factory=list)


class Maker:
    """Values for the schemas of one document."""

    def __init__(self, document: Any, rng: random.Random) -> None:
        self.document = document
        self.rng = rng
        self.openapi30 = str(document.get("openapi", "")).startswith("3.0")

    def follow(self, schema: Any, depth: int = 0) -> Any:
        while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            if depth > 20 or not schema["$ref"].startswith("#"):
                raise GiveUp("$ref")
            node: Any = self.document
            for token in urllib.parse.unquote(schema["$ref"][1:]).split("/")[1:]:
                token = token.replace("~1", "/").replace("~0", "~")
                node = node[int(token)] if isinstance(node, list) else node[token]
            schema, depth = node, depth + 1
        return schema

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.follow(schema)
        if depth > 8:
            raise GiveUp("depth")
        if not isinstance(schema, dict) or not schema:
            return self.rng.choice(["x", 1, True])
        if self.openapi30 and schema.get("nullable") is True and self.rng.random() < 0.15:
            return None
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self.rng.choice(schema["enum"])
        if isinstance(schema.get("allOf"), list):
            return self.merged(schema, depth)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list) and schema[keyword]:
                return self.value(self.rng.choice(schema[keyword]), depth + 1)
        kind = schema.get("type")
        if isinstance(kind, list):
            choices = [k for k in kind if k != "null"]
            if "null" in kind and (not choices or self.rng.random() < 0.15):
                return None
            kind = self.rng.choice(choices)
        if kind == "object" or (kind is None and "properties" in schema):
            return self.obj(schema.get("properties") or {}, set(schema.get("required") or []), depth)
        if kind == "array" or (kind is None and "items" in schema):
            low = int(schema.get("minItems", 0))
            high = min(int(schema.get("maxItems", low + 2)), low + 2)
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(self.rng.randint(low, max(low, high)))]
        if kind == "string":
            return self.string(schema)
        if kind == "integer":
            return self.rng.randint(int(schema.get("minimum", 0)), int(schema.get("maximum", 1000)))
        if kind == "number":
            low, high = float(schema.get("minimum", 0)), float(schema.get("maximum", 1000))
            return round(self.rng.uniform(low, high), 3)
        if kind == "boolean":
            return self.rng.random() < 0.5
        return self.rng.choice(["x", 1])

    def merged(self, schema: dict[str, Any], depth: int) -> Any:
        properties: dict[str, Any] = {}
        required: set[str] = set()
        pending = [schema]
        while pending:
            part = self.follow(pending.pop(0))
            if not isinstance(part, dict):
                continue
            pending.extend(part.get("allOf") or [])
            properties.update(part.get("properties") or {})
            required |= set(part.get("required") or [])
        if not properties:
            members = [m for m in schema["allOf"] if self.follow(m)]
            return self.value(members[0], depth + 1) if members else {}
        return self.obj(properties, required, depth)

    def obj(self, properties: dict[str, Any], required: set[str], depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in sorted(properties):
            if name in required or (depth < 4 and self.rng.random() < 0.5):
                out[name] = self.value(properties[name], depth + 1)
        return out

    def string(self, schema: dict[str, Any]) -> str:
        fmt = schema.get("format")
        moment = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
            seconds=self.rng.randint(0, 10**8)
        )
        if fmt == "date-time":
            return moment.isoformat().replace("+00:00", "Z")
        if fmt == "date":
            return moment.date().isoformat()
        if fmt == "uuid":
            return f"{self.rng.getrandbits(32):08x}-0000-4000-8000-{self.rng.getrandbits(48):012x}"
        if fmt == "binary":
            return BINARY + "".join(self.rng.choice("abcdefghij") for _ in range(4))
        if fmt == "byte":
            return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(6))).decode()
        low = int(schema.get("minLength", 1))
        high = max(low, min(int(schema.get("maxLength", low + 8)), low + 8))
        text = "".join(self.rng.choice("abcdefghij") for _ in range(self.rng.randint(low, high)))
        if isinstance(schema.get("pattern"), str):
            return self.matching(schema["pattern"], text, low, int(schema.get("maxLength", 10**6)))
        return text

    def matching(self, pattern: str, text: str, low: int, high: int) -> str:
        """A string the pattern accepts, from a few usual shapes; else give up."""
        try:
            regex = re.compile(pattern)
        except re.error:
            raise GiveUp("pattern") from None
        candidates = [text, *_PATTERN_CANDIDATES, "a" * low, "1" * low, "A" * low]
        try:
            tree = re._parser.parse(pattern)  # type: ignore[attr-defined]
            candidates += [self.sample(tree) for _ in range(5)]
        except (re.error, GiveUp, RecursionError, ValueError, IndexError):
            pass
        for candidate in candidates:
            if low <= len(candidate) <= high and regex.search(candidate):
                return candidate
        raise GiveUp("pattern")

    def sample(self, tree: Any) -> str:
        """A string of a parsed regular expression (literals, sets, repeats, groups, alternatives)."""
        out: list[str] = []
        for op, arg in tree:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(arg))
            elif name == "ANY":
                out.append("a")
            elif name == "IN":
                out.append(self.member(arg))
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, inner = arg
                count = self.rng.randint(low, min(high, low + 3))
                out.extend(self.sample(inner) for _ in range(count))
            elif name == "SUBPATTERN":
                out.append(self.sample(arg[-1]))
            elif name == "BRANCH":
                out.append(self.sample(self.rng.choice(arg[1])))
            elif name == "CATEGORY":
                out.append(_CATEGORY.get(str(arg), "a"))
            elif name in ("AT", "ASSERT", "ASSERT_NOT"):
                continue
            else:
                raise GiveUp(name)
        return "".join(out)

    def member(self, items: Any) -> str:
        choices: list[str] = []
        for op, arg in items:
            name = str(op)
            if name == "NEGATE":
                return "~" if not any(str(o) == "LITERAL" and a == ord("~") for o, a in items) else "!"
            if name == "LITERAL":
                choices.append(chr(arg))
            elif name == "RANGE":
                choices.append(chr(self.rng.randint(arg[0], arg[1])))
            elif name == "CATEGORY":
                choices.append(_CATEGORY.get(str(arg), "a"))
        if not choices:
            raise GiveUp("set")
        return self.rng.choice(choices)


def _wrong(value: Any) -> Any:
    """A value of another JSON type."""
    if isinstance(value, bool):
        return "not a boolean"
    if isinstance(value, (int, float)):
        return "not a number"
    if isinstance(value, str):
        return 12345
    if isinstance(value, list):
        return "not an array"
    if isinstance(value, dict):
        return 7
    return [1]


def _places(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Paths of the properties inside a value (object keys, through arrays)."""
    found: list[tuple[str | int, ...]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            found.append((*path, key))
            found += _places(inner, (*path, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += _places(inner, (*path, i))
    return found


def _at(value: Any, path: tuple[str | int, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _broken(value: Any, path: tuple[str | int, ...]) -> Any:
    if not path:
        return _wrong(value)
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _broken(value[head], rest)}
    copy = list(value)
    copy[int(head)] = _broken(value[int(head)], rest)
    return copy


def check_spec(spec: Path, out: Path, package: str, per_schema: int = 3, seed: int = 0,
               limit: int | None = None) -> Report:
    """Round-trip instances of every component schema that is a model (at most `limit`), from the package in `out`."""
    document = rawspec.load(spec)
    classes, _ = rawspec.model_classes(spec, package)
    validator_for = rawspec.validators(document)
    for loaded in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[loaded]  # another spec's package of the same name
    sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    try:
        serde = importlib.import_module(f"{package}._serde")
        report = Report(spec.name)
        open_document: list[Any] = []  # the document without `additionalProperties: false`, made when needed

        def open_validator(pointer: str) -> Any:
            if not open_document:
                open_document.append(rawspec.validators(_open(document)))
            return open_document[0](pointer)

        schemas = sorted((document.get("components") or {}).get("schemas") or {})
        pointers = [p for p in (f"/components/schemas/{n.replace('~', '~0').replace('/', '~1')}" for n in schemas)
                    if p in classes]
        for pointer in pointers[:limit]:
            report.schemas += 1
            module, name = classes[pointer]
            cls = getattr(importlib.import_module(f"{package}.models.{module}"), name)
            validator = validator_for(pointer)
            maker = Maker(document, random.Random(f"{seed}{pointer}"))
            made = 0
            for _ in range(per_schema * 4):
                if made == per_schema:
                    break
                try:
                    instance = maker.value({"$ref": "#" + pointer})
                except (GiveUp, KeyError, IndexError, ValueError, TypeError, RecursionError):
                    continue
                if not isinstance(instance, dict) or not validator.is_valid(instance):
                    continue
                made += 1
                _check_instance(cls, serde, validator, open_validator, maker.rng, pointer, instance, report)
            report.tried += made > 0
            report.instances += made
        return report
    finally:
        sys.path.remove(str(out))


def _open(node: Any) -> Any:
    """The document as clients read it (README): unknown properties kept despite `additionalProperties: false`,
    enum values the spec does not list kept, and `oneOf` read as `anyOf` (the first variant that accepts the value
    wins)."""
    if isinstance(node, dict):
        return {
            ("anyOf" if k == "oneOf" else k): _open(v)
            for k, v in node.items()
            if not (k == "additionalProperties" and v is False) and not (k == "enum" and "type" in node)
        }
    if isinstance(node, list):
        return [_open(v) for v in node]
    return node


def _check_instance(cls: Any, serde: Any, validator: Any, open_validator: Any, rng: random.Random, pointer: str,
                    instance: Any, report: Report) -> None:
    try:
        back = cls.from_dict(instance).to_dict()
    except Exception as exc:  # noqa: BLE001 - every failure is a finding
        report.failures.append(f"{pointer}: {type(exc).__name__}: {str(exc)[:200]} for {_short(instance)}")
        return
    if not rawspec.same_json(back, instance):
        report.failures.append(f"{pointer}: to_dict gave {_short(back)} for {_short(instance)}")
        return
    places = _places(instance)
    rng.shuffle(places)
    for place in places:
        if isinstance(original := _at(instance, place), str) and original.startswith(BINARY):
            continue
        broken = _broken(instance, place)
        if validator.is_valid(broken):
            continue  # the schema allows any value there
        name = str([p for p in place if isinstance(p, str)][-1])
        try:
            cls.from_dict(broken)
        except serde.ValidationError as exc:
            if name not in str(exc):
                report.failures.append(f"{pointer}: breaking {place} raised {exc} (not naming {name!r})")
            else:
                report.broken += 1
        except Exception as exc:  # noqa: BLE001
            report.failures.append(f"{pointer}: breaking {place} raised {type(exc).__name__}: {exc}")
        else:
            if open_validator(pointer).is_valid(broken):
                report.limits += 1  # read as documented (unknown properties kept, oneOf as anyOf)
            else:
                report.failures.append(f"{pointer}: breaking {place} ({_short(broken)}) was accepted")
        return


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 200 else text[:200] + "..."
