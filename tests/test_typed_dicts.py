# ruff: noqa: E501 (the snippets keep each call on one line, so that mypy reports it on that line)
"""Plain dicts as request bodies are checked by mypy, key by key (tests/specs/typed_dicts/typed_dicts.yaml and Edge
Impulse), and are sent as they are, against a live server on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import re
import subprocess
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer

from .conftest import OUTPUT, SPECS, generate, import_fresh

SPEC = SPECS / "typed_dicts" / "typed_dicts.yaml"
PACKAGE = "typed_dicts_client"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("typed_dicts")
    generate(SPEC, folder, PACKAGE)
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return import_fresh(out, PACKAGE)


GOOD = '''
from __future__ import annotations

import datetime

from typed_dicts_client import AsyncClient, Client
from typed_dicts_client.models import Collar, NewPet, NewPetDict, Toy


def sync(client: Client) -> None:
    client.pets.create_pet(body={"name": "Rex", "kind": "dog"})
    client.pets.create_pet(body={"name": "Rex", "kind": "cat", "age": 3, "born": datetime.datetime(2020, 1, 1), "nickname": None, "owner-name": "Ann", "class": "x", "str": 1, "collar": {"size": 2, "colour": "red"}, "toys": [{"title": "ball"}, Toy(title="bone")]})
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "collar": Collar(size=1), "toys": [{"title": "a", "ﬁleGröße": 3}]})
    client.pets.create_pet(body=NewPet(name="Rex", kind="dog"))
    body: NewPetDict = {"name": "Rex", "kind": "dog"}
    body["age"] = 4
    client.pets.create_pet(body=body)
    client.pets.update_pet(pet_id=1, body={})
    client.pets.update_pet(pet_id=1)
    client.pets.put_labels(body={"any": "thing", "other": "x"})
    client.trees.plant_tree(body={"value": 1, "children": [{"value": 2, "children": []}]})
    client.forms.log_in(body={"user": "u", "password": "p", "remember": True})
    client.forms.upload_photo(body={"file": b"...", "caption": "c", "tags": ["a"]})
    client.forms.upload_photo(body={"file": ("a.png", b"...", "image/png")})


async def asynchronous(client: AsyncClient) -> None:
    await client.pets.create_pet(body={"name": "Rex", "kind": "dog", "toys": []})
'''

BAD = '''
from __future__ import annotations

from typed_dicts_client import AsyncClient, Client
from typed_dicts_client.models import NewPetDict


def sync(client: Client) -> None:
    client.pets.create_pet(body={"name": "Rex", "knd": "dog"})  # error: a required key misspelt
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "agee": 3})  # error: an optional key misspelt
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "age": "3"})  # error: a wrong type
    client.pets.create_pet(body={"name": "Rex", "kind": "bird"})  # error: a value the enum does not have
    client.pets.create_pet(body={"name": "Rex"})  # error: a required key missing
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "id": 1})  # error: read-only, never sent
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "owner-name": 1})  # error: a key that is no identifier
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "class": 1})  # error: a keyword key
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "str": "x"})  # error: a key named like a type
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "nickname": 5})  # error: nullable str
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "toys": [{"title": "a", "ﬁleGröße": "big"}]})  # error: non-ASCII
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "collar": {"sise": 1}})  # error: nested misspelt
    client.pets.create_pet(body={"name": "Rex", "kind": "dog", "toys": [{"title": 1}]})  # error: nested in a list
    client.trees.plant_tree(body={"value": 1, "children": [{"valu": 2}]})  # error: a recursive model
    client.pets.update_pet(pet_id=1, body={"nmae": "x"})  # error: all keys optional
    client.forms.log_in(body={"user": "u", "pasword": "p"})  # error: a form body
    client.forms.upload_photo(body={"caption": "c"})  # error: a multipart body without its file
    body: NewPetDict = {"name": "Rex", "kind": "dog"}
    body["colour"] = "red"  # error: a key set later


async def asynchronous(client: AsyncClient) -> None:
    await client.pets.create_pet(body={"name": "Rex", "kind": "dgo"})  # error: the async client too
'''

EI_GOOD = '''
from edgeimpulse_api import Client
from edgeimpulse_api.models import AdminAddOrganizationApiKeyRequest


def sync(client: Client) -> None:
    client.organizations.whitelabel_admin_add_organization_api_key(organization_id=1, inner_organization_id=2, body={"name": "ci", "role": "admin", "ttl": 60, "apiKey": "ei_x"})
    client.organizations.whitelabel_admin_add_organization_api_key(organization_id=1, inner_organization_id=2, body=AdminAddOrganizationApiKeyRequest(name="ci", role="admin"))
'''

EI_BAD = '''
from edgeimpulse_api import Client


def sync(client: Client) -> None:
    client.organizations.whitelabel_admin_add_organization_api_key(organization_id=1, inner_organization_id=2, body={"name": "ci", "role": "admin", "tll": 60})  # error: misspelt
    client.organizations.whitelabel_admin_add_organization_api_key(organization_id=1, inner_organization_id=2, body={"name": "ci", "role": "owner"})  # error: enum
    client.organizations.whitelabel_admin_add_organization_api_key(organization_id=1, inner_organization_id=2, body={"name": 1, "role": "admin"})  # error: type
'''


def _error_lines(text: str) -> set[int]:
    return {n for n, line in enumerate(text.splitlines(), 1) if "# error" in line}


@pytest.mark.slow
def test_mypy_strict_catches_wrong_keys_and_types_in_dict_bodies(out: Path, tmp_path: Path) -> None:
    snippets = {"good.py": GOOD, "bad.py": BAD, "ei_good.py": EI_GOOD, "ei_bad.py": EI_BAD}
    for name, text in snippets.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    env = {**os.environ, "MYPYPATH": f"{out}{os.pathsep}{OUTPUT}"}
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
         "--hide-error-context", "--no-error-summary", *snippets],
        cwd=tmp_path, capture_output=True, text=True, env=env, check=False,
    )
    found: dict[str, set[int]] = {name: set() for name in snippets}
    others = []
    for line in done.stdout.splitlines():
        match = re.match(r"([\w.]+\.py):(\d+): error:", line)
        if match and match.group(1) in found:
            found[match.group(1)].add(int(match.group(2)))
        elif ": error:" in line:
            others.append(line)
    assert not others, "\n".join(others)  # the generated packages themselves pass mypy --strict
    assert found["good.py"] == set() and found["ei_good.py"] == set(), done.stdout
    assert found["bad.py"] == _error_lines(BAD), done.stdout
    assert found["ei_bad.py"] == _error_lines(EI_BAD), done.stdout
    assert done.returncode == 1


def _raw_schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    return schemas


def test_typed_dicts_have_the_spec_s_keys(pkg: ModuleType) -> None:
    """Checked against the raw spec: required keys are the required properties, read-only ones are left out."""
    models = pkg.models
    for name in ("NewPet", "PetPatch", "Collar", "Toy", "Node", "LoginForm"):
        schema = _raw_schemas()[name]
        sendable = {k for k, v in schema["properties"].items() if not v.get("readOnly")}
        required = set(schema.get("required", ())) & sendable
        td = getattr(models, name + "Dict")
        assert td.__required_keys__ == required, name
        assert td.__optional_keys__ == sendable - required, name
        hints = typing.get_type_hints(td)
        assert set(hints) == sendable
        doc = " ".join(td.__doc__.split())
        for key in sendable:  # the docstring lists every key, with the spec's description
            assert f"{key} (" in doc and schema["properties"][key].get("description", "") in doc, (name, key)
    new_pet = typing.get_type_hints(models.NewPetDict)
    assert new_pet["collar"] == models.Collar | models.CollarDict
    assert new_pet["toys"] == list[models.Toy | models.ToyDict]
    assert new_pet["nickname"] == str | None
    assert typing.get_type_hints(models.NodeDict)["children"] == list[models.Node | models.NodeDict]
    # additionalProperties: any mapping (a TypedDict cannot have keys of its own choosing)
    assert models.LabelsDict == typing.Mapping[str, Any] or str(models.LabelsDict).endswith("Mapping[str, typing.Any]")
    assert not hasattr(models, "PetDict")  # Pet is only a response


def test_methods_take_the_model_or_its_dict(pkg: ModuleType) -> None:
    hints = typing.get_type_hints(pkg.api.pets.PetsApi.create_pet)
    assert hints["body"] == pkg.models.NewPet | pkg.models.NewPetDict
    hints = typing.get_type_hints(pkg.api.pets.AsyncPetsApi.update_pet)
    assert hints["body"] == pkg.models.PetPatch | pkg.models.PetPatchDict | pkg.Unset


def test_a_call_imports_no_typeddicts(out: Path, httpserver: HTTPServer) -> None:
    """TypedDicts cost nothing at run time: a client that sends a dict body never imports them."""
    httpserver.expect_request("/pets", method="POST").respond_with_json({"id": 1, "name": "Rex"}, status=201)
    script = f"""
import sys
sys.path.insert(0, {str(out)!r})
from typed_dicts_client import Client
client = Client(base_url={httpserver.url_for("")!r}, api_key="k")
before = set(sys.modules)
client.pets.create_pet(body={{"name": "Rex", "kind": "dog"}})
print(" ".join(sorted(m for m in set(sys.modules) - before if m.startswith("typed_dicts_client"))))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = done.stdout.split()
    assert json.loads(httpserver.log[0][0].get_data()) == {"name": "Rex", "kind": "dog"}
    assert "typed_dicts_client.models._typeddicts" not in loaded
    assert "typed_dicts_client.models.new_pet" not in loaded  # the request model is not needed to send a dict
    assert "typed_dicts_client.models.pet" in loaded  # the response is read into its model


def _both(pkg: ModuleType, base_url: str, call: Any) -> list[Any]:
    with pkg.Client(base_url=base_url, api_key="k", max_retries=0) as client:
        first = call(client)

    async def go() -> Any:
        async with pkg.AsyncClient(base_url=base_url, api_key="k", max_retries=0) as client:
            return await call(client)

    return [first, asyncio.run(go())]


def test_a_dict_body_is_sent_as_json_with_models_and_dates_inside(pkg: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/pets", method="POST").respond_with_json({"id": 7, "name": "Rex"}, status=201)
    body = {
        "name": "Rex",
        "kind": "dog",
        "owner-name": "Ann",
        "class": "x",
        "born": datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
        "collar": pkg.models.Collar(size=2),
        "toys": [{"title": "ball"}, pkg.models.Toy(title="bone", squeaks=True)],
    }
    pets = _both(pkg, httpserver.url_for(""), lambda c: c.pets.create_pet(body=body))
    assert [(p.id, p.name) for p in pets] == [(7, "Rex"), (7, "Rex")]
    assert len(httpserver.log) == 2
    for request, _ in httpserver.log:
        assert request.headers["Content-Type"] == "application/json"
        sent = json.loads(request.get_data())
        assert sent == {
            "name": "Rex",
            "kind": "dog",
            "owner-name": "Ann",
            "class": "x",
            "born": "2020-01-02T03:04:05Z",
            "collar": {"size": 2},
            "toys": [{"title": "ball"}, {"title": "bone", "squeaks": True}],
        }


def test_form_and_multipart_docstrings_list_the_fields(pkg: ModuleType) -> None:
    """Each field the raw spec declares, with its type and description."""
    raw = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    login = pkg.api.forms.FormsApi.log_in.__doc__
    for name, schema in raw["components"]["schemas"]["LoginForm"]["properties"].items():
        line = next(line.strip() for line in login.splitlines() if line.strip().startswith(name + " ("))
        assert ("required" in line) == (name in raw["components"]["schemas"]["LoginForm"]["required"])
        assert schema.get("description", "") in line
    assert "remember (bool): Default: False." in login
    upload = pkg.api.forms.AsyncFormsApi.upload_photo.__doc__
    photo = raw["paths"]["/photos"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]
    for name, schema in photo["properties"].items():
        assert any(line.strip().startswith(f"{name} (") and schema.get("description", "") in line
                   for line in upload.splitlines()), name
    assert "file (serde.FileInput, required): The picture." in upload
    assert "tags (list[str])" in upload
    json_doc = pkg.api.pets.PetsApi.create_pet.__doc__
    assert "Its fields" not in json_doc  # JSON bodies have their model's docstring
