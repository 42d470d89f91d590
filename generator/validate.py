"""Stage 2, validate: check the document against the OpenAPI specification.

Whether the document is OpenAPI 3.0 or 3.1 at all is an error (nothing can be generated otherwise). Everything
openapi-spec-validator reports beyond that becomes a warning: real specs are often slightly invalid and still
describe a usable API. `strict=True` turns those warnings into errors.
"""

from __future__ import annotations

from typing import Any

from .diagnostics import Diagnostic, join_pointer
from .loader import Document

SUPPORTED = ("3.0", "3.1")


def check_version(document: Document) -> list[Diagnostic]:
    """Errors when the document is not an OpenAPI 3.0/3.1 document; empty when it is."""
    where = document.display_path
    data = document.data
    if not isinstance(data, dict):
        return [
            Diagnostic(
                "error",
                "this file is not an OpenAPI document: its top level is not a mapping",
                where,
                line=document.line_of(""),
                hint="pass the path of an OpenAPI 3.0 or 3.1 document (YAML or JSON)",
            )
        ]
    if "swagger" in data:
        return [
            Diagnostic(
                "error",
                f"this is a Swagger {data.get('swagger')} document; clientgen reads OpenAPI 3.0 and 3.1 only",
                where,
                "/swagger",
                document.line_of("/swagger"),
                hint="convert it first, for example with swagger2openapi (npm) or the converter at "
                "converter.swagger.io, then generate from the converted file",
            )
        ]
    version = data.get("openapi")
    if version is None:
        return [
            Diagnostic(
                "error",
                "this file is not an OpenAPI document: it has no top-level 'openapi' key",
                where,
                line=document.line_of(""),
                hint="an OpenAPI document starts with 'openapi: 3.0.x' or 'openapi: 3.1.x'",
            )
        ]
    if not isinstance(version, str) or not version.startswith(tuple(v + "." for v in SUPPORTED)):
        return [
            Diagnostic(
                "error",
                f"unsupported OpenAPI version {version!r}; clientgen reads 3.0.x and 3.1.x",
                where,
                "/openapi",
                document.line_of("/openapi"),
                hint="write the version as a string, for example openapi: '3.0.3'",
            )
        ]
    return []


def validate(document: Document, strict: bool = False) -> list[Diagnostic]:
    """Every problem the OpenAPI validator finds, each with its JSON pointer and line.

    The document is checked against the official OpenAPI JSON Schema (as shipped with openapi-spec-validator) by
    jsonschema-rs, which takes 0.04 s on GitHub's 13 MB spec where openapi-spec-validator takes about 20 s; the
    semantic checks it would add (unique operationIds, path parameters, `$ref` targets) are the resolver's.
    Without jsonschema-rs, openapi-spec-validator does the whole job.
    """
    try:
        import jsonschema_rs
    except ImportError:
        return _validate_slowly(document, strict)
    version = str(document.data.get("openapi", ""))
    severity: Any = "error" if strict else "warning"
    validator = jsonschema_rs.validator_for(_official_schema("v3.1" if version.startswith("3.1") else "v3.0"))
    found: list[Diagnostic] = []
    try:
        errors = list(validator.iter_errors(document.data))
    except ValueError as exc:  # jsonschema-rs stops at its own nesting limit ("Recursion limit reached")
        return [
            Diagnostic(
                "warning",
                f"the OpenAPI validator could not check this document ({str(exc)[:200]})",
                document.display_path,
                hint="generation goes on without the validator's findings",
            )
        ]
    for error in errors:
        pointer = join_pointer("", *error.instance_path)
        message = str(error.message)
        if message.startswith(("{", "[")) or len(message) > 240:
            message = "this object matches none of the shapes OpenAPI allows here"
        found.append(_problem(document, version, pointer, message, severity, strict))
    return sorted(set(found), key=lambda d: (d.line or 0, d.pointer, d.message))


def _official_schema(version: str) -> Any:
    import importlib.util
    import json
    from pathlib import Path

    # Found without importing the package, which would take 0.6 s (it imports its whole validator stack).
    spec = importlib.util.find_spec("openapi_spec_validator")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("openapi-spec-validator is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "resources" / "schemas" / version / "schema.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _problem(document: Document, version: str, pointer: str, message: str, severity: Any, strict: bool) -> Diagnostic:
    return Diagnostic(
        severity,
        f"not valid OpenAPI {version}: {message}",
        document.display_path,
        pointer,
        document.line_of(pointer),
        hint="generation goes on; fix the spec or pass --strict to stop on such problems"
        if not strict
        else "fix the spec at that place",
    )


def _validate_slowly(document: Document, strict: bool) -> list[Diagnostic]:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(document.data.get("openapi", ""))
    validator_class: Any = OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    severity: Any = "error" if strict else "warning"
    found: list[Diagnostic] = []
    seen: set[tuple[str, str]] = set()
    try:
        errors = list(validator_class(document.data, base_uri=document.path.as_uri()).iter_errors())
    except Exception as exc:  # noqa: BLE001 - the validator itself can fail on unusual documents; that is not the user's fault
        if "Unresolvable" in type(exc).__name__ or "PointerToNowhere" in type(exc).__name__:
            return []  # a dangling $ref: the resolver reports it with its place
        return [
            Diagnostic(
                "warning",
                f"the OpenAPI validator could not check this document ({type(exc).__name__}: {str(exc)[:200]})",
                document.display_path,
            )
        ]
    for error in errors:
        path = list(getattr(error, "absolute_path", []) or [])
        pointer = join_pointer("", *path)
        message = _short_message(error)
        if (pointer, message) in seen:
            continue
        seen.add((pointer, message))
        found.append(_problem(document, version, pointer, message, severity, strict))
    return found


def _short_message(error: Any) -> str:
    validator = getattr(error, "validator", None)
    if validator in ("oneOf", "anyOf"):
        return "this object matches none of the shapes OpenAPI allows here"
    message = str(getattr(error, "message", error))
    return message if len(message) <= 240 else message[:237] + "..."
