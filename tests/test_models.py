"""Generated models, for real: a feature spec is generated, imported, and its models read and write JSON."""

from __future__ import annotations

import datetime
import sys
import typing
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import SPECS, generate, import_fresh


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("models_basic")
    generate(SPECS / "models_basic.yaml", out, "models_basic_client")
    return import_fresh(out, "models_basic_client")


PET = {
    "name": "Tom",
    "id": 9007199254740993,
    "status": "in-progress",
    "kind": {"petType": "cat", "lives": 9},
    "born": "2020-01-02T03:04:05Z",
    "birthday": "2020-01-02",
    "nickname": None,
    "labels": {"a": "b"},
    "scores": [1.5, 2],
    "weight": "heavy",
    "class": "mammal",
    "from": "shelter",
    "type": "pet",
    "fooBar": "camel",
    "foo_bar": "snake",
    "2fa": True,
    "x-rate.limit": 3,
}


def test_round_trip_gives_back_the_same_json(pkg: ModuleType) -> None:
    pet = pkg.models.Pet.from_dict(PET)
    assert pet.to_dict() == PET


def test_fields_are_typed_and_named_for_python(pkg: ModuleType) -> None:
    pet = pkg.models.Pet.from_dict(PET)
    assert pet.born == datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert pet.birthday == datetime.date(2020, 1, 2)
    assert (pet.class_, pet.from_, pet.type) == ("mammal", "shelter", "pet")
    assert (pet.foo_bar_2, pet.foo_bar) == ("camel", "snake")
    assert (pet.field_2fa, pet.x_rate_limit) == (True, 3)
    assert pet.id == 9007199254740993  # int64 beyond float precision stays exact


def test_discriminator_picks_the_class_by_tag(pkg: ModuleType) -> None:
    cat = pkg.models.Pet.from_dict(PET)
    assert type(cat.kind).__name__ == "Cat" and cat.kind.lives == 9
    dog = pkg.models.Pet.from_dict({**PET, "kind": {"petType": "dog", "lives": "not checked for dogs"}})
    assert type(dog.kind).__name__ == "Dog"
    assert dog.kind.additional_properties == {"lives": "not checked for dogs"}
    with pytest.raises(pkg.ValidationError) as caught:
        pkg.models.Pet.from_dict({**PET, "kind": {"petType": "fish"}})
    assert caught.value.path == "Pet.kind.petType"


def test_union_without_discriminator_picks_by_type(pkg: ModuleType) -> None:
    assert pkg.models.Pet.from_dict({**PET, "weight": 4.5}).weight == 4.5
    assert pkg.models.Pet.from_dict({**PET, "weight": "heavy"}).weight == "heavy"


def test_null_unset_and_value_stay_distinct(pkg: ModuleType) -> None:
    Pet = pkg.models.Pet
    explicit_null = Pet.from_dict(PET)
    assert explicit_null.nickname is None and explicit_null.to_dict()["nickname"] is None
    omitted = Pet.from_dict({k: v for k, v in PET.items() if k != "nickname"})
    assert omitted.nickname is pkg.UNSET and "nickname" not in omitted.to_dict()
    assert Pet.from_dict({**PET, "nickname": "Tommy"}).nickname == "Tommy"
    built = Pet(name="x", id=1, status="sold", kind=pkg.models.Cat(pet_type="cat", lives=1))
    assert built.to_dict() == {"name": "x", "id": 1, "status": "sold", "kind": {"petType": "cat", "lives": 1}}


def test_unknown_fields_are_kept_and_sent_back(pkg: ModuleType) -> None:
    pet = pkg.models.Pet.from_dict({**PET, "addedLater": {"x": [1]}})
    assert pet.additional_properties == {"addedLater": {"x": [1]}}
    assert pet.to_dict()["addedLater"] == {"x": [1]}


def test_unknown_enum_value_is_kept(pkg: ModuleType) -> None:
    pet = pkg.models.Pet.from_dict({**PET, "status": "adopted-yesterday"})
    assert pet.status == "adopted-yesterday"
    assert pet.to_dict()["status"] == "adopted-yesterday"


def test_missing_required_field_is_named(pkg: ModuleType) -> None:
    with pytest.raises(pkg.ValidationError) as caught:
        pkg.models.Pet.from_dict({k: v for k, v in PET.items() if k != "id"})
    assert str(caught.value) == "Pet: required property 'id' is missing"


def test_wrong_primitive_type_is_named(pkg: ModuleType) -> None:
    with pytest.raises(pkg.ValidationError) as caught:
        pkg.models.Pet.from_dict({**PET, "id": "nine"})
    assert str(caught.value) == "Pet.id: expected an integer, got str 'nine'"
    with pytest.raises(pkg.ValidationError, match=r"Pet\.born: expected an ISO 8601 date-time"):
        pkg.models.Pet.from_dict({**PET, "born": "yesterday"})
    with pytest.raises(pkg.ValidationError, match="expected an object"):
        pkg.models.Pet.from_dict(["not", "a", "dict"])


def test_recursive_models_through_arrays_maps_and_nullable(pkg: ModuleType) -> None:
    data = {
        "value": "root",
        "children": [{"value": "a", "children": [{"value": "a1"}]}, {"value": "b"}],
        "parent": None,
        "byName": {"x": {"value": "x", "parent": {"value": "root"}}},
    }
    tree = pkg.models.TreeNode.from_dict(data)
    assert tree.children[0].children[0].value == "a1"
    assert tree.by_name["x"].parent.value == "root"
    assert tree.to_dict() == data


def test_error_inside_a_list_names_the_index(pkg: ModuleType) -> None:
    with pytest.raises(pkg.ValidationError) as caught:
        pkg.models.TreeNode.from_dict({"value": "r", "children": [{"value": "ok"}, {"value": 5}]})
    assert caught.value.path == "TreeNode.children[1].value"


def test_allof_redeclared_property_takes_the_most_derived_type(pkg: ModuleType) -> None:
    assert pkg.models.Pet.from_dict({**PET, "tag": 7}).tag == 7
    with pytest.raises(pkg.ValidationError, match=r"Pet\.tag: expected an integer"):
        pkg.models.Pet.from_dict({**PET, "tag": "seven"})


def test_models_package_is_lazy_and_complete(pkg: ModuleType) -> None:
    assert sorted(pkg.models.__all__) == [
        "Cat", "CatDict", "Dog", "DogDict", "Named", "Pet", "PetDict", "PlantTreeResponse", "PlantTreeResponseStats",
        "TreeNode", "TreeNodeDict",  # the TypedDicts of the models request bodies reach
    ]
    assert dir(pkg.models) == sorted(pkg.models.__all__)
    with pytest.raises(AttributeError):
        pkg.models.DoesNotExist  # noqa: B018


MINIMAL = {"name": "Tom", "id": 1, "status": "sold", "kind": {"petType": "dog"}}


def test_absent_optional_fields_read_as_unset(pkg: ModuleType) -> None:
    import copy
    import pickle

    pet = pkg.models.Pet.from_dict(MINIMAL)
    assert pet.born is pkg.UNSET and pet.nickname is pkg.UNSET and pet.aliases is pkg.UNSET
    assert pet.additional_properties == {} and pet.kind.good_boy is pkg.UNSET
    assert pet.to_dict() == MINIMAL
    assert repr(pet) == "Pet(id=1, kind=Dog(pet_type='dog'), name='Tom', status='sold')"  # no UNSET field
    assert pet == pkg.models.Pet.from_dict(dict(MINIMAL)) and pet != pkg.models.Pet.from_dict({**MINIMAL, "tag": 1})
    assert pickle.loads(pickle.dumps(pet)) == pet and copy.copy(pet) == pet
    built = pkg.models.Pet(name="Tom", id=1, status="sold", kind=pkg.models.Dog(pet_type="dog"))
    assert built == pet and built.to_dict() == MINIMAL


def test_unknown_fields_are_told_apart_from_optional_ones(pkg: ModuleType) -> None:
    # As many properties as declared ones would be, but one of them is unknown.
    pet = pkg.models.Pet.from_dict({**MINIMAL, "aliases": ["T"], "alias": "T"})
    assert pet.aliases == ["T"] and pet.additional_properties == {"alias": "T"}
    pet = pkg.models.Pet.from_dict({**MINIMAL, "born": "2020-01-02T03:04:05Z", "nickname": None})
    assert pet.additional_properties == {} and pet.nickname is None
    assert pkg.models.Pet.from_dict({**MINIMAL, "zz": 1}).additional_properties == {"zz": 1}
    assert pkg.models.Cat.from_dict({"petType": "cat", "lives": 1, "x": 2}).additional_properties == {"x": 2}


def test_arrays_of_plain_values_are_checked_item_by_item(pkg: ModuleType) -> None:
    Pet = pkg.models.Pet
    data = {**MINIMAL, "aliases": ["a", "b"], "moods": ["calm", "sleepy"], "counts": [1, 2.0], "flags": [True], "scores": [1, 2.5]}
    pet = Pet.from_dict(data)
    assert (pet.aliases, pet.moods, pet.counts, pet.flags, pet.scores) == (["a", "b"], ["calm", "sleepy"], [1, 2], [True], [1, 2.5])
    assert type(pet.counts[1]) is int and pet.aliases is not data["aliases"]  # a copy: the model owns its lists
    for field, value, message in [
        ("aliases", ["a", 1], "Pet.aliases[1]: expected a string, got int 1"),
        ("moods", [None], "Pet.moods[0]: expected a string, got NoneType None"),
        ("counts", [1, 1.5], "Pet.counts[1]: expected an integer, got float 1.5"),
        ("flags", [1], "Pet.flags[0]: expected a boolean, got int 1"),
        ("scores", ["1"], "Pet.scores[0]: expected a number, got str '1'"),
        ("aliases", "a", "Pet.aliases: expected an array, got str 'a'"),
        ("nickname", 5, "Pet.nickname: expected a string, got int 5"),
        ("born", 5, "Pet.born: expected an ISO 8601 date-time, got int 5"),
    ]:
        with pytest.raises(pkg.ValidationError) as caught:
            Pet.from_dict({**MINIMAL, field: value})
        assert str(caught.value) == message


_UTC = datetime.timezone.utc
_MINUS_7 = datetime.timezone(datetime.timedelta(hours=-7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2020-01-02T03:04:05Z", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        ("2020-01-02T03:04:05.000Z", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        ("2020-01-02T03:04:05.5Z", datetime.datetime(2020, 1, 2, 3, 4, 5, 500000, tzinfo=_UTC)),
        ("2020-01-02T03:04:05.123456789Z", datetime.datetime(2020, 1, 2, 3, 4, 5, 123456, tzinfo=_UTC)),
        ("2020-01-02T03:04:05+00:00", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        ("2020-01-02T03:04:05-07:00", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_MINUS_7)),
        ("2020-01-02 03:04:05Z", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        ("2020-01-02T03:04Z", datetime.datetime(2020, 1, 2, 3, 4, tzinfo=_UTC)),
    ],
)
def test_date_times_are_read_exactly_and_written_back_as_they_came(
    pkg: ModuleType, text: str, expected: datetime.datetime
) -> None:
    """On every Python the client supports; the expected values are written out, not computed by `datetime`."""
    pet = pkg.models.Pet.from_dict({**MINIMAL, "born": text})
    assert pet.born == expected and pet.born.utcoffset() == expected.utcoffset()
    assert pet.born.replace(tzinfo=None) == expected.replace(tzinfo=None)  # seconds and fractions included
    assert pet.to_dict()["born"] == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20200102T030405Z", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        # 20 characters ending in Z, as the plain form, but a week date (Thursday of 2020's first week)
        ("2020-W01-4T03:04:05Z", datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_UTC)),
        # the same length again, time in the basic format
        ("2020-01-02T030405.5Z", datetime.datetime(2020, 1, 2, 3, 4, 5, 500000, tzinfo=_UTC)),
    ],
)
def test_iso_forms_beyond_rfc_3339_follow_the_python_version(
    pkg: ModuleType, text: str, expected: datetime.datetime
) -> None:
    """Basic and week forms of ISO 8601 (not RFC 3339 date-times): Python 3.11's `fromisoformat` reads them, and
    the client then keeps their text; 3.10's does not, and the client refuses them."""
    if sys.version_info >= (3, 11):
        pet = pkg.models.Pet.from_dict({**MINIMAL, "born": text})
        assert pet.born == expected and pet.born.replace(tzinfo=None) == expected.replace(tzinfo=None)
        assert pet.to_dict()["born"] == text
    else:
        with pytest.raises(pkg.ValidationError, match="Pet.born: expected an ISO 8601 date-time"):
            pkg.models.Pet.from_dict({**MINIMAL, "born": text})


def test_lenient_reading_fills_in_each_missing_required_field(pkg: ModuleType, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    lenient = pkg._serde._LENIENT.set(True)
    try:
        with caplog.at_level(logging.WARNING):
            pet = pkg.models.Pet.from_dict({"status": 5, "aliases": ["a"], "zz": 1})
    finally:
        pkg._serde._LENIENT.reset(lenient)
    assert pet.name is pkg.UNSET and pet.id is pkg.UNSET and pet.kind is pkg.UNSET and pet.status == 5
    assert pet.aliases == ["a"] and pet.born is pkg.UNSET and pet.additional_properties == {"zz": 1}
    warned = sorted(r.getMessage().rsplit(": ", 2)[1] for r in caplog.records)
    assert warned == ["Pet.id", "Pet.kind", "Pet.name", "Pet.status"], [r.getMessage() for r in caplog.records]


def test_fields_declared_alike_keep_their_own_values(tmp_path: Path) -> None:
    """A field declared alike in many models is made once; 1, 1.0 and true are equal in Python, not in JSON."""
    generate(SPECS / "fields_shared.yaml", tmp_path, "fields_shared_client")
    models = import_fresh(tmp_path, "fields_shared_client").models
    assert "Default: 1." in models.WholeDefault.__doc__ and "Default: 1.0." in models.FractionDefault.__doc__
    assert "Default: 1.0." not in models.WholeDefault.__doc__
    number, truth = models.NumberChoice.from_dict({"flag": 1}), models.TruthChoice.from_dict({"flag": True})
    assert type(number.flag) is int and type(truth.flag) is bool
    assert typing.get_type_hints(models.NumberChoice)["flag"] != typing.get_type_hints(models.TruthChoice)["flag"]
