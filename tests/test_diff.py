"""`clientgen diff` and the change report on regeneration, on a pair of specs covering every kind of change."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from clientgen.diff import diff
from clientgen.pipeline import load_api
from clientgen.surface import surface

from .conftest import ROOT, SPECS

OLD = SPECS / "diff" / "old.yaml"
NEW = SPECS / "diff" / "new.yaml"

EXPECTED = {
    ("operation removed", "pets.delete_pet", True),
    ("operation added", "pets.create_pet", False),
    ("parameter removed", "pets.list_pets.page", True),
    # With `page` and `limit` the old list paged (a page of pets); without `page` it returns the array itself.
    ("return type changed", "pets.list_pets", True),
    ("parameter renamed", "pets.list_pets.sort", True),
    ("parameter added", "pets.list_pets.region", True),  # required: callers must now pass it
    ("parameter added", "pets.list_pets.verbose", False),  # optional
    ("parameter made required", "pets.list_pets.limit", True),
    ("parameter type changed", "pets.list_pets.owner", True),
    ("enum value removed", "pets.list_pets.kind", True),
    ("enum value added", "pets.list_pets.kind", False),
    ("model removed", "Toy", True),
    ("model added", "Owner", False),
    ("field renamed", "Pet.nick_name", True),
    ("field added", "Pet.weight", False),
    ("field made required", "Pet.age", True),
    ("field type changed", "Pet.color", True),
    ("enum value added", "Pet.status", False),
}


def clientgen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clientgen", *args], cwd=ROOT, capture_output=True, text=True)


def test_every_kind_of_change_is_found_and_classified() -> None:
    changes = diff(surface(load_api(OLD, run_validator=False)[0]), surface(load_api(NEW, run_validator=False)[0]))
    assert {(c.kind, c.subject, c.breaking) for c in changes} == EXPECTED
    renamed = next(c for c in changes if c.kind == "parameter renamed")
    assert renamed.detail == "now order_by"


def test_same_spec_has_no_changes() -> None:
    assert diff(surface(load_api(OLD, run_validator=False)[0]), surface(load_api(OLD, run_validator=False)[0])) == []


def test_cli_table_json_and_exit_codes() -> None:
    table = clientgen("diff", str(OLD), str(NEW))
    assert table.returncode == 0
    assert "BREAKING  operation removed" in table.stdout and "18 changes, 12 breaking" in table.stdout
    as_json = clientgen("diff", str(OLD), str(NEW), "--format", "json")
    data = json.loads(as_json.stdout)
    assert data["breaking"] == 12 and len(data["changes"]) == 18
    assert {"kind", "subject", "detail", "breaking"} == set(data["changes"][0])
    assert clientgen("diff", str(OLD), str(NEW), "--fail-on-breaking").returncode == 1
    assert clientgen("diff", str(OLD), str(OLD), "--fail-on-breaking").returncode == 0
    only_additions = clientgen("diff", str(SPECS / "operations_basic.yaml"), str(SPECS / "operations_basic.yaml"))
    assert "no changes" in only_additions.stdout


def test_cli_uses_the_renames_of_the_configuration(tmp_path: Path) -> None:
    config = tmp_path / "clientgen.toml"
    config.write_text('[tool.clientgen]\nrename_classes = { Pet = "Animal" }\nrename_fields = { "Pet.color" = "colour" }\n')
    run = clientgen("diff", str(OLD), str(NEW), "--format", "json", "--config", str(config))
    subjects = {c["subject"] for c in json.loads(run.stdout)["changes"]}
    assert {"Animal.colour", "Animal.weight"} <= subjects
    assert not any(s.startswith("Pet.") for s in subjects), subjects


def test_regeneration_reports_what_changed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = clientgen("generate", str(OLD), "-o", str(out), "--package", "pets")
    assert first.returncode == 0 and "BREAKING" not in first.stderr
    second = clientgen("generate", str(NEW), "-o", str(out), "--package", "pets")
    assert second.returncode == 0
    assert "BREAKING  operation removed        pets.delete_pet" in second.stderr
    assert "18 changes, 12 breaking" in second.stderr
