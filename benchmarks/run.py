"""Benchmark clientgen against its peers on the same specs, in one run, and print the tables (see README.md).

    python benchmarks/run.py                                # every spec, each with its peers (35 to 50 minutes)
    python benchmarks/run.py --smoke                        # Edge Impulse, clientgen and openapi-python-client
    python benchmarks/run.py --specs github,graph --peers opc   # some specs, some peers

Peers are installed from PyPI (pinned) into their own virtualenvs under benchmarks/.work/; the generated code is
imported and timed in one more virtualenv ("run") that holds the run-time dependencies of every output.
Progress goes to stderr, the tables to stdout.
"""

from __future__ import annotations

import argparse
import compileall
import datetime
import json
import lzma
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work"
SHARED_SPECS = ROOT.parent / "shared" / "specs"
PAYLOADS = HERE / "payloads"
DOCUMENTS = WORK / "specs" / "source"  # the documents that are made (unpacked, doubled), as the tools get them
TIMINGS = WORK / "timings"  # clientgen's stages (CLIENTGEN_TIMINGS), one JSON file per spec
DESER_ROUNDS = 7  # fresh interpreters per tool and payload for deserialization (the median is reported)
FIRST_CALLS = 5  # fresh interpreters per first-call measurement (the median is reported)
SNAPSHOT = WORK / "clientgen"  # clientgen's code as it was when the run started (see snapshot_clientgen)
CACHE = WORK / "clientgen-cache"  # clientgen's formatting cache, emptied before each spec's first generation

VENVS: dict[str, list[str]] = {
    "opc": ["openapi-python-client==0.29.1"],
    "dmcg": ["datamodel-code-generator==0.89.0"],
    "oag": ["openapi-generator-cli==7.26.0"],
    # What the generated code needs at run time: httpx (us, opc), attrs and dateutil (opc), pydantic (dmcg, oag).
    "run": [
        "httpx==0.28.1",
        "attrs==26.1.0",
        "python-dateutil==2.9.0.post0",
        "pydantic==2.14.4",
        "email-validator==2.4.0",
        "urllib3==2.7.0",
        "typing-extensions==4.16.0",
    ],
}


@dataclass(frozen=True)
class Tool:
    key: str
    label: str
    venv: str | None  # None: the current Python (clientgen itself)


US = Tool("us", "clientgen (this repo)", None)
OPC = Tool("opc", "openapi-python-client 0.29.1", "opc")
OAG = Tool("oag", "OpenAPI Generator 7.26.0", "oag")
DMCG = Tool("dmcg", "datamodel-code-generator 0.89.0", "dmcg")


@dataclass(frozen=True)
class Spec:
    key: str
    title: str
    path: Path
    call: tuple[str, str, dict[str, Any]]  # our first call: group attribute, method, keyword arguments
    credentials: dict[str, Any]  # keyword arguments of our Client
    response: str  # name of the payload the in-memory transport answers that call with
    opc_literal_enums: bool = False  # opc crashes on Stripe's enums without it
    dmcg_modular: bool = False  # dmcg must write a package, not a file (dotted schema names)
    peers: tuple[str, ...] = ("opc", "oag", "dmcg")  # the peers that run on it (`--peers` can only narrow this)
    made: str = ""  # "xz": `path` is compressed; "doubled": Graph v1.0 twice over (graph_doubled.py); "": as it is


GRAPH_V1 = SHARED_SPECS / "scale" / "microsoft-graph-v1.0.json.xz"
GRAPH_CALL = ("users_user", "users_user_get_user", {"user_id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"})


SPECS = [
    Spec(
        "edgeimpulse",
        "Edge Impulse",
        ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml",
        ("organization_blocks", "list_public_organization_transformation_blocks", {"organization_id": 1}),
        {"api_key_authentication": "ei_0123"},
        "ei-blocks",
    ),
    Spec(
        "twilio",
        "Twilio Messaging",
        SHARED_SPECS / "twilio-messaging-v1.yaml",
        ("messaging_v1_alpha_sender", "fetch_alpha_sender", {"service_sid": "MG0", "sid": "AI0"}),
        {"account_sid_auth_token": ["AC0", "token"]},
        "twilio-alpha-sender",
        dmcg_modular=True,
    ),
    Spec(
        "stripe",
        "Stripe",
        SHARED_SPECS / "stripe-spec3.yaml",
        ("balance", "get_balance", {}),
        {"bearer_auth": "sk_test_0"},
        "stripe-balance",
        opc_literal_enums=True,
        dmcg_modular=True,
    ),
    Spec(
        "github",
        "GitHub",
        SHARED_SPECS / "github-api.github.com.json",
        ("git", "git_get_commit", {"owner": "octocat", "repo": "Hello-World", "commit_sha": "7638417"}),
        {},
        "gh-git-commit",
    ),
    # OpenAPI Generator and dmcg are left out on Graph: they take too long and too much memory on it.
    Spec("graph", "Microsoft Graph v1.0", GRAPH_V1, GRAPH_CALL, {}, "graph-user", peers=("opc",), made="xz"),
    # 41 MB, made from Graph v1.0 (issue 17's "45 MB document"): clientgen alone, which must stay under 1 GiB on it.
    Spec("graph2x", "Graph v1.0 doubled", GRAPH_V1, GRAPH_CALL, {}, "graph-user", peers=(), made="doubled"),
]
PEERS = [OPC, OAG, DMCG]


@dataclass(frozen=True)
class Deser:
    title: str
    spec: str
    payload: str
    cls: str  # the same class name in all three outputs
    module: str  # and the same module name in `models` (opc, oag, clientgen; dmcg writes one module)


DESERS = [
    Deser("GitHub `git-commit`", "github", "gh-git-commit", "GitCommit", "git_commit"),
    Deser(
        "Edge Impulse list-transformation-blocks response",
        "edgeimpulse",
        "ei-blocks",
        "ListPublicOrganizationTransformationBlocksResponse",
        "list_public_organization_transformation_blocks_response",
    ),
]


class InstallError(Exception):
    pass


@dataclass
class Timed:
    seconds: float
    peak_mb: float
    exit_code: int
    output: str


@dataclass
class Row:
    spec: Spec
    tool: Tool
    gen: Timed | None = None
    lines: int | None = None
    imports: dict[str, Any] | None = None
    first_call: dict[str, Any] | None = None
    stages: dict[str, float] | None = None  # clientgen's first generation, stage by stage (CLIENTGEN_TIMINGS)
    extra: dict[str, Any] = field(default_factory=dict)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def venv_bin(name: str) -> Path:
    return WORK / f"venv-{name}" / "bin"


def ensure_venv(name: str) -> None:
    """Create benchmarks/.work/venv-NAME with the pinned packages, unless it already has exactly them."""
    venv, requirements = WORK / f"venv-{name}", VENVS[name]
    stamp = venv / "benchmark-requirements.txt"
    if stamp.exists() and stamp.read_text() == "\n".join(requirements):
        return
    log(f"installing {' '.join(requirements)} into {venv.relative_to(ROOT)}")
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    result = subprocess.run([*pip, *requirements], capture_output=True, text=True)
    if result.returncode != 0:
        raise InstallError(
            f"pip could not install {requirements} into venv-{name}:\n{result.stdout[-3000:]}"
            f"{result.stderr[-3000:]}"
        )
    stamp.write_text("\n".join(requirements))


# Runs the measured command from a small fresh interpreter: a child's peak RSS starts at its parent's size at fork,
# and run.py itself is large once it has read the GitHub spec.
LAUNCHER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[2:]).returncode
seconds = time.perf_counter() - start
with open(sys.argv[1], "w") as out:
    print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=out)
sys.exit(code)
"""


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of all descendants of a process, right now.

    A child that has not called exec yet (its command line is still its parent's) is not counted: it is a fork,
    or a vfork that shares its parent's very address space, of a process on its way to start another program
    (clientgen starting ruff), and what it holds resident is its parent's memory, counted already."""
    total, todo = 0, [(pid, b"")]
    while todo:
        current, parent_command = todo.pop()
        try:
            command = Path(f"/proc/{current}/cmdline").read_bytes()
            if current != pid and command != parent_command:
                total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend((int(child), command) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            pass  # the process ended while we looked
    return total


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Timed:
    """Run a command; wall-clock seconds and peak RSS of its process tree.

    The peak is the larger of the kernel's peak for the biggest single process of the tree (RUSAGE_CHILDREN of a
    fresh launcher) and the largest sum over the whole tree seen by sampling /proc every 20 ms (parallel workers
    count together).
    """
    log_file, result_file = WORK / "last-command.log", WORK / "last-command.rusage"
    with open(log_file, "w") as out:
        launcher = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(result_file), *cmd],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        peak = 0
        while launcher.poll() is None:
            peak = max(peak, tree_rss(launcher.pid))
            time.sleep(0.02)
    seconds, max_rss_kb = result_file.read_text().split()
    peak_mb = max(int(max_rss_kb) * 1024, peak) / 2**20
    return Timed(float(seconds), peak_mb, launcher.returncode, log_file.read_text(errors="replace"))


def peer_env(tool: Tool) -> dict[str, str]:
    env = dict(os.environ)
    if tool.venv:  # the peer's own tools (opc's ruff post-hooks) come from its virtualenv
        env["PATH"] = f"{venv_bin(tool.venv)}{os.pathsep}{env['PATH']}"
        env["VIRTUAL_ENV"] = str(venv_bin(tool.venv).parent)
    env["JAVA_OPTS"] = "-DmaxYamlCodePoints=99999999"  # oag: Stripe's YAML is over snakeyaml's default 3 MB limit
    env["CLIENTGEN_CACHE_DIR"] = str(CACHE)  # not ~/.cache/clientgen, which earlier runs have filled
    return env


def package_name(spec_key: str, tool: Tool) -> str:
    return f"{spec_key}_{tool.key}"


def generate_command(spec_file: Path, spec: Spec, tool: Tool, out: Path) -> list[str]:
    pkg = package_name(spec.key, tool)
    if tool is US:
        return [sys.executable, "-m", "generator", "generate", str(spec_file), "-o", str(out), "--package", pkg]
    if tool is OPC:
        cmd = [str(venv_bin("opc") / "openapi-python-client"), "generate", "--path", str(spec_file)]
        cmd += ["--output-path", str(out / pkg), "--meta", "none", "--overwrite"]
        return cmd + (["--config", str(HERE / "opc-literal-enums.yaml")] if spec.opc_literal_enums else [])
    if tool is OAG:
        cmd = [str(venv_bin("oag") / "openapi-generator-cli"), "generate", "-i", str(spec_file), "-g", "python"]
        return cmd + ["-o", str(out), f"--additional-properties=packageName={pkg}"]
    target = out / pkg if spec.dmcg_modular else out / f"{pkg}.py"
    cmd = [str(venv_bin("dmcg") / "datamodel-codegen"), "--input", str(spec_file), "--input-file-type", "openapi"]
    # --strict-nullable: honour `nullable: true` on required fields (else GitHub's own git-commit example is rejected)
    return cmd + ["--output", str(target), "--output-model-type", "pydantic_v2.BaseModel", "--strict-nullable"]


def python_lines(out: Path, name: str) -> int:
    """Lines of Python in the generated package only (not OpenAPI Generator's tests, docs or setup.py)."""
    files = [out / f"{name}.py"] if (out / f"{name}.py").exists() else list((out / name).rglob("*.py"))
    return sum(len(path.read_bytes().splitlines()) for path in files)


def probe(*args: str) -> dict[str, Any] | None:
    """Run probe.py in a fresh interpreter of the runtime virtualenv; its JSON answer, or None if it failed."""
    cmd = [str(venv_bin("run") / "python"), str(HERE / "probe.py"), *args]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        log(f"  probe {args[0]} failed:\n{result.stderr[-2000:]}")
        return None
    answer: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return answer


def document(spec: Spec) -> Path:
    """The document the tools get for `spec`: the file itself, or the one made from it (again on every run, a few
    seconds: unpacked into .work/specs/source/, or doubled there by graph_doubled.py in a process of its own)."""
    if not spec.made:
        return spec.path
    DOCUMENTS.mkdir(parents=True, exist_ok=True)
    unpacked = DOCUMENTS / spec.path.name.removesuffix(".xz")
    log(f"unpacking {spec.path.name}")
    with lzma.open(spec.path) as packed, open(unpacked, "wb") as out:
        shutil.copyfileobj(packed, out, 2**20)
    if spec.made == "xz":
        return unpacked
    doubled = DOCUMENTS / f"{unpacked.stem}-doubled.json"
    log(f"doubling {unpacked.name} into {doubled.name} (graph_doubled.py)")
    subprocess.run([sys.executable, str(HERE / "graph_doubled.py"), str(unpacked), str(doubled)], check=True)
    return doubled


def payloads(specs: list[Spec]) -> dict[str, Path]:
    """JSON files of the canned responses and deserialization payloads."""
    folder = WORK / "payloads"
    folder.mkdir(parents=True, exist_ok=True)
    made = {
        "ei-blocks": PAYLOADS / "edgeimpulse-transformation-blocks.json",
        "twilio-alpha-sender": PAYLOADS / "twilio-alpha-sender.json",
        "stripe-balance": PAYLOADS / "stripe-balance.json",
        "graph-user": PAYLOADS / "graph-user.json",
    }
    if any(spec.key == "github" for spec in specs):  # the example GitHub's spec gives for its git-commit schema
        github = json.loads((SHARED_SPECS / "github-api.github.com.json").read_text())
        made["gh-git-commit"] = folder / "github-git-commit.json"
        made["gh-git-commit"].write_text(json.dumps(github["components"]["examples"]["git-commit"]["value"]))
    return made


def change_one_operation(spec_file: Path) -> None:
    """Mark the first operation deprecated (a one-operation change of the spec)."""
    text = spec_file.read_text()
    if spec_file.suffix == ".json":
        changed = re.sub(r'("operationId":\s*"[^"]*")', r'\1, "deprecated": true', text, count=1)
    else:
        changed = re.sub(r"^( *)(operationId: .*)$", r"\1\2\n\1deprecated: true", text, count=1, flags=re.M)
    assert changed != text, f"no operationId in {spec_file}"
    spec_file.write_text(changed)


def bench_us_more(spec: Spec, source: Path, spec_file: Path, row: Row, out: Path, responses: dict[str, Path]) -> None:
    """clientgen only: the first call of an operation, and generating again with the cache the first run filled."""
    pkg, env = package_name(spec.key, US), peer_env(US)
    group, method, kwargs = spec.call
    args = [str(out), pkg, group, method, json.dumps(kwargs), json.dumps(spec.credentials), str(responses[spec.response])]
    # Each in a fresh interpreter; one start-up varies by tens of milliseconds here, so the median of five.
    calls = [answer for answer in (probe("first-call", *args) for _ in range(FIRST_CALLS)) if answer is not None]
    if calls:
        fields = ("seconds", "import_and_client", "import_client_group")
        row.first_call = {key: statistics.median(c[key] for c in calls) for key in fields}
    found = re.search(r"(\d+) operations, (\d+) models", row.gen.output if row.gen else "")
    row.extra["operations"], row.extra["models"] = found.groups() if found else ("?", "?")
    command = generate_command(spec_file, spec, US, out)
    log(f"{spec.title}: {US.label} regenerating, no change")
    row.extra["regen_same"] = timed(command, SNAPSHOT, env)
    change_one_operation(spec_file)
    log(f"{spec.title}: {US.label} regenerating, one operation changed")
    row.extra["regen_changed"] = timed(command, SNAPSHOT, env)
    shutil.copyfile(source, spec_file)
    log(f"{spec.title}: {US.label} generating into an empty folder, warm cache")
    fresh = WORK / "out" / "us-warm" / spec.key
    shutil.rmtree(fresh, ignore_errors=True)
    row.extra["warm"] = timed(generate_command(spec_file, spec, US, fresh), SNAPSHOT, env)


def bench_spec(spec: Spec, tools: list[Tool], responses: dict[str, Path]) -> list[Row]:
    source = document(spec)
    spec_file = WORK / "specs" / source.name  # a copy, so that the regeneration test can change it
    spec_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, spec_file)
    rows = []
    for tool in tools:
        row, out, pkg = Row(spec, tool), WORK / "out" / tool.key / spec.key, package_name(spec.key, tool)
        rows.append(row)
        row.extra["size"] = source.stat().st_size
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
        shutil.rmtree(CACHE, ignore_errors=True)
        env, stages = peer_env(tool), TIMINGS / f"{spec.key}.json"
        if tool is US:  # clientgen writes the seconds of each of its stages there
            stages.parent.mkdir(parents=True, exist_ok=True)
            stages.unlink(missing_ok=True)
            env["CLIENTGEN_TIMINGS"] = str(stages)
        log(f"{spec.title}: {tool.label} generating")
        row.gen = timed(generate_command(spec_file, spec, tool, out), SNAPSHOT, env)
        if tool is US and stages.exists():
            row.stages = json.loads(stages.read_text())
        if row.gen.exit_code != 0:
            log(f"  failed (exit {row.gen.exit_code}):\n{row.gen.output[-2000:]}")
            continue
        log(f"  {row.gen.seconds:.1f} s, {row.gen.peak_mb:.0f} MB")
        row.lines = python_lines(out, pkg)
        # Byte-code as `pip install` or any first import writes it: this machine sets PYTHONDONTWRITEBYTECODE,
        # which would otherwise make every import below compile every module from source, for every tool.
        subprocess.run([str(venv_bin("run") / "python"), "-m", "compileall", "-q", str(out)], capture_output=True)
        row.imports = probe("import-all", str(out), pkg)
        if tool is US:
            bench_us_more(spec, source, spec_file, row, out, responses)
    return rows


def bench_deser(deser: Deser, tools: list[Tool], payload: Path, count: int, rounds: int) -> dict[str, float | None]:
    """The median, over `rounds` fresh interpreters per tool, of each one's best pass. The tools take turns, one
    interpreter each per round: on this machine one interpreter's speed differs from the next by up to a third, and
    that varies over minutes, so neither one interpreter per tool nor the tools one after the other compare fairly."""
    samples: dict[str, list[float]] = {tool.key: [] for tool in tools}
    failed: set[str] = set()
    log(f"deserializing {deser.title}: {rounds} rounds of {', '.join(tool.label for tool in tools)}")
    for _ in range(rounds):
        for tool in tools:
            if tool.key in failed:
                continue
            out, pkg = WORK / "out" / tool.key / deser.spec, package_name(deser.spec, tool)
            module = pkg if tool is DMCG else f"{pkg}.models"
            method = "model_validate" if tool in (DMCG, OAG) else "from_dict"
            answer = probe("deser", str(out), module, deser.cls, method, str(payload), str(count))
            if answer is None:  # the model rejects the payload: no number (the error went to stderr)
                failed.add(tool.key)
            else:
                samples[tool.key].append(answer["us"])
    return {key: statistics.median(values) if values and key not in failed else None for key, values in samples.items()}


INSTRUCTION_CALLS = 1_000  # calls counted under callgrind per tool and payload
INSTRUCTION_TIMEOUT = 180  # seconds; a tool whose model takes longer to count gets no number


def bench_instructions(deser: Deser, tools: list[Tool], payload: Path) -> dict[str, float | None]:
    """Thousands of machine instructions per object, counted by callgrind: the same on every run and machine load
    (the time per object is not, on a shared machine), though it weighs every instruction alike."""
    results: dict[str, float | None] = {}
    for tool in tools:
        out, pkg = WORK / "out" / tool.key / deser.spec, package_name(deser.spec, tool)
        module = pkg if tool is DMCG else f"{pkg}.models.{deser.module}"
        method = "model_validate" if tool in (DMCG, OAG) else "from_dict"
        log(f"counting instructions of {deser.title}: {tool.label}")
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=consume_iterator",
            f"--callgrind-out-file={WORK / 'callgrind.out'}",
            str(venv_bin("run") / "python"),
            str(HERE / "probe.py"),
            "instructions",
            str(out),
            module,
            deser.cls,
            method,
            str(payload),
            str(INSTRUCTION_CALLS),
        ]
        try:
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=INSTRUCTION_TIMEOUT)
        except subprocess.TimeoutExpired:  # dmcg's GitHub output is one 61,000-line module: minutes to import here
            log(f"  not counted: importing the model took more than {INSTRUCTION_TIMEOUT} s under callgrind")
            results[tool.key] = None
            continue
        found = re.search(r"Collected : (\d+)", result.stderr)
        if result.returncode != 0 or not found:
            log(f"  callgrind failed:\n{result.stderr[-2000:]}")
            results[tool.key] = None
        else:
            results[tool.key] = int(found.group(1)) / INSTRUCTION_CALLS / 1000
    (WORK / "callgrind.out").unlink(missing_ok=True)
    return results


def fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def ratio(value: float | None, base: float | None) -> str:
    return "—" if value is None or not base else f"{value / base:.2f}"


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def succeeded(row: Row | None) -> Timed | None:
    """The generation timing of a row whose generator exited 0, else None."""
    return row.gen if row is not None and row.gen is not None and row.gen.exit_code == 0 else None


def main_table(rows: list[Row]) -> str:
    opc_rows = {row.spec.key: row for row in rows if row.tool is OPC}
    body = []
    for row in rows:
        gen, opc = succeeded(row), opc_rows.get(row.spec.key)
        opc_gen = succeeded(opc)
        imports = row.imports["seconds"] if row.imports else None
        opc_imports = opc.imports["seconds"] if opc_gen and opc and opc.imports else None
        body.append(
            [
                row.spec.title,
                row.tool.label,
                fmt(gen.seconds, 1) if gen else f"failed (exit {row.gen.exit_code if row.gen else '?'})",
                ratio(gen.seconds if gen else None, opc_gen.seconds if opc_gen else None),
                fmt(gen.peak_mb if gen else None, 0),
                ratio(gen.peak_mb if gen else None, opc_gen.peak_mb if opc_gen else None),
                f"{row.lines:,}" if row.lines is not None else "—",
                fmt(imports),
                ratio(imports, opc_imports),
                f"{row.imports['failed']} of {row.imports['modules']}" if row.imports else "—",
                (
                    f"{row.first_call['seconds']:.3f} ({row.first_call['import_and_client']:.3f})"
                    if row.first_call
                    else "—"
                ),
                f"{row.first_call['import_client_group']:.3f}" if row.first_call else "—",
            ]
        )
    header = [
        "spec",
        "generator",
        "generate s",
        "× opc",
        "peak RSS MB",
        "× opc",
        "lines of Python",
        "import all s",
        "× opc",
        "modules failing",
        "first call s (of it import + Client)",
        "import + Client + first group s",
    ]
    return table(header, body)


def regen_cell(run: Timed) -> str:
    """Seconds, and how many files clientgen wrote (its summary line)."""
    if run.exit_code != 0:
        return f"failed (exit {run.exit_code})"
    found = re.search(r"(\d+) files written", run.output)
    note = "up to date" if "is up to date" in run.output else f"{found.group(1) if found else '?'} files written"
    return f"{run.seconds:.2f} ({note})"


def scaling_table(rows: list[Row]) -> str:
    body = []
    for row in rows:
        gen = succeeded(row)
        if row.tool is not US or gen is None:
            continue
        size = row.extra["size"] / 2**20
        body.append(
            [
                row.spec.title,
                f"{size:.2f}",
                str(row.extra["operations"]),
                str(row.extra["models"]),
                fmt(gen.seconds, 1),
                fmt(gen.seconds / size, 1),
                fmt(row.extra["warm"].seconds, 1) if row.extra["warm"].exit_code == 0 else "failed",
                regen_cell(row.extra["regen_same"]),
                regen_cell(row.extra["regen_changed"]),
            ]
        )
    header = [
        "spec",
        "size MB",
        "operations",
        "models",
        "generate s",
        "s per MB",
        "generate, warm cache s",
        "regenerate, no change s",
        "regenerate, one operation changed s",
    ]
    return table(header, body)


STAGES = ("load", "validate", "resolve", "render", "format", "write", "memo")


def stages_table(rows: list[Row]) -> str:
    """clientgen's first generation stage by stage, as it reported them through CLIENTGEN_TIMINGS."""
    body = []
    for row in rows:
        gen = succeeded(row)
        if row.tool is not US or gen is None or row.stages is None:
            continue
        total = row.stages["total"]
        other = total - sum(row.stages.get(stage, 0.0) for stage in STAGES)
        cells = [fmt(row.stages.get(stage)) for stage in STAGES]
        body.append([row.spec.title, *cells, fmt(other), fmt(total), fmt(gen.seconds), fmt(gen.seconds - total)])
    header = ["spec", *(f"{stage} s" for stage in STAGES), "other s", "total s", "generate s", "start-up and exit s"]
    return table(header, body)


def deser_table(results: list[tuple[Deser, dict[str, float | None]]], tools: list[Tool], unit: str = "µs") -> str:
    columns = [
        (US, "clientgen `from_dict`"),
        (OPC, "opc `from_dict`"),
        (DMCG, "pydantic v2 `model_validate` (dmcg)"),
        (OAG, "pydantic v2 `model_validate` (oag)"),
    ]
    columns = [(tool, title) for tool, title in columns if tool in tools]
    body = []
    for deser, result in results:
        cells = [fmt(result.get(tool.key)) for tool, _ in columns]
        cells += [ratio(result.get("us"), result.get(tool.key)) for tool, _ in columns[1:]]
        body.append([deser.title, *cells])
    header = ["payload", *(f"{title} {unit}" for _, title in columns), *(f"clientgen × {t.key}" for t, _ in columns[1:])]
    return table(header, body)


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return (
        f"{os.cpu_count()} cores, {memory:.0f} GiB RAM, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, {datetime.date.today().isoformat()}"
    )


def snapshot_clientgen() -> None:
    """Copy generator/ and templates/ to .work/clientgen, from where `python -m generator` runs (its folder comes first
    on sys.path), so that edits made in the work tree during a run cannot mix two versions into one table."""
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    for folder in ("generator", "templates"):
        shutil.copytree(ROOT / folder, SNAPSHOT / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # Byte-compiled, as `pip install` leaves it (and the peers are): this machine sets PYTHONDONTWRITEBYTECODE, so
    # otherwise every run would compile clientgen's modules again.
    compileall.compile_dir(str(SNAPSHOT / "generator"), quiet=1)


def clientgen_version() -> str:
    """The commit clientgen ran from, and whether its generator/ or templates/ had uncommitted changes."""
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run([*git, "status", "--porcelain", "generator", "templates"], capture_output=True, text=True)
    return f"commit {commit or '?'}" + (" with uncommitted changes in generator/ or templates/" if dirty.stdout else "")


def load() -> str:
    return ", ".join(f"{value:.1f}" for value in os.getloadavg())


def keys(value: str, known: list[str], what: str) -> list[str]:
    """A comma-separated list of names, each one of `known` ("none": no name)."""
    names = [] if value == "none" else [name.strip() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in known]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown {what} {', '.join(unknown)} (known: {', '.join(known)})")
    return names


def tools_for(spec: Spec, peers: list[str] | None) -> list[Tool]:
    """clientgen, then the spec's own peers that `--peers` names (all of them without it)."""
    return [US, *(tool for tool in PEERS if tool.key in spec.peers and (peers is None or tool.key in peers))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    spec_keys, peer_keys = [spec.key for spec in SPECS], [tool.key for tool in PEERS]
    parser.add_argument(
        "--smoke", action="store_true", help="short loops; by default Edge Impulse only, with clientgen and opc"
    )
    parser.add_argument(
        "--specs",
        type=lambda value: keys(value, spec_keys, "spec"),
        help=f"comma-separated specs to run, of {', '.join(spec_keys)} (default: every one whose file is here)",
    )
    parser.add_argument(
        "--peers",
        type=lambda value: keys(value, peer_keys, "peer"),
        help=f"comma-separated peers, of {', '.join(peer_keys)}, or none; each spec runs those of them it lists"
        " (default: all it lists)",
    )
    parser.add_argument(
        "--deser-only",
        action="store_true",
        help="only the deserialization table, with the outputs an earlier full run left in benchmarks/.work/out",
    )
    args = parser.parse_args()
    chosen = args.specs if args.specs is not None else ["edgeimpulse"] if args.smoke else spec_keys
    peers = args.peers if args.peers is not None else ["opc"] if args.smoke else None
    wanted = [spec for spec in SPECS if spec.key in chosen]
    specs = [spec for spec in wanted if spec.path.exists()]
    spec_tools = {spec.key: tools_for(spec, peers) for spec in specs}
    tools = [tool for tool in [US, *PEERS] if any(tool in used for used in spec_tools.values())]
    count = 1_000 if args.smoke else 10_000
    rounds = 1 if args.smoke else DESER_ROUNDS
    with ThreadPoolExecutor() as pool:  # downloads, mostly: in parallel
        installs = [pool.submit(ensure_venv, name) for name in sorted({t.venv for t in tools if t.venv} | {"run"})]
    errors = [str(future.exception()) for future in installs if future.exception()]
    if errors:
        log("\n".join(errors))
        return 3
    load_before, version = load(), clientgen_version()
    if args.deser_only:
        version = f"the outputs the last full run left in benchmarks/.work/out (now at {version})"
    responses = payloads(specs)
    rows = []
    if not args.deser_only:
        snapshot_clientgen()
        rows = [row for spec in specs for row in bench_spec(spec, spec_tools[spec.key], responses)]
    desers = [deser for deser in DESERS if deser.spec in spec_tools]
    deser_results = [
        (deser, bench_deser(deser, spec_tools[deser.spec], responses[deser.payload], count, rounds)) for deser in desers
    ]
    counted = not args.smoke and shutil.which("valgrind") is not None
    instruction_results = (
        [(deser, bench_instructions(deser, spec_tools[deser.spec], responses[deser.payload])) for deser in desers]
        if counted
        else []
    )
    missing = [spec.title for spec in wanted if spec not in specs]
    print(f"Machine: {machine()}")
    print(f"clientgen: {version}")
    flags = "".join(f" --{flag.replace('_', '-')}" for flag in ("smoke", "deser_only") if getattr(args, flag))
    for flag in ("specs", "peers"):
        if getattr(args, flag) is not None:
            flags += f" --{flag} {','.join(getattr(args, flag)) or 'none'}"
    print(f"Command: python benchmarks/run.py{flags}")
    print(f"Load average (1, 5, 15 min) at start: {load_before}; at end: {load()}")
    ran = (f"{spec.title}: {', '.join(t.key for t in spec_tools[spec.key][1:]) or 'none'}" for spec in specs)
    print(f"Peers by spec: {'; '.join(ran)}")
    if missing:
        print(f"Skipped (spec file absent): {', '.join(missing)}")
    if rows:
        print("\nGeneration and import (ratios: value / openapi-python-client's; below 1 is better)\n")
        print(main_table(rows))
        print("\nScaling of clientgen's generation time with spec size\n")
        print(scaling_table(rows))
        print("\nclientgen's first generation by stage (CLIENTGEN_TIMINGS; render overlaps format, see README)\n")
        print(stages_table(rows))
    if desers:
        print(
            f"\nDeserialization, microseconds per object (median over {rounds} fresh interpreters per tool, taking"
            f" turns, of each one's best of 3 passes of {count:,} objects)\n"
        )
        print(deser_table(deser_results, tools))
    if instruction_results:
        print(
            f"\nDeserialization, thousands of instructions per object (callgrind, {INSTRUCTION_CALLS:,} calls after a"
            " warm-up; the same on every run)\n"
        )
        print(deser_table(instruction_results, tools, unit="k instructions"))
    elif desers and not args.smoke:
        print("\n(valgrind is not installed: no instruction counts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
