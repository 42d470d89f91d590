"""Naming rules: one module decides every identifier, and its decisions never depend on input order."""

from __future__ import annotations

import keyword

import pytest

from clientgen import ir
from clientgen.naming import name_api, pascal, snake


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
