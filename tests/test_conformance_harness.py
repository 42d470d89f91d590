"""The conformance harness itself can fail: a client broken in one place fails in exactly that operation.

The probe spec (tests/conformance/probe.yaml) has one operation per thing the harness judges. Its client is
generated, run against Prism as it is (every operation must pass and be verified by a rejected control), then
broken by editing the generated code in six places, one per operation, each a bug the former IR-based check could
not see (it planned from clientgen's model and only checked `isinstance` on the returned value), and run again.
The rest are unit tests of the parts that decide verdicts (no Prism needed).
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from .conformance import Limits, Report, run_conformance
from .conformance.harness import OpResult, generate_client
from .conformance.rawspec import Loc, RawSpec
from .conformance.wire import difference, to_json
from .conftest import ROOT

PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"
PROBE = ROOT / "tests" / "conformance" / "probe.yaml"

# (operation, file under the package, text, replacement, how many times, what the harness must say)
BUGS = [
    # the request model writes the wrong JSON name: Prism finds the required property missing
    ("createThing", "models/new_thing.py", '"name": self.name,', '"title": self.name,', 1, "Prism rejected"),
    # an optional query parameter the caller gave is never sent (Prism accepts that: only the wire shows it)
    (
        "getThing",
        "api/things.py",
        '"verbose": verbose,',
        '"verbose": verbose and UNSET,',
        2,
        "'verbose' was given but not sent",
    ),
    # the response model loses a field when turned back into JSON
    (
        "listThings",
        "models/thing.py",
        'if self.size is not UNSET:\n            out["size"] = self.size\n',
        "pass\n",
        1,
        "lacks ['size']",
    ),
    # a text response read as JSON, a no-content response read as text, a binary one as text (in this order: the
    # later edits add text_response)
    (
        "getThingNote",
        "api/things.py",
        "request, rt.text_response",
        "request, rt.json_response(lambda v, w, n: v)",
        2,
        "refused a response",
    ),
    ("deleteThing", "api/things.py", "rt.empty_response", "rt.text_response", 2, "no content documented"),
    ("getThingRaw", "api/things.py", "rt.bytes_response", "rt.text_response", 2, "returned str"),
]


def _run(tmp_path: Path, name: str, limits: Limits | None = None, generate: bool = True) -> Report:
    if not PRISM.exists():
        pytest.skip(f"Prism is not installed: {PRISM} is missing (.ci/run installs it: cd tools/prism && npm ci)")
    report = run_conformance(
        PROBE,
        tmp_path / "client",
        "probe",
        PRISM,
        generate=generate,
        limits=limits,
        log_path=tmp_path / f"prism-{name}.log",
    )
    print("\n" + report.table() + "\n" + "\n".join(r.line() for r in report.results))
    return report


def _break(package: Path, path: str, text: str, replacement: str, count: int) -> None:
    file = package / path
    source = file.read_text(encoding="utf-8")
    assert source.count(text) == count, f"{path}: expected {count} x {text!r} in the generated code"
    file.write_text(source.replace(text, replacement), encoding="utf-8")


def test_a_broken_client_fails_where_it_is_broken(tmp_path: Path) -> None:
    # Known failures are data: one listed for an operation that passes is reported as stale.
    base = Limits.load()
    listed = dataclasses.replace(base, known_failures={PROBE.name: {"deleteThing": "listed for this test"}})
    clean = _run(tmp_path, "clean", listed)
    by_op = {r.operation: r for r in clean.results}
    assert sorted(by_op) == sorted(op for op, *_ in BUGS)
    assert all(r.verdict == "passed" for r in clean.results), clean.details()
    # every operation with something to break was shown to be validated by Prism: its control was rejected
    for op in ("createThing", "getThing", "deleteThing", "getThingRaw", "getThingNote"):
        assert " -> 422" in by_op[op].control, by_op[op].line()
    assert clean.rate == 1.0
    assert clean.stale_known == ["deleteThing: passed (listed for this test)"]

    package = tmp_path / "client" / "probe"
    shutil.rmtree(package / "__pycache__", ignore_errors=True)
    for _, path, text, replacement, count, _ in BUGS:
        _break(package, path, text, replacement, count)
    broken = _run(tmp_path, "broken", listed, generate=False)
    by_op = {r.operation: r for r in broken.results}
    for op, _, _, _, _, says in BUGS:
        result = by_op[op]
        expected = "known" if op == "deleteThing" else "client"
        assert result.verdict == expected, result.line()
        assert says in result.reason, result.line()
    assert by_op["deleteThing"].known == "listed for this test"
    assert broken.stale_known == []
    assert broken.rate == 0.0  # five client failures, the known one not counted


# ------------------------------------------------------------------------------------------------ unit tests


def test_nothing_verified_gives_no_rate() -> None:
    report = Report(spec="x.yaml")
    report.results = [OpResult("a", "GET", "/a", "prism", "not verified"), OpResult("b", "GET", "/b", "spec", "x")]
    assert report.verified == []
    assert report.rate is None
    report.results.append(OpResult("c", "GET", "/c", "client", "broken"))
    assert report.rate == 0.0


@pytest.mark.parametrize(
    ("got", "wire"),
    [
        (1, True),  # a boolean is not a number
        ({"a": None}, {}),  # a null is not a key left out
        ({}, {"a": 1}),
        ([1, 2], [1]),
        ("2024-01-02T03:04:05Z", "2024-01-02T03:04:06Z"),
        ({"a": {"b": "x"}}, {"a": {"b": "y"}}),
    ],
)
def test_difference_is_strict(got: object, wire: object) -> None:
    assert difference(got, wire)


@pytest.mark.parametrize(
    ("got", "wire"),
    [
        (1.0, 1),  # JSON does not tell 1 from 1.0
        ("2024-01-02T03:04:05+00:00", "2024-01-02T03:04:05Z"),  # the same instant
        ("3fa85f64-5717-4562-b3fc-2c963f66afa6", "3FA85F64-5717-4562-B3FC-2C963F66AFA6"),
        ({"a": [True, None, "x"]}, {"a": [True, None, "x"]}),
    ],
)
def test_difference_normalises_only_what_it_says(got: object, wire: object) -> None:
    assert difference(got, wire) == ""


def test_to_json_uses_to_dict_and_refuses_other_objects(tmp_path: Path) -> None:
    generate_client(PROBE, tmp_path, "probe_unit")
    from .conformance.harness import import_fresh

    pkg = import_fresh(tmp_path, "probe_unit")
    data = {"id": 1, "name": "n", "created": "2024-01-02T03:04:05.5Z", "extra": [1]}
    thing = pkg.models.Thing.from_dict(data)
    assert to_json([thing]) == [data]
    with pytest.raises(Exception, match="is not JSON data"):
        to_json(object())


def test_limits_data_names_a_detector_for_every_pattern(tmp_path: Path) -> None:
    limits = Limits.load()
    assert limits.prism_version == "5.16.0"
    bad = tmp_path / "limits.yaml"
    bad.write_text((ROOT / "tests" / "conformance" / "limits.yaml").read_text() + "\n", encoding="utf-8")
    text = bad.read_text().replace("patterns:\n", "patterns:\n  no-such-pattern: reason\n", 1)
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="no-such-pattern"):
        Limits.load(bad)


def test_raw_spec_reads_nullable_beside_allof_as_null_allowed() -> None:
    spec = RawSpec(PROBE)
    thing = Loc(spec.path, "/components/schemas/Thing")
    base = {"id": 1, "name": "n", "created": "2024-01-02T03:04:05Z"}
    assert spec.errors({**base, "owner": None}, thing, read=True) == []  # nullable: true beside allOf, no type
    assert spec.errors({**base, "owner": 5}, thing, read=True)
    assert spec.errors({**base, "name": None}, thing, read=True)  # not nullable
    assert spec.errors({"id": 1, "name": "n"}, thing, read=True)  # `created` is required


def test_raw_spec_loads_as_json_would_and_resolves_refs_itself(tmp_path: Path) -> None:
    (tmp_path / "other.yaml").write_text("Size: {type: integer, minimum: 1}\n", encoding="utf-8")
    main = tmp_path / "main.yaml"
    main.write_text(
        "openapi: 3.0.3\n"
        "info: {title: t, version: '1'}\n"
        "paths:\n"
        "  /things/{thingId}:\n"
        "    get:\n"
        "      parameters:\n"
        "        - {name: thingId, in: path, required: true, schema: {$ref: 'other.yaml#/Size'}}\n"
        "        - $ref: '#/paths/~1things~1%7BthingId%7D/get/parameters/0'\n"
        "      responses:\n"
        "        200: {description: ok, content: {application/json: {schema: {type: string, example: 2024-01-02}}}}\n",
        encoding="utf-8",
    )
    spec = RawSpec(main)
    (op,) = spec.operations()
    assert (op.method, op.path, op.label) == ("GET", "/things/{thingId}", "GET /things/{thingId}")
    response = spec.node(op.loc.child("responses", "200"))  # a YAML integer key, read as the string JSON has
    assert response["content"]["application/json"]["schema"]["example"] == "2024-01-02"  # no YAML timestamp
    (_, loc) = spec.parameters(op)[("path", "thingId")]  # the percent-encoded $ref found the same parameter
    schema, schema_loc = spec.deref(loc.child("schema"))
    assert schema == {"type": "integer", "minimum": 1} and schema_loc.file.name == "other.yaml"
    assert spec.errors(0, loc.child("schema"), read=None) and not spec.errors(3, loc.child("schema"), read=None)
