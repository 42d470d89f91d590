"""Hostile specs and hostile servers: generated code is never an injection vector, and the client leaks nothing.

Every protection here has a test that fails if it is removed. The hostile strings go into every position of a spec
that reaches generated code; the generated package must parse, import without side effects (a canary file that a
successful injection would create must not appear) and pass mypy --strict.
"""

from __future__ import annotations

import ast
import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from clientgen.diagnostics import GenerationError
from clientgen.pipeline import build
from clientgen.writer import write_files
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import ROOT, SPECS, generate, import_fresh, run_black_check, run_mypy

CANARY = "CANARY_INJECTED"
HOSTILE = [
    '"""',
    "'''",
    "ends with a backslash\\",
    "\\",
    "carriage\rreturn",
    "nul\x00byte",
    "line\u2028separator",
    "paragraph\u2029separator",
    "bidi\u202eoverride\u2066isolate",
    "{{ 7*7 }}",
    "{% for x in y %}{% endfor %}",
    f'"); open("{CANARY}", "w"); ("',
    f"'); open('{CANARY}', 'w'); ('",
    f'""" + open("{CANARY}", "w").name + """',
    f"\nimport os\nopen('{CANARY}', 'w')\n",
    "__class__",
    "__init__",
    "self",
    "cls",
    "_",
    "None",
    "True",
    "#",
    "ünïcödé ✓",
]


def hostile_spec(strings: list[str]) -> dict[str, Any]:
    """A spec with the strings in every position that can reach generated code."""
    properties: dict[str, Any] = {}
    for i, text in enumerate(strings):
        properties[text] = {
            "type": "string",
            "description": text,
            "title": text,
            "default": text,
            "example": text,
            "enum": [text, f"{text}{i}"],
        }
    schemas = {text or "empty": {"type": "object", "description": text, "properties": {text: {"type": "integer"}}} for text in strings}
    schemas["Everything"] = {"type": "object", "title": strings[0], "properties": properties, "required": [strings[1]]}
    paths: dict[str, Any] = {}
    for i, text in enumerate(strings):
        paths[f"/p{i}/{{{text}}}"] = {
            "get": {
                "operationId": text if i % 2 else f"op{i}{text}",
                "tags": [text],
                "summary": text,
                "description": text,
                "deprecated": True,
                "parameters": [
                    {"name": text, "in": "path", "required": True, "schema": {"type": "string"}, "description": text},
                    {"name": text, "in": "query", "schema": {"type": "string", "enum": [text]}, "description": text},
                    {"name": f"X-{i}", "in": "header", "schema": {"type": "string", "default": text}},
                ],
                "responses": {
                    "200": {
                        "description": text,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Everything"}}},
                    },
                    "default": {"description": text, "content": {f"text/plain; x=\"{i}\"": {"schema": {"type": "string"}}}},
                },
                "security": [{text: []}],
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": strings[0] + " API", "version": strings[2], "description": "\n".join(strings)},
        "servers": [{"url": f"https://example.com/{strings[3]}", "description": strings[4]}],
        "tags": [{"name": text, "description": text} for text in strings],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                text: {"type": "apiKey", "in": "header", "name": f"X-Key-{i}", "description": text}
                for i, text in enumerate(strings)
            },
        },
    }


def check_package(tmp_path: Path, spec: dict[str, Any], package: str, mypy: bool = True) -> None:
    spec_file = tmp_path / "spec.json"
    spec_file.write_text(json.dumps(spec))
    out = tmp_path / "out"
    result = build(spec_file, package, run_validator=False)
    write_files(out, result.files)
    for rel, text in result.files.items():
        if rel.endswith(".py"):
            ast.parse(text, rel)  # every file is valid Python
    workdir = tmp_path / "import-here"
    workdir.mkdir()
    probe = (
        "import importlib, pkgutil, sys\n"
        f"sys.path.insert(0, {str(out)!r})\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(m.name)\n"
        "client = pkg.Client(base_url='http://127.0.0.1:9')\n"
        "for name, value in vars(type(client)).items():\n"
        "    if hasattr(value, 'func'):\n"
        "        getattr(client, name)\n"
    )
    run = subprocess.run([sys.executable, "-c", probe], cwd=workdir, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    assert not list(workdir.iterdir()) and not (out / CANARY).exists(), "importing the package had a side effect"
    formatted = run_black_check(out)
    assert formatted.returncode == 0, formatted.stderr[-3000:]
    if mypy:
        checked = run_mypy(out, package)
        assert checked.returncode == 0, checked.stdout[-3000:]


def test_hostile_strings_in_every_position(tmp_path: Path) -> None:
    check_package(tmp_path, hostile_spec(HOSTILE), "hostile_client")


def test_docstrings_and_literals_keep_the_text_escaped(tmp_path: Path) -> None:
    result = build(SPECS / "operations_basic.yaml", "p")
    from clientgen.pysource import docstring, string

    for text in HOSTILE:
        literal_source = string(text)
        assert ast.literal_eval(literal_source) == text  # a literal gives back exactly the text
        doc = docstring(text, "    ")
        tree = ast.parse(f"def f():\n    {doc}\n")
        body = tree.body[0]
        assert isinstance(body, ast.FunctionDef) and len(body.body) == 1  # the text never becomes a statement
    assert result.files


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(strings=st.lists(_text, min_size=5, max_size=8, unique=True))
# Found by this test: ruff and black measure the width of a line with a combining character differently.
@example(strings=["", "\u00e2", "\u00b7\u00d4", "\u00de\U0003a358", "000:\x1f0:\u0898\U00011345"])
# Found by this test: an enum value with a double quote is written in single quotes (as black writes it), which the
# union parenthesizing did not skip as a string literal.
@example(strings=["", "\U000adacb\x1a%\U0005277c3", "Iq\u00aa\U000f82e3\U0009a47a4\u00a6i", "ur:\x1e\x06", '00"0\x1f\x7f\U00012544\U00018cd6\U0003360a\U000ea906'])
def test_random_specs_always_generate_safe_code(tmp_path_factory: pytest.TempPathFactory, strings: list[str]) -> None:
    tmp_path = tmp_path_factory.mktemp("random")
    check_package(tmp_path, hostile_spec(strings), "random_client")


# ---------------------------------------------------------------------------------------------- loading


def clientgen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientgen", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_billion_laughs_fails_fast(tmp_path: Path) -> None:
    lines = ["openapi: 3.0.3", "info: {title: T, version: '1'}", "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 10):
        lines.append(f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("paths: {}")
    spec = tmp_path / "laughs.yaml"
    spec.write_text("\n".join(lines) + "\n")
    start = time.perf_counter()
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert run.returncode == 2 and "billion laughs" in run.stderr
    assert time.perf_counter() - start < 30
    assert not (tmp_path / "out").exists()


def test_deep_nesting_is_refused_clearly(tmp_path: Path) -> None:
    spec = tmp_path / "deep.json"
    spec.write_text('{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {}, "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert run.returncode == 2 and "nests too deeply" in run.stderr and "Traceback" not in run.stderr


def test_an_all_of_cycle_without_properties_is_an_error_not_a_crash(tmp_path: Path) -> None:
    spec = tmp_path / "cycle.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {allOf: [{$ref: '#/components/schemas/B'}]}\n    B: {allOf: [{$ref: '#/components/schemas/A'}]}\n"
    )
    with pytest.raises(GenerationError, match="cycle"):
        build(spec, "p")


def test_size_limit_and_the_flag_that_raises_it(tmp_path: Path) -> None:
    spec = SPECS / "operations_basic.yaml"
    small = clientgen("generate", str(spec), "-o", str(tmp_path / "a"), "--package", "p", "--max-spec-bytes", "100")
    assert small.returncode == 2 and "above the limit of 100" in small.stderr and "--max-spec-bytes" in small.stderr
    assert clientgen("generate", str(spec), "-o", str(tmp_path / "b"), "--package", "p", "-q").returncode == 0


def test_unsafe_yaml_tags_are_not_executed(tmp_path: Path) -> None:
    spec = tmp_path / "evil.yaml"
    spec.write_text(f"openapi: 3.0.3\ninfo: !!python/object/apply:os.system ['touch {tmp_path / CANARY}']\npaths: {{}}\n")
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert run.returncode == 2 and "invalid YAML" in run.stderr
    assert not (tmp_path / CANARY).exists()


def test_refs_stay_inside_the_spec_folder_unless_allowed(tmp_path: Path) -> None:
    (tmp_path / "outside.yaml").write_text("type: object\nproperties:\n  a: {type: string}\n")
    folder = tmp_path / "api"
    folder.mkdir()
    spec = folder / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: a\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n"
        "              schema: {$ref: '../outside.yaml'}\n"
    )
    refused = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p")
    assert refused.returncode == 2 and "leaves the spec's folder" in refused.stderr
    allowed = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p", "--allow-outside-refs", "-q")
    assert allowed.returncode == 0, allowed.stderr


def test_remote_refs_are_never_fetched(tmp_path: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/schema.yaml").respond_with_data("type: string")
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        f"    A: {{$ref: '{httpserver.url_for('/schema.yaml')}'}}\n"
    )
    run = clientgen("generate", str(spec), "-o", str(tmp_path / "out"), "--package", "p", "--no-validate")
    assert run.returncode == 2 and "is not fetched" in run.stderr
    assert httpserver.log == []


# ---------------------------------------------------------------------------------------------- the client


@pytest.fixture(scope="module")
def ops(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("hostile_ops")
    generate(SPECS / "operations_basic.yaml", out, "hostile_ops_client")
    return import_fresh(out, "hostile_ops_client")


@pytest.mark.parametrize("value", ["../x", "a/b", "?q=1", "#frag", "%2e%2e", "..", ".", "http://evil.example/x", "//evil.example"])
def test_path_parameters_cannot_change_path_or_host(ops: Any, httpserver: HTTPServer, value: str) -> None:
    httpserver.expect_request("/items/anything").respond_with_json({})
    httpserver.no_handler_status_code = 200
    with (
        ops.Client(base_url=httpserver.url_for("/"), api_key="k") as client,
        pytest.raises(ops.APIResponseValidationError),  # the server answers {}, not an Item: we look at the request
    ):
        client.items.get_item(id_path=value)
    (request, _), = httpserver.log
    raw = request.environ["RAW_URI"]
    segment = raw.split("?")[0][len("/items/"):]
    assert raw.startswith("/items/") and "/" not in segment and segment not in (".", "..")
    assert request.host.startswith("127.0.0.1")
    assert request.args["api_key"] == "k" and set(request.args) == {"api_key"}


def test_query_values_are_encoded(ops: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/items").respond_with_json([])
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        client.items.list_items(tags=["a&b=c", "#x"])
    (request, _), = httpserver.log
    assert request.args.getlist("tags") == ["a&b=c", "#x"] and list(request.args) == ["tags"]


def test_credentials_with_line_breaks_are_refused(ops: Any, httpserver: HTTPServer) -> None:
    """Our own check refuses them before anything is sent (httpx would also fail, later, with an error of its own
    that the client reports as an APIError: that one does not count)."""
    with (
        ops.Client(base_url=httpserver.url_for("/"), bearer="t\r\nX-Injected: 1") as client,
        pytest.raises(ValueError, match="header 'Authorization' contains a line break or NUL") as caught,
    ):
        client.items.get_item(id_path="1")
    assert not isinstance(caught.value, ops.APIError)
    assert "X-Injected" not in str(caught.value) and "t\r\n" not in str(caught.value)  # the credential is not shown
    assert httpserver.log == []  # refused before any request


def test_redirects_never_carry_credentials_to_another_host(ops: Any, httpserver: HTTPServer) -> None:
    other = HTTPServer(host="127.0.0.1", port=0)
    other.start()
    try:
        other.expect_request("/landing").respond_with_json({"id": "1", "name": "n"})
        target = other.url_for("/landing").replace("127.0.0.1", "localhost")  # another host
        httpserver.expect_request("/items/1").respond_with_data("", status=302, headers={"Location": target})
        with ops.Client(base_url=httpserver.url_for("/"), bearer="secret-token") as client:
            item = client.items.get_item(id_path="1", extra_headers={"X-Trace": "t"})
        assert item.name == "n"
        (landed, _), = other.log
        assert "Authorization" not in landed.headers and "secret-token" not in str(landed.headers)
        assert landed.headers["X-Trace"] == "t"
        (first, _), = httpserver.log
        assert first.headers["Authorization"] == "Bearer secret-token"
    finally:
        other.stop()


def test_same_host_redirect_keeps_credentials(ops: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/items/1").respond_with_data("", status=307, headers={"Location": "/items/2"})
    httpserver.expect_request("/items/2").respond_with_json({"id": "2", "name": "n"})
    with ops.Client(base_url=httpserver.url_for("/"), bearer="tok") as client:
        assert client.items.get_item(id_path="1").id == "2"
    assert httpserver.log[1][0].headers["Authorization"] == "Bearer tok"


def test_secrets_are_never_logged_or_shown(ops: Any, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture) -> None:
    httpserver.expect_request("/items/1").respond_with_json({"error": "no"}, status=403)
    caplog.set_level(logging.DEBUG)
    with ops.Client(base_url=httpserver.url_for("/"), api_key="key-SECRET", bearer="tok-SECRET") as client:
        with pytest.raises(ops.PermissionDeniedError) as caught:
            client.items.get_item(id_path="1")
        shown = repr(client) + str(caught.value) + repr(caught.value)
    client_logs = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("werkzeug"))
    assert "SECRET" not in shown and "SECRET" not in client_logs
    assert "GET /items/1 -> 403" in client_logs  # the request was logged, without its query string
    assert "api_key=***" in client_logs  # httpx's own log of the URL, with the key hidden


def test_tls_verification_is_on_by_default(ops: Any, tmp_path: Path) -> None:
    import shutil
    import ssl
    from http.server import BaseHTTPRequestHandler
    from http.server import HTTPServer as StdServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "1", "-subj", "/CN=127.0.0.1"],
        check=True,
        capture_output=True,
    )

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args: object) -> None:
            pass

    server = StdServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with (
            ops.Client(base_url=f"https://127.0.0.1:{server.server_port}", max_retries=0) as client,
            pytest.raises(ops.APIConnectionError),
        ):
            client.health.health()
    finally:
        server.shutdown()


def test_huge_response_is_refused(ops: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/health").respond_with_data("x" * 100_000, content_type="text/plain")
    with (
        ops.Client(base_url=httpserver.url_for("/"), max_response_bytes=10_000) as client,
        pytest.raises(ops.ResponseTooLargeError, match="max_response_bytes"),
    ):
        client.health.health()
    with ops.Client(base_url=httpserver.url_for("/")) as client:
        assert len(client.health.health()) == 100_000


def test_deeply_nested_json_response_is_a_clear_error(ops: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/items/1").respond_with_data("[" * 100_000 + "]" * 100_000, content_type="application/json")
    with (
        ops.Client(base_url=httpserver.url_for("/")) as client,
        pytest.raises(ops.APIResponseValidationError, match="nested too deeply"),
    ):
        client.items.get_item(id_path="1")


def test_slow_server_hits_the_timeout(ops: Any, httpserver: HTTPServer) -> None:
    answered = threading.Event()

    def slow(request: Request) -> Response:
        time.sleep(2)
        answered.set()
        return Response("ok", content_type="text/plain")

    httpserver.expect_request("/health").respond_with_handler(slow)
    with ops.Client(base_url=httpserver.url_for("/"), timeout=0.2, max_retries=0) as client:
        start = time.perf_counter()
        with pytest.raises(ops.APITimeoutError):
            client.health.health()
        assert time.perf_counter() - start < 1.5
    # The server logs the request once the handler returns: wait, or it lands in the next test's log.
    assert answered.wait(5)
    time.sleep(0.1)
