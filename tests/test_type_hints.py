"""`typing.get_type_hints()` resolves at run time on every method, model and TypedDict of a generated client, while
importing a client still imports no model and no operation group."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import OUTPUT, SPECS, generate, import_fresh


def _functions(cls: type) -> Iterator[tuple[str, Any]]:
    """Every function a class defines or inherits from the package (not from object), cached properties too."""
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, member in vars(klass).items():
            function = getattr(member, "func", member)  # cached_property, classmethod, staticmethod
            function = getattr(function, "__func__", function)
            if inspect.isfunction(function):
                yield f"{klass.__name__}.{name}", function


def _everything(pkg: ModuleType) -> Iterator[tuple[str, Any]]:
    yield from _functions(pkg.Client)
    yield from _functions(pkg.AsyncClient)
    api = importlib.import_module(pkg.__name__ + ".api")
    for info in pkgutil.iter_modules(api.__path__):
        module = importlib.import_module(f"{api.__name__}.{info.name}")
        groups = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == module.__name__]
        assert groups, module
        for group in groups:
            yield from _functions(group)
    models = pkg.models
    for name in models.__all__:
        obj = getattr(models, name)
        yield name, obj
        if inspect.isclass(obj) and not typing.is_typeddict(obj):
            yield from ((f"{name}.{n}", f) for n, f in _functions(obj) if f.__module__.startswith(pkg.__name__))


def _check(pkg: ModuleType) -> tuple[int, list[str]]:
    failures, count = [], 0
    for what, obj in _everything(pkg):
        count += 1
        try:
            hints = typing.get_type_hints(obj)
        except Exception as exc:  # noqa: BLE001 - every failure is reported
            failures.append(f"{what}: {exc!r}")
            continue
        if inspect.isfunction(obj) and obj.__annotations__:
            assert set(hints) == set(obj.__annotations__), what
    return count, failures


@pytest.fixture(scope="module")
def edge_impulse() -> ModuleType:
    return import_fresh(OUTPUT, "edgeimpulse_api")


def test_get_type_hints_on_the_whole_edge_impulse_client(edge_impulse: ModuleType) -> None:
    count, failures = _check(edge_impulse)
    assert not failures, "\n".join(failures[:20])
    assert count > 600  # 14 groups of operations sync and async, 166 models and their TypedDicts
    hints = typing.get_type_hints(edge_impulse.api.organizations.OrganizationsApi.invite_organization_member)
    models = edge_impulse.models
    assert hints["body"] == models.InviteOrganizationMemberRequest | models.InviteOrganizationMemberRequestDict
    assert hints["return"] is models.GenericApiResponse
    assert typing.get_type_hints(edge_impulse.Client.organizations.func)["return"] is (
        edge_impulse.api.organizations.OrganizationsApi
    )


@pytest.mark.parametrize(
    "spec",
    ["typed_dicts/typed_dicts.yaml", "constructs.yaml", "styles_encodings.yaml", "pagination/token.yaml",
     "pagination/link.yaml", "streaming/events.yaml", "webhooks/webhooks.yaml"],
)
def test_get_type_hints_on_feature_specs(spec: str, tmp_path: Path) -> None:
    package = "hints_" + Path(spec).stem + "_client"
    generate(SPECS / spec, tmp_path, package)
    count, failures = _check(import_fresh(tmp_path, package))
    assert not failures, "\n".join(failures[:20])
    assert count > 10


def test_importing_the_client_stays_lazy() -> None:
    """Hints resolve on demand: importing the package and making a client loads no model and no group."""
    script = f"""
import sys
sys.path.insert(0, {str(OUTPUT)!r})
import edgeimpulse_api
client = edgeimpulse_api.Client(api_key_authentication="k")
print(" ".join(sorted(m for m in sys.modules if m.startswith("edgeimpulse_api."))))
group = client.organizations
print(" ".join(sorted(m for m in sys.modules if m.startswith("edgeimpulse_api.models."))))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    first, second = (done.stdout.splitlines() + ["", ""])[:2]
    assert not [m for m in first.split() if m.startswith(("edgeimpulse_api.models.", "edgeimpulse_api.api."))]
    assert second.split() == []  # an operation group imports its models only when a call needs them
