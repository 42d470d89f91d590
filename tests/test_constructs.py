"""Schema constructs real specs use, each generated from a feature spec, imported, and exercised for real."""

from __future__ import annotations

import datetime
import json
import uuid
import warnings
from pathlib import Path
from types import ModuleType

import pytest

from clientgen.pipeline import build

from .conftest import SPECS, generate, import_fresh, run_black_check, run_mypy


def _generated(tmp_path_factory: pytest.TempPathFactory, spec: Path, package: str) -> ModuleType:
    out = tmp_path_factory.mktemp(package)
    generate(spec, out, package)
    return import_fresh(out, package)


@pytest.fixture(scope="module")
def cons(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _generated(tmp_path_factory, SPECS / "constructs.yaml", "constructs_client")


@pytest.fixture(scope="module")
def v31(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _generated(tmp_path_factory, SPECS / "schemas_31.yaml", "schemas31_client")


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _generated(tmp_path_factory, SPECS / "multifile" / "main.yaml", "multifile_client")


def round_trip(cls: type, data: dict[str, object]) -> object:
    value = cls.from_dict(data)  # type: ignore[attr-defined]
    assert value.to_dict() == data
    return value


def test_discriminator_with_implicit_mapping_by_schema_name(cons: ModuleType) -> None:
    drawing = round_trip(
        cons.models.Drawing,
        {"shapes": [{"shapeType": "Circle", "radius": 1.5}, {"shapeType": "Square", "side": 2}]},
    )
    assert [type(s).__name__ for s in drawing.shapes] == ["Circle", "Square"]
    with pytest.raises(cons.ValidationError) as caught:
        cons.models.Drawing.from_dict({"shapes": [{"shapeType": "Triangle"}]})
    assert "shapeType" in str(caught.value) and "'Circle', 'Square'" in str(caught.value)


def test_discriminator_mapping_to_a_schema_that_is_only_a_ref(cons: ModuleType) -> None:
    cat = round_trip(cons.models.Drawing, {"shapes": [], "pet": {"kind": "cat", "purrs": True}})
    dog = round_trip(cons.models.Drawing, {"shapes": [], "pet": {"kind": "dog", "barks": False}})
    assert (type(cat.pet).__name__, type(dog.pet).__name__) == ("Feline", "Dog")
    with pytest.raises(cons.ValidationError) as caught:
        cons.models.Drawing.from_dict({"shapes": [], "pet": {"kind": "Feline"}})
    assert "'cat', 'dog'" in str(caught.value)


def test_maps_and_arrays_of_unions_and_arrays_of_arrays(cons: ModuleType) -> None:
    data = {
        "shapes": [],
        "layers": [[1, 2], [], [3]],
        "byName": {"c": {"shapeType": "Circle", "radius": 2.0}, "s": {"shapeType": "Square", "side": 1}},
    }
    drawing = round_trip(cons.models.Drawing, data)
    assert type(drawing.by_name["s"]).__name__ == "Square" and drawing.layers[0] == [1, 2]


@pytest.mark.parametrize(("value", "kind"), [("five", str), (5, int), (["a", "b"], list)])
def test_union_of_primitives_and_arrays(cons: ModuleType, value: object, kind: type) -> None:
    drawing = round_trip(cons.models.Drawing, {"shapes": [], "labelOrCount": value})
    assert type(drawing.label_or_count) is kind


def test_union_without_discriminator_prefers_the_model_with_more_required_properties(cons: ModuleType) -> None:
    with_id = cons.models.Drawing.from_dict({"shapes": [], "tagged": {"name": "n", "id": 1}})
    assert type(with_id.tagged).__name__ == "NamedWithId"
    without = cons.models.Drawing.from_dict({"shapes": [], "tagged": {"name": "n"}})
    assert type(without.tagged).__name__ == "Named"


def test_enums_integer_mixed_and_nullable_stay_open(cons: ModuleType) -> None:
    Values = cons.models.Values
    for data in ({"level": 2}, {"level": 99}, {"mixed": True}, {"mixed": 0}, {"status": None}, {"status": "1h"}, {"status": "later"}):
        round_trip(Values, data)
    with pytest.raises(cons.ValidationError, match=r"Values\.level: expected an integer"):
        Values.from_dict({"level": "two"})


def test_additional_properties_false_typed_and_free_form(cons: ModuleType) -> None:
    values = round_trip(
        cons.models.Values,
        {"strict": {"a": "x"}, "extensible": {"kind": "k", "n": [1, 2]}, "freeForm": {"any": ["thing", 1]}},
    )
    assert values.extensible.additional_properties == {"n": [1, 2]}
    assert values.free_form == {"any": ["thing", 1]}
    with pytest.raises(cons.ValidationError, match=r"Extensible\.n"):
        cons.models.Extensible.from_dict({"kind": "k", "n": "not a list"})


def test_formats_parse_and_print_back_the_same(cons: ModuleType) -> None:
    data = {
        "uuid": "8c3e2d3a-4c1b-4c55-9d58-0e4bd0e6f9a1",
        "blob": "aGVsbG8=",
        "at": "10:20:30.5Z",
        "amount": 10.25,
        "odd": "kept as a string",
    }
    values = round_trip(cons.models.Values, data)
    assert values.uuid_ == uuid.UUID(data["uuid"]) and values.blob == b"hello"
    assert values.at == datetime.time(10, 20, 30, 500000, tzinfo=datetime.timezone.utc)
    built = cons.models.Values(uuid_=uuid.UUID(int=1), blob=b"\x00", at=datetime.time(1, 2))
    assert built.to_dict() == {"uuid": "00000000-0000-0000-0000-000000000001", "blob": "AA==", "at": "01:02:00"}


@pytest.mark.parametrize("text", ["36530F13-59EB-4C15-B5F2-4F92B070A208", "{36530f13-59eb-4c15-b5f2-4f92b070a208}"])
def test_a_uuid_in_another_form_is_written_back_as_it_came(cons: ModuleType, text: str) -> None:
    values = round_trip(cons.models.Values, {"uuid": text, "price": "10.50"})  # and a decimal string stays one
    assert values.uuid_ == uuid.UUID("36530f13-59eb-4c15-b5f2-4f92b070a208") and str(values.uuid_) == text
    assert values.price == "10.50"


def test_allof_with_one_ref_and_siblings(cons: ModuleType) -> None:
    values = round_trip(cons.models.Values, {"owner": None, "maybeOwner": {"name": "x"}})
    assert values.owner is None and values.maybe_owner.name == "x"
    assert round_trip(cons.models.Values, {"maybeOwner": None}).maybe_owner is None


def test_nested_allof_flattens_into_one_model(cons: ModuleType) -> None:
    values = round_trip(cons.models.Values, {"nested": {"name": "n", "depth": 2, "extra": True}})
    assert (values.nested.name, values.nested.depth, values.nested.extra) == ("n", 2, True)
    with pytest.raises(cons.ValidationError, match="required property 'name'"):
        cons.models.ValuesNested.from_dict({"depth": 1})


def test_unsupported_keywords_become_any_with_a_warning() -> None:
    result = build(SPECS / "constructs.yaml", "p")
    warned = {d.pointer: d.message for d in result.diagnostics if "cannot be expressed" in d.message}
    assert set(warned) == {
        "/components/schemas/Values/properties/notThis/not",
        "/components/schemas/Values/properties/conditional/if",
        "/components/schemas/Values/properties/patterned/patternProperties",
    }
    assert all(d.line for d in result.diagnostics if "cannot be expressed" in d.message)


def test_unsupported_values_pass_through(cons: ModuleType) -> None:
    round_trip(cons.models.Values, {"notThis": 5, "conditional": "ab", "patterned": {"x-a": "b"}})


def test_schema_names_that_collide_or_shadow(cons: ModuleType) -> None:
    assert cons.models.FooBar.from_dict({"b": "1"}).b == "1"  # the schema named exactly FooBar keeps the name
    assert cons.models.FooBar2.from_dict({"a": "1"}).a == "1"  # foo-bar becomes FooBar2
    data = {"date": "2026-12-02", "time": "t", "field": "f", "dataclass": "d", "datetime": "2026-12-02T00:00:00Z"}
    calendar = cons.models.Calendar.from_dict(data)
    # Only names a model's own code uses are changed: `datetime` (the module its annotations name).
    assert (calendar.date.day, calendar.time, calendar.field, calendar.dataclass) == (2, "t", "f", "d")
    assert calendar.datetime_.year == 2026 and calendar.to_dict() == data
    assert cons.models.List.from_dict({"items": ["x"]}).items == ["x"]
    assert cons.models.Typing.from_dict({"c": "x"}).c == "x"


def test_openapi_31_type_arrays_const_prefix_items_and_defs(v31: ModuleType) -> None:
    data = {"kind": "thing", "name": None, "count": "many", "point": [1.5, 2], "color": None, "part": {"weight": 3}}
    thing = round_trip(v31.models.Thing, data)
    assert thing.name is None and thing.count == "many" and thing.part.weight == 3
    assert round_trip(v31.models.Thing, {**data, "count": 3, "color": "red", "name": "n"}).count == 3
    with pytest.raises(v31.ValidationError, match=r"Thing\.name: expected a string"):
        v31.models.Thing.from_dict({**data, "name": 5})


def test_external_refs_across_files(multi: ModuleType) -> None:
    order = round_trip(
        multi.models.Order,
        {"id": "o1", "total": {"amount": 5, "currency": "EUR"}, "lines": [{"sku": "a", "price": {"amount": 5, "currency": "EUR"}}]},
    )
    assert type(order.total).__name__ == "Money" and type(order.lines[0]).__name__ == "Line"
    assert type(order.lines[0].price) is type(order.total)  # one Money class, reached along two paths


@pytest.mark.parametrize(
    ("spec", "package"),
    [
        ("constructs.yaml", "cons_mypy"),
        ("schemas_31.yaml", "s31_mypy"),
        ("multifile/main.yaml", "multi_mypy"),
        ("styles_encodings.yaml", "styles_mypy"),
    ],
)
def test_feature_clients_pass_mypy_strict(tmp_path: Path, spec: str, package: str) -> None:
    generate(SPECS / spec, tmp_path, package)
    run = run_mypy(tmp_path, package)
    assert run.returncode == 0, run.stdout


def test_deprecated_fields_and_models_warn_when_code_sets_them_but_not_when_read(cons: ModuleType) -> None:
    with pytest.warns(DeprecationWarning, match=r"^Values\.legacy is deprecated$") as caught:
        cons.models.Values(legacy="old")
    assert caught[0].filename == __file__  # the warning points at the caller's line
    with pytest.warns(DeprecationWarning, match=r"^Retired is deprecated$") as caught:
        cons.models.Retired(name="x")
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = cons.models.Values.from_dict({"legacy": "old", "level": 2})  # a server's answer: no warning
        cons.models.Retired.from_dict({"name": "x"})
        cons.models.Values(level=2)  # the deprecated field not set: no warning
    assert values.legacy == "old" and values.to_dict() == {"legacy": "old", "level": 2}
    assert "Deprecated." in (cons.models.Values.__doc__ or "")


def test_models_compare_by_value_print_what_is_set_and_pickle(cons: ModuleType) -> None:
    import copy
    import pickle

    Named = cons.models.Named
    a = Named.from_dict({"name": "x", "other": 1})
    assert a == Named.from_dict({"name": "x", "other": 1}) and a != Named.from_dict({"name": "y"})
    assert a != cons.models.NamedWithId.from_dict({"name": "x", "id": 1})  # another class is never equal
    assert repr(a) == "Named(name='x', additional_properties={'other': 1})"
    assert repr(Named(name="x")) == "Named(name='x')"  # UNSET fields and no extras: left out
    with pytest.raises(TypeError):
        hash(a)  # mutable, so not hashable
    assert pickle.loads(pickle.dumps(a)) == a and copy.deepcopy(a) == a
    with pytest.raises(TypeError):
        Named("x")  # keyword-only


# -- the order in which unions without a discriminator try their variants (README.md: "Unions without a
#    discriminator are read by trying the variants most specific first: models, then enums and constants, then
#    formatted strings (dates, UUIDs), then booleans and integers, then numbers and strings; the spec's order
#    breaks ties"). Each union lists its variants in the opposite order, and its variants overlap on JSON type, so
#    only the documented order gives the value asserted.


INT, TEXT = {"type": "integer"}, {"type": "string"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _precedence_spec() -> dict[str, object]:
    pair = {"a": {"type": "integer"}, "b": {"type": "integer"}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Precedence", "version": "1"},
        "paths": {},
        "components": {
            "schemas": {
                "Loose": {"type": "object", "properties": pair},
                "Strict": {"type": "object", "required": ["a", "b"], "properties": pair},
                "First": {"type": "object", "required": ["x"], "properties": {"x": {"type": "integer"}}},
                "Second": {
                    "type": "object",
                    "required": ["x"],
                    "properties": {"x": {"type": "integer"}, "y": {"type": "integer"}},
                },
                "Holder": {
                    "type": "object",
                    "properties": {
                        "loose_or_strict": {"oneOf": [_ref("Loose"), _ref("Strict")]},
                        "map_or_model": {"anyOf": [{"type": "object", "additionalProperties": INT}, _ref("Loose")]},
                        "date_or_enum": {"oneOf": [{"type": "string", "format": "date"}, {"enum": ["x"], **TEXT}]},
                        "text_or_time": {"oneOf": [{"type": "string"}, {"type": "string", "format": "date-time"}]},
                        "text_or_uuid": {"anyOf": [{"type": "string"}, {"type": "string", "format": "uuid"}]},
                        "number_or_integer": {"oneOf": [{"type": "number"}, {"type": "integer"}]},
                        "first_then_second": {"oneOf": [_ref("First"), _ref("Second")]},
                        "second_then_first": {"oneOf": [_ref("Second"), _ref("First")]},
                    },
                },
            }
        },
    }


@pytest.fixture(scope="module")
def precedence(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    folder = tmp_path_factory.mktemp("precedence")
    (folder / "precedence.json").write_text(json.dumps(_precedence_spec()))
    generate(folder / "precedence.json", folder / "out", "precedence_client")
    checked = run_black_check(folder / "out")
    assert checked.returncode == 0, checked.stderr
    return import_fresh(folder / "out", "precedence_client")


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        # models first, the one with more required properties before the one with fewer
        ("loose_or_strict", {"a": 1, "b": 2}, "Strict"),
        ("loose_or_strict", {"a": 1}, "Loose"),
        ("map_or_model", {"a": 1}, "Loose"),  # a model before a free map
        # enums and constants before formatted strings: an enum keeps any string (servers add values)
        ("date_or_enum", "2020-01-02", str),
        ("date_or_enum", "x", str),
        # formatted strings before plain ones
        ("text_or_time", "2020-01-02T03:04:05Z", datetime.datetime),
        ("text_or_time", "hello", str),
        ("text_or_uuid", "12345678-1234-5678-1234-567812345678", uuid.UUID),
        ("text_or_uuid", "hello", str),
        # integers before numbers: 5.0 is an integer, and read (and so written back) as one
        ("number_or_integer", 5.0, int),
        ("number_or_integer", 5.5, float),
        # equally specific models: the spec's order decides
        ("first_then_second", {"x": 1}, "First"),
        ("second_then_first", {"x": 1}, "Second"),
    ],
)
def test_unions_try_the_variants_in_the_documented_order(
    precedence: ModuleType, field: str, value: object, kind: type | str
) -> None:
    holder = precedence.models.Holder.from_dict({field: value})
    read = getattr(holder, field)
    expected = getattr(precedence.models, kind) if isinstance(kind, str) else kind
    assert type(read) is expected or (expected is datetime.datetime and isinstance(read, datetime.datetime)), read
    assert holder.to_dict() == {field: int(value) if expected is int else value}
