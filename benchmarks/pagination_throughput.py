"""The cost of iterating 10,000 items across pages against a local server, sync and async.

    python benchmarks/pagination_throughput.py [--items 10000] [--page-size 100 1000] [--repeat 3]

Generates the client of `tests/specs/pagination/offset.yaml` twice into a temporary folder: as clientgen does
(`listItems` pages by offset/limit and stops at `total`) and with pagination switched off (the method returns one
page). A threaded HTTP/1.1 server on 127.0.0.1 serves the pages, each made once before timing. Measured, best of
`--repeat`: `for item in client.items.list_items(limit=N)` (and `async for`), and the same pages fetched by a
hand-written loop over the unpaginated method, so the difference is what the page objects cost. The last rows do
the same over an in-memory transport (`httpx.MockTransport`, the same pages), without sockets or a server thread:
what the client itself costs per item. Prints a Markdown table of items per second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clientgen import pagination
from clientgen.pipeline import build
from clientgen.writer import write_files

SPEC = ROOT / "tests" / "specs" / "pagination" / "offset.yaml"


def page_body(cache: dict[tuple[int, int], bytes], total: int, offset: int, limit: int) -> bytes:
    body = cache.get((offset, limit))
    if body is None:
        items = [{"id": i} for i in range(offset, min(offset + limit, total))]
        body = cache[(offset, limit)] = json.dumps({"success": True, "items": items, "total": total}).encode()
    return body


def serve(total: int) -> tuple[ThreadingHTTPServer, str]:
    cache: dict[tuple[int, int], bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real API
        disable_nagle_algorithm = True  # headers and body go in two writes: no 40 ms wait for a delayed ACK

        def do_GET(self) -> None:
            query = parse_qs(urlparse(self.path).query)
            offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["100"])[0])
            body = page_body(cache, total, offset, limit)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def client(out: Path, package: str, settings: pagination.Settings) -> ModuleType:
    import importlib

    write_files(out / package, build(SPEC, package, pagination=settings).files)
    sys.path.insert(0, str(out / package))
    return importlib.import_module(package)


def in_memory(total: int) -> httpx.MockTransport:
    cache: dict[tuple[int, int], bytes] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", "0"))
        limit = int(request.url.params.get("limit", "100"))
        return httpx.Response(200, content=page_body(cache, total, offset, limit),
                              headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handler)


def memory_run(module: ModuleType, size: int, total: int, transport: httpx.MockTransport) -> None:
    with module.Client(base_url="http://bench.invalid", key="k", http_client=httpx.Client(transport=transport)) as c:
        if module.__name__.startswith("paged"):
            seen = sum(1 for _ in c.items.list_items(limit=size))
        else:
            seen, offset = 0, 0
            while True:
                page = c.items.list_items(limit=size, offset=offset)
                seen += len(page.items)
                offset += len(page.items)
                if not page.items or offset >= page.total:
                    break
        assert seen == total


def best(repeat: int, run: Any) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--page-size", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    server, url = serve(args.items)
    with tempfile.TemporaryDirectory() as folder:
        paged = client(Path(folder), "paged_bench", pagination.DEFAULT)
        plain = client(Path(folder), "plain_bench", pagination.Settings(enabled=False))
        print(f"| {args.items:,} items | page size | pages | items/s | ms per page |")
        print("|---|---|---|---|---|")
        for size in args.page_size:
            pages = -(-args.items // size)

            def sync_paged(size: int = size) -> None:
                with paged.Client(base_url=url, key="k") as c:
                    assert sum(1 for _ in c.items.list_items(limit=size)) == args.items

            def sync_by_hand(size: int = size) -> None:
                with plain.Client(base_url=url, key="k") as c:
                    seen, offset = 0, 0
                    while True:
                        page = c.items.list_items(limit=size, offset=offset)
                        seen += len(page.items)
                        offset += len(page.items)
                        if not page.items or offset >= page.total:
                            break
                    assert seen == args.items

            async def async_paged(size: int = size) -> None:
                async with paged.AsyncClient(base_url=url, key="k") as c:
                    count = 0
                    async for _ in c.items.list_items(limit=size):
                        count += 1
                    assert count == args.items

            async def async_by_hand(size: int = size) -> None:
                async with plain.AsyncClient(base_url=url, key="k") as c:
                    seen, offset = 0, 0
                    while True:
                        page = await c.items.list_items(limit=size, offset=offset)
                        seen += len(page.items)
                        offset += len(page.items)
                        if not page.items or offset >= page.total:
                            break
                    assert seen == args.items

            sync_by_hand()  # warm the server's cache and the connections' code paths
            for label, run in (
                ("sync, `for item in client...`", sync_paged),
                ("sync, a loop by hand (pagination off)", sync_by_hand),
                ("async, `async for item in client...`", lambda: asyncio.run(async_paged())),
                ("async, a loop by hand (pagination off)", lambda: asyncio.run(async_by_hand())),
            ):
                seconds = best(args.repeat, run)
                print(f"| {label} | {size} | {pages} | {args.items / seconds:,.0f} | {1000 * seconds / pages:.2f} |")
            memory = in_memory(args.items)
            for label, module in (("sync, in memory, `for item in ...`", paged), ("sync, in memory, by hand", plain)):
                seconds = best(args.repeat, lambda m=module, n=size, t=memory: memory_run(m, n, args.items, t))
                print(f"| {label} | {size} | {pages} | {args.items / seconds:,.0f} | {1000 * seconds / pages:.2f} |")
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
