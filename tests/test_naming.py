"""Naming rules: one module decides every identifier, and its decisions never depend on input order."""

from __future__ import annotations

import hashlib
import keyword

import pytest

from clientgen import ir
from clientgen.naming import MAX_NAME, fit, name_api, pascal, snake, typed_dict_parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("whitelabelAdminAddOrganizationApiKey", "whitelabel_admin_add_organization_api_key"),
        ("JWTHttpHeaderAuthentication", "jwt_http_header_authentication"),
        ("OAuth2", "oauth2"),
        ("Raw data", "raw_data"),
        ("x-rate.limit", "x_rate_limit"),
        ("class", "class_"),
        ("match", "match_"),
        ("2fa", "value_2fa"),
        ("café", "cafe"),
        ("$ref", "ref"),
        ("@type", "type"),
        ("", "value"),
    ],
)
def test_snake(text: str, expected: str) -> None:
    assert snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"), [("add_api_key-response", "AddApiKeyResponse"), ("1thing", "Model1thing"), ("ünï", "Uni")]
)
def test_pascal(text: str, expected: str) -> None:
    assert pascal(text) == expected


def _model(key: str, *json_names: str) -> ir.Model:
    return ir.Model(key, f"/components/schemas/{key}", tuple(ir.Field(n, ir.Primitive("str"), False) for n in json_names))


def _api(models: list[ir.Model], ops: list[ir.Operation] = ()) -> ir.Api:  # type: ignore[assignment]
    return ir.Api("T", "1", "", "3.0.3", (), tuple(models), tuple(ops), ())


def test_collisions_are_decided_by_the_names_not_by_their_order() -> None:
    models = [_model("foo_bar", "fooBar", "foo_bar", "FOO-BAR"), _model("FooBar"), _model("list"), _model("Client")]
    forward = name_api(_api(models), [[m.key] for m in models])
    backward = name_api(_api(models[::-1]), [[m.key] for m in models[::-1]])
    assert forward == backward
    assert forward.model_class["FooBar"] == "FooBar" and forward.model_class["foo_bar"] == "FooBar2"
    assert forward.model_class["list"] == "List"
    assert forward.model_class["Client"] == "Client2"
    attrs = {json: forward.field_attr[("foo_bar", json)] for json in ("fooBar", "foo_bar", "FOO-BAR")}
    assert attrs["foo_bar"] == "foo_bar" and sorted(attrs.values()) == ["foo_bar", "foo_bar_2", "foo_bar_3"]


def test_field_names_never_shadow_what_models_use() -> None:
    json_names = ("list", "str", "field", "date", "datetime", "from", "self", "to_dict", "id", "type")
    names = name_api(_api([_model("M", *json_names)]), [["M"]])
    attrs = {json: names.field_attr[("M", json)] for json in json_names}
    assert attrs == {
        "list": "list_", "str": "str_", "field": "field", "date": "date", "datetime": "datetime_", "from": "from_",
        "self": "self_", "to_dict": "to_dict_2", "id": "id", "type": "type",
    }
    assert not any(keyword.iskeyword(a) for a in attrs.values())


def test_parameters_that_clash_across_locations_get_distinct_names() -> None:
    op = ir.Operation(
        "getItem", "GET", "/items/{id}", "items", "/paths/~1items~1{id}/get",
        parameters=(
            ir.Parameter("id", "path", ir.Primitive("str"), True),
            ir.Parameter("id", "query", ir.Primitive("str"), False),
            ir.Parameter("body", "query", ir.Primitive("str"), False),
            ir.Parameter("X-Trace", "header", ir.Primitive("str"), False),
        ),
    )
    names = name_api(_api([], [op]), [])
    assert names.argument[("getItem", "path", "id")] == "id_path"
    assert names.argument[("getItem", "query", "id")] == "id_query"
    assert names.argument[("getItem", "query", "body")] == "body_query"
    assert names.argument[("getItem", "header", "X-Trace")] == "x_trace"
    assert names.tag_attr["items"] == "items" and names.tag_class["items"] == "ItemsApi"


# ------------------------------------------------------------------------------------- names too long for a file


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:8]


LONG_OPERATION = "getDeviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStates"


def test_a_long_name_keeps_its_first_words_and_ends_in_the_digest_of_its_text() -> None:
    assert len(LONG_OPERATION) > MAX_NAME == 64
    name = snake(LONG_OPERATION)
    assert name == f"get_device_management_managed_devices_windows_{_sha(LONG_OPERATION)}"  # whole words only
    assert len(name) <= MAX_NAME
    cls = pascal(LONG_OPERATION)  # CapWords, as classes are: the digest is its last word
    assert cls == f"GetDeviceManagementManagedDevicesWindowsProtectionState{_sha(LONG_OPERATION).capitalize()}"
    assert len(cls) <= MAX_NAME and "_" not in cls
    word = "x" * 300  # one word longer than the limit is cut where the room ends
    assert snake(word) == "x" * 55 + "_" + _sha(word)
    exact = "_".join(["abc"] * 16)  # 63 characters, and one more word: 67
    assert snake(exact) == exact and snake(exact + "_def") == "_".join(["abc"] * 14) + "_" + _sha(exact + "_def")
    assert fit("a" * 64) == "a" * 64 and len(fit("a" * 65)) == 64


# Two JSON names with the same 110-character start whose SHA-256 digests begin alike (a7447d45; found by trying
# numbered suffixes): their shortened names are the same text, and the sorted rule tells them apart.
_PREFIX = (
    "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateUserExperienceAnalyticsVariant"
)
TWINS = (_PREFIX + "56279", _PREFIX + "74208")


def test_names_that_shorten_alike_are_told_apart_whatever_the_order() -> None:
    assert _sha(TWINS[0]) == _sha(TWINS[1]) == "a7447d45"
    models = [_model(TWINS[0], *TWINS), _model(TWINS[1], *TWINS[::-1])]
    forward = name_api(_api(models), [[m.key] for m in models])
    backward = name_api(_api(models[::-1]), [[m.key] for m in models[::-1]])
    assert forward == backward
    attrs = [forward.field_attr[(TWINS[0], json)] for json in TWINS]
    first = "managed_device_windows_protection_state_detected_a7447d45"
    assert attrs == [first, first + "_2"]  # the first in sorted order keeps the name
    classes = [forward.model_class[key] for key in TWINS]
    assert classes[0] == "ManagedDeviceWindowsProtectionStateDetectedMalwareStateA7447d45"  # 64 characters
    # The second is numbered; with its number it would pass the limit, so it is shortened again first.
    assert classes[1].startswith("ManagedDeviceWindowsProtectionStateDetectedMalware") and classes[1].endswith("_2")
    names = [*classes, *forward.model_module.values(), *forward.typed_dict.values(), *attrs]
    assert len(set(forward.model_module.values())) == 2 and len(set(forward.typed_dict.values())) == 2
    assert max(len(n) for n in names) <= MAX_NAME


def test_a_numbered_name_stays_within_the_limit() -> None:
    json_names = ("-".join(["word"] * 12) + "-abcd", "_".join(["word"] * 12) + "_abcd")  # both word_word_..._abcd
    assert len(snake(json_names[0])) == MAX_NAME
    names = name_api(_api([_model("M", *json_names)]), [["M"]])
    numbered, plain = (names.field_attr[("M", json)] for json in json_names)
    assert plain == json_names[1]  # the JSON name that reads exactly like the attribute keeps it
    assert numbered.startswith("word_word_") and numbered.endswith("_2") and len(numbered) <= MAX_NAME


def test_names_made_from_a_long_name_leave_room_for_what_they_add() -> None:
    tag = "device." * 40
    parameter = "managedDeviceWindowsProtectionStateDetectedMalwareStateDeviceConfigurationStateIdentifier"
    op = ir.Operation(
        LONG_OPERATION, "GET", "/devices/{id}", tag, "/paths/~1devices~1{id}/get",
        parameters=(
            ir.Parameter(parameter, "path", ir.Primitive("str"), True),
            ir.Parameter(parameter, "query", ir.Primitive("str"), False),
        ),
    )
    key = "DeviceManagementManagedDevicesWindowsProtectionStateDetectedMalwareStateDeviceConfigurationState"
    names = name_api(_api([_model(key, "id")], [op]), [[key]])
    group = names.tag_class[tag]
    assert len("Async" + group) <= MAX_NAME and group.endswith(_sha(tag).capitalize() + "Api")
    assert names.tag_module[tag].endswith("_" + _sha(tag))  # the group's module and class end in the same digest
    for location in ("path", "query"):
        arg = names.argument[(LONG_OPERATION, location, parameter)]
        assert arg == f"managed_device_windows_protection_state_detected_{_sha(parameter)}_{location}"
        assert len(arg) <= MAX_NAME
    # A class's module and TypedDict end in the class's digest (of its whole PascalCase name).
    cls, module, typed = names.model_class[key], names.model_module[key], names.typed_dict[key]
    assert cls == "DeviceManagementManagedDevicesWindowsProtectionState" + _sha(key).capitalize()
    assert module == "device_management_managed_devices_windows_protection_" + _sha(key)
    assert typed == cls + "Dict"
    assert all(len(part) <= MAX_NAME for part in typed_dict_parts(typed))


def test_a_rename_longer_than_the_limit_is_refused() -> None:
    from clientgen.diagnostics import GenerationError
    from clientgen.naming import Renames

    api = _api([_model("Pet", "name")])
    with pytest.raises(GenerationError, match="longer than 64 characters"):
        name_api(api, [["Pet"]], Renames(classes=(("Pet", "P" * 65),)))
    with pytest.raises(GenerationError, match="longer than 64 characters"):
        name_api(api, [["Pet"]], Renames(fields=(("Pet.name", "n" * 65),)))
    assert name_api(api, [["Pet"]], Renames(classes=(("Pet", "P" * 64),))).model_class["Pet"] == "P" * 64
