"""`[tool.clientgen] env`: the client reads a credential from the environment when its keyword is not given.
Live, against a server on 127.0.0.1, sync and async; the wire says which credential was sent."""

from __future__ import annotations

import asyncio
import base64
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from .conftest import OUTPUT, SPECS, generate, import_fresh

SPEC = SPECS / "typed_dicts" / "typed_dicts.yaml"
ENV = (("ApiKey", "TD_API_KEY"), ("BasicAuth", "TD_LOGIN"), ("Bearer", "TD_TOKEN"))


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("env_credentials")
    generate(SPEC, folder, "env_client", env=ENV)
    return folder


@pytest.fixture(scope="module")
def pkg(out: Path) -> ModuleType:
    return import_fresh(out, "env_client")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for _, variable in ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv("EI_API_KEY", raising=False)


def _both(pkg: ModuleType, call: Callable[[Any], Any], **kwargs: Any) -> None:
    with pkg.Client(max_retries=0, **kwargs) as client:
        call(client)

    async def go() -> None:
        async with pkg.AsyncClient(max_retries=0, **kwargs) as client:
            await call(client)

    asyncio.run(go())


def _headers(httpserver: HTTPServer) -> list[dict[str, str]]:
    return [{k.lower(): v for k, v in request.headers.items()} for request, _ in httpserver.log]


def test_the_api_key_comes_from_the_environment(
    pkg: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/pets", method="POST").respond_with_json({"id": 1, "name": "Rex"}, status=201)
    base_url = httpserver.url_for("")
    body = {"name": "Rex", "kind": "dog"}
    monkeypatch.setenv("TD_API_KEY", "from-env")
    _both(pkg, lambda c: c.pets.create_pet(body=body), base_url=base_url)
    _both(pkg, lambda c: c.pets.create_pet(body=body), base_url=base_url, api_key="given")  # the keyword wins
    monkeypatch.setenv("TD_API_KEY", "")  # empty: as if unset
    _both(pkg, lambda c: c.pets.create_pet(body=body), base_url=base_url)
    sent = [h.get("x-api-key") for h in _headers(httpserver)]
    assert sent == ["from-env", "from-env", "given", "given", None, None]


def test_bearer_and_basic_come_from_the_environment(
    pkg: ModuleType, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    httpserver.expect_request("/photos", method="POST").respond_with_data("", status=204)
    httpserver.expect_request("/login", method="POST").respond_with_data("", status=204)
    monkeypatch.setenv("TD_TOKEN", "tok-1")
    monkeypatch.setenv("TD_LOGIN", "ann:s3cr:et")  # the password may hold a colon

    def calls(client: Any) -> Any:
        if isinstance(client, pkg.AsyncClient):
            async def go() -> None:
                await client.forms.upload_photo(body={"file": b"img"})
                await client.forms.log_in(body={"user": "ann", "password": "p"})
            return go()
        client.forms.upload_photo(body={"file": b"img"})
        client.forms.log_in(body={"user": "ann", "password": "p"})
        return None

    _both(pkg, calls, base_url=httpserver.url_for(""))
    basic = "Basic " + base64.b64encode(b"ann:s3cr:et").decode()
    assert [h.get("authorization") for h in _headers(httpserver)] == ["Bearer tok-1", basic] * 2


def test_the_variable_is_read_when_the_client_is_made(pkg: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TD_API_KEY", "first")
    client = pkg.Client()
    monkeypatch.setenv("TD_API_KEY", "second")
    assert "ApiKey" in repr(client) and "first" not in repr(client)  # configured, and never shown
    client.close()


def test_docstring_and_readme_name_the_variables(pkg: ModuleType, out: Path) -> None:
    assert "environment variable `TD_API_KEY`" in pkg.Client.__doc__
    assert "`user:password` is read from the environment variable `TD_LOGIN`" in pkg.AsyncClient.__doc__
    readme = (out / "env_client" / "README.md").read_text()
    assert "- `api_key`: When not given, the value is read from the environment variable `TD_API_KEY`" in readme
    assert "`TD_TOKEN`" in readme


def test_no_env_setting_reads_no_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    generate(SPEC, tmp_path, "plain_env_client")
    text = (tmp_path / "plain_env_client" / "_client.py").read_text()
    assert "os.environ" not in text and "_from_env" not in text


def test_the_edge_impulse_client_reads_ei_api_key(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The committed client is generated with `env = { ApiKeyAuthentication = "EI_API_KEY" }` (pyproject.toml)."""
    ei = import_fresh(OUTPUT, "edgeimpulse_api")
    httpserver.expect_request("/api/user").respond_with_json({"success": True})
    monkeypatch.setenv("EI_API_KEY", "ei_from_env")

    def call(client: Any) -> Any:
        return client.request("GET", "/api/user")

    _both(ei, call, base_url=httpserver.url_for(""))
    assert [h.get("x-api-key") for h in _headers(httpserver)] == ["ei_from_env"] * 2
    assert "`EI_API_KEY`" in (OUTPUT / "edgeimpulse_api" / "README.md").read_text()


def _clientgen(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "clientgen", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_bad_env_settings_are_clear_warnings_and_errors(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(textwrap.dedent(f"""
        [tool.clientgen]
        spec = "{SPEC}"
        output = "gen"
        package = "p"
        env = {{ ApiKy = "X" }}
    """))
    run = _clientgen("generate", cwd=tmp_path)
    assert run.returncode == 0, run.stderr  # a warning: the spec may have dropped the scheme
    assert "warning: env: the API has no security scheme 'ApiKy'; X is not read" in run.stderr
    assert "did you mean 'ApiKey'?" in run.stderr
    assert "os.environ" not in (tmp_path / "gen" / "p" / "_client.py").read_text()
    strict = _clientgen("generate", "--strict", "-o", str(tmp_path / "strict"), cwd=tmp_path)
    assert strict.returncode == 2 and "error: env: the API has no security scheme 'ApiKy'" in strict.stderr
    assert "Traceback" not in strict.stderr and not (tmp_path / "strict").exists()
    config.write_text(f'[tool.clientgen]\nspec = "{SPEC}"\nenv = "X"\n')
    run = _clientgen("generate", cwd=tmp_path)
    assert run.returncode == 2 and "'env' must map security scheme names to environment variable names" in run.stderr
    config.write_text(f'[tool.clientgen]\nspec = "{SPEC}"\npackage = "p"\nenv = {{ ApiKey = "A=B" }}\n')
    run = _clientgen("generate", cwd=tmp_path)
    assert run.returncode == 2 and "'A=B' cannot be the name of an environment variable" in run.stderr
