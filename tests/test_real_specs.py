"""Real third-party specs (../shared/specs and CLIENTGEN_EXTRA_SPECS): generate, import, round-trip, type-check.

For every spec: generation reports no errors; every generated module imports; every example in the spec that
belongs to a schema the client uses is read with the generated converters and written back, and must come back
equal; `mypy --strict` and `black --check` pass on the output. An example that fails to read counts against us
unless the spec's own JSON Schema rejects it too (then the example is wrong, and it is counted apart).

Add a spec without changing code: CLIENTGEN_EXTRA_SPECS=/path/a.yaml:/path/b.json python -m pytest tests/test_real_specs.py
"""

from __future__ import annotations

import functools
import importlib
import os
import pkgutil
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator import ir
from generator.diagnostics import Diagnostic
from generator.loader import Document, Loader
from generator.naming import name_api
from generator.graph import strongly_connected
from generator.pipeline import build
from generator.pytypes import Imports, PyTypes, model_specificity
from generator.resolve import resolve_with_types
from generator.writer import write_files

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


def _examples(data: Any) -> list[tuple[str, Any]]:
    """(pointer of the schema, example) for every example attached to a schema or a media type."""
    found: list[tuple[str, Any]] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    schema_keys = {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref", "additionalProperties"}
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            if "example" in node and schema_keys & node.keys() and "in" not in node:
                found.append((pointer, node["example"]))
            if "schema" in node and "in" not in node:
                schema_pointer = pointer + "/schema"
                if "example" in node:
                    found.append((schema_pointer, node["example"]))
                for example in (node.get("examples") or {}).values():
                    if isinstance(example, dict) and "value" in example:
                        found.append((schema_pointer, example["value"]))
            for key, value in node.items():
                if key not in ("example", "examples"):
                    stack.append((value, pointer + "/" + str(key).replace("~", "~0").replace("/", "~1")))
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{i}") for i, value in enumerate(node))
    return found


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _schema_rejects(document: Document, pointer: str, example: Any, type_: ir.TypeRef) -> bool:
    """Whether the spec itself says the example is invalid (JSON Schema, with formats checked as RFC 3339 says)."""
    import jsonschema
    import referencing
    import referencing.jsonschema
    from openapi_schema_validator import OAS30Validator, OAS31Validator

    is31 = str(document.data.get("openapi", "")).startswith("3.1")
    specification = referencing.jsonschema.DRAFT202012 if is31 else referencing.jsonschema.DRAFT4
    resource = specification.create_resource(document.data)
    registry = referencing.Registry().with_resource("urn:spec", resource)
    validator_class: Any = OAS31Validator if is31 else OAS30Validator
    if example is None and not isinstance(type_, ir.NullableType) and not is31:
        return True  # OpenAPI 3.0: null is a valid value only where the schema says nullable: true
    checker = jsonschema.FormatChecker(formats=())
    checker.checks("date-time")(lambda text: not isinstance(text, str) or bool(_RFC3339.match(text)))
    validator = validator_class({"$ref": "urn:spec#" + pointer}, registry=registry, format_checker=checker)
    return not validator.is_valid(example)


def test_examples_round_trip(generated: Generated) -> None:
    pkg = generated.module or import_fresh(generated.out, generated.package)
    loader = Loader()
    document = loader.load(generated.spec)
    api, _, type_at = resolve_with_types(loader, document)
    names = name_api(api, strongly_connected(api))
    specificity = model_specificity(api)
    models = {names.model_class[m.key]: names.model_module[m.key] for m in api.models}

    class Namespace(dict[str, Any]):
        def __missing__(self, key: str) -> Any:
            if key in models:
                module = importlib.import_module(f"{pkg.__name__}.models.{models[key]}")
                self[key] = getattr(module, key)
                return self[key]
            raise KeyError(key)

    namespace = Namespace(serde=pkg._serde)
    converters: dict[ir.TypeRef, Any] = {}
    passed = invalid_in_spec = 0
    failures: list[str] = []
    for pointer, example in _examples(document.data):
        type_ = type_at.get((document.path, pointer))
        if type_ is None:
            continue  # a schema the client never uses (webhooks, callbacks)
        if type_ not in converters:
            expression = PyTypes(names, Imports(), specificity).converter(type_)
            converters[type_] = eval(expression, {}, namespace)  # noqa: S307 (our own generated expression)
        try:
            value = converters[type_](example, "example", "")
        except pkg.ValidationError as exc:
            if _schema_rejects(document, pointer, example, type_):
                invalid_in_spec += 1
                continue
            failures.append(f"#{pointer}: {exc}")
            continue
        back = pkg._serde.dump(value)
        if back != example:
            failures.append(f"#{pointer}: wrote back {str(back)[:200]} instead of {str(example)[:200]}")
        else:
            passed += 1
    print(f"\n{generated.spec.name}: {passed} examples round-tripped, {invalid_in_spec} invalid in the spec itself")
    assert not failures, f"{len(failures)} examples failed:\n" + "\n".join(failures[:30])


def test_mypy_strict(generated: Generated) -> None:
    run = run_mypy(generated.out, generated.package)
    assert run.returncode == 0, run.stdout[-5000:] + run.stderr[-2000:]


def test_black_formatted(generated: Generated) -> None:
    run = run_black_check(generated.out)
    assert run.returncode == 0, run.stderr[-5000:]
