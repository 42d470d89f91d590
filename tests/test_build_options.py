"""Configuration beyond the basics: parts of a spec, renames, an installable project, the package README."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from clientgen.diagnostics import GenerationError
from clientgen.naming import Renames
from clientgen.pipeline import build
from clientgen.select import Selection

from .conftest import ROOT, SPECS, generate, import_fresh

OPS = SPECS / "operations_basic.yaml"


def test_include_and_exclude_keep_only_what_the_chosen_operations_use() -> None:
    result = build(OPS, "p", selection=Selection(include_tags=("items",), exclude_operations=("deleteItem",)))
    assert sorted(op.operation_id for op in result.api.operations) == ["createItem", "getItem", "listItems"]
    assert sorted(m.key for m in result.api.models) == ["CreateItemResponse202", "Item", "Problem"]
    assert "p/api/files.py" not in result.files and "p/models/submit_form_body.py" not in result.files
    only = build(OPS, "p", selection=Selection(include_operations=("health",)))
    assert [op.operation_id for op in only.api.operations] == ["health"] and only.api.models == ()


def test_unknown_tag_or_operation_is_an_error() -> None:
    with pytest.raises(GenerationError, match="tag 'nope' is not in the spec"):
        build(OPS, "p", selection=Selection(include_tags=("nope",)))


def test_class_and_field_renames(tmp_path: Path) -> None:
    renames = Renames(classes=(("Item", "Product"),), fields=(("Item.price", "unit_price"),))
    generate(OPS, tmp_path, "renamed", renames=renames)
    pkg = import_fresh(tmp_path, "renamed")
    product = pkg.models.Product.from_dict({"id": "1", "name": "n", "price": 2.5})
    assert product.unit_price == 2.5 and product.to_dict()["price"] == 2.5
    assert (tmp_path / "renamed" / "models" / "product.py").is_file()
    with pytest.raises(GenerationError, match="no generated class 'Nope'"):
        build(OPS, "p", renames=Renames(classes=(("Nope", "X"),)))
    with pytest.raises(GenerationError, match="two classes the name 'Problem'"):
        build(OPS, "p", renames=Renames(classes=(("Item", "Problem"),)))
    with pytest.raises(GenerationError, match="'class' cannot be a field name"):
        build(OPS, "p", renames=Renames(fields=(("Item.name", "class"),)))


def test_config_file_in_yaml_with_every_option(tmp_path: Path) -> None:
    config = tmp_path / "clientgen.yaml"
    config.write_text(
        yaml.safe_dump(
            {
                "spec": str(OPS),
                "output": "gen",
                "package": "configured",
                "include_tags": ["items"],
                "rename_classes": {"Item": "Product"},
                "rename_fields": {"Product.name": "title"},
                "project": True,
                "formatter": "ruff",
            }
        )
    )
    run = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", "--config", str(config), "-q"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "gen" / "pyproject.toml").is_file()
    text = (tmp_path / "gen" / "configured" / "models" / "product.py").read_text()
    assert "class Product(" in text and "    title: str\n" in text
    assert not (tmp_path / "gen" / "configured" / "api" / "files.py").exists()


def test_project_installs_with_pip(tmp_path: Path) -> None:
    generate(OPS, tmp_path / "proj", "ops_installable", project=True)
    target = tmp_path / "site"
    run = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "-q", "--target", str(target), str(tmp_path / "proj")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (target / "ops_installable" / "py.typed").is_file()
    assert (target / "ops_installable" / "models" / "item.py").is_file()
    check = subprocess.run(
        [sys.executable, "-c", "import ops_installable, sys; print(ops_installable.__file__); ops_installable.Client(api_key='k')"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.startswith(str(target))


def test_version_becomes_a_pip_version() -> None:
    from clientgen.render import pep440

    assert pep440("1.0.0") == "1.0.0" and pep440("2022-11-28") == "0+2022.11.28" and pep440("v1 beta") == "0+v1.beta"


def test_package_readme_lists_every_operation_and_an_example_per_tag() -> None:
    files = build(OPS, "opsdoc").files
    readme = files["opsdoc/README.md"]
    for method in ("items.list_items", "items.create_item", "items.get_item", "items.delete_item",
                   "files.upload_photo", "files.download_photo", "files.submit_form", "health.health"):
        assert f"`client.{method}`" in readme
    assert "| `client.items.get_item` | GET | `/items/{id}` |" in readme
    assert readme.count("```python") == 1 + 3  # construction, then one example for each of the three tags
    assert 'api_key="..."' in readme and "Python 3.10" in readme
    assert "result = client.health.health()" in readme
    assert files == build(OPS, "opsdoc").files  # deterministic


def test_pre_commit_hook_runs_the_check() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hooks[0]["entry"] == "clientgen generate --check" and hooks[0]["pass_filenames"] is False


def test_operations_without_tags_are_grouped_by_resource() -> None:
    from clientgen.resolve_operations import path_group

    cases = {
        "/v1/customers/{customer}/sources": "customers",
        "/api/v2/items": "items",
        "/2010-04-01/Accounts.json": "Accounts",
        "/health": "health",
        "/{id}": "default",
        "/": "default",
    }
    assert {path: path_group(path) for path in cases} == cases
