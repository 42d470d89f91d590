"""Patterns of real published specs that our first specs never had (tests/specs/patterns/), each live on 127.0.0.1.

Each spec reproduces one pattern found in public APIs, described in README.md ("Patterns of real specs"). The
expectations come from the spec's text and from what goes over the wire, never from the generator's model.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from clientgen.pipeline import build

from .conftest import SPECS, generate, import_fresh, run_mypy

PATTERNS = SPECS / "patterns"


def _client(tmp_path: Path, name: str, spec: Path | None = None) -> ModuleType:
    package = f"pattern_{name}"
    generate(spec or PATTERNS / f"{name}.yaml", tmp_path / name, package)
    return import_fresh(tmp_path / name, package)


def _both(pkg: ModuleType, call: Any, **client_kwargs: Any) -> list[Any]:
    """`call(client)` with a sync and with an async client: both results."""
    with pkg.Client(max_retries=0, **client_kwargs) as client:
        sync_result = call(client)

    async def go() -> Any:
        async with pkg.AsyncClient(max_retries=0, **client_kwargs) as client:
            return await call(client)

    return [sync_result, asyncio.run(go())]


def _messages(spec: Path) -> list[str]:
    return [f"{d.pointer}: {d.message}" for d in build(spec, "p", formatted=False).diagnostics]


# ---------------------------------------------------------------- an allOf that only annotates a $ref


def test_annotated_ref_is_the_referenced_class_and_keeps_its_nullability(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "annotated_ref")
    models = import_fresh(tmp_path / "annotated_ref", "pattern_annotated_ref.models")
    # The spec has five component schemas; only `extended` adds properties of its own. No copies of Owner or
    # FileMini, and the alias TaskAlias is Task itself.
    generated = sorted(p.stem for p in (tmp_path / "annotated_ref" / "pattern_annotated_ref" / "models").glob("*.py"))
    assert generated == ["__init__", "file_mini", "owner", "task", "task_extended"]
    task_json = {"id": "t1", "owner": None, "item": {"id": "f1", "name": "a.wav"}, "reviewer": None}
    httpserver.expect_request("/tasks/t1").respond_with_json(task_json)
    for task in _both(pkg, lambda c: c.tasks.get_task(id="t1"), base_url=httpserver.url_for("")):
        assert task.owner is None  # Owner is `nullable: true`: a valid null is read, not refused
        assert type(task.item) is models.FileMini
        assert task.reviewer is None  # nullable through an annotation member
        assert task.to_dict() == task_json


def test_annotated_ref_field_docs_come_from_the_annotations(tmp_path: Path) -> None:
    _client(tmp_path, "annotated_ref")
    text = (tmp_path / "annotated_ref" / "pattern_annotated_ref" / "models" / "task.py").read_text()
    assert "item (FileMini, optional): The file the task works on." in text
    assert "owner (Owner | None, optional): The owner of the task; null when it was deleted." in text
    assert "reviewer (FileMini | None, optional): Deprecated." in text


# ---------------------------------------------------------------- $ref fragments are percent-encoded URIs


def test_percent_encoded_ref_fragments_resolve(tmp_path: Path, httpserver: HTTPServer) -> None:
    assert _messages(PATTERNS / "ref_uri_fragment.yaml") == []
    pkg = _client(tmp_path, "ref_uri_fragment")
    httpserver.expect_request("/things/5/parts", query_string="filter=red").respond_with_json([{"id": 1}])
    for parts in _both(pkg, lambda c: c.things.list_parts(thing_id=5, filter="red"), base_url=httpserver.url_for("")):
        assert [p.id for p in parts] == [1]
        assert type(parts[0]).__name__ == "ThingRecord"


# ---------------------------------------------------------------- operation and path servers


def _servers_spec(tmp_path: Path, port: int) -> Path:
    """The feature spec with its upload server on this machine: its variables are kept, their defaults changed."""
    spec = yaml.safe_load((PATTERNS / "operation_servers.yaml").read_text())
    upload = spec["paths"]["/files"]["post"]["servers"][0]
    upload["url"] = "http://{host}:{port}/{base}"
    upload["variables"] = {"host": {"default": "127.0.0.1"}, "port": {"default": str(port)}, "base": {"default": "up"}}
    path = tmp_path / "operation_servers.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def test_operation_servers_with_variables_are_used(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "operation_servers", _servers_spec(tmp_path, httpserver.port))
    httpserver.expect_request("/up/files", method="POST").respond_with_json({"name": "a.bin"}, status=201)
    httpserver.expect_request("/api/files", method="GET").respond_with_json(["a.bin"])
    httpserver.expect_request("/mirror-api/mirror", method="GET").respond_with_data(status=204)
    base_url = httpserver.url_for("/api")

    def calls(client: Any) -> Any:
        if isinstance(client, pkg.AsyncClient):
            async def go() -> Any:
                stored = await client.files.upload_file(body=b"\x00\x01")
                return stored, await client.files.list_files(), await client.mirror.get_mirror()
            return go()
        return client.files.upload_file(body=b"\x00\x01"), client.files.list_files(), client.mirror.get_mirror()

    for stored, listed, mirrored in _both(pkg, calls, base_url=base_url, token="t-1"):
        assert stored.name == "a.bin" and listed == ["a.bin"] and mirrored is None
    paths = [(r.method, r.path) for r, _ in httpserver.log]
    assert paths == [("POST", "/up/files"), ("GET", "/api/files"), ("GET", "/mirror-api/mirror")] * 2
    # The upload host needs the credentials as much as the main one.
    assert all(r.headers.get("Authorization") == "Bearer t-1" for r, _ in httpserver.log)


def test_server_urls_replace_an_operation_server(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "operation_servers")
    httpserver.expect_request("/auth/oauth/token", method="POST").respond_with_json({"access_token": "x"})
    server_urls = {"https://auth.example.com": httpserver.url_for("/auth")}
    for token in _both(pkg, lambda c: c.oauth.create_token(), base_url=httpserver.url_for("/api"), server_urls=server_urls):
        assert token.access_token == "x"
    assert all("Authorization" not in r.headers for r, _ in httpserver.log)  # `security: []`


# ---------------------------------------------------------------- wildcard media types with a JSON schema


def test_wildcard_response_asks_for_json_and_reads_the_model(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "wildcard_media")
    httpserver.expect_request("/pets/1").respond_with_json({"id": 1, "name": "Rex"})
    # A server that labels its JSON as something else is why specs say */*: still read as JSON.
    httpserver.expect_request("/pets/2").respond_with_data('{"id": 2, "name": "Tom"}', content_type="text/plain")
    base_url = httpserver.url_for("")
    for pet in _both(pkg, lambda c: c.pets.get_pet(id=1), base_url=base_url):
        assert (type(pet).__name__, pet.id, pet.name) == ("Pet", 1, "Rex")
    for pet in _both(pkg, lambda c: c.pets.get_pet(id=2), base_url=base_url):
        assert (pet.id, pet.name) == (2, "Tom")
    accept = {r.headers["Accept"] for r, _ in httpserver.log}
    assert len(accept) == 1
    first, *rest = [part.strip() for part in accept.pop().split(",")]
    assert first == "application/json" and rest and rest[0].startswith("*/*;q=")


def test_wildcard_request_body_is_sent_as_json(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "wildcard_media")
    httpserver.expect_request("/pets", method="POST").respond_with_json({"id": 3, "name": "Kit"})
    for pet in _both(pkg, lambda c: c.pets.create_pet(body={"id": 3, "name": "Kit"}), base_url=httpserver.url_for("")):
        assert pet.name == "Kit"
    for request, _ in httpserver.log:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.get_data()) == {"id": 3, "name": "Kit"}


def test_wildcard_string_reads_json_or_text_and_binary_stays_bytes(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "wildcard_media")
    base_url = httpserver.url_for("")
    httpserver.expect_request("/greeting").respond_with_data("hello", content_type="text/plain")
    assert _both(pkg, lambda c: c.greeting.get_greeting(), base_url=base_url) == ["hello", "hello"]
    httpserver.clear()
    httpserver.expect_request("/greeting").respond_with_json("hi")
    assert _both(pkg, lambda c: c.greeting.get_greeting(), base_url=base_url) == ["hi", "hi"]
    httpserver.expect_request("/blob").respond_with_data(b"\x89PNG", content_type="image/png")
    assert _both(pkg, lambda c: c.blob.get_blob(), base_url=base_url) == [b"\x89PNG", b"\x89PNG"]


def test_wildcard_model_refuses_text_that_is_not_the_model(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "wildcard_media")
    httpserver.expect_request("/pets/9").respond_with_data("<html>oops</html>", content_type="text/html")
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client, pytest.raises(
        pkg.APIResponseValidationError
    ):
        client.pets.get_pet(id=9)


# ---------------------------------------------------------------- redirect-only operations


def test_redirect_only_operation_returns_the_location_unfollowed(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "redirect_only")
    httpserver.expect_request("/reports/usage", query_string="month=2026-11").respond_with_response(
        Response(status=302, headers={"Location": "/files/usage-2026-11.csv"})
    )
    httpserver.expect_request("/reports/usage", query_string="month=2026-10").respond_with_response(
        Response(status=302, headers={"Location": "https://cdn.example.com/u.csv?sig=abc"})
    )
    base_url = httpserver.url_for("")
    near = _both(pkg, lambda c: c.reports.download_usage_report(month="2026-11"), base_url=base_url, api_key="k")
    far = _both(pkg, lambda c: c.reports.download_usage_report(month="2026-10"), base_url=base_url, api_key="k")
    assert near == [httpserver.url_for("/files/usage-2026-11.csv")] * 2
    assert far == ["https://cdn.example.com/u.csv?sig=abc"] * 2
    assert [r.path for r, _ in httpserver.log] == ["/reports/usage"] * 4  # never followed


def test_redirect_only_operation_raises_documented_errors(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "redirect_only")
    httpserver.expect_request("/reports/usage").respond_with_data("", status=404)
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client, pytest.raises(pkg.NotFoundError):
        client.reports.download_usage_report(month="1999-01")


def test_operation_with_a_success_body_still_follows_redirects(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "redirect_only")
    httpserver.expect_request("/reports/latest").respond_with_response(
        Response(status=307, headers={"Location": "/reports/2026-11"})
    )
    httpserver.expect_request("/reports/2026-11").respond_with_json({"rows": 7})
    for report in _both(pkg, lambda c: c.reports.get_latest_report(), base_url=httpserver.url_for("")):
        assert report.rows == 7


# ---------------------------------------------------------------- security naming an undeclared scheme


def test_undeclared_scheme_is_a_located_warning(tmp_path: Path) -> None:
    messages = _messages(PATTERNS / "undeclared_security.yaml")
    assert any(m.startswith("/paths/~1widgets/get/security/0/oauth_undeclared: ") for m in messages), messages
    assert any(m.startswith("/paths/~1widgets/post/security/0/legacyToken: ") for m in messages), messages
    strict = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(PATTERNS / "undeclared_security.yaml"),
         "-o", str(tmp_path / "out"), "--strict"],
        capture_output=True, text=True, check=False,
    )
    assert strict.returncode == 2 and "oauth_undeclared" in strict.stderr
    assert not (tmp_path / "out").exists()


def test_undeclared_scheme_falls_back_so_the_key_is_still_sent(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "undeclared_security")
    httpserver.expect_request("/widgets", method="GET").respond_with_json(["w"])
    httpserver.expect_request("/widgets", method="POST").respond_with_data(status=204)
    httpserver.expect_request("/health").respond_with_data(status=204)

    def calls(client: Any) -> Any:
        if isinstance(client, pkg.AsyncClient):
            async def go() -> Any:
                return [await client.widgets.list_widgets(), await client.widgets.create_widget(),
                        await client.health.get_health()]
            return go()
        return [client.widgets.list_widgets(), client.widgets.create_widget(), client.health.get_health()]

    for results in _both(pkg, calls, base_url=httpserver.url_for(""), api_key="secret"):
        assert results == [["w"], None, None]
    sent = [(r.method, r.path, r.headers.get("X-Api-Key")) for r, _ in httpserver.log]
    assert sent == [("GET", "/widgets", "secret"), ("POST", "/widgets", "secret"), ("GET", "/health", None)] * 2


# ---------------------------------------------------------------- duplicate operationIds


def _reordered(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _reordered(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reordered(v) for v in node]
    return node


def test_duplicate_operation_ids_are_named_apart_whatever_the_key_order(tmp_path: Path, httpserver: HTTPServer) -> None:
    spec = PATTERNS / "duplicate_operation_ids.yaml"
    messages = _messages(spec)
    assert len(messages) == 2
    for pointer in ("/paths/~1v2~1users~1{id}/get/operationId", "/paths/~1v2~1users~1{id}/delete/operationId"):
        [message] = [m for m in messages if m.startswith(pointer + ": ")]
        assert "#/paths/~1v1~1users~1{id}/get" in message  # the other location is named too
    reversed_spec = tmp_path / "reversed.yaml"
    reversed_spec.write_text(yaml.safe_dump(_reordered(yaml.safe_load(spec.read_text())), sort_keys=False))
    assert build(reversed_spec, "p").files == build(spec, "p").files

    pkg = _client(tmp_path, "duplicate_operation_ids")
    httpserver.expect_request("/v1/users/u", method="GET").respond_with_json({"v1": True})
    httpserver.expect_request("/v2/users/u", method="GET").respond_with_json({"v2": True})
    httpserver.expect_request("/v2/users/u", method="DELETE").respond_with_data(status=204)
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client:
        assert client.users.get_user(id="u").v1 is True
        assert client.users.get_user_2(id="u").v2 is True
        assert client.users.get_user_3(id="u") is None
    assert [(r.method, r.path) for r, _ in httpserver.log] == [
        ("GET", "/v1/users/u"), ("GET", "/v2/users/u"), ("DELETE", "/v2/users/u")
    ]


def test_duplicate_operation_ids_refused_in_strict_mode(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(PATTERNS / "duplicate_operation_ids.yaml"),
         "-o", str(tmp_path / "out"), "--strict"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2 and "getUser" in result.stderr and "Traceback" not in result.stderr


# ---------------------------------------------------------------- required but undeclared properties


def test_required_undeclared_property_gets_a_keyword(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "undeclared_required")
    models = import_fresh(tmp_path / "undeclared_required", "pattern_undeclared_required.models")
    assert any("'inputBlock'" in m for m in _messages(PATTERNS / "undeclared_required.yaml"))
    sent = {"name": "imp", "inputBlock": {"type": "time-series", "windowSizeMs": 1000}}
    httpserver.expect_request("/impulses", method="POST").respond_with_json(sent)
    body = models.Impulse(name="imp", input_block={"type": "time-series", "windowSizeMs": 1000})
    for impulse in _both(pkg, lambda c: c.impulses.create_impulse(body=body), base_url=httpserver.url_for("")):
        assert impulse.input_block == sent["inputBlock"]
    assert [json.loads(r.get_data()) for r, _ in httpserver.log] == [sent, sent]
    with pytest.raises(TypeError):
        models.Impulse(name="imp")  # the spec says it is required


# ---------------------------------------------------------------- binary strings in JSON


def test_binary_string_in_json_is_a_string_and_type_checks(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "binary_in_json")
    assert run_mypy(tmp_path / "binary_in_json", "pattern_binary_in_json").returncode == 0
    snippet = tmp_path / "binary_in_json" / "use.py"
    snippet.write_text(
        "from pattern_binary_in_json import Client\n"
        "def content(client: Client) -> str:\n"
        "    return client.attachments.get_attachment(id='a').content + client.attachments.get_attachment_content(id='a')\n"
    )
    checked = subprocess.run([sys.executable, "-m", "mypy", "--strict", "use.py"], cwd=snippet.parent,
                             capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout
    attachment = {"name": "a.txt", "content": "raw text", "chunks": ["ab", "cd"]}
    httpserver.expect_request("/attachments/a").respond_with_json(attachment)
    httpserver.expect_request("/attachments/a/raw").respond_with_json("raw text")
    for got in _both(pkg, lambda c: c.attachments.get_attachment(id="a"), base_url=httpserver.url_for("")):
        assert (got.content, got.chunks) == ("raw text", ["ab", "cd"]) and got.to_dict() == attachment
    assert _both(pkg, lambda c: c.attachments.get_attachment_content(id="a"), base_url=httpserver.url_for("")) == [
        "raw text"
    ] * 2


def test_binary_string_of_a_multipart_body_is_still_a_file(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "binary_in_json")
    httpserver.expect_request("/attachments", method="POST").respond_with_json({"name": "f.bin", "content": "x"})
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client:
        client.attachments.upload_attachment(body={"file": ("f.bin", b"\x00\xff"), "note": "n"})
    request: Request = httpserver.log[0][0]
    assert request.files["file"].filename == "f.bin" and request.files["file"].read() == b"\x00\xff"
    assert request.form["note"] == "n"


# ---------------------------------------------------------------- names too long for a filesystem


def _sha(text: str) -> str:
    """The digest a shortened name ends in, as README.md describes it: 8 hex characters of SHA-256."""
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def _class_sha(schema: str) -> str:
    """The digest a shortened class name ends in: of its whole PascalCase name (`a.bC` -> `ABC`), capitalized."""
    return _sha("".join(part[:1].upper() + part[1:] for part in schema.split("."))).capitalize()


def _long_names() -> dict[str, str]:
    """The long names of tests/specs/patterns/long_names.yaml, read from its text."""
    spec = yaml.safe_load((PATTERNS / "long_names.yaml").read_text())
    [path] = [p for p in spec["paths"] if p.startswith("/device-reports/")]
    get, post = spec["paths"][path]["get"], spec["paths"][path]["post"]
    summary, details = sorted(spec["components"]["schemas"], key=lambda name: not name.endswith("Summary"))
    first, second = sorted(spec["components"]["schemas"][summary]["required"] * 2)[:1] + [
        name for name in spec["components"]["schemas"][summary]["properties"] if name.endswith("SecondDevice")
    ]
    query_first, query_second = (p["name"] for p in get["parameters"] if p["in"] == "query")
    return {
        "tag": spec["tags"][0]["name"], "get": get["operationId"], "post": post["operationId"],
        "summary": summary, "details": details, "first": first, "second": second,
        "id": spec["paths"][path]["parameters"][0]["name"], "query_first": query_first, "query_second": query_second,
    }


def _identifiers(root: Path) -> dict[str, str]:
    """Every identifier the generated code defines or uses, and a file it is in."""
    import ast

    found: dict[str, str] = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                names = [node.name]
            elif isinstance(node, ast.arg):
                names = [node.arg]
            elif isinstance(node, ast.Name):
                names = [node.id]
            elif isinstance(node, ast.Attribute):
                names = [node.attr]
            elif isinstance(node, ast.alias):
                names = [part for n in (node.name, node.asname) if n for part in n.split(".")]
            elif isinstance(node, ast.keyword) and node.arg:
                names = [node.arg]
            else:
                continue
            for name in names:
                found.setdefault(name, path.name)
    return found


def test_long_names_fit_any_filesystem(tmp_path: Path) -> None:
    from clientgen.naming import MAX_NAME

    names = _long_names()
    assert min(len(name) for name in names.values()) >= 210  # as long as Microsoft Graph beta's
    _client(tmp_path, "long_names")
    root = tmp_path / "long_names" / "pattern_long_names"
    parts = {part for path in root.rglob("*") for part in path.relative_to(root).parts}
    assert max(len(part.encode()) for part in parts) <= MAX_NAME + len(".py"), max(parts, key=len)
    identifiers = _identifiers(root)
    too_long = {name: where for name, where in identifiers.items() if len(name) > MAX_NAME}
    assert not too_long, too_long
    # A shortened name: its words up to a word boundary, then the digest of the text it was made from, in its case.
    group = "device_management_managed_devices_windows_protection_" + _sha(names["tag"])
    assert (root / "api" / f"{group}.py").is_file()
    assert "DeviceManagementManagedDevicesWindowsProtection" + _sha(names["tag"]).capitalize() + "Api" in identifiers
    assert "AsyncDeviceManagementManagedDevicesWindowsProtection" + _sha(names["tag"]).capitalize() + "Api" in (
        identifiers
    )
    # Two names that share their first 200 characters: two names, told apart by their digests.
    methods = {"device_management_managed_devices_windows_protection_" + _sha(names[op]) for op in ("get", "post")}
    assert len(methods) == 2 and methods <= set(identifiers)
    classes = {
        "MicrosoftGraphDeviceManagementManagedDevicesWindows" + _class_sha(names[s]) for s in ("summary", "details")
    }
    assert len(classes) == 2 and classes <= set(identifiers)
    # A class's module ends in the same digest, so that the two are found together.
    for schema in ("summary", "details"):
        module = f"microsoft_graph_device_management_managed_devices_{_class_sha(names[schema]).lower()}.py"
        assert (root / "models" / module).is_file()


def test_long_names_do_not_depend_on_the_order_of_the_document(tmp_path: Path) -> None:
    spec = PATTERNS / "long_names.yaml"
    reversed_spec = tmp_path / "reversed.yaml"
    reversed_spec.write_text(yaml.safe_dump(_reordered(yaml.safe_load(spec.read_text())), sort_keys=False))
    assert build(reversed_spec, "p").files == build(spec, "p").files


def test_long_names_keep_their_wire_names(tmp_path: Path, httpserver: HTTPServer) -> None:
    names = _long_names()
    pkg = _client(tmp_path, "long_names")
    group = "device_management_managed_devices_windows_protection_" + _sha(names["tag"])
    get = "device_management_managed_devices_windows_protection_" + _sha(names["get"])
    post = "device_management_managed_devices_windows_protection_" + _sha(names["post"])
    arg_id = "managed_device_windows_protection_state_detected_" + _sha(names["id"])
    field_first = "user_experience_analytics_app_health_application_" + _sha(names["first"])
    field_second = "user_experience_analytics_app_health_application_" + _sha(names["second"])
    details = getattr(pkg.models, "MicrosoftGraphDeviceManagementManagedDevicesWindows" + _class_sha(names["details"]))
    details_json = {names["first"]: 7, names["second"]: {"leaf": "x"}}
    summary_json = {names["first"]: "2026-01-01", names["second"]: "2026-01-02", "details": details_json}
    httpserver.expect_request("/device-reports/dev1", method="GET").respond_with_json(summary_json)
    httpserver.expect_request("/device-reports/dev1", method="POST", json=details_json).respond_with_json(details_json)
    # The path and the header parameter have the same name: the arguments are told apart by where they go.
    query = {
        "filter_user_experience_analytics_app_health_application_" + _sha(names["query_first"]): "a",
        "filter_user_experience_analytics_app_health_application_" + _sha(names["query_second"]): 5,
    }
    for summary in _both(
        pkg,
        lambda c: getattr(getattr(c, group), get)(**{f"{arg_id}_path": "dev1", f"{arg_id}_header": "h"}, **query),
        base_url=httpserver.url_for(""),
    ):
        assert getattr(summary, field_first) == "2026-01-01" and getattr(summary, field_second) == "2026-01-02"
        assert getattr(summary.details, field_first) == 7 and getattr(summary.details, field_second).leaf == "x"
        assert summary.to_dict() == summary_json and type(summary).from_dict(summary.to_dict()) == summary
    for request, _ in httpserver.log:
        assert request.path == "/device-reports/dev1"
        assert dict(request.args) == {names["query_first"]: "a", names["query_second"]: "5"}
        assert request.headers[names["id"]] == "h"
    body = details.from_dict(details_json)
    built = details(**{field_first: 7, field_second: getattr(body, field_second)})
    for sent in (body, built, details_json):  # a model read, a model built with the short names, a plain dict
        def store(c: Any, sent: Any = sent) -> Any:
            return getattr(getattr(c, group), post)(**{arg_id: "dev1"}, body=sent)

        for stored in _both(pkg, store, base_url=httpserver.url_for("")):
            assert stored == body and stored.to_dict() == details_json
    assert [json.loads(r.get_data()) for r, _ in httpserver.log if r.method == "POST"] == [details_json] * 6


def test_azure_nested_inline_schemas_are_named_within_the_limit(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "long_names")
    pools = [{"backendIpConfigurationsEntry": []}]
    leaf = {"loadBalancingRulesCollection": [{"loadBalancerBackendAddressPools": pools}]}
    httpserver.expect_request("/application-gateways/g/backend-address-pools/p/health").respond_with_json(leaf)
    method = "application_gateways_get_backend_address_pool_health_" + _sha(
        "applicationGatewaysGetBackendAddressPoolHealthWithExpandedConfigurationAndRules"
    )
    for health in _both(
        pkg,
        lambda c: getattr(c.application_gateways, method)(application_gateway_name="g", backend_address_pool_name="p"),
        base_url=httpserver.url_for(""),
    ):
        assert health.to_dict() == leaf
        assert health.load_balancing_rules_collection[0].load_balancer_backend_address_pools[0].to_dict() == pools[0]


def test_a_name_the_filesystem_refuses_is_reported_with_the_file(tmp_path: Path) -> None:
    out = tmp_path / ("p" * 300)  # one name longer than the 255 bytes a filesystem allows
    result = subprocess.run(
        [sys.executable, "-m", "clientgen", "generate", str(PATTERNS / "redirect_only.yaml"), "-o", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert f"{'p' * 300}: error: cannot write the output: File name too long (a name of 300 bytes" in result.stderr
    assert "hint: most filesystems allow 255 bytes in one name" in result.stderr
    assert not any(tmp_path.iterdir())


# ---------------------------------------------------------------- specs that contradict themselves


def test_array_with_properties_header_keywords_and_204_bodies(tmp_path: Path, httpserver: HTTPServer) -> None:
    messages = _messages(PATTERNS / "contradictions.yaml")
    assert any(m.startswith("/paths/~1jobs~1{id}/delete/responses/204/content: ") for m in messages), messages
    pkg = _client(tmp_path, "contradictions")
    jobs = [{"uuid": "j1", "title": "welder"}]
    httpserver.expect_request("/jobs", query_string="limit=5", headers={"Content-Type": "application/json"}).respond_with_json(jobs)
    httpserver.expect_request("/jobs/j1", method="DELETE").respond_with_data(status=204)

    def calls(client: Any) -> Any:
        if isinstance(client, pkg.AsyncClient):
            async def go() -> Any:
                listed = await client.jobs.list_jobs(limit=5, content_type_header="application/json", authorization="t")
                return listed, await client.jobs.delete_job(id="j1")
            return go()
        listed = client.jobs.list_jobs(limit=5, content_type_header="application/json", authorization="t")
        return listed, client.jobs.delete_job(id="j1")

    for listed, deleted in _both(pkg, calls, base_url=httpserver.url_for("")):
        assert [job.to_dict() for job in listed] == jobs  # `type: array` wins over the properties beside it
        assert deleted is None
    # Content-Type, Accept and Authorization header parameters are ignored, as OpenAPI says: no keyword for them.
    import inspect

    options = {"extra_headers", "extra_query", "timeout", "deadline"}
    with pkg.Client(base_url="http://127.0.0.1:9") as client:
        listing = set(inspect.signature(client.jobs.list_jobs).parameters)
        replacing = set(inspect.signature(client.jobs.replace_job).parameters)
    # Without a body and without security, nothing else says Content-Type or Authorization: they stay parameters.
    assert listing == {"limit", "content_type_header", "authorization"} | options
    assert replacing == {"id", "body"} | options  # the body's media type and `security` say them here


def test_text_with_an_object_schema_is_read_as_json_and_error_only_operations_accept_their_types(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    pkg = _client(tmp_path, "contradictions")
    httpserver.expect_request("/keystore").respond_with_data('{"uuid": "k1"}', content_type="text/plain")
    httpserver.expect_request("/servlet").respond_with_data("<p>disabled</p>", status=404, content_type="text/html")
    base_url = httpserver.url_for("")
    for keystore in _both(pkg, lambda c: c.keystore.get_keystore(), base_url=base_url):
        assert type(keystore).__name__ == "Job" and keystore.to_dict() == {"uuid": "k1"}
    with pkg.Client(base_url=base_url, max_retries=0) as client, pytest.raises(pkg.NotFoundError):
        client.servlet.get_servlet()
    accepts = [r.headers["Accept"] for r, _ in httpserver.log]
    assert accepts == ["text/plain", "text/plain", "text/html"]


# ---------------------------------------------------------------- operations named like builtins


def test_operations_named_like_builtins_type_check_and_work(tmp_path: Path, httpserver: HTTPServer) -> None:
    pkg = _client(tmp_path, "builtin_names")
    checked = run_mypy(tmp_path / "builtin_names", "pattern_builtin_names")
    assert checked.returncode == 0, checked.stdout  # `def list` must not turn a later `list[str]` into the method
    httpserver.expect_request("/domains", query_string="statuses=a&statuses=b").respond_with_json(["x.org"])
    httpserver.expect_request("/domains/x.org").respond_with_json(["tld"])
    with pkg.Client(base_url=httpserver.url_for(""), max_retries=0) as client:
        assert client.domains.list_(statuses=["a", "b"]) == ["x.org"]
        assert client.domains.type_(domain="x.org") == ["tld"]


# ---------------------------------------------------------------- names the client's runtime already uses


def test_a_tag_and_a_parameter_named_like_the_runtime_s_own_names(tmp_path: Path, httpserver: HTTPServer) -> None:
    """A `hooks` tag must not replace the client's `hooks` setting, and a `request` parameter must not be the
    request the method builds (both were found by the corpus's mypy run)."""
    pkg = _client(tmp_path, "runtime_names")
    checked = run_mypy(tmp_path / "runtime_names", "pattern_runtime_names")
    assert checked.returncode == 0, checked.stdout
    httpserver.expect_request("/hooks", query_string="request=GetMap").respond_with_json(["h1"])
    results = _both(
        pkg, lambda c: c.hooks_2.list_hooks(request_query="GetMap"), base_url=httpserver.url_for(""), hooks=None
    )
    assert results == [["h1"], ["h1"]]
