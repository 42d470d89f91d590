"""OpenAPI 3.1 `webhooks`: the feature spec tests/specs/webhooks/webhooks.yaml, its models and `parse_webhook`.

Expectations are read from the raw spec (the webhook names, the payload schemas' properties), not from the
generator's model.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from clientgen.pipeline import build
from clientgen.select import Selection

from .conftest import SPECS, generate, import_fresh

SPEC = SPECS / "webhooks" / "webhooks.yaml"
PACKAGE = "hooks_client"


@pytest.fixture(scope="module")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("webhooks")
    generate(SPEC, out, PACKAGE)
    return out


@pytest.fixture(scope="module")
def hooks(out_dir: Path) -> ModuleType:
    import_fresh(out_dir, PACKAGE)
    return import_fresh(out_dir, f"{PACKAGE}.webhooks")


def _raw() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(SPEC.read_text())


def test_every_json_webhook_is_named_and_the_form_one_is_left_out_with_a_warning(hooks: ModuleType) -> None:
    raw = _raw()["webhooks"]
    json_hooks = {
        name
        for name, item in raw.items()
        for op in item.values()
        if "application/json" in str(op.get("requestBody", {})) or "$ref" in op.get("requestBody", {})
    }
    assert hooks.WEBHOOK_NAMES == json_hooks == {"newPet", "pet.sold", "inventoryChanged"}
    messages = [f"{d.pointer}: {d.message}" for d in build(SPEC, "p", formatted=False).diagnostics]
    assert messages == [
        "/webhooks/formHook/post/requestBody: webhook 'formHook' sends no JSON body with a schema; parse_webhook "
        "leaves it out"
    ]


def test_parse_webhook_reads_each_payload_into_its_model(hooks: ModuleType, out_dir: Path) -> None:
    models = import_fresh(out_dir, f"{PACKAGE}.models")
    pet = {"id": 1, "name": "Rex", "tag": "dog", "extra": True}
    parsed = hooks.parse_webhook("newPet", json.dumps(pet).encode())  # the bytes a web framework hands over
    assert type(parsed) is models.Pet and parsed.to_dict() == pet  # unknown properties kept, as everywhere
    assert hooks.parse_webhook("newPet", json.dumps(pet)) == parsed == hooks.parse_webhook("newPet", pet)
    # The inline payload of `pet.sold` (through a components/requestBodies $ref) is a model of its own, with the
    # properties the raw spec lists.
    sale_schema = _raw()["components"]["requestBodies"]["Sale"]["content"]["application/json"]["schema"]
    sale = {"pet": {"id": 2, "name": "Tom"}, "price": 12.5, "soldAt": "2026-01-02T03:04:05Z"}
    assert set(sale) == set(sale_schema["properties"])
    sold = hooks.parse_webhook("pet.sold", sale)
    assert type(sold).__name__ == "PetSoldPayload" and type(sold.pet) is models.Pet
    assert sold.sold_at.year == 2026 and sold.to_dict() == sale
    inventory = hooks.parse_webhook("inventoryChanged", b'[{"id": 3, "name": "Kit"}]')
    assert [p.name for p in inventory] == ["Kit"]


def test_parse_webhook_errors(hooks: ModuleType, out_dir: Path) -> None:
    pkg = import_fresh(out_dir, PACKAGE)
    with pytest.raises(ValueError, match=r"unknown webhook 'newpet'; the API describes: inventoryChanged, newPet"):
        hooks.parse_webhook("newpet", b"{}")
    with pytest.raises(pkg.ValidationError, match=r"newPet\.name: expected a string, got int 5"):
        hooks.parse_webhook("newPet", {"id": 1, "name": 5})
    with pytest.raises(pkg.ValidationError, match=r"^pet\.sold: required property 'price' is missing$"):
        hooks.parse_webhook("pet.sold", {"pet": {"id": 1, "name": "a"}})
    with pytest.raises(ValueError):
        hooks.parse_webhook("newPet", b"not json")
    assert hooks.is_webhook_name("newPet") and not hooks.is_webhook_name("formHook")


def test_webhook_models_are_kept_when_operations_are_selected(tmp_path: Path) -> None:
    # The webhooks have no tags: selecting operations by tag must not drop their models.
    result = build(SPEC, "p", formatted=False, selection=Selection(include_tags=("pets",)))
    assert "p/models/pet_sold_payload.py" in result.files and "p/webhooks.py" in result.files


def test_a_single_webhook_has_a_plain_typed_function(tmp_path: Path) -> None:
    raw = _raw()
    raw["webhooks"] = {"newPet": raw["webhooks"]["newPet"]}
    spec = tmp_path / "one.yaml"
    spec.write_text(yaml.safe_dump(raw))
    generate(spec, tmp_path / "out", "one_hook")
    (tmp_path / "out" / "use.py").write_text(
        "from one_hook.models import Pet\nfrom one_hook.webhooks import parse_webhook\n\n"
        "pet: Pet = parse_webhook('newPet', b'{}')\n"
    )
    run = _mypy(tmp_path / "out", "one_hook", "use.py")
    assert run.returncode == 0, run.stdout
    hooks = import_fresh(tmp_path / "out", "one_hook.webhooks")
    assert hooks.parse_webhook("newPet", {"id": 1, "name": "a"}).name == "a"


def test_x_webhooks_of_openapi_30_documents(tmp_path: Path) -> None:
    # GitHub's 3.0 document describes its webhooks under `x-webhooks`, the same object 3.1 calls `webhooks`.
    raw = _raw()
    raw["openapi"] = "3.0.3"
    raw["x-webhooks"] = raw.pop("webhooks")
    raw["x-webhooks"]["x-sdk-exclude"] = True  # an extension inside the map (apideck's): not a webhook, no warning
    # Vonage's shape: a Callback Object (runtime expression -> path item) in place of the path item.
    raw["x-webhooks"]["newPet"] = {"{$request.body#/callback}": raw["x-webhooks"]["newPet"]}
    spec = tmp_path / "x.yaml"
    spec.write_text(yaml.safe_dump(raw))
    generate(spec, tmp_path / "out", "x_hooks")
    hooks = import_fresh(tmp_path / "out", "x_hooks.webhooks")
    assert hooks.WEBHOOK_NAMES == {"newPet", "pet.sold", "inventoryChanged"}
    assert hooks.parse_webhook("newPet", b'{"id": 1, "name": "Rex"}').name == "Rex"
    messages = [f"{d.pointer}: {d.message}" for d in build(spec, "p", formatted=False).diagnostics]
    assert messages == [
        "/x-webhooks/formHook/post/requestBody: webhook 'formHook' sends no JSON body with a schema; parse_webhook "
        "leaves it out"
    ]


def test_no_webhooks_no_module(tmp_path: Path) -> None:
    result = build(SPECS / "streaming" / "events.yaml", "p", formatted=False)
    assert "p/webhooks.py" not in result.files


def test_mypy_types_parse_webhook_per_name(out_dir: Path) -> None:
    good = textwrap.dedent(
        f"""
        from {PACKAGE}.models import Pet, PetSoldPayload
        from {PACKAGE}.webhooks import is_webhook_name, parse_webhook


        def handle(body: bytes, event: str) -> None:
            pet: Pet = parse_webhook("newPet", body)
            sold: PetSoldPayload = parse_webhook("pet.sold", body)
            pets: list[Pet] = parse_webhook("inventoryChanged", body)
            print(pet.name, sold.price, len(pets))
            if is_webhook_name(event):
                either: Pet | PetSoldPayload | list[Pet] = parse_webhook(event, body)
                print(either)
        """
    )
    bad = textwrap.dedent(
        f"""
        from {PACKAGE}.models import Pet
        from {PACKAGE}.webhooks import parse_webhook


        def handle(body: bytes, event: str) -> None:
            pet: Pet = parse_webhook("pet.sold", body)
            parse_webhook("newpet", body)
            parse_webhook(event, body)
        """
    )
    (out_dir / "good_hooks.py").write_text(good)
    (out_dir / "bad_hooks.py").write_text(bad)
    run = _mypy(out_dir, PACKAGE, "good_hooks.py")
    assert run.returncode == 0, run.stdout + run.stderr
    run = _mypy(out_dir, "bad_hooks.py")
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 3, run.stdout
    assert 'expression has type "PetSoldPayload", variable has type "Pet"' in errors[0]
    assert all("No overload variant of \"parse_webhook\" matches" in e for e in errors[1:]), errors


def _mypy(folder: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *targets],
        cwd=folder,
        capture_output=True,
        check=False,
        text=True,
    )
