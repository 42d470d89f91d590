"""The command line on bad input and on regeneration: clear messages, exit codes, and an untouched output."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT, SEED_SPEC, SPECS


def clientgen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "clientgen", *args], cwd=cwd, capture_output=True, text=True)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


MINIMAL = """
openapi: 3.0.3
info: {title: T, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
components:
  schemas:
    A:
      type: object
      properties:
        b: {$ref: '#/components/schemas/Missing'}
"""

BROKEN = {
    "yaml_syntax": ("openapi: 3.0.3\ninfo: {title: T\npaths: {}\n", ["invalid YAML", ":3", "flow mapping that starts at line 2"]),
    "duplicate_key": (
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\npaths: {}\n",
        ["duplicate key 'paths'", ":4"],
    ),
    "duplicate_key_json": (
        '{"openapi": "3.0.3", "info": {"title": "T", "version": "1"},\n "paths": {},\n "paths": {}}\n',
        ["duplicate key 'paths'", ":3 (#/paths)"],
    ),
    "swagger2": ("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n", ["Swagger 2.0", "convert it"]),
    "not_openapi": ("name: just some yaml\n", ["not an OpenAPI document"]),
    "top_level_list": ("- a\n- b\n", ["not an OpenAPI document"]),
    "version": ("openapi: 2.5.0\ninfo: {title: T, version: '1'}\npaths: {}\n", ["unsupported OpenAPI version '2.5.0'"]),
    "dangling_ref": (MINIMAL, ["points to nothing", "#/components/schemas/Missing", ":18", "/components/schemas/A/properties/b/$ref"]),
    "missing_external_file": (
        MINIMAL.replace("'#/components/schemas/Missing'", "'./nowhere.yaml#/X'"),
        ["nowhere.yaml", "does not exist"],
    ),
    "non_object_ref_cycle": (
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/L'}
        components:
          schemas:
            L:
              type: array
              items: {$ref: '#/components/schemas/L'}
        """,
        ["$ref cycle", "cannot become a model"],
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_bad_spec_is_reported_and_output_untouched(tmp_path: Path, case: str) -> None:
    text, expected = BROKEN[case]
    spec = write(tmp_path / f"{case}.yaml", textwrap.dedent(text))
    out = tmp_path / "out"
    sentinel = write(out / "keep.txt", "the previous output\n")
    run = clientgen("generate", str(spec), "-o", str(out), "--package", "p")
    assert run.returncode == 2, run.stderr
    for fragment in expected:
        assert fragment in run.stderr, (fragment, run.stderr)
    assert "Traceback" not in run.stderr
    assert "the output was not changed" in run.stderr
    assert sorted(p.name for p in out.rglob("*")) == ["keep.txt"] and sentinel.read_text() == "the previous output\n"


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("other.yaml", "X:\n  type: object\n  type: object\n", ":3"),
        ("other.json", '{\n  "X": {\n    "type": "object",\n    "type": "object"\n  }\n}\n', ":4 (#/X/type)"),
    ],
)
def test_duplicate_key_in_a_referenced_file_is_an_error(tmp_path: Path, name: str, text: str, line: str) -> None:
    spec = write(tmp_path / "main.yaml", MINIMAL.replace("'#/components/schemas/Missing'", f"'./{name}#/X'"))
    write(tmp_path / name, text)
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert run.returncode == 2, run.stderr
    assert f"{name}{line}" in run.stderr and "duplicate key 'type'" in run.stderr, run.stderr
    assert not (tmp_path / "out").exists()


def test_missing_spec_file(tmp_path: Path) -> None:
    run = clientgen("generate", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "out"))
    assert run.returncode == 2 and "does not exist" in run.stderr


def test_failed_regeneration_leaves_previous_output_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "-q").returncode == 0
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    broken = write(tmp_path / "broken.yaml", MINIMAL)
    assert clientgen("generate", str(broken), "-o", str(out), "--package", "seed").returncode == 2
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before


def test_regeneration_removes_only_its_own_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ops = SPECS / "operations_basic.yaml"
    assert clientgen("generate", str(ops), "-o", str(out), "--package", "pkg", "-q").returncode == 0
    mine = write(out / "pkg" / "my_extension.py", "# written by a user\n")
    notes = write(out / "NOTES.md", "user notes\n")
    assert (out / "pkg" / "api" / "items.py").exists()
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "pkg")
    assert run.returncode == 0, run.stderr
    assert not (out / "pkg" / "api" / "items.py").exists()  # generated earlier, no longer needed
    assert (out / "pkg" / "api" / "organizations.py").exists()
    assert mine.read_text() == "# written by a user\n" and notes.read_text() == "user notes\n"


def test_renamed_package_leaves_no_empty_folders_but_keeps_the_users(tmp_path: Path) -> None:
    out = tmp_path / "out"
    ops = SPECS / "operations_basic.yaml"
    assert clientgen("generate", str(ops), "-o", str(out), "--package", "old", "-q").returncode == 0
    mine = write(out / "old" / "models" / "mine.py", "# the user's\n")
    run = clientgen("generate", str(ops), "-o", str(out), "--package", "new", "-q")
    assert run.returncode == 0, run.stderr
    assert not (out / "old" / "api").exists()  # emptied by the removal, so removed
    assert sorted(p.relative_to(out).as_posix() for p in (out / "old").rglob("*")) == ["old/models", "old/models/mine.py"]
    assert mine.read_text() == "# the user's\n" and (out / "new" / "api" / "items.py").is_file()


def test_never_overwrites_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    user_file = write(out / "seed" / "_client.py", "# my own client, not generated\n")
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed")
    assert run.returncode == 2
    assert "was not written by clientgen" in run.stderr and "_client.py" in run.stderr
    assert user_file.read_text() == "# my own client, not generated\n"
    assert not (out / "seed" / "api").exists()


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    target = write(tmp_path / "out", "a file\n")
    run = clientgen("generate", str(SEED_SPEC), "-o", str(target), "--package", "seed")
    assert run.returncode == 2 and "is a file, not a folder" in run.stderr
    assert target.read_text() == "a file\n"


def test_a_file_in_the_way_of_a_folder_is_named_with_the_file_that_cannot_be_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    in_the_way = write(out / "seed" / "models", "not a folder\n")
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert "seed/models/__init__.py: error: cannot write the output: Not a directory" in run.stderr
    assert f"({in_the_way} is a file)" in run.stderr  # shown as an absolute path: the output is outside the cwd
    assert "hint: a part of that path is a file where a folder must be" in run.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == ["seed", "seed/models"]  # nothing left
    assert in_the_way.read_text() == "not a folder\n"


def test_a_failed_move_into_place_is_undone(tmp_path: Path) -> None:
    """The files are all written aside, then moved into place; when a late move fails (here: a folder where the
    store of the edited files' bases goes), the files already moved are put back: the output is as it was."""
    out = tmp_path / "out"
    first = clientgen("generate", str(SPECS / "operations_basic.yaml"), "-o", str(out), "--package", "seed", "-q")
    assert first.returncode == 0, first.stderr
    runtime = out / "seed" / "_runtime.py"  # the same in both generations: the edit is kept, and its base stored
    runtime.write_text(runtime.read_text() + "# my note\n")
    write(out / ".clientgen-base" / "in-the-way", "")
    before = {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed")
    assert run.returncode == 2 and "Traceback" not in run.stderr, run.stderr
    assert ".clientgen-base: error: cannot write the output: Is a directory" in run.stderr
    assert "the previous output is unchanged" in run.stderr
    assert {p: p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()} == before  # no temporary file left
    assert (out / "seed" / "api" / "items.py").is_file() and not (out / "seed" / "api" / "organizations.py").exists()


def test_check_reports_out_of_date_files(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "-q").returncode == 0
    assert clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "--check").returncode == 0
    client = out / "seed" / "_client.py"
    client.write_text(client.read_text() + "# edited\n")
    # An edit is not staleness (regeneration keeps it: tests/test_edits.py); it is listed apart.
    edited = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "--check")
    assert edited.returncode == 0 and "edited: " in edited.stderr and "_client.py" in edited.stderr
    assert "out of date" not in edited.stderr
    errors = out / "seed" / "errors.py"
    text = errors.read_text()
    errors.unlink()
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "--check", "--diff")
    assert run.returncode == 1
    assert "out of date" in run.stderr and "errors.py" in run.stderr
    assert "+" + text.splitlines()[0] in run.stdout
    assert client.read_text().endswith("# edited\n") and not errors.exists()  # --check writes nothing


def test_unchanged_files_are_not_rewritten(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "-q").returncode == 0
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.py")}
    run = clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "--force")
    assert run.returncode == 0 and "0 files written" in run.stderr
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.py")} == stamps


def test_warnings_are_reported_and_strict_makes_them_errors(tmp_path: Path) -> None:
    spec = write(
        tmp_path / "warn.yaml",
        """
        openapi: 3.0.3
        info: {title: T, version: '1'}
        paths: {}
        components:
          schemas:
            A:
              type: object
              required: [ghost]
              properties:
                real: {type: string}
        """,
    )
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert run.returncode == 0
    assert "warning: 'required' names the property 'ghost'" in run.stderr and "warn.yaml:6" in run.stderr
    strict = clientgen("generate", str(spec), "-o", str(tmp_path / "out2"), "--package", "p", "--strict")
    assert strict.returncode == 2 and "error: 'required' names the property 'ghost'" in strict.stderr
    assert not (tmp_path / "out2").exists()


def test_unknown_config_key_suggests_the_closest(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.clientgen]\nspec = "x.yaml"\npackge = "p"\n')
    run = clientgen("generate", cwd=tmp_path)
    assert run.returncode == 2
    assert "unknown configuration key 'packge'" in run.stderr and "did you mean 'package'?" in run.stderr


def test_config_from_pyproject_is_used(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", f'[tool.clientgen]\nspec = "{SEED_SPEC}"\noutput = "gen"\npackage = "seedpkg"\n')
    run = clientgen("generate", "-q", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "gen" / "seedpkg" / "_client.py").is_file()


def test_no_change_regeneration_takes_the_fast_path_and_notices_changes(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SEED_SPEC.read_text())
    out = tmp_path / "out"
    assert clientgen("generate", str(spec), "-o", str(out), "--package", "seed", "-q").returncode == 0
    again = clientgen("generate", str(spec), "-o", str(out), "--package", "seed")
    assert again.returncode == 0 and "is up to date" in again.stderr
    # A generated file edited by hand is noticed (and kept: tests/test_edits.py); a deleted one is restored.
    client = out / "seed" / "_client.py"
    original = client.read_text()
    client.write_text(original + "# edited\n")
    kept = clientgen("generate", str(spec), "-o", str(out), "--package", "seed")
    assert "is up to date" not in kept.stderr and "0 files written" in kept.stderr
    assert client.read_text() == original + "# edited\n"
    assert "is up to date" in clientgen("generate", str(spec), "-o", str(out), "--package", "seed").stderr
    client.unlink()
    restored = clientgen("generate", str(spec), "-o", str(out), "--package", "seed")
    assert "1 files written" in restored.stderr and client.read_text() == original
    # A changed spec is noticed.
    spec.write_text(spec.read_text().replace("Description of the key", "What the key is for"))
    changed = clientgen("generate", str(spec), "-o", str(out), "--package", "seed")
    assert "is up to date" not in changed.stderr and "What the key is for" in (out / "seed" / "models" / "add_api_key_request.py").read_text()
    # Other settings are noticed too.
    other = clientgen("generate", str(spec), "-o", str(out), "--package", "seed", "--strict")
    assert "is up to date" not in other.stderr


def test_progress_on_a_terminal_only(tmp_path: Path) -> None:
    import os
    import pty

    primary, secondary = pty.openpty()
    run = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(SEED_SPEC), "-o", str(tmp_path / "a"), "--package", "seed"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=secondary,
    )
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    shown = b"".join(chunks).decode()
    assert run.returncode == 0
    for stage in ("loading", "resolving", "rendering and formatting", "writing"):
        assert f"clientgen: {stage}" in shown
    assert "1 operations, 5 models" in shown  # the one-line summary at the end
    piped = clientgen("generate", str(SEED_SPEC), "-o", str(tmp_path / "b"), "--package", "seed")
    assert "resolving" not in piped.stderr and "\r" not in piped.stderr
    assert "1 operations, 5 models" in piped.stderr and "warnings" in piped.stderr and " s -> " in piped.stderr


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True).returncode == 0


@pytest.fixture(params=["96k"])
def small_disk(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A real, tiny file system (tmpfs); root bypasses file permissions, so only a mount can refuse writes."""
    disk = tmp_path / "disk"
    if not _mount_tmpfs(disk, request.param):
        pytest.skip("mounting a tmpfs needs root with CAP_SYS_ADMIN, which this machine does not give")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_disk_full_leaves_no_partial_output(small_disk: Path) -> None:
    out = small_disk / "out"
    run = clientgen("generate", str(ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml"), "-o", str(out), "--package", "ei")
    assert run.returncode == 2 and "cannot write the output" in run.stderr and "space" in run.stderr
    leftovers = [p for p in small_disk.rglob("*") if p.is_file()]
    assert leftovers == [], leftovers


@pytest.mark.parametrize("small_disk", ["2m"], indirect=True)
def test_read_only_output_folder(small_disk: Path) -> None:
    out = small_disk / "out"
    assert clientgen("generate", str(SEED_SPEC), "-o", str(out), "--package", "seed", "-q").returncode == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], capture_output=True).returncode == 0
    run = clientgen("generate", str(SPECS / "operations_basic.yaml"), "-o", str(out), "--package", "seed")
    assert run.returncode == 2 and "cannot write the output" in run.stderr and "Read-only" in run.stderr
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_what_black_formats_is_cached_across_runs(tmp_path: Path) -> None:
    """Black is slow (a tenth of a second a file): a file it formatted once comes from the cache the next time its
    text is the same, even when the incremental memo is gone. Files ruff formats alone are not stored: storing and
    finding them would take longer than formatting them again."""
    import os

    cache = tmp_path / "cache"
    env = {**os.environ, "CLIENTGEN_CACHE_DIR": str(cache)}
    spec = SPECS / "operations_basic.yaml"

    def run(out: str, *options: str) -> dict[str, str]:
        command = [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(tmp_path / out), "-q"]
        done = subprocess.run(
            [*command, "--package", "p", *options], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return {p.relative_to(tmp_path / out).as_posix(): p.read_text() for p in (tmp_path / out).rglob("*.py")}

    def cached() -> list[Path]:
        return sorted(p for p in (cache / "formatted").rglob("*") if p.is_file())

    with_ruff = run("ruff")
    assert cached() == []
    first = run("first", "--formatter", "black")
    assert first == with_ruff
    static = {f"p/{path.name}" for path in (ROOT / "templates" / "static").glob("*.py")}  # copied, not formatted
    generated = [rel for rel in first if rel not in static]
    assert sorted(path.read_text() for path in cached()) == sorted(first[rel] for rel in generated)
    for path in cache.iterdir():  # the memo goes; the formatted files stay
        if path.name != "formatted":
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    items = next(path for path in cached() if path.read_text() == first["p/api/items.py"])
    items.write_text(first["p/api/items.py"] + "# from the cache\n")
    second = run("second", "--formatter", "black")
    assert second.pop("p/api/items.py").endswith("# from the cache\n")
    assert second == {k: v for k, v in first.items() if k != "p/api/items.py"}


def test_timings_file_holds_the_seconds_of_each_stage_when_asked_for(tmp_path: Path) -> None:
    """CLIENTGEN_TIMINGS=<file>: a real generation writes the seconds of each stage there; the output and the summary
    line are the same as without it, and without it no such file appears."""
    spec, timings = SPECS / "operations_basic.yaml", tmp_path / "timings.json"

    def run(out: str, **more: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(tmp_path / out), "--package=p"]
        env = {k: v for k, v in os.environ.items() if k != "CLIENTGEN_TIMINGS"}
        env["CLIENTGEN_CACHE_DIR"] = str(tmp_path / f"cache-{out}")  # both first generations
        return subprocess.run(command, cwd=ROOT, env={**env, **more}, capture_output=True, text=True)

    plain = run("plain")
    assert plain.returncode == 0, plain.stderr
    assert not timings.exists()
    timed = run("timed", CLIENTGEN_TIMINGS=str(timings))
    assert timed.returncode == 0, timed.stderr
    stages = json.loads(timings.read_text())
    assert set(stages) == {"load", "validate", "resolve", "render", "format", "write", "memo", "total"}
    assert all(isinstance(seconds, float) and seconds >= 0 for seconds in stages.values())
    assert sum(seconds for stage, seconds in stages.items() if stage != "total") <= stages["total"]
    assert timed.stdout == plain.stdout
    assert re.sub(r"[\d.]+ s -> \S+", "", timed.stderr) == re.sub(r"[\d.]+ s -> \S+", "", plain.stderr)

    def package(out: str) -> dict[Path, bytes]:
        return {p.relative_to(tmp_path / out): p.read_bytes() for p in (tmp_path / out / "p").rglob("*") if p.is_file()}

    assert package("timed") == package("plain")
