"""Subtypes declared through allOf of a schema with a discriminator (tests/specs/subtypes.yaml): each is a subclass
of its base, and reading the base reads the subtype its tag names. The expectations come from the spec's own
mapping and schema names, and what the client reads and sends is checked on the wire (a live server)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer

from .conftest import SPECS, generate, import_fresh, run_mypy

SPEC = SPECS / "subtypes.yaml"
RAW = yaml.safe_load(SPEC.read_text())
SCHEMAS = RAW["components"]["schemas"]
PACKAGE = "subtypes_client"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("subtypes")
    generate(SPEC, folder, PACKAGE)
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return import_fresh(out, PACKAGE)


def _derives_from(name: str, base: str) -> bool:
    """Whether the schema `name` extends `base` through allOf, at any depth (read from the spec itself)."""
    refs = [m["$ref"].rsplit("/", 1)[-1] for m in SCHEMAS[name].get("allOf", []) if "$ref" in m]
    return any(ref == base or _derives_from(ref, base) for ref in refs)


def _tags() -> dict[str, str]:
    """Tag -> schema, as the spec says: its mapping, then for each derived schema the tag it declares for itself
    (x-ms-discriminator-value), else its name."""
    mapping = {tag: ref.rsplit("/", 1)[-1] for tag, ref in SCHEMAS["Pet"]["discriminator"]["mapping"].items()}
    implicit = {
        SCHEMAS[name].get("x-ms-discriminator-value", name): name
        for name in SCHEMAS
        if _derives_from(name, "Pet") and name not in mapping.values()
    }
    return mapping | implicit


def _pet(tag: str) -> dict[str, Any]:
    """A valid object of the schema a tag names (its required properties and one of its own)."""
    data: dict[str, Any] = {"petType": tag, "name": "Rex"}
    schema = _tags()[tag]
    if _derives_from(schema, "Dog") or schema == "Dog":
        data["barks"] = True
    if schema == "Puppy":
        data["ageWeeks"] = 3
    if schema == "Cat":
        data["lives"] = 9
    if schema == "Hamster":
        data["wheel"] = True
    return data


def test_reading_the_base_reads_the_subtype_its_tag_names(pkg: ModuleType, httpserver: HTTPServer) -> None:
    tags = _tags()
    assert set(tags) >= {"dog", "Cat", "Puppy", "hammy"}  # explicit, implicit, deeper and self-declared tags
    subtypes = [tag for tag in tags if tag != "Fish"]
    payload = [_pet(tag) for tag in subtypes] + [{"petType": "Unknown", "name": "Who", "colour": "grey"}]
    httpserver.expect_request("/pets", method="GET").respond_with_json(payload)
    with pkg.Client(base_url=httpserver.url_for("/")) as client:
        pets = client.pets.list_pets()
    assert [type(p).__name__ for p in pets] == [tags[tag] for tag in subtypes] + ["Pet"]
    assert all(isinstance(p, pkg.models.Pet) for p in pets)
    assert [p.to_dict() for p in pets] == payload  # every field of each, the unknown ones kept
    puppy = pets[subtypes.index("Puppy")]
    assert isinstance(puppy, pkg.models.Dog) and (puppy.barks, puppy.age_weeks, puppy.name) == (True, 3, "Rex")


def test_a_class_in_the_middle_reads_its_own_descendants_only(pkg: ModuleType) -> None:
    Dog = pkg.models.Dog
    assert type(Dog.from_dict(_pet("Puppy"))) is pkg.models.Puppy
    assert type(Dog.from_dict(_pet("dog"))) is Dog
    # A Cat is no Dog: read as a Dog, what it says of itself stays in the extra properties.
    cat_as_dog = Dog.from_dict(_pet("Cat"))
    assert type(cat_as_dog) is Dog and cat_as_dog.additional_properties == {"lives": 9}
    assert type(pkg.models.Puppy.from_dict({**_pet("Puppy"), "petType": "dog"})) is pkg.models.Puppy  # a leaf: itself


def test_a_field_typed_with_the_base_holds_a_subtype(pkg: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/owners/7").respond_with_json({"pet": _pet("Cat")})
    with pkg.Client(base_url=httpserver.url_for("/")) as client:
        owner = client.owners.get_owner(id=7)
    assert type(owner.pet) is pkg.models.Cat and owner.pet.lives == 9


def test_sending_a_subtype_sends_its_own_fields(pkg: ModuleType, httpserver: HTTPServer) -> None:
    puppy = pkg.models.Puppy(name="Bit", pet_type="Puppy", barks=False, age_weeks=5)
    sent = {"petType": "Puppy", "name": "Bit", "barks": False, "ageWeeks": 5}
    httpserver.expect_request("/pets", method="POST", json=sent).respond_with_json(sent, status=201)
    with pkg.Client(base_url=httpserver.url_for("/")) as client:
        stored = client.pets.add_pet(body=puppy)
    assert json.loads(httpserver.log[0][0].get_data()) == sent
    assert stored == puppy and stored != pkg.models.Dog(name="Bit", pet_type="Puppy", barks=False)
    assert repr(stored) == "Puppy(name='Bit', pet_type='Puppy', barks=False, age_weeks=5)"


def test_a_subtype_that_retypes_a_property_of_its_base_stays_apart(pkg: ModuleType) -> None:
    """Fish declares `name` an integer where Pet has a string: a Fish would not be a Pet as Pet's readers expect."""
    from clientgen.pipeline import build

    assert SCHEMAS["Fish"]["allOf"][1]["properties"]["name"]["type"] != SCHEMAS["Pet"]["properties"]["name"]["type"]
    assert not issubclass(pkg.models.Fish, pkg.models.Pet)
    assert type(pkg.models.Pet.from_dict({"petType": "Fish", "name": "Nemo"})) is pkg.models.Pet
    warnings = [d for d in build(SPEC, PACKAGE).diagnostics if "Fish" in d.message]
    assert [(d.severity, d.pointer) for d in warnings] == [("warning", "/components/schemas/Fish")]
    assert "'name' has another type" in warnings[0].message


def test_the_hierarchy_passes_mypy_strict(out: Path) -> None:
    run = run_mypy(out, PACKAGE)
    assert run.returncode == 0, run.stdout + run.stderr


def test_renaming_a_field_of_the_base_renames_it_in_every_subclass() -> None:
    from clientgen.diagnostics import GenerationError
    from clientgen.naming import Renames
    from clientgen.pipeline import build

    files = build(SPEC, PACKAGE, renames=Renames(fields=(("Pet.name", "title"),))).files
    for module in ("pet", "dog", "puppy"):
        text = files[f"{PACKAGE}/models/{module}.py"]
        assert "    title: str\n" in text and "    name: str\n" not in text, module
    assert "    name: int\n" in files[f"{PACKAGE}/models/fish.py"]  # not a subclass: its own name
    with pytest.raises(GenerationError, match="Dog inherits 'name' from Pet; rename it there"):
        build(SPEC, PACKAGE, renames=Renames(fields=(("Dog.name", "title"),)))
