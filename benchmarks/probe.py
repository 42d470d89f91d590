"""Measures one generated package from inside the runtime virtualenv and prints the result as one JSON line.

Run by run.py in a fresh interpreter for each measurement, so nothing is imported before the clock starts:

    probe.py import-all ROOT NAME
    probe.py first-call ROOT PACKAGE GROUP METHOD KWARGS_JSON CLIENT_KWARGS_JSON BODY_FILE
    probe.py deser ROOT MODULE CLASS METHOD PAYLOAD_FILE COUNT
    probe.py instructions ROOT MODULE CLASS METHOD PAYLOAD_FILE COUNT   (under callgrind, see `instructions`)
"""

from __future__ import annotations

import collections
import importlib
import itertools
import json
import sys
import time
import types
from pathlib import Path
from typing import Any


def module_names(root: Path, name: str) -> list[str]:
    """Every module of the package `name` in `root` (or just `name` for a single-file module), parents first."""
    base = root / name
    if not base.is_dir():
        return [name]
    names = []
    for path in base.rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names, key=lambda n: (n.count("."), n))


def import_all(root: Path, name: str) -> dict[str, Any]:
    names = module_names(root, name)
    failed: list[str] = []
    start = time.perf_counter()
    for module in names:
        try:
            importlib.import_module(module)
        except Exception as error:  # a module that does not import is a result, not a crash
            failed.append(f"{module}: {type(error).__name__}: {error}"[:300])
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "modules": len(names), "failed": len(failed), "failures": failed[:3]}


def first_call(
    package: str, group: str, method: str, kwargs: dict[str, Any], client_kwargs: dict[str, Any], body: bytes
) -> dict[str, Any]:
    """`import pkg; client = pkg.Client(...); client.GROUP` (import, the client, and reaching the operation's group,
    each timed), then one operation answered by an in-memory transport (no network)."""
    start = time.perf_counter()
    pkg = importlib.import_module(package)
    default = pkg.Client(**client_kwargs)  # the default client, as a user makes it
    imported = time.perf_counter()
    getattr(default, group)  # the first group: its module is imported now
    grouped = time.perf_counter()
    default.close()
    import httpx  # already imported by the package

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    with pkg.Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)), **client_kwargs) as client:
        result = getattr(getattr(client, group), method)(**kwargs)
    end = time.perf_counter()
    return {
        "seconds": end - start,
        "import_and_client": imported - start,
        "import_client_group": grouped - start,
        "result": type(result).__name__,
    }


def deser(module: str, cls: str, method: str, payload: Any, count: int) -> dict[str, Any]:
    """Microseconds per object: best of three passes of `count` calls, after a warm-up."""
    parse = getattr(getattr(importlib.import_module(module), cls), method)
    parse(payload)  # fails loudly if the payload does not fit the model
    for _ in range(min(count, 200)):
        parse(payload)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(count):
            parse(payload)
        best = min(best, time.perf_counter() - start)
    return {"us": best / count * 1e6}


def instructions(root: Path, module: str, cls: str, method: str, payload: Any, count: int) -> dict[str, Any]:
    """The calls that callgrind counts (run.py starts this under `valgrind --tool=callgrind --collect-atstart=no
    --toggle-collect=consume_iterator`): `count` calls after a warm-up, inside the one C function that drains an
    iterator into a `deque(maxlen=0)`, so that start-up, imports and the warm-up are not counted.

    The packages above the model's module are registered empty: their `__init__` may import every model of the
    API (opc's and oag's do), which takes minutes under callgrind and is not what is measured."""
    parts = module.split(".")
    for depth in range(1, len(parts)):
        name = ".".join(parts[:depth])
        package = types.ModuleType(name)
        package.__path__ = [str(root.joinpath(*parts[:depth]))]
        sys.modules[name] = package
    parse = getattr(getattr(importlib.import_module(module), cls), method)
    for _ in range(300):
        parse(payload)
    collections.deque(map(parse, itertools.repeat(payload, count)), maxlen=0)
    return {"calls": count}


def main(argv: list[str]) -> None:
    command, root = argv[0], Path(argv[1])
    sys.path.insert(0, str(root))
    if command == "import-all":
        result = import_all(root, argv[2])
    elif command == "first-call":
        package, group, method, kwargs, client_kwargs, body_file = argv[2:8]
        body = Path(body_file).read_bytes()
        credentials = {k: tuple(v) if isinstance(v, list) else v for k, v in json.loads(client_kwargs).items()}
        result = first_call(package, group, method, json.loads(kwargs), credentials, body)
    elif command == "deser":
        module, cls, method, payload_file, count = argv[2:7]
        result = deser(module, cls, method, json.loads(Path(payload_file).read_text()), int(count))
    elif command == "instructions":
        module, cls, method, payload_file, count = argv[2:7]
        result = instructions(root, module, cls, method, json.loads(Path(payload_file).read_text()), int(count))
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
