"""Every operation shape of tests/specs/operations_basic.yaml, against a live server on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import json
import warnings
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from .conftest import SPECS, generate, import_fresh, run_black_check


@pytest.fixture(scope="module")
def ops(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("operations_basic")
    generate(SPECS / "operations_basic.yaml", out, "operations_client")
    return import_fresh(out, "operations_client")


class Call:
    def __init__(self, pkg: ModuleType, flavour: str, base_url: str, **client_kwargs: Any) -> None:
        self.pkg, self.flavour, self.base_url = pkg, flavour, base_url
        self.client_kwargs = {"max_retries": 0, **client_kwargs}

    def __call__(self, dotted: str, **kwargs: Any) -> Any:
        group, method = dotted.split(".")
        if self.flavour == "sync":
            with self.pkg.Client(base_url=self.base_url, **self.client_kwargs) as client:
                return getattr(getattr(client, group), method)(**kwargs)

        async def go() -> Any:
            async with self.pkg.AsyncClient(base_url=self.base_url, **self.client_kwargs) as client:
                return await getattr(getattr(client, group), method)(**kwargs)

        return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, ops: ModuleType, httpserver: HTTPServer) -> Call:
    return Call(ops, request.param, httpserver.url_for("/v2"), api_key="k-123")


def sent(httpserver: HTTPServer) -> Request:
    assert len(httpserver.log) == 1
    return httpserver.log[0][0]


ITEM = {"id": "i1", "name": "pen", "price": None, "created": "2024-05-06T07:08:09.5+02:00"}


def test_query_styles_headers_cookies_and_api_key_in_query(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items", method="GET").respond_with_json([ITEM])
    items = call(
        "items.list_items", tags=["a b", "c"], ids=[1, 2, 3], active=False, x_trace_id="t-1", session="s=1"
    )
    request = sent(httpserver)
    assert request.query_string == b"tags=a+b&tags=c&ids=1%2C2%2C3&active=false&api_key=k-123"
    assert request.headers["X-Trace-Id"] == "t-1"
    assert request.headers["Cookie"] == "session=s=1"
    assert [i.name for i in items] == ["pen"] and items[0].price is None
    assert items[0].created.isoformat() == "2024-05-06T07:08:09.500000+02:00"


def test_deprecated_parameter_warns_only_when_given(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/items").respond_with_json([])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        call("items.list_items")
    with pytest.warns(DeprecationWarning, match="legacyFilter is deprecated"):
        call("items.list_items", legacy_filter="x")


def test_read_only_fields_are_not_sent_and_several_success_statuses(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items", method="POST").respond_with_json(ITEM, status=201)
    item = call.pkg.models.Item(id="ignored", name="pen", price=1.5)
    created = call("items.create_item", body=item)
    assert json.loads(sent(httpserver).get_data()) == {"name": "pen", "price": 1.5}
    assert type(created).__name__ == "Item" and created.id == "i1"
    assert item.to_dict() == {"id": "ignored", "name": "pen", "price": 1.5}  # a round trip keeps it
    httpserver.clear_log()
    httpserver.expect_oneshot_request("/v2/items", method="POST").respond_with_json({"jobId": "j"}, status=202)
    accepted = call("items.create_item", body={"name": "pen"})
    assert type(accepted).__name__ == "CreateItemResponse202" and accepted.job_id == "j"


def test_declared_error_model_is_parsed(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items", method="POST").respond_with_data(
        json.dumps({"title": "Invalid", "detail": "name is empty"}), status=422, content_type="application/problem+json"
    )
    with pytest.raises(call.pkg.UnprocessableEntityError) as caught:
        call("items.create_item", body={"name": ""})
    assert type(caught.value.body).__name__ == "Problem"
    assert caught.value.body.detail == "name is empty"


def test_parameters_clashing_across_locations(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items/a%2F..%2Fb").respond_with_json(ITEM)
    httpserver.expect_oneshot_request("/v2/items/a/../b").respond_with_json(ITEM)
    call("items.get_item", id_path="a/../b", id_query="q")
    request = sent(httpserver)
    assert request.environ["RAW_URI"] == "/v2/items/a%2F..%2Fb?id=q&api_key=k-123"


def test_not_found_uses_declared_model(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items/x").respond_with_json({"title": "Not Found"}, status=404)
    with pytest.raises(call.pkg.NotFoundError) as caught:
        call("items.get_item", id_path="x")
    assert caught.value.body.title == "Not Found"


def test_no_content_returns_none_and_deprecated_operation_warns(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/items/x", method="DELETE").respond_with_data("", status=204)
    with pytest.warns(DeprecationWarning, match="delete_item is deprecated"):
        assert call("items.delete_item", id="x") is None


def test_binary_upload_and_download(call: Call, httpserver: HTTPServer, tmp_path: Path) -> None:
    picture = tmp_path / "p.png"
    picture.write_bytes(b"\x89PNG-data")
    httpserver.expect_oneshot_request("/v2/items/x/photo", method="PUT").respond_with_data("", status=204)
    call("files.upload_photo", id="x", body=picture)
    request = sent(httpserver)
    assert request.headers["Content-Type"] == "image/png" and request.get_data() == b"\x89PNG-data"
    httpserver.clear_log()
    httpserver.expect_oneshot_request("/v2/items/x/photo", method="GET").respond_with_data(
        b"\x89PNG-back", content_type="image/png"
    )
    assert call("files.download_photo", id="x") == b"\x89PNG-back"
    assert sent(httpserver).headers["Accept"] == "image/png"


def test_form_body(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v2/forms", method="POST").respond_with_json({"ok": True})
    assert call("files.submit_form", body={"name": "a&b", "count": 2}) == {"ok": True}
    request = sent(httpserver)
    assert request.mimetype == "application/x-www-form-urlencoded"
    assert request.form.to_dict() == {"name": "a&b", "count": "2"}


def test_public_operation_sends_no_credentials(ops: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/health").respond_with_data("ok", content_type="text/plain")
    with ops.Client(base_url=httpserver.url_for("/"), api_key="k", bearer="t") as client:
        assert client.health.health() == "ok"
    request = sent(httpserver)
    assert request.query_string == b"" and "Authorization" not in request.headers


def test_bearer_when_no_api_key(ops: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/items/1").respond_with_json(ITEM)
    with ops.Client(base_url=httpserver.url_for("/"), bearer="tok") as client:
        client.items.get_item(id_path="1")
    assert sent(httpserver).headers["Authorization"] == "Bearer tok"


def test_extra_headers_query_and_generic_request(ops: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/items/1").respond_with_json(ITEM)
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        client.items.get_item(id_path="1", extra_headers={"X-Extra": "1"}, extra_query={"debug": True})
        request = sent(httpserver)
        assert request.headers["X-Extra"] == "1" and request.args["debug"] == "true"
        httpserver.clear_log()
        httpserver.expect_oneshot_request("/undocumented", method="POST").respond_with_json({"x": 1})
        response = client.request("post", "/undocumented", json={"a": 1})
        assert response.json() == {"x": 1} and json.loads(sent(httpserver).get_data()) == {"a": 1}


def test_header_injection_is_refused(ops: ModuleType, httpserver: HTTPServer) -> None:
    with ops.Client(base_url=httpserver.url_for("/")) as client, pytest.raises(ValueError, match="line break"):
        client.items.list_items(x_trace_id="a\r\nInjected: yes")
    assert httpserver.log == []


def _untagged_spec() -> dict[str, Any]:
    def operation(operation_id: str, **extra: Any) -> dict[str, Any]:
        return {"operationId": operation_id, "responses": {"200": {"description": "ok", "content": {
            "application/json": {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}}}}, **extra}

    return {
        "openapi": "3.0.3",
        "info": {"title": "Untagged", "version": "1"},
        "paths": {
            "/v1/customers/{id}": {"get": operation("getCustomer", parameters=[
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}])},
            "/api/v2/orders": {"get": operation("listOrders")},
            "/Accounts.json": {"get": operation("listAccounts")},
            "/{id}": {"get": operation("getAnything", parameters=[
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}])},
            "/v1": {"get": operation("root")},
            "/v1/customers": {"post": operation("createCustomer", tags=["billing"])},
        },
    }


def test_untagged_operations_are_grouped_by_their_resource(tmp_path: Path, httpserver: HTTPServer) -> None:
    """README: untagged operations go by the first path segment that names a resource, else `client.default`."""
    spec = tmp_path / "untagged.json"
    spec.write_text(json.dumps(_untagged_spec()))
    out = tmp_path / "out"
    generate(spec, out, "untagged_client")
    checked = run_black_check(out)
    assert checked.returncode == 0, checked.stderr
    pkg = import_fresh(out, "untagged_client")
    for path in ("/v1/customers/c1", "/api/v2/orders", "/Accounts.json", "/x1", "/v1"):
        httpserver.expect_oneshot_request(path).respond_with_json({"id": path})
    httpserver.expect_oneshot_request("/v1/customers", method="POST").respond_with_json({"id": "new"})
    with pkg.Client(base_url=httpserver.url_for("/"), max_retries=0) as client:
        assert client.customers.get_customer(id="c1").id == "/v1/customers/c1"
        assert client.orders.list_orders().id == "/api/v2/orders"
        assert client.accounts.list_accounts().id == "/Accounts.json"  # `Accounts.json` -> accounts
        assert client.default.get_anything(id="x1").id == "/x1"  # nothing but a template: default
        assert client.default.root().id == "/v1"  # nothing but a version
        assert client.billing.create_customer().id == "new"  # a tag wins over the path
    groups = sorted(n for n, v in vars(pkg.Client).items() if hasattr(v, "func"))
    assert groups == ["accounts", "billing", "customers", "default", "orders"]
    assert len(httpserver.log) == 6
