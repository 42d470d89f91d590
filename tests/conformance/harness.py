"""Run a generated client against Stoplight Prism, operation by operation, and say whose fault each failure is.

Entry point: `run_conformance(spec_path, out_dir, package, prism_bin, sample=..., seed=...) -> Report`.

Per operation of the raw spec (all of them, or a seeded random sample):

1. plan a valid call from the raw spec (`plan.Planner`), in the Python form the method's annotations take;
2. call it through the generated `Client` (threads) and again through `AsyncClient`, with an `http_client=` whose
   transport records the wire (`wire.RecordingTransport`);
3. judge from the wire and the raw spec only:
   - the request is *accepted* when Prism answers with a documented success (2xx, or the 3xx an operation documents
     instead of any 2xx) and no `sl-violations` entry about the request, and the request carries what was planned
     (a JSON body equal to the one given; every planned parameter and form field present);
   - the response is *parsed* when the call returned without error and the returned value turned back into JSON
     (`wire.to_json`) equals the body on the wire (`wire.difference`: numbers by value, RFC 3339 date-times as
     instants), or the bytes, the text, or None for no content;
   - when Prism's response breaks the raw response schema (openapi-schema-validator), the call is repeated with a
     response Prism generates from the schema (`Prefer: dynamic=true`, seeded), and judged on that one; when no
     valid response can be had, a client that refused it was right (the spec's example, or Prism, is at fault);
4. send one control, the accepted request broken in one place the raw schema forbids (`plan.Controls`), with plain
   httpx: if Prism accepts that too, it validates nothing there and the operation is not counted.

Verdicts: `passed` and `client` (a client failure) are the *verified* operations, over which the rate is taken;
`known` is a client failure listed in limits.yaml (counted apart); `spec` (no correct client can pass: a spec
fault), `prism` (a Prism limit: left out by limits.yaml, Prism accepted the control, Prism crashed or failed) and
`harness` (no valid request could be built from the raw spec) are listed with their reason and not counted.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import random
import sys
import threading
import time
import warnings
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import httpx

from . import prism as prism_mod
from .limits import Limits
from .plan import Controls, Plan, Planner, body_kind_of
from .prism import Prism, problem, request_violations
from .rawspec import Loc, RawOperation, RawSpec
from .surface import Surface, read_surface
from .wire import (
    NORMALISATIONS,
    AsyncRecordingTransport,
    Exchange,
    NotJSON,
    RecordingTransport,
    difference,
    recording,
    to_json,
)

REQUEST_TIMEOUT = 60.0
THREADS = 4
VERIFIED = ("passed", "client", "known")
ORDER = ("client", "known", "spec", "prism", "harness", "passed")


# ------------------------------------------------------------------------------------------------ results


@dataclass
class Judgement:
    verdict: str  # passed, client, spec, prism; "" while undecided (no answer)
    reason: str = ""
    accepted: bool = False
    exchange: Exchange | None = None
    notes: list[str] = field(default_factory=list)
    retry_dynamic: bool = False  # the response broke the raw schema: judge one generated from the schema instead


@dataclass
class OpResult:
    operation: str
    method: str
    path: str
    verdict: str
    reason: str = ""
    notes: list[str] = field(default_factory=list)
    control: str = ""
    known: str = ""
    left_out: bool = False  # by limits.yaml, before any call

    @property
    def verified(self) -> bool:
        return self.verdict in VERIFIED

    def line(self) -> str:
        head = f"{self.verdict.upper():<7} {self.operation} ({self.method} {self.path})"
        text = f"{head}: {self.reason}" if self.reason else head
        if self.known:
            text += f"\n        known failure (limits.yaml): {self.known}"
        if self.control:
            text += f"\n        control: {self.control}"
        for note in dict.fromkeys(self.notes):
            text += f"\n        note: {note}"
        return text


@dataclass
class Report:
    spec: str
    results: list[OpResult] = field(default_factory=list)
    operations: int = 0  # in the spec (before sampling)
    skipped: str = ""  # the whole spec is left out (limits.yaml)
    stale_known: list[str] = field(default_factory=list)  # known failures that no longer fail
    crashes: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    prism_startup: list[float] = field(default_factory=list)
    prism_version: str = ""
    sample_seed: int | None = None

    def of(self, verdict: str) -> list[OpResult]:
        return [r for r in self.results if r.verdict == verdict]

    @property
    def verified(self) -> list[OpResult]:
        """Operations where Prism's checks were active and the client alone decides the outcome."""
        return [r for r in self.results if r.verified]

    @property
    def rate(self) -> float | None:
        """Passed among verified operations, known failures left out; None when nothing was verified."""
        counted = self.of("passed") + self.of("client")
        return len(self.of("passed")) / len(counted) if counted else None

    def table(self) -> str:
        counts = {v: len(self.of(v)) for v in ORDER}
        rate = "-" if self.rate is None else f"{100 * self.rate:.1f}%"
        header = (
            f"{'spec':<40} {'ops':>5} {'run':>5} {'verified':>8} {'passed':>6} {'client':>6} {'known':>5} "
            f"{'spec':>5} {'prism':>5} {'harness':>7} {'rate':>7}"
        )
        row = (
            f"{self.spec:<40} {self.operations:>5} {len(self.results):>5} {len(self.verified):>8} "
            f"{counts['passed']:>6} {counts['client']:>6} {counts['known']:>5} {counts['spec']:>5} "
            f"{counts['prism']:>5} {counts['harness']:>7} {rate:>7}"
        )
        lines = [f"Conformance against Prism {self.prism_version}", header, row]
        if self.skipped:
            lines.append(f"  SKIPPED the whole spec: {self.skipped}")
            return "\n".join(lines)
        timing = ", ".join(f"{k} {v:.1f} s" for k, v in self.seconds.items())
        startup = f"prism ready after {self.prism_startup[0]:.1f} s; " if self.prism_startup else ""
        lines.append(f"  {startup}{timing}")
        if self.sample_seed is not None:
            lines.append(f"  a random sample of {len(self.results)} operations, seed {self.sample_seed}")
        lines.append("  returned values compared with the wire; normalised: " + "; ".join(NORMALISATIONS))
        for crash in self.crashes:
            lines.append(f"  PRISM CRASH {crash}")
        for stale in self.stale_known:
            lines.append(f"  STALE known failure (it no longer fails; remove it from limits.yaml): {stale}")
        return "\n".join(lines)

    def details(self, verdicts: tuple[str, ...] = ("client", "known", "spec", "prism", "harness")) -> str:
        """Every operation that did not pass, with whose fault it is and why."""
        return "\n".join(r.line() for v in verdicts for r in self.of(v))

    def to_json(self) -> dict[str, Any]:
        return {
            "spec": self.spec,
            "operations": self.operations,
            "skipped": self.skipped,
            "rate": self.rate,
            "counts": {v: len(self.of(v)) for v in ORDER},
            "results": [
                {
                    "operation": r.operation,
                    "method": r.method,
                    "path": r.path,
                    "verdict": r.verdict,
                    "reason": r.reason,
                    "notes": r.notes,
                    "control": r.control,
                    "known": r.known,
                    "left_out": r.left_out,
                }
                for r in self.results
            ],
            "stale_known": self.stale_known,
            "crashes": self.crashes,
            "seconds": self.seconds,
        }


# ------------------------------------------------------------------------------------------------ the entry point


def import_fresh(out_dir: Path, package: str) -> ModuleType:
    """Import a generated package from `out_dir`, forgetting any earlier import of the same name."""
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
    sys.path.insert(0, str(out_dir))
    try:
        importlib.invalidate_caches()
        return importlib.import_module(package)
    finally:
        sys.path.remove(str(out_dir))


def generate_client(spec_path: Path, out_dir: Path, package: str) -> None:
    """The client under test, written into `out_dir/package` (the only use of clientgen's own code here)."""
    from clientgen.pipeline import build
    from clientgen.writer import write_files

    result = build(spec_path, package, run_validator=False, formatted=False)
    write_files(out_dir, result.files)


def run_conformance(
    spec_path: Path,
    out_dir: Path,
    package: str,
    prism_bin: Path,
    *,
    sample: int | None = None,
    seed: int = 0,
    generate: bool = True,
    with_async: bool = True,
    limits: Limits | None = None,
    log_path: Path | None = None,
) -> Report:
    """Generate the client for `spec_path` into `out_dir/package` (unless `generate=False`: then it must be there),
    start Prism on the spec, and judge every operation (or `sample` of them, chosen with `seed`).

    Prism's log goes to `log_path` (default `out_dir/prism.log`). Never raises for a failing operation: the
    `Report` says what happened to each; it raises only when Prism cannot be started or the client not imported.
    """
    limits = limits or Limits.load()
    report = Report(spec=spec_path.name, prism_version=limits.prism_version)
    if spec_path.name in limits.specs:
        report.skipped = limits.specs[spec_path.name]
        return report
    prism = Prism(prism_bin, spec_path, log_path or out_dir / "prism.log")
    prism.launch()  # Prism loads the spec while the client is generated
    try:
        started = time.perf_counter()
        if generate:
            generate_client(spec_path, out_dir, package)
        pkg = import_fresh(out_dir, package)
        surface = read_surface(out_dir / package)
        report.seconds["generate"] = time.perf_counter() - started
        started = time.perf_counter()
        spec = RawSpec(spec_path)
        operations = sorted(spec.operations(), key=lambda o: (o.path, o.method))
        report.operations = len(operations)
        if sample is not None and sample < len(operations):
            operations = sorted(random.Random(seed).sample(operations, sample), key=lambda o: (o.path, o.method))
            report.sample_seed = seed
        planner = Planner(spec, pkg, limits, spec_path.name)
        plans = [_plan(planner, op, surface.methods.get((op.method, op.path))) for op in operations]
        report.seconds["plan"] = time.perf_counter() - started
        started = time.perf_counter()
        prism.wait_ready()
        report.seconds["waiting for prism"] = time.perf_counter() - started
        started = time.perf_counter()
        runner = Runner(pkg, surface, spec, planner, prism, report)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # deprecated operations warn when called
            report.results = runner.run(plans, with_async)
        report.seconds["calls"] = time.perf_counter() - started
    finally:
        prism.stop()
        report.prism_startup = prism.startup_seconds
    for plan, result in zip(plans, report.results, strict=True):
        known = limits.known(spec_path.name, plan.op)
        if known and result.verdict == "client":
            result.verdict, result.known = "known", known
        elif known:
            report.stale_known.append(f"{result.operation}: {result.verdict} ({known})")
    return report


# ------------------------------------------------------------------------------------------------ running


@dataclass
class Call:
    flavour: str
    result: Any = None
    error: BaseException | None = None
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def sent(self) -> list[Exchange]:
        return [e for e in self.exchanges if not e.refused]


def _documented(op: RawOperation) -> list[str]:
    return [str(k) for k in (op.node.get("responses") or {})]


def success(op: RawOperation, status: int | None) -> bool:
    """2xx; or the 3xx an operation documents instead of any 2xx (Prism answers a valid request with it)."""
    if status is None:
        return False
    if 200 <= status < 300:
        return True
    documented = _documented(op)
    return 300 <= status < 400 and not any(s.startswith("2") for s in documented) and str(status) in documented


class Runner:
    def __init__(
        self, pkg: Any, surface: Surface, spec: RawSpec, planner: Planner, prism: Prism, report: Report
    ) -> None:
        self.pkg = pkg
        self.surface = surface
        self.spec = spec
        self.planner = planner
        self.prism = prism
        self.report = report
        self.controls = Controls(spec, planner, prism.base_url)
        self.credentials = self._credentials()
        self._clients: dict[int, Any] = {}
        self._lock = threading.Lock()
        self._plain = httpx.Client(timeout=REQUEST_TIMEOUT)
        self._problems: dict[tuple[Loc, bytes], list[str]] = {}

    def _credentials(self) -> dict[str, Any]:
        schemes = ((self.spec.data.get("components") or {}).get("securitySchemes")) or {}
        found: dict[str, Any] = {}
        for name, keyword in self.surface.credentials.items():
            scheme = schemes.get(name)
            if isinstance(scheme, dict) and isinstance(scheme.get("$ref"), str):
                scheme, _ = self.spec.deref(Loc(self.spec.path, f"/components/securitySchemes/{name}"))
            if not isinstance(scheme, dict):
                scheme = {}
            kind = scheme.get("type")
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                found[keyword] = ("user", "secret")
            elif kind == "apiKey":
                found[keyword] = "test-api-key"
            else:
                found[keyword] = "test-token"
        return found

    # -- clients

    def _server_urls(self) -> dict[str, Any]:
        """`server_urls=` sending the operations that name servers of their own to Prism too (when the client has
        that keyword): the URL of each such server with its variables at their defaults, as the spec gives it."""
        data = self.spec.data if isinstance(self.spec.data, dict) else {}

        def urls(servers: Any) -> set[str]:
            found = set()
            for server in servers if isinstance(servers, list) else []:
                if isinstance(server, dict) and isinstance(server.get("url"), str):
                    url = server["url"]
                    for name, var in (server.get("variables") or {}).items():
                        if isinstance(var, dict):
                            url = url.replace("{" + str(name) + "}", str(var.get("default", "")))
                    found.add(url.rstrip("/"))
            return found

        own: set[str] = set()
        for item in (data.get("paths") or {}).values():
            if isinstance(item, dict):
                own |= urls(item.get("servers"))
                own |= {u for op in item.values() if isinstance(op, dict) for u in urls(op.get("servers"))}
        own -= urls(data.get("servers"))
        if not own or "server_urls" not in inspect.signature(self.pkg.Client).parameters:
            return {}
        return {"server_urls": {url: self.prism.base_url for url in sorted(own)}}

    def sync_client(self) -> Any:
        with self._lock:
            port = self.prism.port
            if port not in self._clients:
                http = httpx.Client(transport=RecordingTransport(), follow_redirects=False)
                self._clients[port] = self.pkg.Client(
                    base_url=self.prism.base_url,
                    max_retries=0,
                    timeout=REQUEST_TIMEOUT,
                    http_client=http,
                    **self.credentials,
                    **self._server_urls(),
                )
            return self._clients[port]

    def async_client(self) -> Any:
        http = httpx.AsyncClient(transport=AsyncRecordingTransport(), follow_redirects=False)
        return self.pkg.AsyncClient(
            base_url=self.prism.base_url,
            max_retries=0,
            timeout=REQUEST_TIMEOUT,
            http_client=http,
            **self.credentials,
            **self._server_urls(),
        )

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._plain.close()

    def _bound(self, client: Any, plan: Plan) -> Callable[..., Any]:
        assert plan.method is not None
        return getattr(getattr(client, plan.method.group), plan.method.name)  # type: ignore[no-any-return]

    def call_sync(self, plan: Plan, dynamic: bool = False) -> Call:
        call = Call("Client")
        method = self._bound(self.sync_client(), plan)
        with recording() as log:
            try:
                call.result = method(**plan.kwargs, extra_headers=_prefer(dynamic))
            except Exception as exc:  # noqa: BLE001 (whatever the client raises is its verdict)
                call.error = exc
        call.exchanges = log
        return call

    async def call_async(self, client: Any, plan: Plan, dynamic: bool = False) -> Call:
        call = Call("AsyncClient")
        method = self._bound(client, plan)
        with recording() as log:
            try:
                call.result = await method(**plan.kwargs, extra_headers=_prefer(dynamic))
            except Exception as exc:  # noqa: BLE001 (whatever the client raises is its verdict)
                call.error = exc
        call.exchanges = log
        return call

    # -- the run

    def run(self, plans: list[Plan], with_async: bool) -> list[OpResult]:
        try:
            with ThreadPoolExecutor(THREADS) as pool:
                results = list(pool.map(self.one, plans))
            if with_async:
                self._run_async(plans, results)
        finally:
            self.close()
        return results

    def _start(self, plan: Plan) -> OpResult | None:
        """The result for an operation decided before any call (left out, or a failure found while planning)."""
        result = OpResult(plan.label, plan.op.method, plan.op.path, "", notes=list(plan.notes))
        if plan.left_out is not None:
            result.verdict, result.reason = plan.left_out.fault, f"left out: {plan.left_out.reason}"
            result.left_out = True
        elif plan.failure:
            result.verdict, result.reason = "client", plan.failure
        elif plan.harness:
            result.verdict, result.reason = "harness", plan.harness
        else:
            return None
        return result

    def one(self, plan: Plan) -> OpResult:
        try:
            return self._one(plan)
        except Exception as exc:  # noqa: BLE001 (a harness bug on a strange spec: that operation only)
            return OpResult(plan.label, plan.op.method, plan.op.path, "harness", _harness_error(exc))

    def _one(self, plan: Plan) -> OpResult:
        decided = self._start(plan)
        if decided is not None:
            return decided
        result = OpResult(plan.label, plan.op.method, plan.op.path, "", notes=list(plan.notes))
        judgement = self.valid(plan, lambda dynamic: self.call_sync(plan, dynamic))
        if not judgement.verdict:  # no answer at all: Prism may have died (notes item 1)
            judgement = self._again(plan, judgement, lambda dynamic: self.call_sync(plan, dynamic), "Client")
        result.verdict, result.reason = judgement.verdict, judgement.reason
        result.notes += judgement.notes
        if judgement.accepted and judgement.exchange is not None and self.controls.due(plan):
            self._control(plan, judgement, result)
        return result

    def _again(self, plan: Plan, first: Judgement, call: Callable[[bool], Call], flavour: str) -> Judgement:
        if self.prism.ensure_running():
            self.report.crashes.append(f"Prism had died (during or before {plan.label} via {flavour}); restarted")
        judgement = self.valid(plan, call)
        if not judgement.verdict:
            died = not self.prism.alive()
            if died:
                self.report.crashes.append(f"{plan.label} via {flavour} crashes Prism: {self.prism.log_tail(3)}")
                self.prism.ensure_running()
            judgement.verdict = "prism"
            judgement.reason = ("the request crashes Prism: " if died else "no answer from Prism: ") + first.reason
        return judgement

    def _control(self, plan: Plan, judgement: Judgement, result: OpResult) -> None:
        assert judgement.exchange is not None
        control = self.controls.first(plan, judgement.exchange)
        if control is None:
            result.notes.append("no invalid request could be built (counted as verified)")
            return
        request = control.request
        request.url = request.url.copy_with(port=self.prism.port)
        try:
            response = self._plain.send(request)
            status: int | None = response.status_code
            headers, content = response.headers, response.content
        except httpx.HTTPError as exc:
            result.control = f"[{control.description}] -> no answer ({exc})"
            self.prism.ensure_running()
            return
        # A refusal is a 4xx (Prism's 422/400/401/415, or the spec's own 4xx) or findings about the request; a 5xx
        # shows a Prism failure, not that it validates the operation.
        rejected = (status is not None and 400 <= status < 500) or bool(request_violations(headers))
        result.control = f"[{control.description}] -> {problem(status, headers, content)[:300]}"
        if not rejected and result.verdict == "passed":
            result.verdict = "prism"
            result.reason = "not verified: Prism also accepted the control, so it validates nothing here"

    def _run_async(self, plans: list[Plan], results: list[OpResult]) -> None:
        todo = [(p, r) for p, r in zip(plans, results, strict=True) if self._start(p) is None]
        judgements = asyncio.run(self._async_all([p for p, _ in todo]))
        for (plan, result), judgement in zip(todo, judgements, strict=True):
            if not judgement.verdict:
                self.prism.ensure_running()
                judgement = asyncio.run(self._async_all([plan]))[0]
                if not judgement.verdict:
                    judgement.verdict, judgement.reason = "prism", "no answer from Prism: " + judgement.reason
            merge(result, judgement)

    async def _async_all(self, plans: list[Plan]) -> list[Judgement]:
        client = self.async_client()
        semaphore = asyncio.Semaphore(THREADS)

        async def one(plan: Plan) -> Judgement:
            async with semaphore:
                try:
                    first = await self.call_async(client, plan)
                    judgement = self.judge(plan, first)
                    if judgement.retry_dynamic:
                        judgement = self._judge_dynamic(plan, judgement, await self.call_async(client, plan, True))
                except Exception as exc:  # noqa: BLE001 (a harness bug on a strange spec: that operation only)
                    return Judgement("harness", _harness_error(exc))
                return judgement

        try:
            return list(await asyncio.gather(*(one(p) for p in plans)))
        finally:
            await client.close()

    # -- judging

    def valid(self, plan: Plan, call: Callable[[bool], Call]) -> Judgement:
        judgement = self.judge(plan, call(False))
        if judgement.retry_dynamic:
            judgement = self._judge_dynamic(plan, judgement, call(True))
        return judgement

    def _judge_dynamic(self, plan: Plan, first: Judgement, again: Call) -> Judgement:
        second = self.judge(plan, again, dynamic=True)
        second.notes.insert(
            0,
            f"Prism's static response broke the raw schema ({first.reason}); judged on a response "
            "Prism generated from the schema (Prefer: dynamic=true)",
        )
        return second

    def judge(self, plan: Plan, call: Call, dynamic: bool = False) -> Judgement:
        sent = call.sent
        if not sent:
            error = call.error
            what = f"{type(error).__name__}: {error}" if error is not None else "nothing"
            return Judgement("client", f"the client sent nothing; it raised {what}"[:600])
        exchange = sent[0]
        if exchange.status is None:
            return Judgement("", f"{exchange.request_line()}: {exchange.error}", exchange=exchange)
        status, headers = exchange.status, exchange.headers
        violations = request_violations(headers)
        if not success(plan.op, status) or violations:
            why = problem(status, headers, exchange.body)
            if status >= 500 and prism_mod.is_prism_problem(headers, exchange.body):
                return Judgement("prism", f"Prism failed: {exchange.request_line()} -> {why}"[:800], exchange=exchange)
            return Judgement(
                "client", f"Prism rejected the request {exchange.request_line()}: {why}"[:800], exchange=exchange
            )
        judgement = Judgement("passed", accepted=True, exchange=exchange)
        wrong = self.request_problem(plan, exchange)
        if wrong:
            judgement.verdict, judgement.reason = "client", wrong
            return judgement
        self._judge_response(plan, call, exchange, judgement, dynamic)
        return judgement

    def request_problem(self, plan: Plan, exchange: Exchange) -> str:
        """What the request lacks of the plan (Prism accepts optional parameters and properties left out)."""
        if plan.body_kind == "json":
            try:
                body = json.loads(exchange.request_body)
            except ValueError:
                return f"the JSON body sent is not JSON: {exchange.request_body[:200]!r}"
            wrong = difference(body, plan.body)
            if wrong:
                return (
                    f"the body sent is not the one given ({wrong.replace('returned', 'sent').replace('wire', 'given')})"
                )
        elif plan.body_kind == "form" and isinstance(plan.body, dict):
            keys = {k for k, _ in parse_qsl(exchange.request_body.decode("utf-8", "replace"), keep_blank_values=True)}
            lost = sorted(k for k in plan.body if not any(x == k or x.startswith(k + "[") for x in keys))
            if lost:
                return f"form fields given but not sent: {lost}"
        elif plan.body_kind == "multipart" and isinstance(plan.body, dict):
            lost = sorted(k for k in plan.body if f'name="{k}"'.encode() not in exchange.request_body)
            if lost:
                return f"multipart parts given but not sent: {lost}"
        query = {k for k, _ in parse_qsl(exchange.url.query.decode("ascii", "replace"), keep_blank_values=True)}
        cookies = exchange.request_headers.get("cookie", "")
        for p in plan.params:
            if p.value is None:
                continue  # a null parameter is not sent
            if p.where == "query" and not (isinstance(p.value, dict) or p.value == []):
                if p.name not in query:
                    return f"the query parameter {p.name!r} was given but not sent ({exchange.request_line()})"
            elif p.where == "header" and p.name not in exchange.request_headers:
                return f"the header parameter {p.name!r} was given but not sent"
            elif p.where == "cookie" and f"{p.name}=" not in cookies:
                return f"the cookie parameter {p.name!r} was given but not sent (Cookie: {cookies!r})"
        return ""

    def response_schema(self, op: RawOperation, status: int, media: str) -> tuple[str, Loc | None, bool]:
        """(kind, schema location, whether the spec has an example there) of the documented response: kind is
        'empty' (no content), 'json', 'text' or 'binary'."""
        responses = op.node.get("responses") or {}
        code = str(status)
        key = next((k for k in (code, code[0] + "XX", code[0] + "xx", "default") if k in responses), None)
        if key is None:  # not documented: read as its media type says
            kind = body_kind_of(media)
            return ("json" if kind == "json" else "text" if kind == "text" else "binary"), None, False
        response, loc = self.spec.deref(op.loc.child("responses", key))
        content = response.get("content") or {} if isinstance(response, dict) else {}
        if not content:
            return "empty", None, False
        base = media.split(";")[0].strip().lower()
        chosen = next((m for m in content if m.split(";")[0].strip().lower() == base), None)
        if chosen is None:
            top = base.split("/")[0]
            chosen = next((m for m in content if m in (f"{top}/*", "*/*")), next(iter(content)))
        node: dict[str, Any] = content[chosen] if isinstance(content.get(chosen), dict) else {}
        schema = loc.child("content", chosen, "schema") if "schema" in node else None
        has_example = "example" in node or "examples" in node
        if schema is not None:
            target, _ = self.spec.deref(schema)
            has_example = has_example or (isinstance(target, dict) and ("example" in target or "examples" in target))
        kind = body_kind_of(base)
        if "*" in chosen and schema is not None:
            # A wildcard media type: what the body is comes from its schema (bytes for a binary string) and, for
            # structured data, from the media type the answer came in.
            target, _ = self.spec.deref(schema)
            if isinstance(target, dict) and target.get("format") == "binary":
                kind = "binary"
        return ("json" if kind == "json" else "text" if kind == "text" else "binary"), schema, has_example

    def response_problems(self, schema: Loc, body: bytes, data: Any) -> list[str]:
        """The raw schema's verdict on a response body; kept, as Client and AsyncClient get the same bodies."""
        key = (schema, body)
        found = self._problems.get(key)
        if found is None:
            found = self._problems[key] = self.spec.errors(data, schema, read=True)
        return found

    def _judge_response(self, plan: Plan, call: Call, exchange: Exchange, judgement: Judgement, dynamic: bool) -> None:
        assert exchange.status is not None
        kind, schema, has_example = self.response_schema(
            plan.op, exchange.status, exchange.headers.get("content-type", "")
        )
        problems: list[str] = []
        expected: Any = None
        if kind == "json":
            if exchange.body:
                try:
                    expected = json.loads(exchange.body)
                except ValueError:
                    problems = [f"the body is not JSON: {exchange.body[:100]!r}"]
            if schema is not None and not problems and exchange.body:
                problems = self.response_problems(schema, exchange.body, expected)
        wrong = self._returned(call, kind, exchange, expected)
        if problems and not dynamic:
            judgement.retry_dynamic = True
            judgement.reason = "; ".join(problems[:2])
            return
        if not wrong:
            if problems:
                judgement.notes.append(
                    f"the response breaks the raw schema, the client read it as it came: {problems[0]}"
                )
            return
        got = f"{exchange.request_line()} -> {exchange.status} {exchange.headers.get('content-type', '')} " + (
            f"{exchange.body[:300]!r}" if exchange.body else "(no body)"
        )
        if problems:
            fault = "spec" if has_example and not dynamic else "prism"
            judgement.verdict = fault
            judgement.reason = (
                f"no response that matches the raw schema could be had ({'; '.join(problems[:2])}); the client "
                f"refused it, rightly: {wrong}"
            )[:900]
            return
        typeless = self._typeless_object(schema) if schema is not None and kind == "json" else False
        if typeless and not isinstance(expected, dict) and isinstance(call.error, self.pkg.APIResponseValidationError):
            # Valid only because the schema describes properties without saying `type: object`: JSON Schema then
            # lets any other JSON type through, and Prism sends one; clients read such a schema as an object (README)
            judgement.verdict = "spec"
            judgement.reason = (
                f"the response schema has properties but no type, so {type(expected).__name__} is valid JSON Schema "
                f"too; Prism sent that, the client expects the object the properties describe: {got}"
            )[:900]
            return
        judgement.verdict = "client"
        judgement.reason = f"{wrong}; on the wire: {got}"[:1200]
        if exchange.status in (204, 205) and kind != "empty":
            judgement.notes.append(f"the spec documents content for a {exchange.status}, which HTTP says has none")

    def _typeless_object(self, schema: Loc) -> bool:
        """Whether the schema (through $refs and allOf) describes properties and never says what type it is."""
        pending, seen, properties = [schema], set(), False
        while pending:
            node, loc = self.spec.deref(pending.pop())
            if loc in seen or not isinstance(node, dict):
                continue
            seen.add(loc)
            if "type" in node:
                return False
            properties = properties or isinstance(node.get("properties"), dict)
            members = node.get("allOf")
            pending += [loc.child("allOf", i) for i in range(len(members))] if isinstance(members, list) else []
        return properties

    def _returned(self, call: Call, kind: str, exchange: Exchange, expected: Any) -> str:
        """'' when the call returned what the wire carried, else what went wrong."""
        error = call.error
        if error is not None:
            if isinstance(error, self.pkg.APIResponseValidationError):
                return f"the client refused a response: {error}"
            last = call.exchanges[-1] if call.exchanges else None
            if last is not None and last.refused and last is not exchange:
                return (
                    f"the client followed the documented {exchange.status} redirect to {last.url.host} instead of "
                    f"returning it ({type(error).__name__})"
                )
            return f"the client raised {type(error).__name__}: {error}"
        result = call.result
        if kind == "empty":
            return "" if result is None else f"no content documented, the client returned {type(result).__name__}"
        if kind == "binary":
            if isinstance(result, (bytes, bytearray)) and bytes(result) == exchange.body:
                return ""
            return f"returned {type(result).__name__} {str(result)[:80]!r}, the wire carried {len(exchange.body)} bytes"
        if kind == "text":
            text = exchange.body.decode("utf-8", "replace")
            return "" if result == text else f"returned {str(result)[:80]!r}, the wire carried text {text[:80]!r}"
        if type(result).__name__ in ("SyncPage", "AsyncPage"):  # a paginated list: its first page's response
            result = result.response
        try:
            got = to_json(result)
        except NotJSON as exc:
            return f"the returned value is not JSON data: {exc}"
        return difference(got, expected)


def merge(result: OpResult, judgement: Judgement) -> None:
    """The AsyncClient's verdict into the Client's: a client failure in either counts; else the Client's stands."""
    notes = [f"via AsyncClient: {n}" for n in judgement.notes]
    if (
        judgement.verdict == "client"
        and result.verdict != "client"
        or (result.verdict == "passed" and judgement.verdict != "passed")
    ):
        if result.reason:
            notes.insert(0, f"via Client: {result.verdict}: {result.reason}")
        result.verdict, result.reason = judgement.verdict, f"via AsyncClient: {judgement.reason}"
    elif judgement.verdict != "passed" and judgement.reason != result.reason:
        notes.insert(0, f"via AsyncClient: {judgement.verdict}: {judgement.reason}")
    result.notes += [n for n in notes if n not in result.notes]


def _harness_error(exc: Exception) -> str:
    import traceback

    where = traceback.extract_tb(exc.__traceback__)[-1]
    return f"the harness failed: {type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})"[:600]


def _plan(planner: Planner, op: RawOperation, method: Any) -> Plan:
    try:
        return planner.plan(op, method)
    except Exception as exc:  # noqa: BLE001 (a harness bug on a strange spec: that operation only)
        return Plan(op, method, harness=_harness_error(exc))


def _prefer(dynamic: bool) -> dict[str, str] | None:
    return {"Prefer": "dynamic=true"} if dynamic else None
