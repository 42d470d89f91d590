"""Real third-party specs (../shared/specs and CLIENTGEN_EXTRA_SPECS): generate, import, round-trip, type-check.

For every spec: generation reports no errors; every generated module imports; every example in the spec that
belongs to a schema the client uses is read with the generated converters and written back, and must come back
equal; `mypy --strict` and `black --check` pass on the output. An example that fails to read counts against us
unless the spec's own JSON Schema rejects it too (then the example is wrong, and it is counted apart).

Add a spec without changing code: CLIENTGEN_EXTRA_SPECS=/path/a.yaml:/path/b.json python -m pytest tests/test_real_specs.py
"""

from __future__ import annotations

import base64
import datetime
import functools
import importlib
import json
import os
import pkgutil
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote, unquote

import jsonschema
import pytest
import referencing
import referencing.jsonschema
import yaml

from clientgen import ir
from clientgen.diagnostics import Diagnostic
from clientgen.naming import _class_name
from clientgen.pipeline import build
from clientgen.writer import write_files

from .conftest import SHARED_SPECS, import_fresh, run_black_check, run_mypy

LARGE = {"github-api.github.com.json", "stripe-spec3.yaml"}


def _spec_params() -> list[Any]:
    paths: list[Path] = []
    if SHARED_SPECS.is_dir():
        paths += sorted(p for p in SHARED_SPECS.iterdir() if p.suffix in (".yaml", ".yml", ".json"))
    extra = os.environ.get("CLIENTGEN_EXTRA_SPECS", "")
    paths += [Path(p).resolve() for p in extra.split(os.pathsep) if p]
    if not paths:
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"no real specs: {SHARED_SPECS} is absent"))]
    params = []
    for path in paths:
        marks = [pytest.mark.xdist_group(path.name)]
        if path.name in LARGE:
            marks.append(pytest.mark.slow)
        params.append(pytest.param(path, id=path.name, marks=marks))
    return params


@dataclass
class Generated:
    spec: Path
    out: Path
    package: str
    api: ir.Api
    diagnostics: list[Diagnostic]
    seconds: float
    module: ModuleType | None = None
    stats: dict[str, int] = field(default_factory=dict)


@pytest.fixture(scope="module", params=_spec_params())
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Generated:
    spec: Path = request.param
    package = "real_" + "".join(c if c.isalnum() else "_" for c in spec.stem).lower()
    out = tmp_path_factory.mktemp(package)
    start = time.perf_counter()
    result = build(spec, package)
    write_files(out, result.files)
    return Generated(spec, out, package, result.api, result.diagnostics, time.perf_counter() - start)


def test_generates_without_errors(generated: Generated) -> None:
    errors = [d for d in generated.diagnostics if d.severity == "error"]
    assert not errors, "\n".join(d.render() for d in errors)
    warnings = sum(1 for d in generated.diagnostics if d.severity == "warning")
    print(
        f"\n{generated.spec.name}: {generated.seconds:.1f} s, {len(generated.api.operations)} operations, "
        f"{len(generated.api.models)} models, {warnings} warnings"
    )


def test_every_module_imports(generated: Generated) -> None:
    pkg = import_fresh(generated.out, generated.package)
    names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
    for name in names:
        importlib.import_module(name)
    assert len(names) >= 6
    client = pkg.Client(base_url="http://127.0.0.1:9")
    groups = [name for name, value in vars(type(client)).items() if isinstance(value, functools.cached_property)]
    assert groups
    for name in groups:
        assert type(getattr(client, name)).__module__.startswith(f"{pkg.__name__}.api.")
    generated.module = pkg


# ------------------------------------------------------------------------------------------ examples
#
# Which examples to check, whether each is valid and which class reads it are decided from the raw document
# (parsed here, not by the generator) and a JSON Schema validator; only the class *name* comes from the generator.


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _JsonLikeYaml(_SafeLoader):  # type: ignore[misc]
    """YAML as JSON sees it: a date stays the text it is (YAML 1.2 has no timestamps, JSON none at all)."""


_JsonLikeYaml.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()
}


def _raw(spec: Path) -> Any:
    text = spec.read_text(encoding="utf-8")
    return json.loads(text) if spec.suffix == ".json" else yaml.load(text, Loader=_JsonLikeYaml)


_COMPONENT = "#/components/schemas/"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _target(raw: Any, ref: str) -> Any:
    node = raw
    for token in ref.removeprefix("#/").split("/"):
        node = node[unquote(token).replace("~1", "/").replace("~0", "~")]
    return node


def _component_of(raw: Any, schema: Any) -> str | None:
    """The component schema that `schema` is, through a chain of `$ref`s (`X: {$ref: Y}` is Y), or None."""
    name = None
    for _ in range(20):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            return name
        if not schema["$ref"].startswith(_COMPONENT) or "/" in schema["$ref"][len(_COMPONENT) :]:
            return None  # into another file, or into a component's insides
        name = unquote(schema["$ref"][len(_COMPONENT) :]).replace("~1", "/").replace("~0", "~")
        schema = raw["components"]["schemas"].get(name)
    return None


@dataclass
class Example:
    component: str  # the component schema it is an example of
    where: str  # where in the document (a JSON pointer; "assembled" ones name the component)
    value: Any


def _example_values(raw: Any, holder: dict[str, Any], pointer: str) -> list[tuple[str, Any]]:
    """A media type's or parameter's `example` and the values of its `examples` (Example Objects, maybe `$ref`s)."""
    found = [(f"{pointer}/example", holder["example"])] if "example" in holder else []
    for key, example in (holder.get("examples") or {}).items():
        if isinstance(example, dict) and isinstance(example.get("$ref"), str) and example["$ref"].startswith("#/"):
            example = _target(raw, example["$ref"])
        if isinstance(example, dict) and "value" in example:  # an `externalValue` is not in the document
            found.append((f"{pointer}/examples/{_escape(key)}", example["value"]))
    return found


def _properties(raw: Any, schema: Any, depth: int = 0) -> dict[str, Any] | None:
    """The properties of an object schema, those of its `allOf` parts included; None for a schema that is not a
    plain object (a union, an enum, an array, a primitive, a free-form map)."""
    if depth > 20 or not isinstance(schema, dict):
        return None
    if isinstance(schema.get("$ref"), str):
        return _properties(raw, _target(raw, schema["$ref"]), depth + 1) if schema["$ref"].startswith("#/") else None
    if schema.get("oneOf") or schema.get("anyOf") or "enum" in schema or schema.get("type") not in (None, "object"):
        return None
    found: dict[str, Any] = {}
    for part in schema.get("allOf") or []:
        found.update(_properties(raw, part, depth + 1) or {})
    if isinstance(schema.get("properties"), dict):
        found.update(schema["properties"])
    return found or None


def _own_example(raw: Any, schema: Any) -> list[Any]:
    """The example a schema gives itself (`example`, or the first of 3.1's `examples`), or that of its target."""
    for _ in range(20):
        if not isinstance(schema, dict):
            return []
        if "example" in schema:
            return [schema["example"]]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return [schema["examples"][0]]
        if not (isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/")):
            return []
        schema = _target(raw, schema["$ref"])
    return []


def _examples(raw: Any) -> tuple[list[Example], int]:
    """Every example of a component schema in the document, and how many examples are of inline schemas.

    Examples of a component: its own `example` (or 3.1 `examples`); those of every media type or parameter whose
    schema is the component (each item's, for an array of it); and one object assembled from the examples its
    properties give, when there are any."""
    schemas = (raw.get("components") or {}).get("schemas") or {}
    found: list[Example] = []
    for name, schema in schemas.items():
        if not isinstance(schema, dict):
            continue
        pointer = f"/components/schemas/{_escape(name)}"
        if "example" in schema:
            found.append(Example(name, f"{pointer}/example", schema["example"]))
        if isinstance(schema.get("examples"), list):
            found += [Example(name, f"{pointer}/examples/{i}", v) for i, v in enumerate(schema["examples"])]
        assembled = {
            key: values[0]
            for key, prop in (_properties(raw, schema) or {}).items()
            if (values := _own_example(raw, prop))
        }
        if assembled:
            found.append(Example(name, f"{pointer} (assembled from its properties' examples)", assembled))
    inline = 0
    stack: list[tuple[Any, str]] = [(raw, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, list):
            stack.extend((v, f"{pointer}/{i}") for i, v in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        holders = []
        if isinstance(node.get("content"), dict):
            content = node["content"].items()
            holders += [(f"{pointer}/content/{_escape(k)}", v) for k, v in content if isinstance(v, dict)]
        if "in" in node and "schema" in node:  # a parameter
            holders.append((pointer, node))
        for where, holder in holders:
            values = _example_values(raw, holder, where)
            schema = holder.get("schema")
            component = _component_of(raw, schema)
            plain = isinstance(schema, dict) and "$ref" not in schema
            items = _component_of(raw, schema.get("items")) if plain else None
            for at, value in values:
                if component is not None:
                    found.append(Example(component, at, value))
                elif items is not None and isinstance(value, list):
                    found += [Example(items, f"{at}/{i}", item) for i, item in enumerate(value)]
                else:
                    inline += 1
        for key, value in node.items():
            if key not in ("example", "examples", "enum", "default", "const") and not str(key).startswith("x-"):
                stack.append((value, f"{pointer}/{_escape(str(key))}"))
    return found, inline


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def _full_date(text: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and bool(datetime.date.fromisoformat(text))
    except ValueError:
        return False


def _base64(text: str) -> bool:
    try:
        base64.b64decode(text, validate=True)
        return True
    except ValueError:
        return False


def _nullable_as_json_schema(node: Any) -> Any:
    """An OpenAPI 3.0 document with `nullable: true` said the JSON Schema way: "null" among the types (or, for a
    schema without `type`, as an alternative). Example and enum values are data, and left as they are."""
    if isinstance(node, list):
        return [_nullable_as_json_schema(v) for v in node]
    if not isinstance(node, dict):
        return node
    data = ("example", "examples", "enum", "default")
    out = {k: v if k in data else _nullable_as_json_schema(v) for k, v in node.items()}
    if out.get("nullable") is True and "$ref" not in out:  # beside a $ref, 3.0 ignores it (as JSON Schema does)
        del out["nullable"]
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if isinstance(out.get("enum"), list) and None not in out["enum"]:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


class Validity:
    """Whether a value is valid for a component schema, by JSON Schema (draft 4 for OpenAPI 3.0 documents, with
    `nullable` translated; 2020-12 for 3.1), `$ref`s resolved in the whole document. The formats the client reads
    (date-time, date, uuid, byte) are checked as their RFCs say."""

    def __init__(self, raw: Any) -> None:
        self.is31 = str(raw.get("openapi", "")).startswith("3.1")
        document = raw if self.is31 else _nullable_as_json_schema(raw)
        specification = referencing.jsonschema.DRAFT202012 if self.is31 else referencing.jsonschema.DRAFT4
        self.registry: Any = referencing.Registry().with_resource("urn:spec", specification.create_resource(document))
        self.checker = jsonschema.FormatChecker(formats=())
        strings = {"date-time": _RFC3339.match, "date": _full_date, "uuid": _UUID.match, "byte": _base64}
        for name, check in strings.items():
            self.checker.checks(name)(lambda value, check=check: not isinstance(value, str) or bool(check(value)))
        self.validators: dict[str, Any] = {}

    def valid(self, component: str, value: Any) -> bool:
        validator = self.validators.get(component)
        if validator is None:
            cls: Any = jsonschema.Draft202012Validator if self.is31 else jsonschema.Draft4Validator
            ref = "urn:spec#" + quote(f"/components/schemas/{_escape(component)}", safe="/~")
            validator = cls({"$ref": ref}, registry=self.registry, format_checker=self.checker)
            self.validators[component] = validator
        return bool(validator.is_valid(value))


def _model_class(models: ModuleType, component: str, properties: set[str]) -> Any:
    """The generated class of a component schema. Its name is the generator's choice, so it is the one thing taken
    from the generator (`naming._class_name`, and the numbering `naming._unique` gives to names that collide);
    the class found must then read exactly the properties the raw schema declares."""
    wanted = _class_name(component)
    for name in [wanted, *(f"{wanted}{sep}{n}" for n in range(2, 6) for sep in ("", "_"))]:
        cls = getattr(models, name, None)
        if cls is not None and set(getattr(cls, "_json_names", ())) == properties:
            return cls
    return None


# Mutations of a field's value, one JSON type each: a field whose type the client does not check (typed Any by
# mistake) reads them; the client must refuse those the spec's own schema refuses.
_WRONG_TYPES: list[Any] = [{"mutated": [1]}, [["mutated"]], "mutated", 12345, True]


def _json_kind(value: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "array", dict: "object"}.get(
        type(value), "null"
    )


# Examples of component schemas the spec holds that are valid and so are tried, per spec (at least): the count
# depends only on the document and the validator. Specs with no example of a component schema say so here.
MIN_TRIED = {"edgeimpulse-studio.yaml": 6, "github-api.github.com.json": 881, "twilio-messaging-v1.yaml": 50}
NO_EXAMPLES = {
    "opc-3.1-specific.yaml": "it has no component schemas",
    "opc-baseline-openapi-3.0.json": "its one example is of an inline parameter schema",
    "opc-baseline-openapi-3.1.yaml": "its one example is of an inline parameter schema",
    "seed-edgeimpulse-whitelabel-apikey.yaml": "its schemas and media types give no example",
    "stripe-spec3.yaml": "it gives no example anywhere",
}


def test_examples_round_trip(generated: Generated) -> None:
    """Every valid example of a component schema is read by the component's generated class and written back
    unchanged (from_dict, then to_dict); the class refuses the example with any field given a wrong JSON type."""
    name = generated.spec.name
    raw = _raw(generated.spec)
    examples, inline = _examples(raw)
    if name in NO_EXAMPLES:
        assert not examples, f"{name} has examples now: count them in MIN_TRIED instead of NO_EXAMPLES"
        print(f"\n{name}: no example of a component schema to round-trip: {NO_EXAMPLES[name]}")
        return
    pkg = generated.module or import_fresh(generated.out, generated.package)
    validity = Validity(raw)
    schemas = raw["components"]["schemas"]
    tried = passed = invalid = not_models = mutated = refused = 0
    failures: list[str] = []
    classes: dict[str, Any] = {}
    for example in examples:
        if not validity.valid(example.component, example.value):
            invalid += 1  # the spec's own schema refuses it: the example is wrong, not the client
            continue
        properties = _properties(raw, schemas[example.component])
        if properties is None:
            not_models += 1  # an enum, a union, an array or a primitive: no class of its own
            continue
        if example.component not in classes:
            classes[example.component] = _model_class(pkg.models, example.component, set(properties))
            if classes[example.component] is None:
                failures.append(f"{example.component}: no generated class reads exactly {sorted(properties)}")
        cls = classes[example.component]
        tried += 1
        if cls is None:
            continue
        try:
            back = cls.from_dict(example.value).to_dict()
        except pkg.ValidationError as exc:
            failures.append(f"#{example.where}: {exc}")
            continue
        if back != example.value:
            failures.append(f"#{example.where}: wrote back {str(back)[:200]} instead of {str(example.value)[:200]}")
            continue
        passed += 1
        for key, value in (example.value.items() if isinstance(example.value, dict) else ()):
            if key not in properties:
                continue
            for wrong in _WRONG_TYPES:
                changed = {**example.value, key: wrong}
                if _json_kind(wrong) == _json_kind(value) or validity.valid(example.component, changed):
                    continue
                mutated += 1
                try:
                    cls.from_dict(changed)
                except pkg.ValidationError:
                    refused += 1
                else:
                    failures.append(f"#{example.where}: {key}={wrong!r} was read, though the schema refuses it")
                break
    print(
        f"\n{name}: {len(examples)} examples of component schemas, {invalid} invalid by the spec's own schema, "
        f"{not_models} of schemas without a class; {tried} tried, {passed} passed; {mutated} fields given a wrong "
        f"type, {refused} refused; {inline} examples of inline schemas not tried"
    )
    assert not failures, f"{len(failures)} examples failed:\n" + "\n".join(failures[:30])
    minimum = MIN_TRIED.get(name, 1)
    assert tried >= minimum, f"{name}: only {tried} examples tried, {minimum} expected (see MIN_TRIED)"


def test_mypy_strict(generated: Generated) -> None:
    run = run_mypy(generated.out, generated.package)
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]


def test_black_formatted(generated: Generated) -> None:
    run = run_black_check(generated.out)
    assert run.returncode == 0, run.stderr[-5000:]
