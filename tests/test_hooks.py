"""Hooks (templates/static/_hooks.py) and subclassing: extending a generated client without editing its files.

Live against a server on 127.0.0.1, sync and async. The signature a hook adds is checked on the server from the
request as it came over the wire.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import shutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from .conftest import ROOT, SPECS, generate, import_fresh, run_mypy

SECRET = b"s3cret"
REX = {"id": 8, "name": "Rex"}


@pytest.fixture(scope="module")
def pets(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("hooks")
    generate(SPECS / "edits" / "pets_v2.yaml", out, "hooks_pets")
    return import_fresh(out, "hooks_pets")


def _signature(method: str, path: str, body: bytes) -> str:
    return hmac.new(SECRET, f"{method} {path}\n".encode() + body, hashlib.sha256).hexdigest()


def _signed(answer: Callable[[Request], Response]) -> Callable[[Request], Response]:
    """A handler that refuses requests whose X-Signature is not the HMAC of what came over the wire."""

    def handler(request: Request) -> Response:
        expected = _signature(request.method, request.path, request.get_data())
        if request.headers.get("X-Signature") != expected:
            return Response(json.dumps({"message": "bad signature"}), status=401, content_type="application/json")
        return answer(request)

    return handler


class Recorder:
    """Hooks that sign every request and note what they saw."""

    def __init__(self, pets: ModuleType) -> None:
        self.before: list[str | None] = []
        self.after: list[tuple[str | None, int]] = []
        self.errors: list[tuple[str | None, str]] = []
        self.hooks = pets.Hooks(before_request=self.sign, after_response=self.seen, on_error=[self.failed])

    def sign(self, context: Any, request: httpx.Request) -> None:
        self.before.append(context.operation_id)
        request.headers["X-Signature"] = _signature(request.method, request.url.path, request.read())

    def seen(self, context: Any, response: httpx.Response) -> None:
        self.after.append((context.operation_id, response.status_code))

    def failed(self, context: Any, error: Exception) -> httpx.Response | None:
        self.errors.append((context.operation_id, type(error).__name__))
        if context.operation_id == "getPet":  # a fallback answer instead of the error
            return httpx.Response(200, json={"id": 0, "name": "nobody"})
        return None


def _serve(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/pets", method="POST").respond_with_handler(
        _signed(lambda r: Response(r.get_data(), status=201, content_type="application/json"))
    )
    httpserver.expect_request("/pets/8", method="GET").respond_with_handler(
        _signed(lambda r: Response(json.dumps(REX), content_type="application/json"))
    )
    httpserver.expect_request("/pets/9", method="GET").respond_with_handler(
        _signed(lambda r: Response(json.dumps({"message": "no such pet"}), status=404, content_type="application/json"))
    )
    httpserver.expect_request("/pets/9", method="DELETE").respond_with_handler(
        _signed(lambda r: Response(json.dumps({"message": "no such pet"}), status=404, content_type="application/json"))
    )
    httpserver.expect_request("/health", method="GET").respond_with_handler(_signed(lambda r: Response("ok")))


def _check(pets: ModuleType, recorder: Recorder) -> None:
    assert recorder.before == ["createPet", "getPet", "getPet", "deletePet", None]
    assert recorder.after == [("createPet", 201), ("getPet", 200), ("getPet", 404), ("deletePet", 404), (None, 200)]
    assert recorder.errors == [("getPet", "NotFoundError"), ("deletePet", "NotFoundError")]


def test_hooks_sign_count_and_replace_sync(pets: ModuleType, httpserver: HTTPServer) -> None:
    _serve(httpserver)
    recorder = Recorder(pets)
    with pets.Client(base_url=httpserver.url_for(""), hooks=recorder.hooks, max_retries=0) as client:
        assert client.pets.create_pet(body=REX).name == "Rex"  # the server accepted the signature
        assert client.pets.get_pet(pet_id=8).name == "Rex"
        assert client.pets.get_pet(pet_id=9).name == "nobody"  # on_error's answer replaced the 404
        with pytest.raises(pets.NotFoundError):  # on_error gave nothing: the error stands
            client.pets.delete_pet(pet_id=9)
        assert client.request("GET", "/health").text == "ok"
    _check(pets, recorder)


def test_hooks_sign_count_and_replace_async(pets: ModuleType, httpserver: HTTPServer) -> None:
    _serve(httpserver)
    recorder = Recorder(pets)

    async def calls() -> None:
        async with pets.AsyncClient(base_url=httpserver.url_for(""), hooks=recorder.hooks, max_retries=0) as client:
            assert (await client.pets.create_pet(body=REX)).name == "Rex"
            assert (await client.pets.get_pet(pet_id=8)).name == "Rex"
            assert (await client.pets.get_pet(pet_id=9)).name == "nobody"
            with pytest.raises(pets.NotFoundError):
                await client.pets.delete_pet(pet_id=9)
            assert (await client.request("GET", "/health")).text == "ok"

    asyncio.run(calls())
    _check(pets, recorder)


def test_without_the_signing_hook_the_server_refuses(pets: ModuleType, httpserver: HTTPServer) -> None:
    _serve(httpserver)  # the check above can fail: unsigned requests are refused
    with pets.Client(base_url=httpserver.url_for(""), max_retries=0) as client, pytest.raises(pets.AuthenticationError):
        client.pets.get_pet(pet_id=8)


def test_hooks_replace_the_request_and_the_response(pets: ModuleType, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v2/pets/8", method="GET").respond_with_json(REX)

    def elsewhere(context: Any, request: httpx.Request) -> httpx.Request:
        url = request.url.copy_with(path="/v2" + request.url.path)
        return httpx.Request(request.method, url, headers=request.headers)

    def renamed(context: Any, response: httpx.Response) -> httpx.Response:
        data = response.json()
        return httpx.Response(200, json={**data, "name": data["name"].upper()})

    hooks = pets.Hooks(before_request=[elsewhere], after_response=[renamed])
    with pets.Client(base_url=httpserver.url_for(""), hooks=hooks, deadline=5) as client:
        with client.raw_response() as raw:
            assert client.pets.get_pet(pet_id=8).name == "REX"
        assert raw.status_code == 200 and json.loads(raw.content)["name"] == "REX"

    async def calls() -> None:
        async with pets.AsyncClient(base_url=httpserver.url_for(""), hooks=hooks) as client:
            assert (await client.pets.get_pet(pet_id=8)).name == "REX"

    asyncio.run(calls())
    assert [entry[0].path for entry in httpserver.log] == ["/v2/pets/8", "/v2/pets/8"]


def test_on_error_sees_connection_errors(pets: ModuleType) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    seen: list[tuple[str | None, str]] = []

    def failed(context: Any, error: Exception) -> None:
        seen.append((context.operation_id, type(error).__name__))

    hooks = pets.Hooks(on_error=failed)
    client = pets.Client(base_url=f"http://127.0.0.1:{port}", hooks=hooks, max_retries=0)
    with client, pytest.raises(pets.APIConnectionError):
        client.pets.list_pets()
    assert seen == [("listPets", "APIConnectionError")]


USER_CODE = '''
"""User code beside the generated package: a group with a method of ours, and a client that uses it."""

from __future__ import annotations

from functools import cached_property

import httpx

from PKG import AsyncClient, Client, HookContext, Hooks, NotFoundError
from PKG.api.pets import AsyncPetsApi, PetsApi
from PKG.models.pet import Pet


class OurPets(PetsApi):
    def names(self) -> list[str]:
        """A method of ours, made of the generated ones."""
        return sorted(pet.name for pet in self.list_pets())

    def get_pet_or_none(self, *, pet_id: int) -> Pet | None:
        try:
            return self.get_pet(pet_id=pet_id)
        except NotFoundError:
            return None


class AsyncOurPets(AsyncPetsApi):
    async def names(self) -> list[str]:
        return sorted(pet.name for pet in await self.list_pets())


def counted(context: HookContext, request: httpx.Request) -> None:
    CALLS.append(context.operation_id or "")


CALLS: list[str] = []


class OurClient(Client):
    @cached_property
    def pets(self) -> OurPets:
        return OurPets(self)


class AsyncOurClient(AsyncClient):
    @cached_property
    def pets(self) -> AsyncOurPets:
        return AsyncOurPets(self)


def make(base_url: str) -> OurClient:
    return OurClient(base_url=base_url, hooks=Hooks(before_request=[counted]))
'''


def test_a_subclass_adds_a_method_that_regeneration_never_touches(tmp_path: Path, httpserver: HTTPServer) -> None:
    spec, out = tmp_path / "spec.yaml", tmp_path / "out"
    shutil.copy(SPECS / "edits" / "pets_v1.yaml", spec)

    def clientgen() -> None:
        run = subprocess.run(
            [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(out), "--package", "sub_pets", "-q"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr

    clientgen()
    ours = out / "our_pets.py"  # in the output folder itself: clientgen never touches a file it did not write
    ours.write_text(textwrap.dedent(USER_CODE).replace("PKG", "sub_pets").lstrip())
    before = ours.read_bytes()
    httpserver.expect_request("/pets", method="GET").respond_with_json([REX, {"id": 1, "name": "Ada"}])
    httpserver.expect_request("/pets/8", method="GET", query_string="withOwner=true").respond_with_json(REX)
    for step in ("v1", "v2"):
        mypy = run_mypy(out, "our_pets.py")
        assert mypy.returncode == 0, mypy.stdout
        import_fresh(out, "sub_pets")
        sys.modules.pop("our_pets", None)
        sys.path.insert(0, str(out))
        try:
            import our_pets  # type: ignore[import-not-found]
        finally:
            sys.path.remove(str(out))
        with our_pets.make(httpserver.url_for("")) as client:
            assert client.pets.names() == ["Ada", "Rex"]
            if step == "v2":  # the regenerated group's new parameter is there for the subclass too
                assert client.pets.get_pet(pet_id=8, with_owner=True).name == "Rex"
        assert our_pets.CALLS[-1] == ("getPet" if step == "v2" else "listPets")

        async def calls() -> None:
            async with our_pets.AsyncOurClient(base_url=httpserver.url_for("")) as client:
                assert await client.pets.names() == ["Ada", "Rex"]

        asyncio.run(calls())
        if step == "v1":
            shutil.copy(SPECS / "edits" / "pets_v2.yaml", spec)
            clientgen()
            assert ours.read_bytes() == before
