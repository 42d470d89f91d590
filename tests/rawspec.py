"""The raw spec as the checks of tests/ and benchmarks/corpus.py read it: independent of clientgen's model.

Documents are loaded as JSON/YAML and schemas are judged by a JSON Schema validator (jsonschema) on the document
itself, so that a check built on them cannot repeat a mistake of the generator. What may come from clientgen is
only where a schema's generated class is (`model_classes`: its names).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any


def model_classes(spec: Path, package: str) -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    """(schema pointer -> (models module, class name), (schema pointer, JSON name) -> attribute) of the package
    clientgen generates from `spec` as `package`."""
    from clientgen.graph import strongly_connected
    from clientgen.naming import Renames, name_api
    from clientgen.pipeline import build

    api = build(spec, package, formatted=False, run_validator=False).api
    names = name_api(api, strongly_connected(api), Renames())
    classes = {m.pointer: (names.model_module[m.key], names.model_class[m.key]) for m in api.models}
    attrs = {(m.pointer, f.json_name): names.field_attr[(m.key, f.json_name)] for m in api.models for f in m.fields}
    return classes, attrs


def load(spec: Path) -> Any:
    text = spec.read_text(encoding="utf-8-sig")
    if spec.suffix == ".json":
        return json.loads(text)
    import yaml

    return yaml.safe_load(text)


def examples(document: Any) -> list[tuple[str, Any, str]]:
    """(schema pointer, example, where it is) for every example of the document: a schema's own `example` or
    `examples`, and a media type's or parameter's `example`/`examples` for its `schema` (a `$ref` there is
    followed to the schema it names)."""
    found: list[tuple[str, Any, str]] = []

    def schema_at(pointer: str, node: Any) -> str:
        ref = node.get("$ref") if isinstance(node, dict) else None
        return ref[1:] if isinstance(ref, str) and ref.startswith("#/") else pointer

    def walk(node: Any, pointer: str, parent_key: str) -> None:
        if isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{pointer}/{i}", "")
            return
        if not isinstance(node, dict):
            return
        if parent_key not in ("properties", "examples") and not parent_key.startswith("x-"):
            if "schema" in node and isinstance(node["schema"], dict):
                target = schema_at(pointer + "/schema", node["schema"])
                if "example" in node:
                    found.append((target, node["example"], f"#{pointer}/example"))
                if isinstance(node.get("examples"), dict):
                    for key, entry in sorted(node["examples"].items()):
                        if isinstance(entry, dict) and "value" in entry:
                            found.append((target, entry["value"], f"#{pointer}/examples/{_escape(key)}/value"))
            elif "example" in node and ("type" in node or "properties" in node or "$ref" in node):
                found.append((schema_at(pointer, node), node["example"], f"#{pointer}/example"))
            if isinstance(node.get("examples"), list) and ("type" in node or "properties" in node):
                found.extend((pointer, e, f"#{pointer}/examples/{i}") for i, e in enumerate(node["examples"]))
        for key, value in node.items():
            if key not in ("example", "examples"):
                walk(value, f"{pointer}/{_escape(str(key))}", str(key))

    walk(document, "", "")
    return found


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def validators(document: Any) -> Any:
    """A function from a schema pointer to a JSON Schema validator for it, the whole document as its root."""
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    if str(document.get("openapi", "3.0")).startswith("3.0"):
        cls, spec = _openapi30_validator(), DRAFT4
    else:
        cls, spec = _tolerant(jsonschema.Draft202012Validator, {}), DRAFT202012
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource(contents=document, specification=spec))
    checker = _FORMATS

    def validator(pointer: str) -> Any:
        return cls({"$ref": "urn:spec#" + pointer}, registry=registry, format_checker=checker)

    return validator


def _base64(value: object) -> bool:
    import base64
    import binascii

    if not isinstance(value, str):
        return True
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _format_checker() -> Any:
    """JSON Schema's formats (date, date-time, uuid, ...), and OpenAPI's `byte`: base64."""
    import jsonschema

    checker = jsonschema.FormatChecker(jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers)
    checker.checks("byte")(_base64)
    return checker


_FORMATS = _format_checker()


def _openapi30_validator() -> Any:
    """Draft 4, the base of OpenAPI 3.0's schemas, where `nullable: true` also allows null. The document is not
    rewritten (pointers into it must stay valid): every keyword lets null pass where its schema is nullable."""
    import jsonschema

    base = jsonschema.Draft4Validator

    def nullable(check: Any) -> Any:
        def validate(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
            if instance is None and isinstance(schema, dict) and schema.get("nullable") is True:
                return
            yield from check(validator, value, instance, schema)

        return validate

    return _tolerant(base, {k: nullable(v) for k, v in base.VALIDATORS.items()})


def _tolerant(base: Any, checks: dict[str, Any]) -> Any:
    """`base` with `checks`, where a `pattern` Python cannot compile (`\\p{L}`, ECMA-262 only) checks nothing."""
    import jsonschema

    pattern = checks.get("pattern", base.VALIDATORS["pattern"])

    def lenient_pattern(validator: Any, value: Any, instance: Any, schema: Any) -> Any:
        try:
            re.compile(value)
        except (re.error, TypeError):
            return
        yield from pattern(validator, value, instance, schema)

    return jsonschema.validators.extend(base, {**checks, "pattern": lenient_pattern})


def same_json(a: Any, b: Any) -> bool:
    """Equal JSON, with date-time strings compared as instants and 1 == 1.0 (what to_dict may rewrite)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b))
    if isinstance(a, str) and isinstance(b, str) and a != b:
        return _instant(a) is not None and _instant(a) == _instant(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _instant(text: str) -> Any:
    import datetime

    try:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
