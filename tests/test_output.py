"""The committed client in output/: up to date, deterministic, black-formatted, mypy --strict clean, vendorable."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from .conftest import (
    OUTPUT,
    ROOT,
    SEED_SPEC,
    SPECS,
    copy_tree,
    generate,
    import_fresh,
    run_black_check,
    run_mypy,
)

PACKAGE = OUTPUT / "edgeimpulse_api"


def clientgen(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientgen", *args], cwd=cwd, capture_output=True, text=True, env=env, check=False
    )


def test_committed_output_is_up_to_date() -> None:
    """`clientgen generate` with the project's configuration would change nothing."""
    run = clientgen("generate", "--check")
    assert run.returncode == 0, run.stderr


def test_generation_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    """Generations from scratch, each with a cache of its own: a later one must not replay an earlier one. Four
    seeds, because two may happen to iterate a small set in the same order (0 and 4242 do for {"Any", "ClassVar"})."""
    trees = []
    for seed in ("0", "1", "2", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "CLIENTGEN_CACHE_DIR": str(tmp_path / f"cache{seed}")}
        for spec in sorted(SPECS.glob("*.yaml")):
            run = clientgen("generate", str(spec), "-o", str(out / spec.stem), "--package", spec.stem, "-q", env=env)
            assert run.returncode == 0, run.stderr
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert len(trees[0]) > 20
    for tree in trees[1:]:
        assert tree == trees[0], sorted(r for r in tree.keys() | trees[0].keys() if tree.get(r) != trees[0].get(r))


def test_no_absolute_paths_or_timestamps_in_output() -> None:
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert str(ROOT) not in text and "/tmp/" not in text, path
    manifest = json.loads((OUTPUT / ".clientgen-manifest.json").read_text())
    assert set(manifest) == {"generator", "files", "inputs"}
    assert all(not p.startswith("/") for p in manifest["inputs"]["files"])


def test_output_passes_mypy_strict() -> None:
    run = run_mypy(OUTPUT, "edgeimpulse_api")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Success: no issues found" in run.stdout


def test_output_is_black_formatted() -> None:
    run = run_black_check(OUTPUT)
    assert run.returncode == 0, run.stderr


def test_package_uses_relative_imports_only() -> None:
    for path in PACKAGE.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            assert not stripped.startswith(("from edgeimpulse_api", "import edgeimpulse_api")), (path, line)


def test_runtime_needs_nothing_beyond_httpx() -> None:
    probe = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "import {stmt}\n"
        "{call}\n"
        "names = {{m.split('.')[0] for m in set(sys.modules) - before}}\n"
        "print(sorted(n for n in names if n not in sys.stdlib_module_names and not n.startswith('_')))\n"
    )

    def third_party(stmt: str, call: str) -> set[str]:
        run = subprocess.run(
            [sys.executable, "-c", probe.format(stmt=stmt, call=call)],
            cwd=OUTPUT,
            capture_output=True,
            check=False,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        return set(json.loads(run.stdout.replace("'", '"')))

    httpx_closure = third_party("httpx", "httpx.Client()")
    ours = third_party(
        "edgeimpulse_api", "c = edgeimpulse_api.Client(api_key_authentication='k'); c.organizations; c.learn"
    )
    assert ours - httpx_closure == {"edgeimpulse_api"}


def test_vendored_copy_under_another_name_works(tmp_path: Path, httpserver: HTTPServer) -> None:
    """Copy the package under another name, deep inside another code base, import it there and call it."""
    target = tmp_path / "myapp" / "third_party" / "ei_vendored"
    copy_tree(PACKAGE, target)
    (tmp_path / "myapp" / "__init__.py").write_text("")
    (tmp_path / "myapp" / "third_party" / "__init__.py").write_text("")
    module = import_fresh(tmp_path, "myapp")
    import importlib

    vendored = importlib.import_module("myapp.third_party.ei_vendored")
    assert vendored.__file__.startswith(str(target))
    httpserver.expect_oneshot_request("/api/organizations/1/whitelabel/organizations/2/apiKeys").respond_with_json(
        {"success": True, "id": 3, "apiKey": "ei_x"}
    )
    with vendored.Client(base_url=httpserver.url_for("/"), api_key_authentication="k") as client:
        result = client.organizations.whitelabel_admin_add_organization_api_key(
            organization_id=1, inner_organization_id=2, body=vendored.models.AdminAddOrganizationApiKeyRequest(name="n", role="admin")
        )
    assert type(result).__module__ == "myapp.third_party.ei_vendored.models.add_api_key_response"
    assert result.api_key == "ei_x"
    assert module.__name__ == "myapp"
    for name in [n for n in sys.modules if n.startswith("myapp")]:
        del sys.modules[name]


def test_python_m_generator_is_the_cli() -> None:
    run = clientgen("--help")
    assert run.returncode == 0 and "generate" in run.stdout and "inspect" in run.stdout


def test_inspect_prints_the_intermediate_model() -> None:
    run = clientgen("inspect", str(ROOT / "specs" / "edgeimpulse" / "seed-whitelabel-apikey.yaml"))
    assert run.returncode == 0, run.stderr
    assert "operation_id='whitelabelAdminAddOrganizationApiKey'" in run.stdout
    assert "Model(key='AdminAddOrganizationApiKeyRequest'" in run.stdout
    assert run.stdout.count("json_name='ttl'") == 2  # once in each of the two request models


@pytest.mark.parametrize("flag", ["--package", "-o"])
def test_generate_writes_where_asked(tmp_path: Path, flag: str) -> None:
    spec = str(SPECS / "operations_basic.yaml")
    args = ["generate", spec, "-o", str(tmp_path / "out"), "--package", "opsclient", "-q"]
    run = clientgen(*args)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out" / "opsclient" / "py.typed").is_file()
    assert (tmp_path / "out" / "opsclient" / "__init__.py").is_file()


def test_every_feature_spec_gives_black_formatted_output(tmp_path: Path) -> None:
    """README: the suite runs `black --check` on the output of every spec it generates (the feature specs here, the
    hostile ones in test_hostile.py, the real ones in test_real_specs.py)."""
    patterns = sorted((SPECS / "patterns").glob("*.yaml"))
    specs = [*sorted(SPECS.glob("*.yaml")), *patterns, SPECS / "multifile" / "main.yaml", SEED_SPEC]
    for spec in specs:
        generate(spec, tmp_path / f"{spec.parent.name}_{spec.stem}", f"{spec.stem}_pkg")
    run = run_black_check(tmp_path)
    assert run.returncode == 0, run.stderr
    assert f"{len(list(tmp_path.rglob('*.py')))} files would be left unchanged" in run.stderr


def test_generator_runtime_and_output_parse_as_python_3_10() -> None:
    """The grammar of Python 3.10, the oldest version promised (CI also runs the tests on 3.10 itself)."""
    files = [
        *sorted((ROOT / "generator").glob("*.py")),
        *sorted((ROOT / "templates" / "static").glob("*.py")),
        *sorted(PACKAGE.rglob("*.py")),
    ]
    for path in files:
        ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 10))
    assert len(files) > 100


def test_runtime_templates_are_black_formatted() -> None:
    """They are copied into every package as they are, so they must already be black-formatted."""
    run = run_black_check(ROOT / "templates" / "static")
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize("spec", sorted(p.name for p in SPECS.glob("*.yaml")))
def test_ruff_path_gives_exactly_what_black_gives(spec: str) -> None:
    from clientgen.pipeline import build

    fast = build(SPECS / spec, "pkg", formatter="ruff").files
    reference = build(SPECS / spec, "pkg", formatter="black").files
    assert fast == reference


def _reorder(node: object) -> object:
    """The same document with every mapping's keys in reverse order (lists keep theirs: their order is meaning)."""
    if isinstance(node, dict):
        return {k: _reorder(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reorder(v) for v in node]
    return node


@pytest.mark.parametrize("spec", ["operations_basic.yaml", "models_basic.yaml", "constructs.yaml"])
def test_key_order_of_the_document_does_not_change_the_output(tmp_path: Path, spec: str) -> None:
    import yaml

    from clientgen.pipeline import build

    reordered = tmp_path / spec
    reordered.write_text(yaml.safe_dump(_reorder(yaml.safe_load((SPECS / spec).read_text())), sort_keys=False))
    assert build(reordered, "pkg").files == build(SPECS / spec, "pkg").files


def test_user_templates_override_built_in_ones(tmp_path: Path) -> None:
    custom = tmp_path / "templates" / "package"
    custom.mkdir(parents=True)
    (custom / "README.md.jinja").write_text("# {{ title }}\n\nOur own words about {{ package }}.\n")
    out = tmp_path / "out"
    run = clientgen(
        "generate", str(SPECS / "operations_basic.yaml"), "-o", str(out), "--package", "ops", "--templates", str(tmp_path / "templates"), "-q"
    )
    assert run.returncode == 0, run.stderr
    assert (out / "ops" / "README.md").read_text() == "# Operations Basic\n\nOur own words about ops.\n"
    assert "class ItemsApi" in (out / "ops" / "api" / "items.py").read_text()  # the other templates are built in


def _spec_properties() -> dict[str, dict[str, Any]]:
    """The component schemas of the Edge Impulse spec, read with PyYAML (not through clientgen)."""
    import yaml

    document = yaml.safe_load((ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml").read_text())
    return document["components"]["schemas"]


def test_every_model_field_is_documented_in_its_class_docstring() -> None:
    """Each attribute a model class declares appears under `Attributes:` with its type; a component schema's
    property with a description has it there; no class docstring is filler."""
    schemas = _spec_properties()
    missing: list[str] = []
    described = 0
    for path in sorted((PACKAGE / "models").glob("*.py")):
        if path.name == "_typeddicts.py":  # not models: their docstrings list keys (tests/test_typed_dicts.py)
            continue
        for node in ast.parse(path.read_text()).body:
            if not isinstance(node, ast.ClassDef):
                continue
            doc = ast.get_docstring(node) or ""
            assert "object of the API" not in doc, node.name
            entries = " ".join(doc.split("Attributes:", 1)[-1].split())  # one line: wrapped lines joined
            for item in node.body:
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                    name = item.target.id
                    if name.startswith("_"):
                        continue
                    if f"{name} (" not in entries:
                        missing.append(f"{node.name}.{name}")
            for prop in (schemas.get(node.name) or {}).get("properties", {}).values():
                text = prop.get("description") if isinstance(prop, dict) else None
                if text and "\n" not in text.strip():
                    described += 1
                    assert " ".join(text.split()) in entries, (node.name, text)
    assert not missing, missing[:20]
    assert described > 100  # the check above saw the spec's descriptions
