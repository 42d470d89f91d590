"""Randomized differential test of regeneration with a memo (generator/memo.py).

Each case starts from a feature spec, applies a seeded random sequence of the changes users make (paths renamed,
added and removed; parameters, operationIds, tags, `required`, fields, discriminators and `$ref` targets changed;
external files edited; warnings added above others so that lines shift) and after each one compares a generation
with the memo the previous step left against a generation from scratch: the files, the diagnostics (or the errors),
the inputs and the intermediate model must be the same. Some steps store the memo and read it back, as the command
does, because the stored form differs (text pack, marshalled lookups, a separate base file); some change the working
folder. The cases at the end are the smallest changes that showed each bug these random sequences found.
"""

from __future__ import annotations

import copy
import difflib
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from clientgen import ir
from clientgen.diagnostics import Diagnostic, GenerationError
from clientgen.memo import Memo, load_memo, save_memo
from clientgen.pipeline import Result, build

from .conftest import SPECS

METHODS = ("get", "put", "post", "delete", "patch")
NAMES = ("thing", "thingResponse", "getThing", "getThingResponse", "item", "id", "limit", "kind", "pet", "inner")
OPERATION_IDS = ("get", "getThing", "getC", "listItems", "getPet", "post", "echo")
TAGS = ("things", "cees", "items", "pets", "misc")


@dataclass
class Case:
    """The spec being changed: its documents (file name -> parsed data), written into `folder` before each build."""

    rng: random.Random
    folder: Path
    main: str
    docs: dict[str, Any]
    counter: int = 0
    applied: list[str] = field(default_factory=list)

    @property
    def spec(self) -> Any:
        return self.docs[self.main]

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def write(self) -> None:
        for name, data in self.docs.items():
            (self.folder / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


# ----------------------------------------------------------------------------------------------- finding things


def _walk(node: Any, pointer: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for key in list(node):
            yield from _walk(node[key], (*pointer, key))
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, (*pointer, i))


def _object_schemas(case: Case) -> list[tuple[str, tuple[Any, ...], dict[str, Any]]]:
    """Every schema with properties, in every document: (file, location, schema)."""
    found = []
    for name in sorted(case.docs):
        for pointer, node in _walk(case.docs[name]):
            if isinstance(node, dict) and isinstance(node.get("properties"), dict) and "type" not in pointer[-1:]:
                found.append((name, pointer, node))
    return found


def _operations(spec: Any) -> list[tuple[str, str, dict[str, Any]]]:
    paths = spec.get("paths") or {}
    return [
        (path, method, op)
        for path in sorted(paths)
        if isinstance(paths[path], dict)
        for method, op in paths[path].items()
        if method in METHODS and isinstance(op, dict)
    ]


def _refs(case: Case) -> list[dict[str, Any]]:
    return [
        node
        for name in sorted(case.docs)
        for _, node in _walk(case.docs[name])
        if isinstance(node, dict) and isinstance(node.get("$ref"), str)
    ]


def _pointer(location: tuple[Any, ...]) -> str:
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in location)


def _components(spec: Any) -> dict[str, Any]:
    return spec.setdefault("components", {}).setdefault("schemas", {})


def _inline_object(case: Case, depth: int = 0) -> dict[str, Any]:
    rng = case.rng
    properties: dict[str, Any] = {}
    for name in rng.sample(NAMES, rng.randint(1, 3)):
        properties[name] = _schema(case, depth + 1)
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if rng.random() < 0.4:
        schema["required"] = [rng.choice([*properties, "absent"])]
    return schema


def _schema(case: Case, depth: int = 0) -> dict[str, Any]:
    rng = case.rng
    roll = rng.random()
    components = sorted(_components(case.spec))
    if roll < 0.3 and depth < 2:
        return _inline_object(case, depth)
    if roll < 0.5 and components:
        return {"$ref": f"#/components/schemas/{rng.choice(components)}"}
    if roll < 0.6:
        return {"type": "array", "items": _schema(case, depth + 1) if depth < 2 else {"type": "string"}}
    return {"type": rng.choice(["string", "integer", "boolean", "number"])}


def _new_operation(case: Case) -> dict[str, Any]:
    rng = case.rng
    op: dict[str, Any] = {
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": _schema(case)}}}}
    }
    if rng.random() < 0.8:
        op["operationId"] = rng.choice([*OPERATION_IDS, case.fresh("op")])
    if rng.random() < 0.5:
        op["tags"] = [rng.choice(TAGS)]
    if rng.random() < 0.5:
        op["parameters"] = [{"name": rng.choice(NAMES), "in": "query", "schema": _schema(case)}]
    return op


# ----------------------------------------------------------------------------------------------- changes


def rename_path(case: Case) -> None:
    paths = case.spec["paths"]
    old = case.rng.choice(sorted(paths))
    new = case.rng.choice(["/a", "/m", "/zz", "/b/{id}"]) + case.fresh("")
    paths[new] = paths.pop(old)


def delete_path(case: Case) -> None:
    paths = case.spec["paths"]
    if len(paths) > 1:
        del paths[case.rng.choice(sorted(paths))]


def add_path(case: Case) -> None:
    path = case.rng.choice(["/a", "/c", "/n", "/zzz"]) + case.fresh("x")
    case.spec["paths"][path] = {case.rng.choice(METHODS): _new_operation(case)}


def change_parameter(case: Case) -> None:
    ops = _operations(case.spec)
    if not ops:
        return
    _, _, op = case.rng.choice(ops)
    params = op.setdefault("parameters", [])
    roll = case.rng.random()
    if roll < 0.4 or not params:
        params.append(
            {"name": case.rng.choice(NAMES), "in": case.rng.choice(["query", "header"]), "schema": _schema(case)}
        )
    elif roll < 0.7:
        params.pop(case.rng.randrange(len(params)))
    else:
        param = params[case.rng.randrange(len(params))]
        if isinstance(param, dict) and "name" in param:
            param["name"] = case.rng.choice(NAMES)


def change_operation_id(case: Case) -> None:
    ops = _operations(case.spec)
    if not ops:
        return
    _, _, op = case.rng.choice(ops)
    others = [o.get("operationId") for _, _, o in ops if isinstance(o.get("operationId"), str)]
    roll = case.rng.random()
    if roll < 0.15:
        op.pop("operationId", None)
    elif roll < 0.35 and others:
        op["operationId"] = case.rng.choice(others)  # may clash: both ways must report it alike
    else:
        op["operationId"] = case.rng.choice([*OPERATION_IDS, case.fresh("op")])


def competing_parameter(case: Case) -> None:
    """An operation `get` with an object parameter `thingResponse` takes the model name of `getThing`'s answer."""
    ops = _operations(case.spec)
    if not ops:
        return
    _, _, op = case.rng.choice(ops)
    op["operationId"] = "get"
    op.setdefault("parameters", []).append({"name": "thingResponse", "in": "query", "schema": _inline_object(case)})
    path = case.rng.choice(["/a", "/zz"]) + case.fresh("t")
    case.spec["paths"][path] = {
        "get": {
            "operationId": "getThing",
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": _inline_object(case)}}}
            },
        }
    }


def change_tags(case: Case) -> None:
    ops = _operations(case.spec)
    if ops:
        _, _, op = case.rng.choice(ops)
        if case.rng.random() < 0.2:
            op.pop("tags", None)
        else:
            op["tags"] = [case.rng.choice(TAGS)]


def change_required(case: Case) -> None:
    schemas = _object_schemas(case)
    if not schemas:
        return
    _, _, schema = case.rng.choice(schemas)
    if "required" in schema and case.rng.random() < 0.4:
        del schema["required"]
    else:
        names = [*schema["properties"], "missing"]
        schema["required"] = sorted(set(schema.get("required") or []) | {case.rng.choice(names)})


def add_field(case: Case) -> None:
    schemas = _object_schemas(case)
    if schemas:
        _, _, schema = case.rng.choice(schemas)
        schema["properties"][case.rng.choice(NAMES) + case.rng.choice(["", "X"])] = _schema(case)


def add_discriminator(case: Case) -> None:
    components = _components(case.spec)
    for name, kind in (("Cat", "cat"), ("Dog", "dog")):
        components.setdefault(
            name,
            {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string"}, kind: {"type": "boolean"}},
            },
        )
    union: dict[str, Any] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {"propertyName": "kind"},
    }
    if case.rng.random() < 0.5:
        union["discriminator"]["mapping"] = {"c": "#/components/schemas/Cat"}
    if case.rng.random() < 0.5:
        components[case.fresh("Animal")] = union
        union = {"$ref": f"#/components/schemas/Animal{case.counter}"}
    ops = _operations(case.spec)
    if ops:
        _, _, op = case.rng.choice(ops)
        op["responses"] = {"200": {"description": "an animal", "content": {"application/json": {"schema": union}}}}


def change_ref(case: Case) -> None:
    """Point a `$ref` elsewhere: another component, or a schema inside another path item."""
    refs = [r for r in _refs(case) if r["$ref"].startswith("#/components/schemas/") or r["$ref"].startswith("#/paths/")]
    if not refs:
        return
    ref = case.rng.choice(refs)
    inline = [(p, s) for name, p, s in _object_schemas(case) if name == case.main and p[:1] == ("paths",)]
    components = sorted(_components(case.spec))
    if inline and case.rng.random() < 0.4:
        ref["$ref"] = "#" + _pointer(case.rng.choice(inline)[0])
    elif components:
        ref["$ref"] = f"#/components/schemas/{case.rng.choice(components)}"


def ref_parameter_of_other_path(case: Case) -> None:
    """A parameter that is a `$ref` to another path item's parameter; then that parameter changes type."""
    ops = _operations(case.spec)
    with_params = [
        (p, m, op) for p, m, op in ops if any(isinstance(x, dict) and "name" in x for x in op.get("parameters") or [])
    ]
    if not with_params or not ops:
        return
    path, method, source = case.rng.choice(with_params)
    index = next(i for i, x in enumerate(source["parameters"]) if isinstance(x, dict) and "name" in x)
    _, _, target = case.rng.choice(ops)
    target.setdefault("parameters", []).append({"$ref": "#" + _pointer(("paths", path, method, "parameters", index))})


def deprecate(case: Case) -> None:
    candidates: list[dict[str, Any]] = [op for _, _, op in _operations(case.spec)]
    candidates += [
        p
        for _, _, op in _operations(case.spec)
        for p in op.get("parameters") or []
        if isinstance(p, dict) and "name" in p
    ]
    candidates += [s for _, _, s in _object_schemas(case)]
    if candidates:
        target = case.rng.choice(candidates)
        target["deprecated"] = not target.get("deprecated", False)


def add_warning(case: Case) -> None:
    """A construct that warns, in the first path item, above the other warnings, so that their lines move."""
    ops = _operations(case.spec)
    if not ops:
        return
    _, _, op = ops[0]
    roll = case.rng.random()
    if roll < 0.4:
        op.setdefault("parameters", []).insert(0, {"name": "odd", "in": "query", "schema": {"not": {"type": "string"}}})
    elif roll < 0.7:
        schema = _inline_object(case)
        schema["required"] = ["undefined"]
        op.setdefault("parameters", []).insert(0, {"name": "shape", "in": "query", "schema": schema})
    else:
        op["description"] = "\n".join(f"Line {i}." for i in range(case.rng.randint(1, 6)))


def change_component(case: Case) -> None:
    components = _components(case.spec)
    roll = case.rng.random()
    taken = ["GetThingResponse", "GetResponse", "GetCResponse2", "Thing", "Pet", case.fresh("Extra")]
    if roll < 0.5 or not components:
        components[case.rng.choice(taken)] = _inline_object(case)
    else:
        name = case.rng.choice(sorted(components))
        schema = components[name]
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict):
            schema["properties"][case.rng.choice(NAMES)] = _schema(case)


def tag_description(case: Case) -> None:
    case.spec["tags"] = [{"name": case.rng.choice(TAGS), "description": case.fresh("Described ")}]


def edit_external_file(case: Case) -> None:
    externals = sorted(name for name in case.docs if name != case.main)
    if not externals:
        return
    name = case.rng.choice(externals)
    doc = case.docs[name]
    schemas = [s for _, s in _walk(doc) if isinstance(s, dict) and isinstance(s.get("properties"), dict)]
    if schemas:
        schema = case.rng.choice(schemas)
        if case.rng.random() < 0.6:
            schema["properties"][case.rng.choice(NAMES)] = {"type": case.rng.choice(["string", "integer"])}
        else:
            schema["required"] = sorted(
                set(schema.get("required") or []) | {case.rng.choice([*schema["properties"], "missing"])}
            )


def reach_external_file(case: Case) -> None:
    """A path item that refers to an external file directly (files get reached in another order)."""
    externals = sorted(
        name
        for name in case.docs
        if name != case.main and isinstance(case.docs[name], dict) and "properties" in case.docs[name]
    )
    if not externals:
        return
    path = case.rng.choice(["/a", "/zzz"]) + case.fresh("e")
    schema = {"$ref": f"./{case.rng.choice(externals)}"}
    case.spec["paths"][path] = {
        "get": {
            "operationId": case.fresh("ext"),
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
        }
    }


CHANGES: list[Callable[[Case], None]] = [
    rename_path,
    delete_path,
    add_path,
    change_parameter,
    change_operation_id,
    competing_parameter,
    change_tags,
    change_required,
    add_field,
    add_discriminator,
    change_ref,
    ref_parameter_of_other_path,
    deprecate,
    add_warning,
    change_component,
    tag_description,
    edit_external_file,
    reach_external_file,
]


# ----------------------------------------------------------------------------------------------- the comparison


Outcome = tuple[dict[str, str] | None, list[Diagnostic], list[Path], ir.Api | None]


def _outcome(spec: Path, memo: Memo | None) -> tuple[Outcome, Result | None]:
    """The files, diagnostics (or errors), inputs and intermediate model of a generation."""
    try:
        result = build(spec, "fz", memo=memo)
    except GenerationError as exc:
        return (None, exc.diagnostics, [], None), None
    return (result.files, result.diagnostics, result.inputs, result.api), result


def _explain(with_memo: Outcome, fresh: Outcome) -> str:
    lines = []
    if with_memo[1] != fresh[1]:
        lines.append(f"diagnostics differ:\n  with memo: {with_memo[1]}\n  fresh:     {fresh[1]}")
    if with_memo[2] != fresh[2]:
        lines.append(f"inputs differ:\n  with memo: {with_memo[2]}\n  fresh:     {fresh[2]}")
    if with_memo[3] != fresh[3]:
        lines.append("the intermediate models differ")
    a, b = with_memo[0] or {}, fresh[0] or {}
    for rel in sorted(a.keys() | b.keys()):
        if a.get(rel) != b.get(rel):
            diff = difflib.unified_diff(
                (b.get(rel) or "").splitlines(True), (a.get(rel) or "").splitlines(True), "fresh", "memo"
            )
            lines.append(f"{rel} differs:\n" + "".join(list(diff)[:40]))
    return "\n".join(lines)


def _start(tmp_path: Path, name: str, seed: int) -> Case:
    folder = tmp_path / "spec"
    if name == "multifile":
        shutil.copytree(SPECS / "multifile", folder)
        main = "main.yaml"
    else:
        folder.mkdir()
        shutil.copy(SPECS / name, folder / name)
        main = name
    docs = {p.relative_to(folder).as_posix(): yaml.safe_load(p.read_text()) for p in sorted(folder.rglob("*.yaml"))}
    return Case(random.Random(seed), folder, main, docs)


def run_case(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    seed: int,
    steps: int,
    changes: list[Callable[[Case], None]] = CHANGES,
) -> None:
    monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(tmp_path / "cache" / "formatted"))
    (tmp_path / "elsewhere").mkdir()
    case = _start(tmp_path, name, seed)
    spec = case.folder / case.main
    stored = tmp_path / "cache" / "runs" / "memo.pickle"
    first = build(spec, "fz", memo=Memo())
    memo = first.memo
    assert memo is not None
    save_memo(stored, memo, Memo())
    _assert_all_replayed(spec, load_memo(stored), case.spec, case.applied)
    previous = first.files
    unchanged_units = replayed_units = 0
    for step in range(steps):
        change = case.rng.choice(changes)
        before = copy.deepcopy(case.docs)
        change(case)
        if case.docs == before:
            continue
        case.applied.append(change.__name__)
        case.write()
        if case.rng.random() < 0.15:  # the command may run from another folder: messages name files relative to it
            monkeypatch.chdir(tmp_path / case.rng.choice(["elsewhere", "spec"]))
        with_memo, result = _outcome(spec, memo)
        fresh, _ = _outcome(spec, None)
        assert with_memo == fresh, f"{name} seed {seed}, after {case.applied}:\n{_explain(with_memo, fresh)}"
        if result is None:
            continue  # an error: nothing is written, and the command keeps the memo it had
        assert result.memo is not None
        unchanged, replayed = _replay_counts(result, previous)
        assert replayed <= unchanged, f"{name} seed {seed}, after {case.applied}: replayed units whose text changed"
        unchanged_units, replayed_units = unchanged_units + len(unchanged), replayed_units + len(replayed)
        previous = result.files
        if case.rng.random() < 0.4:  # through the disk, as the command keeps it
            save_memo(stored, result.memo, memo)
            memo = load_memo(stored)
            assert memo.resolve is not None, "the stored memo could not be read back"
            _assert_all_replayed(spec, load_memo(stored), case.spec, case.applied)  # a copy: `memo` goes on
        else:
            memo = result.memo
    # Most units a step leaves as they were are taken from the memo (the rest read a name or a location that
    # changed): a memo that is ignored, or used only when nothing changed, replays none.
    assert replayed_units * 2 >= unchanged_units, (
        f"{name} seed {seed}: only {replayed_units} of {unchanged_units} unchanged units were replayed"
    )


def _unit_files(files: dict[str, str]) -> set[str]:
    """The files made from models or operations (a model module, an operation group): what the memo keeps."""
    return {
        rel
        for rel in files
        if rel.endswith(".py")
        and rel.split("/")[-2:-1] in (["models"], ["api"])
        and not rel.endswith("/__init__.py")
    }


def _replay_counts(result: Result, previous: dict[str, str]) -> tuple[set[str], set[str]]:
    """(units whose text is the one the previous generation gave, units taken from the memo)."""
    assert result.memo is not None
    units = _unit_files(result.files)
    assert set(result.memo.units) == units, "the memo does not keep every model module and operation group"
    return {rel for rel in units if previous.get(rel) == result.files[rel]}, set(result.memo.reused)


def _assert_all_replayed(spec: Path, memo: Memo, document: Any, applied: list[str]) -> None:
    """Generating `document` (at `spec`) again with nothing changed takes every unit and path item from the memo."""
    again = build(spec, "fz", memo=memo)
    assert again.memo is not None and again.memo.resolve is not None
    units = _unit_files(again.files)
    assert units and set(again.memo.reused) == units, f"after {applied}: {len(again.memo.reused)} of {len(units)}"
    assert again.memo.resolve.reused == len(document.get("paths") or {}), f"after {applied}"


SPEC_NAMES = [
    "incremental.yaml",
    "constructs.yaml",
    "operations_basic.yaml",
    "models_basic.yaml",
    "styles_encodings.yaml",
    "schemas_31.yaml",
    "multifile",
]


@pytest.mark.parametrize("name", SPEC_NAMES)
@pytest.mark.parametrize("seed", [1, 2])
def test_random_changes_regenerate_exactly_what_a_fresh_generation_makes(
    name: str, seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_case(tmp_path, monkeypatch, name, seed, steps=14)


# ----------------------------------------------------------------------------------------------- cases found


def _operation(operation_id: str, parameters: list[Any] | None = None, schema: Any = None) -> dict[str, Any]:
    op: dict[str, Any] = {"operationId": operation_id, "responses": {"204": {"description": "done"}}}
    if parameters is not None:
        op["parameters"] = parameters
    if schema is not None:
        op["responses"] = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    return op


def _check_steps(
    tmp_path: Path, spec: dict[str, Any], steps: list[Callable[[dict[str, Any]], None]], stored: bool = False
) -> None:
    """Generate `spec`, then after each step compare a generation with the memo against one without."""
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    first = build(path, "fz", memo=Memo())
    memo, previous = first.memo, first.files
    file = tmp_path / "cache" / "memo.pickle"
    for step in steps:
        step(spec)
        path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
        assert memo is not None
        with_memo, result = _outcome(path, memo)
        fresh, _ = _outcome(path, None)
        assert with_memo == fresh, _explain(with_memo, fresh)
        assert result is not None and result.memo is not None
        unchanged, replayed = _replay_counts(result, previous)
        assert replayed <= unchanged, "replayed units whose text changed"
        previous = result.files
        if stored:
            save_memo(file, result.memo, memo)
            memo = load_memo(file)
        else:
            memo = result.memo
    assert memo is not None
    _assert_all_replayed(path, memo, spec, [step.__name__ for step in steps])


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    spec: dict[str, Any] = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths}
    if schemas is not None:
        spec["components"] = {"schemas": schemas}
    return spec


@pytest.mark.parametrize("stored", [False, True])
def test_a_ref_into_another_path_item_follows_its_changes(tmp_path: Path, stored: bool) -> None:
    """/b's parameter is /a's: when /a's changes, /b must not be replayed as it was."""
    spec = _spec(
        {
            "/a": {"get": _operation("getA", [{"name": "x", "in": "query", "schema": {"type": "string"}}])},
            "/b": {"get": _operation("getB", [{"$ref": "#/paths/~1a/get/parameters/0"}])},
        }
    )

    def retype(spec: dict[str, Any]) -> None:
        spec["paths"]["/a"]["get"]["parameters"][0]["schema"] = {"type": "integer"}

    _check_steps(tmp_path, spec, [retype], stored)


def test_a_component_that_refers_into_a_path_item_follows_its_changes(tmp_path: Path) -> None:
    """Everything outside `paths` is the same, but a component is a path item's inline schema."""
    inline = {"type": "object", "properties": {"a": {"type": "string"}}}
    spec = _spec(
        {"/a": {"get": _operation("getA", schema=inline)}},
        {
            "Holder": {
                "type": "object",
                "properties": {"held": {"$ref": "#/paths/~1a/get/responses/200/content/application~1json/schema"}},
            }
        },
    )

    def add_field(spec: dict[str, Any]) -> None:
        spec["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["b"] = {
            "type": "integer"
        }

    _check_steps(tmp_path, spec, [add_field])


def test_another_working_folder_names_files_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Diagnostics name files relative to the working folder: a memo made elsewhere must not bring its names
    (nor lose the line numbers, which are found by those names)."""
    spec = _spec(
        {
            "/a": {
                "get": _operation(
                    "getA", schema={"type": "object", "required": ["nope"], "properties": {"a": {"type": "string"}}}
                )
            }
        },
        {"Pet": {"type": "object", "required": ["gone"], "properties": {"name": {"type": "string"}}}},
    )

    def move(spec: dict[str, Any]) -> None:
        monkeypatch.chdir(tmp_path)  # the spec was named by its absolute path, now it is "spec.yaml"
        spec["paths"]["/b"] = {"get": _operation("getB")}

    _check_steps(tmp_path, spec, [move])


def test_inputs_are_the_files_reached_in_the_order_reached(tmp_path: Path) -> None:
    """The inputs (recorded in the output's manifest) are those a fresh generation reaches: not every file the memo
    reached once, and in the same order."""
    for name in ("one", "two"):
        (tmp_path / f"{name}.yaml").write_text(
            yaml.safe_dump({"type": "object", "properties": {name: {"type": "string"}}})
        )
    spec = _spec(
        {
            "/a": {"get": _operation("getA", schema={"$ref": "one.yaml"})},
            "/b": {"get": _operation("getB", schema={"$ref": "two.yaml"})},
        }
    )

    def swap(spec: dict[str, Any]) -> None:
        spec["paths"]["/a"]["get"] = _operation("getA", schema={"$ref": "two.yaml"})
        spec["paths"]["/b"]["get"] = _operation("getB", schema={"$ref": "one.yaml"})

    def drop(spec: dict[str, Any]) -> None:
        del spec["paths"]["/b"]

    _check_steps(tmp_path, spec, [swap, drop])


def test_a_stored_memo_holds_the_base_it_was_made_with(tmp_path: Path) -> None:
    """Memos passed on in memory and stored now and then (as a program using `build` may do): the stored base is the
    one the stored memo was resolved with, even when an earlier stored memo had the same spec outside `paths`."""
    pet = tmp_path / "pet.yaml"
    pet.write_text(yaml.safe_dump({"type": "object", "properties": {"name": {"type": "string"}}}))
    spec = _spec(
        {"/a": {"get": _operation("getA", schema={"$ref": "#/components/schemas/Pet"})}}, {"Pet": {"$ref": "pet.yaml"}}
    )
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    file = tmp_path / "cache" / "memo.pickle"
    first = build(path, "fz", memo=Memo())
    assert first.memo is not None
    save_memo(file, first.memo, Memo())
    pet.write_text(yaml.safe_dump({"type": "object", "properties": {"name": {"type": "integer"}}}))
    second = build(path, "fz", memo=first.memo)  # the components are resolved again
    assert second.memo is not None
    third = build(path, "fz", memo=second.memo)
    assert third.memo is not None
    save_memo(file, third.memo, second.memo)
    with_memo, _ = _outcome(path, load_memo(file))
    fresh, _ = _outcome(path, None)
    assert with_memo == fresh, _explain(with_memo, fresh)
