"""Regeneration with a memo (generator/memo.py) gives exactly what a generation from scratch gives.

Each step changes the spec the way users do, generates with the memo the previous step left, and compares every
file and diagnostic (line numbers included) with a generation without memo. The feature spec's inline schemas
compete for the same model names, so a change in one path item renames models of later ones.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen.edits import read_store
from clientgen.memo import Memo, load_memo, save_memo, store_texts
from clientgen.pipeline import Result, build

from .conftest import ROOT, SHARED_SPECS, SPECS

Spec = dict[str, Any]


def _build_both(spec: Path, package: str, memo: Memo) -> tuple[Result, Result]:
    incremental = build(spec, package, memo=memo)
    fresh = build(spec, package)
    assert incremental.files == fresh.files
    assert incremental.diagnostics == fresh.diagnostics
    assert incremental.memo is not None
    return incremental, fresh


def _reused_units(result: Result) -> int:
    assert result.memo is not None
    return len(result.memo.reused)


def _reused_paths(result: Result) -> int:
    assert result.memo is not None and result.memo.resolve is not None
    return result.memo.resolve.reused


def _write(path: Path, spec: Spec) -> None:
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def _summary(spec: Spec) -> None:
    spec["paths"]["/ccc"]["get"]["summary"] = "Get one C, with more words"


def _drop_colliding_parameter(spec: Spec) -> None:
    # /aaa's parameter had taken the name GetThingResponse, so /zzz's answer was GetThingResponse2.
    del spec["paths"]["/aaa"]["get"]["parameters"]


def _remove_first_path(spec: Spec) -> None:
    # /aaa reached the shared response first, which named it after /aaa's operation; now /bbb names it.
    del spec["paths"]["/aaa"]


def _add_path_in_between(spec: Spec) -> None:
    spec["paths"]["/bcd"] = {
        "get": {
            "operationId": "getC",  # a clash: this one comes first and keeps the id, the later /ccc's is renamed
            "responses": {"200": {"description": "x"}},
        }
    }


def _rename_operation(spec: Spec) -> None:
    spec["paths"]["/bcd"]["get"]["operationId"] = "getBcd"


def _change_inline_field(spec: Spec) -> None:
    spec["paths"]["/ddd"]["post"]["requestBody"]["content"]["application/json"]["schema"]["properties"]["inner"][
        "properties"
    ]["deep"] = {"type": "string", "description": "now text"}


def _change_component(spec: Spec) -> None:
    spec["components"]["schemas"]["Pet"]["properties"]["age"] = {"type": "integer"}


def _stream_parameter(spec: Spec) -> None:
    spec["paths"]["/zzz"]["get"]["parameters"] = [{"name": "stream", "in": "query", "schema": {"type": "boolean"}}]


def _event_stream_added(spec: Spec) -> None:
    # The answer may now also come as server-sent events: the call takes `stream=`, so the parameter of that name
    # is renamed (naming reads whether an operation streams; nothing else about it changed).
    content = spec["paths"]["/zzz"]["get"]["responses"]["200"]["content"]
    content["text/event-stream"] = {"schema": {"$ref": "#/components/schemas/Pet"}}  # no new model either


def _lines_above(spec: Spec) -> None:
    # Longer text in the first path item moves every later line, so cached warnings need their lines found again.
    spec["paths"]["/bbb"]["get"]["description"] = "First line.\nSecond line.\nThird line."


STEPS: list[tuple[str, Callable[[Spec], None]]] = [
    ("summary", _summary),
    ("colliding parameter dropped", _drop_colliding_parameter),
    ("first path removed", _remove_first_path),
    ("clashing path added", _add_path_in_between),
    ("operation renamed", _rename_operation),
    ("inline field changed", _change_inline_field),
    ("parameter named stream", _stream_parameter),
    ("event stream added", _event_stream_added),
    ("lines moved", _lines_above),
    ("component changed", _change_component),
]


def test_each_change_regenerates_exactly_what_a_fresh_generation_makes(tmp_path: Path) -> None:
    spec_path = tmp_path / "incremental.yaml"
    spec: Spec = yaml.safe_load((SPECS / "incremental.yaml").read_text())
    _write(spec_path, spec)
    first = build(spec_path, "inc", memo=Memo())
    assert first.memo is not None and _reused_units(first) == 0
    memo = first.memo
    names_before = {m.key for m in first.api.models}
    assert {"GetThingResponse", "GetThingResponse2", "GetCResponse2", "GetResponse"} <= names_before
    for label, change in STEPS:
        change(spec)
        _write(spec_path, spec)
        incremental, _ = _build_both(spec_path, "inc", memo)
        if label == "clashing path added":  # a warning: /bcd comes first and keeps getC, /ccc's becomes getC_2
            assert any("also used by" in d.message for d in incremental.diagnostics)
            assert {"getC", "getC_2"} <= {op.operation_id for op in incremental.api.operations}
        if label == "summary":
            assert _reused_paths(incremental) == 4  # all but /ccc
            assert _reused_units(incremental) >= 4  # models untouched; only the cees group is made again
        if label == "colliding parameter dropped":
            assert "GetThingResponse2" not in {m.key for m in incremental.api.models}
        if label == "event stream added":
            text = incremental.files["inc/api/zzz.py"]
            assert "stream_query: bool | Unset = UNSET" in text and "sse.Stream[" in text
        if label == "component changed":
            assert _reused_paths(incremental) == 0  # outside `paths`: resolved afresh
        assert incremental.memo is not None
        memo = incremental.memo
    same = build(spec_path, "inc", memo=memo)
    assert same.memo is not None
    assert _reused_paths(same) == len(spec["paths"])
    assert _reused_units(same) == len(same.memo.units)  # nothing changed: every unit from the memo


def test_subtypes_added_and_retyped_regenerate_as_a_fresh_generation(tmp_path: Path) -> None:
    """A base's module lists its subtypes and a subclass's module names its base: adding a subtype, or retyping a
    field so that a model stops being a subclass, changes modules the change is not in (tests/specs/subtypes.yaml)."""
    spec_path = tmp_path / "subtypes.yaml"
    spec: Spec = yaml.safe_load((SPECS / "subtypes.yaml").read_text())
    _write(spec_path, spec)
    first = build(spec_path, "sub", memo=Memo())
    assert first.memo is not None
    schemas = spec["components"]["schemas"]
    schemas["Parrot"] = {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"properties": {"talks": {"type": "boolean"}}}]}
    _write(spec_path, spec)
    added, _ = _build_both(spec_path, "sub", first.memo)
    assert '"Parrot": ("parrot", "Parrot")' in added.files["sub/models/pet.py"]
    assert "class Parrot(Pet):" in added.files["sub/models/parrot.py"]
    schemas["Dog"]["allOf"][1]["properties"]["name"] = {"type": "integer"}  # Dog, and so Puppy, stop deriving
    _write(spec_path, spec)
    assert added.memo is not None
    retyped, _ = _build_both(spec_path, "sub", added.memo)
    assert "class Dog(serde.Model):" in retyped.files["sub/models/dog.py"]
    assert '"dog"' not in retyped.files["sub/models/pet.py"] and "Puppy" not in retyped.files["sub/models/pet.py"]


def test_a_memo_of_another_spec_file_is_not_used(tmp_path: Path) -> None:
    """Locations in the memo name the spec file; a memo made from a copy elsewhere must not leak in."""
    one, two = tmp_path / "one.yaml", tmp_path / "two.yaml"
    shutil.copy(SPECS / "incremental.yaml", one)
    spec: Spec = yaml.safe_load((SPECS / "incremental.yaml").read_text())
    _remove_first_path(spec)
    _write(two, spec)
    memo = build(one, "inc", memo=Memo()).memo
    assert memo is not None
    result, _ = _build_both(two, "inc", memo)
    assert _reused_paths(result) == 0


def _clientgen(spec: Path, out: Path, cache: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIENTGEN_CACHE_DIR": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(out), "--package", "inc", *flags],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _unit_files(tree: dict[str, bytes]) -> set[str]:
    """The model modules and operation groups: the files the memo keeps (one unit each)."""
    return {rel for rel in tree if re.fullmatch(r"inc/(models|api)/(?!__init__\.py$)\w+\.py", rel)}


def _replayed(run: subprocess.CompletedProcess[str]) -> tuple[int, int]:
    """(units taken from the memo, units) as the command's summary line says."""
    found = re.search(r"(\d+) of (\d+) modules from the cache", run.stderr)
    assert found, run.stderr
    return int(found[1]), int(found[2])


def _changed_units(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {rel for rel in _unit_files(after) if before.get(rel) != after[rel]}


def _stored_memo(cache: Path) -> Path:
    return next(p for p in (cache / "runs").glob("*.pickle") if ".base-" not in p.name)


def test_cli_keeps_a_memo_and_still_notices_an_edited_file(tmp_path: Path) -> None:
    spec = tmp_path / "incremental.yaml"
    shutil.copy(SPECS / "incremental.yaml", spec)
    out, cache = tmp_path / "out", tmp_path / "cache"
    first = _clientgen(spec, out, cache)
    assert first.returncode == 0
    units = _unit_files(_tree(out))
    assert _replayed(first) == (0, len(units)) and len(units) >= 8
    before = _tree(out)
    edited = out / "inc" / "api" / "things.py"
    original = edited.read_text()
    edited.write_text(original.replace("def ", "def_", 1))  # same size, new content and time
    text = spec.read_text().replace("Get a C", "Get one C")
    spec.write_text(text)
    run = _clientgen(spec, out, cache)
    assert run.returncode == 0, run.stderr
    # An edit is noticed, even in a file the memo kept, and kept (tests/test_edits.py): its base is stored.
    assert edited.read_text() == original.replace("def ", "def_", 1)
    assert read_store(out) == {"inc/api/things.py": original}
    edited.unlink()  # and a deleted one is written again
    assert _clientgen(spec, out, cache).returncode == 0 and edited.read_text() == original
    fresh = tmp_path / "fresh"
    assert _clientgen(spec, fresh, tmp_path / "other-cache").returncode == 0
    assert _tree(out) == _tree(fresh)
    changed = _changed_units(before, _tree(fresh))
    assert changed == {"inc/api/cees.py"}  # the summary's group: every other unit comes from the memo
    assert _replayed(run) == (len(units) - len(changed), len(units))


def test_an_unreadable_memo_only_costs_time(tmp_path: Path) -> None:
    spec = tmp_path / "incremental.yaml"
    shutil.copy(SPECS / "incremental.yaml", spec)
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert _clientgen(spec, out, cache).returncode == 0
    assert load_memo(_stored_memo(cache)).units
    for path in (cache / "runs").iterdir():
        path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])  # truncated, as by a crash
    assert load_memo(_stored_memo(cache)) == Memo()  # the damage is real: nothing of it can be read
    spec.write_text(spec.read_text().replace("Get a C", "Get one C"))
    run = _clientgen(spec, out, cache)
    assert run.returncode == 0, run.stderr
    assert _replayed(run) == (0, len(_unit_files(_tree(out))))
    assert "Get one C" in (out / "inc" / "api" / "cees.py").read_text()
    assert load_memo(_stored_memo(cache)).units
    again = _clientgen(spec, out, cache, "--force")  # the memo written afresh is used
    assert _replayed(again) == (len(_unit_files(_tree(out))),) * 2


def test_a_run_that_stops_while_storing_its_memo_leaves_the_last_memo_whole(tmp_path: Path) -> None:
    """The bulk of a memo is written beside the output (`store_texts`), before the run knows that writing the
    output succeeds: what it writes must not spoil the memo already stored, whose base and texts stay in place."""
    spec = tmp_path / "incremental.yaml"
    original = (SPECS / "incremental.yaml").read_text()
    spec.write_text(original)
    stored = tmp_path / "cache" / "memo.pickle"
    first = build(spec, "inc", memo=Memo())
    assert first.memo is not None
    save_memo(stored, first.memo, Memo())
    changed = yaml.safe_load(original)
    _change_component(changed)  # outside the paths: the resolved components, and so the base, are new
    _write(spec, changed)
    loaded = load_memo(stored)
    second = build(spec, "inc", memo=loaded)
    assert second.memo is not None and second.memo.resolve is not None and loaded.resolve is not None
    assert second.memo.resolve.base_id != loaded.resolve.base_id
    assert store_texts(stored, second.memo, loaded) is not None  # and the run stops before `save_memo`
    spec.write_text(original)
    again = load_memo(stored)
    assert again.resolve is not None, "the stored memo lost its base"
    third = build(spec, "inc", memo=again)
    assert third.files == first.files
    assert _reused_units(third) == len(first.memo.units)  # every text found in the pack


REAL = ["github-api.github.com.json", "twilio-messaging-v1.yaml"]


@pytest.mark.slow
@pytest.mark.parametrize("name", REAL)
def test_one_changed_operation_of_a_real_spec(name: str, tmp_path: Path) -> None:
    source = SHARED_SPECS / name
    if not source.is_file():
        pytest.skip(f"{source} is absent (../shared is not beside this clone)")
    spec_path = tmp_path / name
    shutil.copy(source, spec_path)
    first = build(spec_path, "real", memo=Memo())
    assert first.memo is not None
    load = json.loads if name.endswith(".json") else yaml.safe_load
    spec = load(spec_path.read_text())
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) and "responses" in op]
    operations[len(operations) // 2]["deprecated"] = True
    operations[len(operations) // 2]["summary"] = "Changed by the test"
    spec_path.write_text(json.dumps(spec) if name.endswith(".json") else yaml.safe_dump(spec, sort_keys=False))
    incremental, _ = _build_both(spec_path, "real", first.memo)
    assert incremental.memo is not None
    assert _reused_paths(incremental) == len(spec["paths"]) - 1
    assert _reused_units(incremental) == len(incremental.memo.units) - 1  # only the operation's group is new


def test_a_damaged_text_pack_never_reaches_the_output(tmp_path: Path) -> None:
    """Unit texts are checked against their digest: a pack damaged in place (same length) is not trusted."""
    spec = tmp_path / "incremental.yaml"
    shutil.copy(SPECS / "incremental.yaml", spec)
    out, cache = tmp_path / "out", tmp_path / "cache"
    assert _clientgen(spec, out, cache).returncode == 0
    before = _tree(out)
    packs = list((cache / "runs").glob("*.texts-*"))
    assert len(packs) == 1
    # Damage one model module's text in the pack, in place: "class " becomes "klass " inside its span only.
    victim = "inc/models/pet.py"
    unit = load_memo(_stored_memo(cache)).units[victim]
    assert unit.span is not None
    pack = bytearray(packs[0].read_bytes())
    offset, length = unit.span
    assert bytes(pack[offset : offset + length]) == before[victim]
    at = pack.index(b"class ", offset, offset + length)
    pack[at : at + 1] = b"k"
    packs[0].write_bytes(bytes(pack))
    stored = load_memo(_stored_memo(cache))
    damaged = {
        rel
        for rel, u in stored.units.items()
        if u.span is None or hashlib.sha256(stored.pack_data[u.span[0] : sum(u.span)]).hexdigest() != u.digest
    }
    assert damaged == {victim}  # the damage happened, to that unit alone
    shutil.rmtree(out)  # nothing on disk to compare with: every file comes from the memo or is made again
    spec.write_text(spec.read_text().replace("Get a C", "Get one C"))
    run = _clientgen(spec, out, cache)
    assert run.returncode == 0, run.stderr
    fresh = tmp_path / "fresh"
    assert _clientgen(spec, fresh, tmp_path / "other-cache").returncode == 0
    assert _tree(out) == _tree(fresh)
    units = _unit_files(_tree(fresh))
    made_again = _changed_units(before, _tree(fresh)) | damaged
    assert made_again == {"inc/api/cees.py", victim}
    assert _replayed(run) == (len(units) - len(made_again), len(units))  # all but these from the memo


def test_a_memo_made_with_other_options_is_not_used(tmp_path: Path) -> None:
    spec = tmp_path / "incremental.yaml"
    shutil.copy(SPECS / "incremental.yaml", spec)
    memo = build(spec, "inc", memo=Memo()).memo
    assert memo is not None
    other = build(spec, "other_name", memo=memo)
    assert other.files == build(spec, "other_name").files
    assert other.memo is not None and not other.memo.reused and other.memo.resolve is not None
    assert other.memo.resolve.reused == 0
