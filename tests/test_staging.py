"""A first generation into a new or empty folder writes each batch as soon as the worker has formatted it, into a
staging folder that writing then empties into place (`generator/staging.py`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clientgen import format_worker, regeneration
from clientgen.cli import main
from clientgen.staging import STAGE

from .conftest import ROOT

SPEC = ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml"


def _tree(folder: Path, leave_out: str = "") -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != leave_out
    }


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(format_worker, "BATCH", 20_000)  # the worker surely starts, with many batches
    monkeypatch.chdir(tmp_path)  # no project settings


@pytest.mark.usefixtures("small_batches")
def test_what_the_worker_staged_is_moved_into_place_and_the_staging_folder_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    staged: list[int] = []
    original = regeneration.write

    def noting(generation: regeneration.Generation, mode: regeneration.Mode) -> regeneration.WriteReport:
        staged.append(len(generation.stage.files) if generation.stage is not None else 0)
        return original(generation, mode)

    monkeypatch.setattr(regeneration, "write", noting)
    assert main(["generate", str(SPEC), "-o", "new", "--package", "ei", "-q"]) == 0
    # An output folder that holds a file of the user's is not staged: writing decides what to write there.
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / "notes.txt").write_text("mine\n")
    assert main(["generate", str(SPEC), "-o", "kept", "--package", "ei", "-q"]) == 0
    assert staged[0] > 100 and staged[1] == 0
    assert not (tmp_path / "new" / STAGE).exists()
    assert _tree(tmp_path / "new") == _tree(tmp_path / "kept", leave_out="notes.txt")
    assert (tmp_path / "kept" / "notes.txt").read_text() == "mine\n"


@pytest.mark.usefixtures("small_batches")
def test_what_the_main_process_formats_is_staged_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With one core there is no worker: the main process formats every batch, and writes each to the stage while
    it formats the next, so that writing the output only moves files into place."""
    monkeypatch.setattr(format_worker, "_cores", lambda: 1)
    staged: list[set[str]] = []
    original = regeneration.write

    def noting(generation: regeneration.Generation, mode: regeneration.Mode) -> regeneration.WriteReport:
        staged.append(set(generation.stage.files) if generation.stage is not None else set())
        return original(generation, mode)

    monkeypatch.setattr(regeneration, "write", noting)
    assert main(["generate", str(SPEC), "-o", "new", "--package", "ei", "-q"]) == 0
    made = {str(p.relative_to(tmp_path / "new")) for p in (tmp_path / "new" / "ei").rglob("*.py")}
    modules = {rel for rel in made if "/api/" in rel or "/models/" in rel}
    assert len(modules) > 100 and modules <= staged[0] <= made
    assert not (tmp_path / "new" / STAGE).exists()


@pytest.mark.usefixtures("small_batches")
def test_a_generation_that_fails_after_files_were_staged_leaves_nothing_behind(tmp_path: Path) -> None:
    """The operation groups come last: a template that makes them invalid Python fails the generation after the
    worker has staged the models."""
    templates = tmp_path / "templates" / "package"
    templates.mkdir(parents=True)
    shutil.copy(ROOT / "templates" / "package" / "tag_module.py.jinja", templates)
    with open(templates / "tag_module.py.jinja", "a", encoding="utf-8") as f:
        f.write("def broken(:\n")
    args = ["generate", str(SPEC), "-o", "out", "--package", "ei", "--templates", str(tmp_path / "templates"), "-q"]
    assert main(args) == 2
    assert not (tmp_path / "out").exists()
    (tmp_path / "empty").mkdir()
    assert main([*args[:3], "empty", *args[4:]]) == 2
    assert list((tmp_path / "empty").iterdir()) == []


@pytest.mark.usefixtures("small_batches")
def test_a_staging_folder_left_by_a_killed_run_is_removed(tmp_path: Path) -> None:
    (tmp_path / "out" / STAGE / "ei").mkdir(parents=True)
    (tmp_path / "out" / STAGE / "ei" / "half_written.py").write_text("x = (")
    assert main(["generate", str(SPEC), "-o", "out", "--package", "ei", "-q"]) == 0
    assert not (tmp_path / "out" / STAGE).exists()
    assert (tmp_path / "out" / "ei" / "_client.py").is_file()
