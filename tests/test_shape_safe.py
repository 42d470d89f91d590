"""A value of the wrong JSON type anywhere in a document is a located diagnostic, never an exception.

Each case is the smallest reproducer of a damage that once ended in an internal error (or that the fuzz test of
tests/test_fuzz_documents.py could produce): one place of a small valid spec is changed, and the test checks the
diagnostic (severity, the JSON pointer of the changed place, the line that names it in the file, what was
expected) and what the generated code does instead (read from the generated files).
"""

from __future__ import annotations

import ast
import copy
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from clientgen.diagnostics import Diagnostic, GenerationError
from clientgen.pipeline import build

from . import mutations

PET = "#/components/schemas/Pet"
BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Shapes", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.com"}],
    "security": [{"key": []}],
    "tags": [{"name": "pets", "description": "Pets"}],
    "paths": {
        "/pets/{petId}": {
            "get": {
                "operationId": "getPet",
                "tags": ["pets"],
                "parameters": [
                    {"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                ],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": PET}}}},
                    "404": {"description": "missing"},
                },
            },
            "put": {
                "operationId": "putPet",
                "tags": ["pets"],
                "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": PET}}}},
                "responses": {"204": {"description": "stored"}},
            },
        },
        "/animals": {
            "get": {
                "operationId": "listAnimals",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Animal"}}},
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "age": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["cat", "dog"]},
                    "labels": {"type": "array", "items": {"type": "string"}},
                },
            },
            "Cat": {"type": "object", "properties": {"kind": {"type": "string"}, "purrs": {"type": "boolean"}}},
            "Dog": {"type": "object", "properties": {"kind": {"type": "string"}, "barks": {"type": "boolean"}}},
            "Animal": {
                "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
                },
            },
        },
        "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Key"}},
    },
}
GET = "/paths/~1pets~1{petId}/get"


def _tokens(pointer: str) -> list[str]:
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]]


def _changed(pointer: str, value: Any) -> dict[str, Any]:
    document = copy.deepcopy(BASE)
    *parents, last = _tokens(pointer)
    node: Any = document
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]
    node[int(last) if isinstance(node, list) else last] = value
    return document


class Outcome:
    def __init__(self, spec: Path, files: dict[str, str] | None, diagnostics: list[Diagnostic]) -> None:
        self.spec, self.files, self.diagnostics = spec, files, diagnostics

    def at(self, pointer: str) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.pointer == pointer]

    def located(self, pointer: str, severity: str, fragment: str) -> Diagnostic:
        """The diagnostic at `pointer` whose message says `fragment`; its line must name the pointer's last key."""
        found = [d for d in self.at(pointer) if fragment in d.message and d.severity == severity]
        assert found, f"no {severity} at #{pointer} saying {fragment!r}: {[d.render() for d in self.diagnostics]}"
        diagnostic = found[0]
        assert diagnostic.file and Path(diagnostic.file).name == self.spec.name
        assert diagnostic.line is not None
        last = _tokens(pointer)[-1]
        line = self.spec.read_text().splitlines()[diagnostic.line - 1]
        assert last in line or last.isdigit(), f"line {diagnostic.line} ({line!r}) does not name {last!r}"
        return diagnostic

    def module(self, name: str) -> str:
        assert self.files is not None, [d.render() for d in self.diagnostics]
        return self.files[f"shapes/{name}.py"]

    def attribute(self, model: str, attr: str) -> str:
        """The annotation of a model's attribute, as generated."""
        found = re.search(rf"^    {attr}: (.+)$", self.module(f"models/{model}"), re.MULTILINE)
        assert found, f"no attribute {attr} in {model}"
        return found.group(1)


def _build(tmp_path: Path, document: Any = None, text: str = "", suffix: str = ".json") -> Outcome:
    spec = tmp_path / f"spec{suffix}"
    spec.write_text(text or json.dumps(document, indent=1))
    try:
        result = build(spec, "shapes", formatted=False)
    except GenerationError as exc:
        return Outcome(spec, None, exc.diagnostics)
    for rel, source in result.files.items():
        if rel.endswith(".py"):
            ast.parse(source, rel)
    return Outcome(spec, result.files, result.diagnostics)


# ------------------------------------------------------------------------------------------------ schemas


# (id, place below components/schemas/Pet, value put there, what the warning says, attribute, its annotation)
SCHEMA_CASES = [
    # was: AttributeError: 'int' object has no attribute 'get'
    (
        "schema-a-number",
        "properties/age",
        5,
        "a schema must be an object or a boolean, not a number (5); it is typed Any",
        "age",
        "Any | Unset",
    ),
    (
        "required-a-string",
        "required",
        "name",
        "'required' must be a list, not a string ('name'); it is ignored",
        "name",
        "str | Unset",
    ),
    (
        "items-a-string",
        "properties/labels/items",
        "string",
        "a schema must be an object or a boolean, not a string ('string')",
        "labels",
        "list[Any] | Unset",
    ),
    (
        "enum-an-object",
        "properties/kind/enum",
        {"cat": 1},
        "'enum' must be a list, not an object; the values are not checked",
        "kind",
        "str | Unset",
    ),
    (
        "nullable-a-string",
        "properties/age/nullable",
        "false",
        "'nullable' must be true or false, not a string ('false'); it is taken as false",
        "age",
        "int | Unset",
    ),
    ("type-an-object", "properties/age/type", {"a": 1}, "unknown type an object; treated as Any", "age", "Any | Unset"),
]


@pytest.mark.parametrize(
    ("place", "value", "message", "attribute", "annotation"),
    [c[1:] for c in SCHEMA_CASES],
    ids=[c[0] for c in SCHEMA_CASES],
)
def test_a_wrong_value_in_a_schema_is_a_warning_there(
    tmp_path: Path, place: str, value: Any, message: str, attribute: str, annotation: str
) -> None:
    pointer = f"/components/schemas/Pet/{place}"
    out = _build(tmp_path, _changed(pointer, value))
    out.located(pointer, "warning", message)
    assert out.attribute("pet", attribute) == annotation


@pytest.mark.parametrize(
    "ref", [{"$ref": PET}, 5, 1.5, True, ["#/components"]], ids=["object", "int", "float", "bool", "list"]
)
def test_a_ref_that_is_not_a_string_is_an_error_at_the_ref(tmp_path: Path, ref: Any) -> None:
    # was: AttributeError: 'dict' object has no attribute 'partition' (and the same for int, float, bool, list)
    pointer = f"{GET}/responses/200/content/application~1json/schema/$ref"
    out = _build(tmp_path, _changed(pointer, ref))
    out.located(pointer, "error", "$ref must be a string")
    assert out.files is None


def test_a_component_that_is_only_a_numeric_ref_is_an_error_not_a_recursion(tmp_path: Path) -> None:
    # was: RecursionError (is_object_schema followed a $ref that follow() did not take, again and again)
    pointer = "/components/schemas/Cat/$ref"
    out = _build(tmp_path, _changed("/components/schemas/Cat", {"$ref": 5}))
    out.located(pointer, "error", "$ref must be a string (a URI reference")


def test_required_items_that_are_not_strings_are_ignored(tmp_path: Path) -> None:
    pointer = "/components/schemas/Pet/required"
    out = _build(tmp_path, _changed(pointer, ["name", 7]))
    out.located(f"{pointer}/1", "warning", "each item of 'required' must be a string, not a number (7)")
    assert out.attribute("pet", "name") == "str"


def test_an_empty_all_of_is_any(tmp_path: Path) -> None:
    out = _build(tmp_path, _changed("/components/schemas/Pet/properties/age", {"allOf": []}))
    assert out.attribute("pet", "age") == "Any | Unset"


def test_all_of_that_is_an_object_is_ignored(tmp_path: Path) -> None:
    pointer = "/components/schemas/Pet/properties/age"
    out = _build(tmp_path, _changed(pointer, {"type": "integer", "allOf": {"a": 1}}))
    out.located(f"{pointer}/allOf", "warning", "'allOf' must be a list, not an object; it is ignored")
    assert out.attribute("pet", "age") == "int | Unset"


def test_properties_that_are_a_list_are_ignored(tmp_path: Path) -> None:
    # was: AttributeError: 'list' object has no attribute 'items'
    pointer = "/components/schemas/Pet/properties"
    out = _build(tmp_path, _changed(pointer, [{"name": {"type": "string"}}]))
    out.located(pointer, "warning", "'properties' must be an object, not a list; it is ignored")
    assert out.files is not None


def test_additional_properties_that_are_a_string_are_ignored(tmp_path: Path) -> None:
    pointer = "/components/schemas/Pet/additionalProperties"
    out = _build(tmp_path, _changed(pointer, "yes"))
    out.located(pointer, "warning", "'additionalProperties' must be a schema or a boolean, not a string ('yes')")


def test_discriminator_mapping_values_that_are_numbers_are_ignored(tmp_path: Path) -> None:
    # was: TypeError: argument of type 'int' is not iterable
    pointer = "/components/schemas/Animal/discriminator/mapping/cat"
    out = _build(tmp_path, _changed(pointer, 5))
    out.located(pointer, "warning", "a discriminator mapping must be a string, not a number (5); it is ignored")
    assert out.files is not None


def test_a_discriminator_property_name_that_is_not_a_string_drops_the_discriminator(tmp_path: Path) -> None:
    pointer = "/components/schemas/Animal/discriminator/propertyName"
    out = _build(tmp_path, _changed(pointer, ["kind"]))
    out.located(pointer, "warning", "'propertyName' must be a string, not a list; the discriminator is ignored")


def test_schemas_nested_too_deeply_are_any_below_the_limit(tmp_path: Path) -> None:
    # was: RecursionError
    schema: Any = {"type": "string"}
    for _ in range(150):
        schema = {"type": "array", "items": schema}
    out = _build(tmp_path, _changed("/components/schemas/Pet/properties/age", schema))
    deep = [d for d in out.diagnostics if "schemas nest more than 100 levels deep here" in d.message]
    assert deep and deep[0].severity == "warning" and deep[0].pointer.endswith("/items")
    assert deep[0].pointer.count("/items") > 90
    assert out.attribute("pet", "age").startswith("list[list[")


def test_the_validators_own_nesting_limit_is_a_warning(tmp_path: Path) -> None:
    # was: ValueError: Recursion limit reached (from jsonschema-rs, when it finds a problem that deep)
    schema: Any = {"type": 5}
    for _ in range(200):
        schema = {"allOf": [schema]}
    out = _build(tmp_path, _changed("/components/schemas/Pet/properties/age", schema))
    assert any("the OpenAPI validator could not check this document" in d.message for d in out.diagnostics)
    assert out.files is not None


# ------------------------------------------------------------------------------------------------ operations


def test_paths_that_are_a_list_generate_no_operations(tmp_path: Path) -> None:
    out = _build(tmp_path, _changed("/paths", [BASE["paths"]["/pets/{petId}"]]))
    out.located("/paths", "warning", "'paths' must be an object, not a list; no operations are generated")
    assert not [rel for rel in out.files or {} if rel.startswith("shapes/api/") and rel != "shapes/api/__init__.py"]


def test_a_path_item_that_is_a_string_is_left_out(tmp_path: Path) -> None:
    pointer = "/paths/~1animals"
    out = _build(tmp_path, _changed(pointer, "x"))
    out.located(pointer, "warning", "a path item must be an object, not a string ('x'); its operations are left out")
    assert "def list_animals" not in "".join(out.files or {})


@pytest.mark.parametrize(
    ("value", "kind"), [("ok", "a string ('ok')"), (True, "a boolean (true)")], ids=["string", "true"]
)
def test_responses_that_are_not_an_object_are_ignored(tmp_path: Path, value: Any, kind: str) -> None:
    # was: TypeError: 'bool' object is not iterable (responses: true); a string was read letter by letter
    pointer = f"{GET}/responses"
    out = _build(tmp_path, _changed(pointer, value))
    out.located(pointer, "warning", f"'responses' must be an object, not {kind}; it is ignored")
    assert "def get_pet" in out.module("api/pets")


@pytest.mark.parametrize("key", ["", "abc", "20", "600"])
def test_a_response_key_that_is_not_a_status_is_left_out(tmp_path: Path, key: str) -> None:
    # was: IndexError: string index out of range (render, for the key "")
    document = _changed(f"{GET}/responses/{key or '~'}", {"description": "odd"})
    if not key:
        responses = document["paths"]["/pets/{petId}"]["get"]["responses"]
        responses[""] = responses.pop("~")
    out = _build(tmp_path, document)
    [warning] = [d for d in out.diagnostics if "is not an HTTP status code" in d.message]
    assert warning.severity == "warning" and warning.pointer == f"{GET}/responses/{key}"
    assert "def get_pet" in out.module("api/pets")


def test_extension_keys_among_the_responses_are_not_responses(tmp_path: Path) -> None:
    out = _build(tmp_path, _changed(f"{GET}/responses/x-note", {"description": "an extension"}))
    assert not [d for d in out.diagnostics if "x-note" in d.pointer]
    assert "X-NOTE" not in out.module("api/pets")


def test_a_response_that_is_a_number_is_left_out(tmp_path: Path) -> None:
    pointer = f"{GET}/responses/200"
    out = _build(tmp_path, _changed(pointer, 200))
    out.located(pointer, "warning", "a response must be an object, not a number (200); it is left out")


@pytest.mark.parametrize("value", [5, True], ids=["number", "boolean"])
def test_content_that_is_not_an_object_is_ignored(tmp_path: Path, value: Any) -> None:
    # was: TypeError: 'float' object is not iterable (responses), 'bool' object is not iterable (request bodies)
    for pointer in (f"{GET}/responses/200/content", "/paths/~1pets~1{petId}/put/requestBody/content"):
        out = _build(tmp_path, _changed(pointer, value))
        out.located(pointer, "warning", "'content' must be an object, not")


def test_a_media_type_object_that_is_a_list_is_ignored(tmp_path: Path) -> None:
    # was: AttributeError: 'list' object has no attribute 'get'
    pointer = f"{GET}/responses/200/content/application~1json"
    out = _build(tmp_path, _changed(pointer, [1, "a"]))
    out.located(pointer, "warning", "the media type object of 'application/json' must be an object, not a list")


def test_a_request_body_that_is_a_boolean_is_no_body(tmp_path: Path) -> None:
    pointer = "/paths/~1pets~1{petId}/put/requestBody"
    out = _build(tmp_path, _changed(pointer, True))
    out.located(
        pointer, "warning", "a request body must be an object, not a boolean (true); the operation takes no body"
    )
    signature = re.search(r"def put_pet\((.*?)\)", out.module("api/pets"), re.DOTALL)
    assert signature is not None and "body" not in signature.group(1)


def test_parameters_that_are_an_object_are_ignored(tmp_path: Path) -> None:
    pointer = f"{GET}/parameters"
    out = _build(tmp_path, _changed(pointer, {"petId": BASE["paths"]["/pets/{petId}"]["get"]["parameters"][0]}))
    out.located(pointer, "warning", "'parameters' must be a list, not an object; it is ignored")
    out.located(GET, "warning", "path template variable {petId} has no parameter; it is added as a string")


def test_a_parameter_name_that_is_a_number_is_its_text(tmp_path: Path) -> None:
    # was: TypeError: expected string or bytes-like object, got 'int'
    out = _build(tmp_path, _changed(f"{GET}/parameters/1/name", 5))
    assert '"5"' in out.module("api/pets")


def test_a_parameter_without_a_string_name_is_left_out(tmp_path: Path) -> None:
    pointer = f"{GET}/parameters/1"
    out = _build(tmp_path, _changed(f"{pointer}/name", {"x": 1}))
    out.located(
        pointer, "warning", "parameter without a valid 'name' and 'in' (name: an object, in: a string ('query'))"
    )
    assert "limit" not in out.module("api/pets")


def test_an_operation_id_that_is_a_number_is_made_from_the_path(tmp_path: Path) -> None:
    pointer = f"{GET}/operationId"
    out = _build(tmp_path, _changed(pointer, 7))
    out.located(pointer, "warning", "'operationId' must be a string, not a number (7); a name is made from the method")
    assert "def get_pets_by_pet_id" in out.module("api/pets")


@pytest.mark.parametrize("tags", [{"a": 1}, 2.5, "pets"], ids=["object", "number", "string"])
def test_operation_tags_that_are_not_a_list_group_by_path(tmp_path: Path, tags: Any) -> None:
    # was: KeyError: 0 (tags an object), TypeError: 'float' object is not subscriptable
    pointer = f"{GET}/tags"
    out = _build(tmp_path, _changed(pointer, tags))
    out.located(pointer, "warning", "'tags' must be a list, not")
    assert "def get_pet" in out.module("api/pets")  # grouped by the path's first segment, "pets"


def test_document_tags_that_are_not_a_list_are_ignored(tmp_path: Path) -> None:
    out = _build(tmp_path, _changed("/tags", "pets"))
    out.located("/tags", "warning", "'tags' must be a list, not a string ('pets'); it is ignored")


# ------------------------------------------------------------------------------------------------ the rest


def test_a_server_url_that_is_not_a_string_leaves_the_server_out(tmp_path: Path) -> None:
    pointer = "/servers/0/url"
    out = _build(tmp_path, _changed(pointer, 5))
    out.located(pointer, "warning", "a server's 'url' must be a string, not a number (5); the server is left out")
    assert "https://api.example.com" not in out.module("_client")


def test_server_variables_that_are_a_list_are_ignored(tmp_path: Path) -> None:
    pointer = "/servers/0/variables"
    out = _build(tmp_path, _changed(pointer, ["region"]))
    out.located(pointer, "warning", "'variables' must be an object, not a list; it is ignored")


def test_a_security_scheme_that_is_a_string_is_left_out(tmp_path: Path) -> None:
    pointer = "/components/securitySchemes/key"
    out = _build(tmp_path, _changed(pointer, "apiKey"))
    out.located(pointer, "warning", "a security scheme must be an object, not a string ('apiKey'); it is left out")
    assert "X-Key" not in out.module("_client")


def test_security_flows_that_are_a_list_are_ignored(tmp_path: Path) -> None:
    pointer = "/components/securitySchemes/key"
    out = _build(tmp_path, _changed(pointer, {"type": "oauth2", "flows": ["clientCredentials"]}))
    out.located(f"{pointer}/flows", "warning", "'flows' must be an object, not a list; it is ignored")


def test_components_that_are_a_list_are_ignored(tmp_path: Path) -> None:
    # was: AttributeError: 'list' object has no attribute 'get'
    out = _build(tmp_path, _changed("/components", []))
    out.located("/components", "warning", "'components' must be an object, not a list; it is ignored")


def test_a_document_without_openapi_is_an_error_at_its_first_line(tmp_path: Path) -> None:
    document = copy.deepcopy(BASE)
    del document["openapi"]
    out = _build(tmp_path, document)
    [error] = out.diagnostics
    assert error.severity == "error" and "no top-level 'openapi' key" in error.message and error.line == 1


def test_info_that_is_a_list_gives_the_default_title(tmp_path: Path) -> None:
    document = _changed("/info", ["Shapes"])
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document, indent=1))
    result = build(spec, formatted=False)
    assert any(rel.startswith("api_client/") for rel in result.files)
    assert any(d.pointer == "/info" and "'info' must be an object, not a list" in d.message for d in result.diagnostics)


# ------------------------------------------------------------------------------------------------ YAML


YAML_SPEC = """openapi: 3.0.3
info:
  title: Shapes
  version: 2020-01-02
paths:
  /pets:
    get:
      operationId: listPets
      responses:
        200:
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  born: {type: string, format: date, example: 2019-05-06}
                  seen: {type: string, format: date-time, example: 2019-05-06T07:08:09Z}
        404: {description: missing}
"""


def test_yaml_keys_that_are_numbers_are_the_text_written(tmp_path: Path) -> None:
    # was: ValueError: Dict key must be str or str enum. Got 'int' (from the validator)
    out = _build(tmp_path, text=YAML_SPEC, suffix=".yaml")
    [warning] = [d for d in out.diagnostics if "mapping key(s) are not strings" in d.message]
    assert warning.severity == "warning" and warning.line == 10
    assert "2 mapping key(s) are not strings in YAML: 200 (line 10), 404 (line 19)" in warning.message
    assert "ListPetsResponse" in out.module("api/pets")  # the 200 response is read


def test_yaml_dates_are_the_text_written(tmp_path: Path) -> None:
    # was: ValueError: Unsupported type: 'date' (and 'datetime', from the validator)
    out = _build(tmp_path, text=YAML_SPEC, suffix=".yaml")
    assert "shapes/2020-01-02 " in out.module("_client")  # the version, in the User-Agent


def test_yaml_keys_of_every_scalar_kind_build(tmp_path: Path) -> None:
    document = _changed("/components/schemas/Pet/properties", {True: {"type": "string"}, None: {}, 1.5: {}})
    text = mutations.yaml_text(document)
    out = _build(tmp_path, text=text, suffix=".yaml")
    assert "mapping key(s) are not strings in YAML: true (line 1), null (line 1), 1.5 (line 1)" in " ".join(
        d.message for d in out.diagnostics
    )
    assert out.attribute("pet", "true") == "str | Unset"


# ------------------------------------------------------------------------------------------------ huge names


def test_huge_names_make_short_identifiers_and_file_names(tmp_path: Path) -> None:
    # was, through the command: OSError: [Errno 36] File name too long (exit 3)
    document = _changed(f"{GET}/operationId", "get" + "Pet" * 3000)
    document["components"]["schemas"]["Pet"]["properties"]["x" * 20000] = {"type": "string"}
    document["paths"]["/" + "p" * 5000] = {"get": {"responses": {"204": {"description": "ok"}}}}
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(document))
    run = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(tmp_path / "out"), "--package", "shapes"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "CLIENTGEN_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert run.returncode == 0, run.stderr
    names = [p for p in (tmp_path / "out").rglob("*")]
    assert max(len(p.name) for p in names) <= 90
    tree = ast.parse((tmp_path / "out" / "shapes" / "models" / "pet.py").read_text())
    identifiers = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)} | {
        node.target.id
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    assert max(len(i) for i in identifiers) <= 90
    assert (
        '"' + "x" * 20000 + '"' in (tmp_path / "out" / "shapes" / "models" / "pet.py").read_text()
    )  # the JSON name stays


# ------------------------------------------------------------------------------------------------ shared $refs


def _diamond(how: str, depth: int) -> dict[str, Any]:
    """Pet.age refers to D0; each Di refers to D(i+1) twice; the last is an object (or, for "cycle", D0 again)."""
    document = copy.deepcopy(BASE)
    schemas = document["components"]["schemas"]
    for i in range(depth):
        last = i + 1 == depth
        ref: Any = {"$ref": f"#/components/schemas/D{0 if last else i + 1}"}
        if last and how != "cycle":
            ref = {"type": "object", "properties": {"leaf": {"type": "string"}}}
        if how in ("items", "cycle"):
            schemas[f"D{i}"] = {"type": "array", "items": {"oneOf": [ref, {"type": "array", "items": ref}]}}
        else:
            schemas[f"D{i}"] = {how: [ref, copy.deepcopy(ref)]}
    schemas["Pet"]["properties"]["age"] = {"$ref": "#/components/schemas/D0"}
    return document


@pytest.mark.parametrize("how", ["allOf", "oneOf", "items"])
def test_a_diamond_of_refs_takes_linear_time(tmp_path: Path, how: str) -> None:
    # was: minutes (allOf 2 min, oneOf 5 min at 22 levels; exponential in the depth)
    started = time.perf_counter()
    out = _build(tmp_path, _diamond(how, 60))
    assert time.perf_counter() - started < 20
    assert out.files is not None
    if how == "items":  # written out, the type would have 2^60 parts
        big = [d for d in out.diagnostics if "this schema's type would be written out in" in d.message]
        assert big and all(d.severity == "warning" and d.pointer.startswith("/components/schemas/D") for d in big)
        assert "Any" in out.attribute("pet", "age")


def test_a_cycle_of_arrays_is_an_error_quickly(tmp_path: Path) -> None:
    started = time.perf_counter()
    out = _build(tmp_path, _diamond("cycle", 10))
    assert time.perf_counter() - started < 20
    assert out.files is None
    assert any("$ref cycle through a schema that is not an object" in d.message for d in out.diagnostics)


def test_a_body_whose_alternatives_share_nested_unions_is_valid_python(tmp_path: Path) -> None:
    # was: `list[int | str] | list[int | bool]` split at every " | " and deduplicated into `list[int | str] | bool]`
    def array_of(*types: str) -> dict[str, Any]:
        return {"type": "array", "items": {"oneOf": [{"type": t} for t in types]}}

    pointer = "/paths/~1pets~1{petId}/put/requestBody/content/application~1json/schema"
    out = _build(
        tmp_path, _changed(pointer, {"oneOf": [array_of("integer", "string"), array_of("integer", "boolean")]})
    )
    source = out.module("api/pets")  # parsed by _build
    assert "body: list[int | str] | list[int | bool]," in source
