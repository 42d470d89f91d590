"""benchmarks/graph_doubled.py: a document twice over, the copy under a second prefix with its components renamed.

The copy is a second API beside the first: it generates (validation on), and its operations return its own models
from a live server."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from pytest_httpserver import HTTPServer

from .conftest import ROOT, generate, import_fresh


def _graph_doubled() -> ModuleType:
    spec = importlib.util.spec_from_file_location("graph_doubled", ROOT / "benchmarks" / "graph_doubled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["graph_doubled"] = module
    spec.loader.exec_module(module)
    return module


graph_doubled = _graph_doubled()

PET = "#/components/schemas/my.pet"
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "Pets", "version": "1"},
    "tags": [{"name": "pets.pet"}],
    "paths": {
        "/pets/{pet-id}": {
            "parameters": [{"$ref": "#/components/parameters/petId"}],
            "get": {
                "operationId": "pets.pet.GetPet",
                "tags": ["pets.pet"],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": PET}}}},
                    "4XX": {"$ref": "#/components/responses/error"},
                },
            },
        }
    },
    "components": {
        "parameters": {"petId": {"in": "path", "name": "pet-id", "required": True, "schema": {"type": "string"}}},
        "responses": {
            "error": {
                "description": "error",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/my.error"}}},
            }
        },
        "schemas": {
            "my.error": {"type": "object", "properties": {"message": {"type": "string"}}},
            "my.pet": {
                "type": "object",
                "required": ["@odata.type"],
                "properties": {"@odata.type": {"type": "string"}, "name": {"type": "string"}},
                "discriminator": {"propertyName": "@odata.type", "mapping": {"#my.cat": "#/components/schemas/my.cat"}},
            },
            "my.cat": {"allOf": [{"$ref": PET}, {"type": "object", "properties": {"lives": {"type": "integer"}}}]},
        },
    },
}


def test_the_copy_has_its_own_paths_operations_tags_and_components_and_the_original_is_unchanged() -> None:
    before = json.dumps(DOCUMENT)
    result = graph_doubled.doubled(DOCUMENT)
    assert json.dumps(DOCUMENT) == before
    assert list(result["paths"]) == ["/pets/{pet-id}", "/v2/pets/{pet-id}"]
    assert result["paths"]["/pets/{pet-id}"] == DOCUMENT["paths"]["/pets/{pet-id}"]
    copy = result["paths"]["/v2/pets/{pet-id}"]
    assert copy["get"]["operationId"] == "pets.pet.GetPetV2" and copy["get"]["tags"] == ["v2.pets.pet"]
    assert copy["parameters"] == [{"$ref": "#/components/parameters/v2.petId"}]
    assert copy["get"]["responses"]["4XX"] == {"$ref": "#/components/responses/v2.error"}
    schemas = result["components"]["schemas"]
    assert list(schemas) == ["my.error", "my.pet", "my.cat", "v2.my.error", "v2.my.pet", "v2.my.cat"]
    assert schemas["v2.my.pet"]["discriminator"]["mapping"] == {"#my.cat": "#/components/schemas/v2.my.cat"}
    assert schemas["v2.my.cat"]["allOf"][0] == {"$ref": "#/components/schemas/v2.my.pet"}
    assert [tag["name"] for tag in result["tags"]] == ["pets.pet", "v2.pets.pet"]
    assert json.dumps(graph_doubled.doubled(DOCUMENT)) == json.dumps(result)  # the same bytes every time


def test_the_doubled_document_generates_and_each_half_returns_its_own_models(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    source, target = tmp_path / "pets.json", tmp_path / "pets2x.json"
    source.write_text(json.dumps(DOCUMENT))
    graph_doubled.write_doubled(source, target)
    generate(target, tmp_path / "out", "pets")  # validation on: the document is valid
    pets = import_fresh(tmp_path / "out", "pets")
    httpserver.expect_request("/pets/1").respond_with_json({"@odata.type": "#my.pet", "name": "Rex"})
    httpserver.expect_request("/v2/pets/1").respond_with_json({"@odata.type": "#my.pet", "name": "Tom"})
    with pets.Client(base_url=httpserver.url_for("")) as client:
        first = client.pets_pet.pets_pet_get_pet(pet_id="1")
        second = client.v2_pets_pet.pets_pet_get_pet_v2(pet_id="1")
    assert (type(first).__name__, first.name) == ("MyPet", "Rex")
    assert (type(second).__name__, second.name) == ("V2MyPet", "Tom")
