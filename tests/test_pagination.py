"""Auto-pagination (tests/specs/pagination/), live on 127.0.0.1, sync and async.

Each server below pages the way the spec's API does; the tests check the items the client yields, the requests
the server saw (every argument of the first call kept, the paging parameter moved), that pages are fetched only
when the iteration reaches them, and which operations are recognised (and why not) from the raw spec's text.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from clientgen import pagination, pagination_settings
from clientgen.diagnostics import GenerationError
from clientgen.loader import Loader
from clientgen.pipeline import build, load_api

from .conftest import ROOT, SPECS, generate, import_fresh

PAGINATION = SPECS / "pagination"
NAMES = ("link", "cursor", "token", "offset", "extensions", "ambiguous")


@pytest.fixture(scope="module")
def clients(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ModuleType]:
    out = tmp_path_factory.mktemp("pagination")
    found = {}
    for name in NAMES:
        generate(PAGINATION / f"{name}.yaml", out / name, f"paged_{name}")
        found[name] = import_fresh(out / name, f"paged_{name}")
    return found


def _serve(httpserver: HTTPServer, path: str, handler: Callable[[Request], Response], method: str = "GET") -> None:
    httpserver.expect_request(path, method=method).respond_with_handler(handler)


def _seen(httpserver: HTTPServer) -> list[Request]:
    return [request for request, _ in httpserver.log]


def _json(value: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(json.dumps(value), headers=headers or {}, content_type="application/json")


def _sync_and_async(pkg: ModuleType, sync: Callable[[Any], Any], run_async: Callable[[Any], Any], **kwargs: Any) -> list[Any]:
    with pkg.Client(max_retries=0, **kwargs) as client:
        first = sync(client)

    async def go() -> Any:
        async with pkg.AsyncClient(max_retries=0, **kwargs) as client:
            return await run_async(client)

    return [first, asyncio.run(go())]


async def _collect(aiterable: Any) -> list[Any]:
    return [item async for item in aiterable]


# ---------------------------------------------------------------- Link: rel="next" (GitHub)


def _link_server(httpserver: HTTPServer, pages: int = 3, per_page: int = 2, other_host_from: int = 0) -> None:
    def handler(request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        items = [{"id": (page - 1) * per_page + i, "name": f"r{page}.{i}"} for i in range(per_page)]
        links = []
        if page < pages:
            host = "localhost" if other_host_from and page + 1 >= other_host_from else "127.0.0.1"
            # The link keeps only page and per_page: the client must add the call's other parameters back.
            links.append(f'<http://{host}:{httpserver.port}/repos?page={page + 1}&per_page={per_page}>; rel="next"')
        links.append(f'<http://127.0.0.1:{httpserver.port}/repos?page={pages}&per_page={per_page}>; rel="last"')
        return _json(items, {"Link": ", ".join(links)})

    _serve(httpserver, "/repos", handler)


def test_link_header_pages_a_bare_array_keeping_every_argument(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["link"]
    _link_server(httpserver)
    call: dict[str, Any] = {"visibility": "public", "per_page": 2, "extra_headers": {"X-Trace": "t1"},
                            "extra_query": {"x": "1"}}
    results = _sync_and_async(
        pkg,
        lambda c: [r.name for r in c.repos.list_repos(**call)],
        lambda c: _collect(r.name async for r in c.repos.list_repos(**call)),
        base_url=httpserver.url_for(""),
        token="s3cret",
    )
    expected = ["r1.0", "r1.1", "r2.0", "r2.1", "r3.0", "r3.1"]
    assert results == [expected, expected]
    seen = _seen(httpserver)
    assert len(seen) == 6
    for index, request in enumerate(seen):
        page = index % 3 + 1
        assert request.args.get("page") == (None if page == 1 else str(page))
        assert request.args["per_page"] == "2" and request.args["visibility"] == "public" and request.args["x"] == "1"
        assert request.headers["Authorization"] == "Bearer s3cret"
        assert request.headers["X-Trace"] == "t1"


def test_link_to_another_origin_drops_the_credentials(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["link"]
    _link_server(httpserver, pages=3, other_host_from=3)
    with pkg.Client(base_url=httpserver.url_for(""), token="s3cret", max_retries=0) as client:
        assert len(list(client.repos.list_repos(per_page=2))) == 6
    seen = _seen(httpserver)
    assert [r.headers.get("Authorization") for r in seen] == ["Bearer s3cret", "Bearer s3cret", None]
    assert seen[2].host.startswith("localhost")


def test_pages_are_fetched_only_when_the_iteration_reaches_them(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["link"]
    _link_server(httpserver, pages=3)
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client:
        page = client.repos.list_repos(per_page=2)
        assert len(_seen(httpserver)) == 1  # the first page, fetched by the call
        assert [r.id for r in page.items] == [0, 1] and page.response == page.items
        iterator = iter(page)
        assert [next(iterator).id for _ in range(2)] == [0, 1]
        assert len(_seen(httpserver)) == 1
        assert next(iterator).id == 2
        assert len(_seen(httpserver)) == 2
        assert page.has_next_page()
        second = page.get_next_page()
        assert [r.id for r in second.items] == [2, 3]
        assert [len(p.items) for p in page.iter_pages()] == [2, 2, 2]
        last = second.get_next_page()
        assert not last.has_next_page() and last.next_page_request() is None
        with pytest.raises(LookupError):
            last.get_next_page()

    async def go() -> None:
        async with pkg.AsyncClient(base_url=httpserver.url_for(""), max_retries=0) as client:
            pager = client.repos.list_repos(per_page=2)
            before = len(_seen(httpserver))
            await asyncio.sleep(0)
            assert len(_seen(httpserver)) == before  # nothing is sent before it is awaited or iterated
            first = await pager
            assert [r.id for r in first.items] == [0, 1] and first.has_next_page()
            second = await first.get_next_page()
            assert [r.id for r in second.items] == [2, 3]
            assert [len(p.items) async for p in pager.iter_pages()] == [2, 2, 2]

    asyncio.run(go())


def test_link_pages_an_object_with_one_array(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["link"]

    def handler(request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        headers = {"Link": f'<{httpserver.url_for("/search/repos")}?q=x&page=2>; rel="next"'} if page == 1 else {}
        ids = [1, 2] if page == 1 else [3]
        return _json({"total_count": 3, "items": [{"id": i, "name": "n"} for i in ids]}, headers)

    _serve(httpserver, "/search/repos", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [r.id for r in c.repos.search_repos(q="x")],
        lambda c: _collect(r.id async for r in c.repos.search_repos(q="x")),
        base_url=httpserver.url_for(""),
    )
    assert results == [[1, 2, 3], [1, 2, 3]]
    assert [r.args.get("page") for r in _seen(httpserver)] == [None, "2"] * 2


# ---------------------------------------------------------------- cursor: has_more + starting_after (Stripe)


def _customers(httpserver: HTTPServer, count: int = 5) -> None:
    ids = [f"cus_{i}" for i in range(count)]

    def handler(request: Request) -> Response:
        limit = int(request.args.get("limit", "10"))
        if "ending_before" in request.args:
            end = ids.index(request.args["ending_before"])
            chunk = ids[max(end - limit, 0):end]
            more = end - limit > 0
        else:
            start = ids.index(request.args["starting_after"]) + 1 if "starting_after" in request.args else 0
            chunk = ids[start:start + limit]
            more = start + limit < len(ids)
        data = [{"id": i, "object": "customer", "email": None} for i in chunk]
        return _json({"object": "list", "url": "/v1/customers", "has_more": more, "data": data})

    _serve(httpserver, "/v1/customers", handler)


def test_cursor_takes_the_last_id_until_has_more_is_false(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["cursor"]
    _customers(httpserver)
    results = _sync_and_async(
        pkg,
        lambda c: [x.id for x in c.customers.get_customers(limit=2, email="a@b.c", timeout=7)],
        lambda c: _collect(x.id async for x in c.customers.get_customers(limit=2, email="a@b.c", timeout=7)),
        base_url=httpserver.url_for(""),
        basic=("user", "pw"),
    )
    assert results == [[f"cus_{i}" for i in range(5)]] * 2
    seen = _seen(httpserver)
    assert [r.args.get("starting_after") for r in seen] == [None, "cus_1", "cus_3"] * 2
    auth = "Basic " + base64.b64encode(b"user:pw").decode()
    assert all(r.args["limit"] == "2" and r.args["email"] == "a@b.c" and r.headers["Authorization"] == auth for r in seen)


def test_cursor_pages_backwards_from_ending_before(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["cursor"]
    _customers(httpserver)
    with pkg.Client(base_url=httpserver.url_for(""), basic=("u", "p"), max_retries=0) as client:
        ids = [x.id for x in client.customers.get_customers(limit=2, ending_before="cus_4")]
    assert ids == ["cus_2", "cus_3", "cus_0", "cus_1"]
    assert [r.args.get("ending_before") for r in _seen(httpserver)] == ["cus_4", "cus_2"]


def test_cursor_page_exposes_the_parsed_response(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["cursor"]
    _customers(httpserver, 3)
    with pkg.Client(base_url=httpserver.url_for(""), basic=("u", "p"), max_retries=0) as client:
        page = client.customers.get_customers(limit=2)
        assert type(page.response).__name__ == "CustomerList" and page.response.has_more is True
        assert [c.id for c in page.items] == ["cus_0", "cus_1"]
        assert page.get_next_page().response.has_more is False


# ---------------------------------------------------------------- token: nextPageToken / next_cursor


def test_token_pages_until_the_token_is_missing(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["token"]
    tokens = {None: ("t2", ["a", "b"]), "t2": ("t3", ["c"]), "t3": (None, ["d"])}

    def handler(request: Request) -> Response:
        token, names = tokens[request.args.get("pageToken")]
        body: dict[str, Any] = {"instances": [{"name": n} for n in names], "unreachable": []}
        if token:
            body["nextPageToken"] = token
        return _json(body)

    _serve(httpserver, "/v1/instances", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [i.name for i in c.instances.list_instances(filter="f", page_size=2)],
        lambda c: _collect(i.name async for i in c.instances.list_instances(filter="f", page_size=2)),
        base_url=httpserver.url_for(""),
        key="k1",
    )
    assert results == [["a", "b", "c", "d"]] * 2
    seen = _seen(httpserver)
    assert [r.args.get("pageToken") for r in seen] == [None, "t2", "t3"] * 2
    assert all(r.args["filter"] == "f" and r.args["pageSize"] == "2" and r.args["key"] == "k1" for r in seen)


def test_nested_cursor_stops_on_an_empty_one(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["token"]
    pages = {None: ("dXNlcjpVMDYx", ["C1", "C2"]), "dXNlcjpVMDYx": ("", ["C3"])}

    def handler(request: Request) -> Response:
        cursor, ids = pages[request.args.get("cursor")]
        return _json({"ok": True, "channels": [{"id": i} for i in ids], "response_metadata": {"next_cursor": cursor}})

    _serve(httpserver, "/conversations.list", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [x.id for x in c.conversations.conversations_list(types="public", limit=2)],
        lambda c: _collect(x.id async for x in c.conversations.conversations_list(types="public", limit=2)),
        base_url=httpserver.url_for(""),
        key="k",
    )
    assert results == [["C1", "C2", "C3"]] * 2
    assert [r.args.get("cursor") for r in _seen(httpserver)] == [None, "dXNlcjpVMDYx"] * 2


def test_a_token_that_repeats_ends_the_iteration(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["token"]
    _serve(httpserver, "/v1/instances", lambda request: _json({"instances": [{"name": "x"}], "nextPageToken": "same"}))
    with pkg.Client(base_url=httpserver.url_for(""), key="k", max_retries=0) as client:
        assert len(list(client.instances.list_instances())) == 2  # the first page, then the page of "same"
    assert [r.args.get("pageToken") for r in _seen(httpserver)] == [None, "same"]


# ---------------------------------------------------------------- offset/limit and page/per_page


def test_offset_limit_stops_at_the_total(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["offset"]

    def handler(request: Request) -> Response:
        offset, limit = int(request.args.get("offset", "0")), int(request.args.get("limit", "3"))
        ids = list(range(offset, min(offset + limit, 7)))
        return _json({"success": True, "items": [{"id": i} for i in ids], "total": 7})

    _serve(httpserver, "/items", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [i.id for i in c.items.list_items(q="z", limit=3, deadline=30)],
        lambda c: _collect(i.id async for i in c.items.list_items(q="z", limit=3, deadline=30)),
        base_url=httpserver.url_for(""),
        key="key",
    )
    assert results == [list(range(7))] * 2
    seen = _seen(httpserver)
    assert [r.args.get("offset") for r in seen] == [None, "3", "6"] * 2  # no request past the total
    assert all(r.args["q"] == "z" and r.args["limit"] == "3" and r.headers["x-api-key"] == "key" for r in seen)


def test_offset_without_a_limit_uses_the_first_page_size_and_stops_at_a_short_page(
    clients: dict[str, ModuleType], httpserver: HTTPServer
) -> None:
    pkg = clients["offset"]

    def handler(request: Request) -> Response:
        offset = int(request.args.get("offset", "0"))
        return _json([f"line {i}" for i in range(offset, min(offset + 4, 10))])  # the server's page size is 4

    _serve(httpserver, "/logs", handler)
    results = _sync_and_async(
        pkg,
        lambda c: list(c.items.list_logs()),
        lambda c: _collect(c.items.list_logs()),
        base_url=httpserver.url_for(""),
        key="k",
    )
    assert results == [[f"line {i}" for i in range(10)]] * 2
    assert [r.args.get("offset") for r in _seen(httpserver)] == [None, "4", "8"] * 2


def test_page_number_stops_at_the_page_count(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["offset"]

    def handler(request: Request) -> Response:
        page = int(request.args.get("page", "1"))
        return _json({"orders": [{"number": page * 10 + i} for i in range(2)], "total_pages": 3})

    _serve(httpserver, "/orders", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [o.number for o in c.orders.list_orders(status="open", per_page=2)],
        lambda c: _collect(o.number async for o in c.orders.list_orders(status="open", per_page=2)),
        base_url=httpserver.url_for(""),
        key="k",
    )
    assert results == [[10, 11, 20, 21, 30, 31]] * 2
    seen = _seen(httpserver)
    assert [r.args.get("page") for r in seen] == [None, "2", "3"] * 2
    assert all(r.args["status"] == "open" and r.args["per_page"] == "2" for r in seen)


def test_page_number_from_a_given_page_stops_at_a_short_page(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["offset"]

    def handler(request: Request) -> Response:
        page = int(request.args["page"])
        return _json([{"number": page * 10 + i} for i in range(3 if page < 4 else 1)])

    _serve(httpserver, "/events", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [o.number for o in c.orders.list_events(page=2, page_size=3)],
        lambda c: _collect(o.number async for o in c.orders.list_events(page=2, page_size=3)),
        base_url=httpserver.url_for(""),
        key="k",
    )
    assert results == [[20, 21, 22, 30, 31, 32, 40]] * 2
    assert [r.args["page"] for r in _seen(httpserver)] == ["2", "3", "4"] * 2


def test_retries_apply_to_every_page(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["offset"]
    failures = {"3": 1}

    def handler(request: Request) -> Response:
        offset = request.args.get("offset", "0")
        if failures.get(offset):
            failures[offset] -= 1
            return Response("busy", status=503, headers={"Retry-After": "0"})
        start = int(offset)
        return _json({"success": True, "items": [{"id": i} for i in range(start, min(start + 3, 5))], "total": 5})

    _serve(httpserver, "/items", handler)
    with pkg.Client(base_url=httpserver.url_for(""), key="k", max_retries=1) as client:
        assert [i.id for i in client.items.list_items(limit=3)] == [0, 1, 2, 3, 4]
    assert [r.args.get("offset") for r in _seen(httpserver)] == [None, "3", "3"]


def test_an_error_on_a_later_page_raises_from_the_iteration(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["offset"]

    def handler(request: Request) -> Response:
        if request.args.get("offset"):
            return Response("{}", status=404, content_type="application/json")
        return _json({"success": True, "items": [{"id": 1}, {"id": 2}], "total": 9})

    _serve(httpserver, "/items", handler)
    with pkg.Client(base_url=httpserver.url_for(""), key="k", max_retries=0) as client:
        seen = []
        with pytest.raises(pkg.NotFoundError):
            for item in client.items.list_items(limit=2):
                seen.append(item.id)
        assert seen == [1, 2]


# ---------------------------------------------------------------- x-speakeasy-pagination, x-fern-pagination


def test_speakeasy_offset_limit_with_pages(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["extensions"]

    def handler(request: Request) -> Response:
        page = int(request.args.get("pg", "1"))
        return _json({"result": {"pets": [{"id": f"p{page}{i}"} for i in range(2)], "pageCount": 2}})

    _serve(httpserver, "/pets", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [p.id for p in c.pets.list_pets(take=2)],
        lambda c: _collect(p.id async for p in c.pets.list_pets(take=2)),
        base_url=httpserver.url_for(""),
    )
    assert results == [["p10", "p11", "p20", "p21"]] * 2
    assert [(r.args.get("pg"), r.args["take"]) for r in _seen(httpserver)] == [(None, "2"), ("2", "2")] * 2


def test_fern_cursor_on_a_post_keeps_the_body(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["extensions"]

    def handler(request: Request) -> Response:
        start = request.args.get("from")
        nxt = {None: "c2", "c2": None}[start]
        return _json({"result": {"pets": [{"id": f"{start}"}]}, "continuation": nxt})

    _serve(httpserver, "/pets/search", handler, method="POST")
    results = _sync_and_async(
        pkg,
        lambda c: [p.id for p in c.pets.search_pets(body={"species": "cat"})],
        lambda c: _collect(p.id async for p in c.pets.search_pets(body={"species": "cat"})),
        base_url=httpserver.url_for(""),
    )
    assert results == [["None", "c2"]] * 2
    seen = _seen(httpserver)
    assert [r.args.get("from") for r in seen] == [None, "c2"] * 2
    assert all(json.loads(r.data) == {"species": "cat"} and r.headers["Content-Type"] == "application/json" for r in seen)


def test_speakeasy_url_from_the_body(clients: dict[str, ModuleType], httpserver: HTTPServer) -> None:
    pkg = clients["extensions"]

    def handler(request: Request) -> Response:
        after = request.args.get("after")
        nxt = {None: "/feed?after=a1", "a1": httpserver.url_for("/feed") + "?after=a2", "a2": None}[after]
        return _json({"entries": [{"id": str(after)}], "links": {"next": nxt}})

    _serve(httpserver, "/feed", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [p.id for p in c.pets.list_feed(extra_headers={"X-A": "1"})],
        lambda c: _collect(p.id async for p in c.pets.list_feed(extra_headers={"X-A": "1"})),
        base_url=httpserver.url_for(""),
    )
    assert results == [["None", "a1", "a2"]] * 2  # a relative URL is relative to the request's
    assert all(r.headers["X-A"] == "1" for r in _seen(httpserver))


def test_an_extension_that_cannot_be_followed_is_a_warning_and_a_plain_return(clients: dict[str, ModuleType]) -> None:
    result = build(PAGINATION / "extensions.yaml", "p", formatted=False)
    warnings = [d for d in result.diagnostics if "x-speakeasy-pagination" in d.message]
    assert len(warnings) == 1 and warnings[0].pointer == "/paths/~1pets~1broken/get/x-speakeasy-pagination"
    assert "request body" in warnings[0].message
    source = result.files["p/api/pets.py"]
    assert "def broken_pets(" in source and "-> models.PetResults:" in source


# ---------------------------------------------------------------- recognition: what is and is not paginated


def _recognised(spec: Path, settings: pagination_settings.Settings = pagination_settings.DEFAULT) -> dict[str, tuple[str | None, str]]:
    loader = Loader()
    api, _, _ = load_api(spec, loader=loader, pagination=settings)
    models = {m.key: m for m in api.models}
    raw = loader.load(spec).data
    return {
        op.operation_id: (op.pagination.kind if op.pagination else None,
                          pagination.explain(op, models, raw, settings)[1])
        for op in api.operations
    }


def test_ambiguous_patterns_keep_the_plain_return_type(clients: dict[str, ModuleType]) -> None:
    found = _recognised(PAGINATION / "ambiguous.yaml")
    assert {op: kind for op, (kind, _) in found.items()} == dict.fromkeys(
        ["listTwoArrays", "listBoth", "listNoNext", "listCustom"]
    )
    assert "several arrays" in found["listTwoArrays"][1]
    assert "ambiguous" in found["listBoth"][1] and "token" in found["listBoth"][1] and "offset" in found["listBoth"][1]
    assert "no next-token field" in found["listNoNext"][1]
    pkg = clients["ambiguous"]
    with pkg.Client(base_url="http://127.0.0.1:9") as client:
        annotation = type(client.both).list_both.__annotations__["return"]
    assert annotation == "models.Both"  # through the lazy models package (get_type_hints resolves it)


def test_every_feature_spec_is_recognised_as_the_spec_says(clients: dict[str, ModuleType]) -> None:
    kinds = {}
    for name in ("link", "cursor", "token", "offset", "extensions"):
        kinds.update({op: kind for op, (kind, _) in _recognised(PAGINATION / f"{name}.yaml").items()})
    assert kinds == {
        "listRepos": "link", "searchRepos": "link", "GetCustomers": "cursor", "listInstances": "token",
        "conversationsList": "token", "listItems": "offset", "listLogs": "offset", "listOrders": "page",
        "listEvents": "page", "listPets": "page", "searchPets": "token", "brokenPets": None, "listFeed": "link",
    }


def test_configuration_table_adds_switches_off_and_disables(tmp_path: Path, httpserver: HTTPServer) -> None:
    spec = PAGINATION / "ambiguous.yaml"
    settings = pagination_settings.settings_from_config(
        {"listCustom": {"kind": "offset", "param": "skip", "size_param": "take"}, "listT*": False}, "pyproject.toml"
    )
    found = _recognised(spec, settings)
    assert found["listCustom"][0] == "offset" and "configured" in found["listCustom"][1]
    assert found["listTwoArrays"] == (None, "switched off by the configuration ('listT*' = false)")
    unused = pagination_settings.settings_from_config({"listNothing": False}, "x")
    assert [d.message for d in load_api(spec, pagination=unused)[1]] == ["pagination.listNothing matches no operationId"]
    off = _recognised(PAGINATION / "cursor.yaml", pagination_settings.settings_from_config(False, "x"))
    assert off["GetCustomers"][0] is None
    # The configured operation pages, live.
    generate(spec, tmp_path / "c", "paged_configured", pagination=settings)
    pkg = import_fresh(tmp_path / "c", "paged_configured")

    def handler(request: Request) -> Response:
        skip = int(request.args.get("skip", "0"))
        return _json({"things": [{"id": str(i)} for i in range(skip, min(skip + 2, 3))]})

    _serve(httpserver, "/custom", handler)
    results = _sync_and_async(
        pkg,
        lambda c: [t.id for t in c.custom.list_custom(take=2)],
        lambda c: _collect(t.id async for t in c.custom.list_custom(take=2)),
        base_url=httpserver.url_for(""),
    )
    assert results == [["0", "1", "2"]] * 2
    assert [r.args.get("skip") for r in _seen(httpserver)] == [None, "2"] * 2


@pytest.mark.parametrize(
    "value, message",
    [
        ("yes", "must be false or a table"),
        ({"op": {"kind": "scroll"}}, "kind must be one of"),
        ({"op": {"kind": "offset", "parm": "x"}}, "unknown key 'parm'"),
        ({"op": 3}, "must be false or a table"),
    ],
)
def test_a_bad_pagination_table_is_a_located_error(value: Any, message: str) -> None:
    with pytest.raises(GenerationError) as caught:
        pagination_settings.settings_from_config(value, "pyproject.toml")
    assert message in str(caught.value) and "pyproject.toml" in str(caught.value)


def test_pyproject_pagination_table_reaches_the_cli(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(textwrap.dedent(f"""
        [tool.clientgen]
        spec = "{PAGINATION / 'ambiguous.yaml'}"
        output = "out"
        package = "cfg_client"

        [tool.clientgen.pagination]
        listCustom = {{ kind = "offset", param = "skip", size-param = "take" }}
    """))
    done = subprocess.run([sys.executable, "-m", "clientgen", "generate", "-q"], cwd=tmp_path, capture_output=True,
                          text=True, check=False, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "out" / "cfg_client" / "api" / "custom.py").read_text()
    assert 'pg.Paging("offset", items=("things",), param="skip", size_param="take")' in text
    shown = subprocess.run([sys.executable, "-m", "clientgen", "inspect", "--pagination", str(PAGINATION / "ambiguous.yaml")],
                           cwd=tmp_path, capture_output=True, text=True, check=False,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert shown.returncode == 0, shown.stderr
    assert "listCustom" in shown.stdout and "configured" in shown.stdout  # inspect reads the same configuration
    assert "listBoth" in shown.stdout and "ambiguous" in shown.stdout


# ---------------------------------------------------------------- the generated code type-checks


def test_generated_pages_pass_mypy_strict(tmp_path: Path) -> None:
    names = ("link", "cursor", "offset", "extensions")
    for name in names:  # each in a folder of its own: a folder's manifest is of one generation
        generate(PAGINATION / f"{name}.yaml", tmp_path / name, f"paged_{name}")
    mypy_path = ":".join(str(tmp_path / name) for name in names)
    (tmp_path / "use_pages.py").write_text(textwrap.dedent("""
        import asyncio
        from paged_link import Client, AsyncClient
        from paged_link.models import Repo
        from paged_cursor import Client as CursorClient
        from paged_cursor.models import Customer, CustomerList

        def sync_use() -> list[str]:
            with Client(token="t") as client:
                names: list[str] = [repo.name for repo in client.repos.list_repos(per_page=5)]
                page = client.repos.list_repos()
                first: list[Repo] = page.items
                if page.has_next_page():
                    first += page.get_next_page().items
            with CursorClient(basic=("u", "p")) as cursor:
                listing = cursor.customers.get_customers(limit=3)
                response: CustomerList = listing.response
                ids: list[str] = [c.id for p in listing.iter_pages() for c in p.items]
                one: Customer = next(iter(listing))
            return names + ids + [repo.name for repo in first] + [response.url, one.id]

        async def async_use() -> list[int]:
            async with AsyncClient(token="t") as client:
                ids = [repo.id async for repo in client.repos.list_repos()]
                page = await client.repos.list_repos()
                more = await page.get_next_page()
                ids += [r.id for r in more.items]
                async for p in client.repos.list_repos().iter_pages():
                    ids += [r.id for r in p.items]
            return ids
    """))
    done = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
                           "-m", "use_pages", "-p", "paged_link", "-p", "paged_cursor", "-p", "paged_offset",
                           "-p", "paged_extensions"],
                          cwd=tmp_path, capture_output=True, text=True, check=False,
                          env={**os.environ, "MYPYPATH": mypy_path})
    assert done.returncode == 0, done.stdout + done.stderr
    bad = tmp_path / "bad_use.py"
    bad.write_text("from paged_link import Client\nx: list[str] = list(Client().repos.list_repos())\n")
    failed = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null",
                             "bad_use.py"], cwd=tmp_path, capture_output=True, text=True, check=False,
                            env={**os.environ, "MYPYPATH": mypy_path})
    assert failed.returncode == 1 and "list[Repo]" in failed.stdout  # the items are typed: Repo is not str


# ---------------------------------------------------------------- the committed Edge Impulse client


def test_edge_impulse_limit_offset_lists_iterate(ei: ModuleType, httpserver: HTTPServer) -> None:
    """The committed client's whitelabel project list pages by limit/offset and stops at `total` (from the spec:
    AdminListProjects has `total` and `projects`)."""
    projects = [{"id": i, "name": f"p{i}", "owner": "o"} for i in range(5)]

    def handler(request: Request) -> Response:
        offset, limit = int(request.args.get("offset", "0")), int(request.args["limit"])
        return _json({"success": True, "total": 5, "projects": projects[offset:offset + limit]})

    _serve(httpserver, "/v1/api/organizations/7/whitelabel/projects", handler)
    results = _sync_and_async(
        ei,
        lambda c: [p.name for p in c.organizations.whitelabel_admin_get_projects(organization_id=7, limit=2, search="x")],
        lambda c: _collect(
            p.name async for p in c.organizations.whitelabel_admin_get_projects(organization_id=7, limit=2, search="x")
        ),
        base_url=httpserver.url_for("/v1"),
        api_key_authentication="ei_key",
    )
    assert results == [[f"p{i}" for i in range(5)]] * 2
    seen = _seen(httpserver)
    assert [r.args.get("offset") for r in seen] == [None, "2", "4"] * 2
    assert all(r.args["search"] == "x" and r.args["limit"] == "2" and r.headers["x-api-key"] == "ei_key" for r in seen)


def test_edge_impulse_data_list_stops_at_a_short_page(ei: ModuleType, httpserver: HTTPServer) -> None:
    """listOrganizationData has no total: the iteration ends at the first page shorter than `limit`."""
    item = {"bucketId": 1, "bucketName": "b", "bucketPath": "/", "fullBucketPath": "/b", "dataset": "d",
            "totalFileCount": 1, "totalFileSize": 1, "created": "2024-01-01T00:00:00Z", "metadata": {},
            "metadataStringForCLI": ""}

    def handler(request: Request) -> Response:
        offset = int(request.args.get("offset", "0"))
        ids = range(offset, min(offset + 3, 7))
        return _json({"success": True, "data": [{**item, "id": i, "name": f"d{i}"} for i in ids]})

    _serve(httpserver, "/v1/api/organizations/7/data", handler)
    with ei.Client(base_url=httpserver.url_for("/v1"), api_key_authentication="k", max_retries=0) as client:
        assert [d.id for d in client.organization_data.list_organization_data(organization_id=7, limit=3)] == list(range(7))
    assert [r.args.get("offset") for r in _seen(httpserver)] == [None, "3", "6"]


# ---------------------------------------------------------------- the measurement scripts still run


def test_benchmark_scripts_run() -> None:
    """benchmarks/pagination_throughput.py and pagination_census.py work (on small inputs; no timing is asserted)."""
    done = subprocess.run([sys.executable, "benchmarks/pagination_throughput.py", "--items", "250", "--page-size", "100",
                           "--repeat", "1"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith(("| sync", "| async"))]
    assert len(rows) == 6 and all(" | 100 | 3 | " in row for row in rows)
    done = subprocess.run([sys.executable, "benchmarks/pagination_census.py", str(PAGINATION / "cursor.yaml"),
                           str(PAGINATION / "ambiguous.yaml")], cwd=ROOT, capture_output=True, text=True, check=False,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "| 1 | 1 | 1 | 1 | 0 | 1 | 0 | 0 | 0 | 0 | 0 |" in done.stdout  # cursor.yaml: GetCustomers
    assert "listBoth: ambiguous" in done.stdout


def test_regeneration_takes_the_pages_of_unchanged_operations_from_the_memo(tmp_path: Path) -> None:
    """The pagination pass runs again only for the operations the resolution made again; the others come from the
    previous run with their warnings, and the result is the same as a fresh generation's."""
    import yaml

    from clientgen.memo import Memo

    spec_path = tmp_path / "extensions.yaml"
    spec = yaml.safe_load((SPECS / "pagination" / "extensions.yaml").read_text())
    spec_path.write_text(yaml.safe_dump(spec))
    first = build(spec_path, "p", memo=Memo())
    assert first.memo is not None and {"listFeed", "listPets", "searchPets"} <= set(first.memo.pages)
    spec["paths"]["/pets"]["get"]["summary"] = "Every pet, page by page"  # one operation changes
    spec_path.write_text(yaml.safe_dump(spec))
    again = build(spec_path, "p", memo=first.memo)
    fresh = build(spec_path, "p", memo=Memo())
    assert again.files == fresh.files
    assert [d.render() for d in again.diagnostics] == [d.render() for d in fresh.diagnostics]
    assert any("x-speakeasy-pagination is not followed" in d.message for d in again.diagnostics)
    pages = first.memo.pages
    taken = {op.operation_id for op in again.api.operations if op is pages.get(op.operation_id, (None,))[0]}
    assert taken == {"listFeed", "searchPets", "brokenPets"}  # listPets was resolved again; brokenPets's warning
