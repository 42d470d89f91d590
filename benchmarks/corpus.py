"""Run clientgen over a corpus of real specs and report, per stage and per cause, what works and what does not.

    python benchmarks/corpus.py                          # the whole shared directory: generate + import
    python benchmarks/corpus.py --mypy --examples        # ... and mypy --strict and the examples' round trips
    python benchmarks/corpus.py --sample 100 --seed 13   # a random sample of it
    python benchmarks/corpus.py specs/a.yaml dir/        # these specs (files, or folders searched for specs)
    python benchmarks/corpus.py --compare OLD.json       # ... and what changed since that run

For each spec, in a process of its own (two at a time by default, `--jobs`), the stages are:
- generate: `clientgen generate` as a user runs it. Exit 0 is success; 2 (errors in the spec) a failure with the
  first error as its cause; 3, a traceback, or no answer within the time limit, a crash.
- import: import every module of the generated package in a fresh interpreter, and build `Client()`.
- mypy (`--mypy`): `mypy --strict` on the package.
- examples (`--examples`): every example of a component schema (`example`, `examples`) and of a media type whose
  schema is a component, checked against the spec's own schema by a JSON Schema validator (jsonschema, OpenAPI
  3.0's `nullable` translated; formats checked), and each valid one read with the generated model's `from_dict`
  and written back with `to_dict`: the JSON must come back the same (date-times compared as instants, numbers
  as numbers). Which class belongs to a schema is the one thing taken from clientgen (its names).
- prism (`--prism`): the conformance harness of tests/ against a Prism mock of the spec.

Results are appended to `benchmarks/.work/corpus/results.jsonl` as each spec ends, so an interrupted run goes on
where it stopped (`--fresh` starts again); the summary goes to stdout and, with `--json FILE`, to a file that a
later run can `--compare` with. The directory of specs is unpacked from ../shared/specs/directory/ into
~/.cache/clientgen-directory the first time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / ".work" / "corpus"
ARCHIVE = ROOT.parent / "shared" / "specs" / "directory" / "directory-half.tar.xz"
DIRECTORY = Path.home() / ".cache" / "clientgen-directory"
PACKAGE = "corpus_client"
sys.path.insert(0, str(ROOT))
from tests import rawspec  # the project root is on the path first

STAGES = ("generate", "import", "mypy", "examples", "prism")
LIMITS = {"generate": 900, "import": 300, "mypy": 1800, "examples": 600, "prism": 1800}


# ------------------------------------------------------------------------------------------------ the corpus


def directory_specs() -> list[Path]:
    """The shared directory's specs, unpacked outside the work tree on first use."""
    folder = DIRECTORY / "api"
    if not folder.is_dir():
        if not ARCHIVE.is_file():
            raise SystemExit(f"corpus: neither {folder} nor {ARCHIVE} exists")
        DIRECTORY.mkdir(parents=True, exist_ok=True)
        with tarfile.open(ARCHIVE) as archive:
            archive.extractall(DIRECTORY, filter="data")
    return sorted(folder.rglob("*.json"))


def find_specs(arguments: list[str]) -> list[Path]:
    specs: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            specs += sorted(p for p in path.rglob("*") if p.suffix in (".json", ".yaml", ".yml") and p.is_file())
        else:
            specs.append(path)
    return specs


def sample(specs: list[Path], size: int | None, seed: int) -> list[Path]:
    if size is None or size >= len(specs):
        return specs
    return sorted(random.Random(seed).sample(sorted(specs), size))


def spec_id(spec: Path) -> str:
    """A spec's name in the results: relative to the directory when it is in it."""
    try:
        return spec.resolve().relative_to(DIRECTORY.resolve()).as_posix()
    except ValueError:
        return str(spec)


# ------------------------------------------------------------------------------------------------ one spec


def run_stage(name: str, command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> dict[str, Any]:
    start = time.perf_counter()
    try:
        done = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=LIMITS[name], check=False
        )
    except subprocess.TimeoutExpired:
        return {"status": "crash", "cause": f"no answer in {LIMITS[name]} s", "seconds": LIMITS[name]}
    seconds = round(time.perf_counter() - start, 2)
    return {"returncode": done.returncode, "stdout": done.stdout, "stderr": done.stderr, "seconds": seconds}


def check_spec(spec: Path, work: Path, stages: tuple[str, ...]) -> dict[str, Any]:
    """Every stage asked for, on one spec; a failed stage ends the ones that need it."""
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    env = {**os.environ, "CLIENTGEN_CACHE_DIR": str(work / "cache")}
    result: dict[str, Any] = {"spec": spec_id(spec)}
    gen = run_stage("generate", [sys.executable, "-m", "clientgen", "generate", str(spec), "-o", str(out),
                                 "--package", PACKAGE], cwd=ROOT, env=env)
    result["generate"] = _generate_outcome(gen)
    if result["generate"]["status"] != "ok":
        return result
    if "import" in stages:
        imp = run_stage("import", [sys.executable, "-c", _IMPORT_ALL, str(out), PACKAGE], env=env)
        result["import"] = _plain_outcome(imp)
        if result["import"]["status"] != "ok":
            return result
    if "mypy" in stages:
        typed = run_stage("mypy", [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir",
                                   os.devnull, PACKAGE], cwd=out, env=env)
        result["mypy"] = _mypy_outcome(typed)
    if "examples" in stages:
        ex = run_stage("examples", [sys.executable, str(Path(__file__)), "--examples-of", str(spec), str(out)],
                       cwd=ROOT, env=env)
        result["examples"] = _examples_outcome(ex)
    if "prism" in stages:
        result["prism"] = _prism(spec, work, env)
    return result


_IMPORT_ALL = """
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
pkg = importlib.import_module(sys.argv[2])
count = 0
for module in pkgutil.walk_packages(pkg.__path__, sys.argv[2] + "."):
    importlib.import_module(module.name)
    count += 1
pkg.Client(base_url="http://127.0.0.1:9")
pkg.AsyncClient(base_url="http://127.0.0.1:9")
print(count)
"""


def _generate_outcome(run: dict[str, Any]) -> dict[str, Any]:
    if "status" in run:
        return run
    stderr = run["stderr"]
    warnings = len(re.findall(r": warning: ", stderr))
    outcome: dict[str, Any] = {"seconds": run["seconds"], "warnings": warnings}
    if run["returncode"] == 0:
        return {**outcome, "status": "ok"}
    if run["returncode"] in (1, 2) and "Traceback" not in stderr:
        errors = [line for line in stderr.splitlines() if ": error: " in line]
        first = errors[0].split(": error: ", 1)[1] if errors else (stderr.strip().splitlines() or ["?"])[-1]
        return {**outcome, "status": "failed", "cause": first, "errors": len(errors)}
    return {**outcome, "status": "crash", "cause": _last_line(stderr), "returncode": run["returncode"]}


def _plain_outcome(run: dict[str, Any]) -> dict[str, Any]:
    if "status" in run:
        return run
    if run["returncode"] == 0:
        return {"status": "ok", "seconds": run["seconds"]}
    return {"status": "failed", "cause": _last_line(run["stderr"]), "seconds": run["seconds"]}


def _mypy_outcome(run: dict[str, Any]) -> dict[str, Any]:
    if "status" in run:
        return run
    if run["returncode"] == 0:
        return {"status": "ok", "seconds": run["seconds"]}
    errors = [line for line in run["stdout"].splitlines() if ": error: " in line]
    codes = Counter(m.group(1) for line in errors if (m := re.search(r"\[([a-z-]+)\]$", line)))
    return {"status": "failed", "cause": ", ".join(sorted(codes)) or _last_line(run["stdout"] + run["stderr"]),
            "errors": errors[:20], "seconds": run["seconds"]}


def _examples_outcome(run: dict[str, Any]) -> dict[str, Any]:
    if "status" in run:
        return run
    try:
        report = json.loads(run["stdout"].strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"status": "crash", "cause": _last_line(run["stderr"]), "seconds": run["seconds"]}
    status = "ok" if not report["failures"] else "failed"
    cause = report["failures"][0]["cause"] if report["failures"] else ""
    return {"status": status, "cause": cause, "seconds": run["seconds"], **report}


PRISM = ROOT / "tools" / "prism" / "node_modules" / ".bin" / "prism"


def _prism(spec: Path, work: Path, env: dict[str, str]) -> dict[str, Any]:
    run = run_stage("prism", [sys.executable, str(Path(__file__)), "--prism-of", str(spec), str(work / "prism")],
                    cwd=ROOT, env=env)
    if "status" in run:
        return run
    try:
        report = json.loads(run["stdout"].strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"status": "crash", "cause": _last_line(run["stderr"]), "seconds": run["seconds"]}
    counts = report["counts"]
    failures = [f"{r['operation']}: {r['reason']}" for r in report["results"] if r["verdict"] == "client"]
    return {"status": "failed" if failures or report.get("crashes") else "ok",
            "cause": (failures or report.get("crashes") or [""])[0][:300], "seconds": run["seconds"],
            "counts": counts, "verified": sum(counts.get(v, 0) for v in ("passed", "client")),
            "skipped": report.get("skipped"), "failures": failures[:50],
            "others": [f"{r['operation']}: {r['verdict']}: {r['reason']}" for r in report["results"]
                       if r["verdict"] in ("spec", "prism", "harness")][:50]}


def check_prism(spec: Path, work: Path) -> dict[str, Any]:
    """The conformance harness of tests/ on one spec (a process of its own: it starts Prism)."""
    from tests.conformance import run_conformance

    work.mkdir(parents=True, exist_ok=True)
    return dict(run_conformance(spec, work, PACKAGE, PRISM).to_json())


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else "?"


# ------------------------------------------------------------------------------------------------ examples


def check_examples(spec: Path, out: Path) -> dict[str, Any]:
    """Round-trip every valid example of a model schema through the generated package in `out` (see the module
    docstring); runs in a process of its own."""
    import importlib

    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(out))
    document = rawspec.load(spec)
    classes, attrs = rawspec.model_classes(spec, PACKAGE)
    validator_for = rawspec.validators(document)
    report: dict[str, Any] = {"examples": 0, "valid": 0, "round_tripped": 0, "properties": 0, "not_models": 0,
                              "failures": []}
    serde = importlib.import_module(f"{PACKAGE}._serde")
    for pointer, example, where in rawspec.examples(document):
        report["examples"] += 1
        if not validator_for(pointer).is_valid(example):
            continue
        report["valid"] += 1
        owner = re.fullmatch(r"(.*)/properties/([^/]+)", pointer)
        if pointer in classes and example is not None and not isinstance(example, dict):
            # Valid only because the schema has properties but no `type`: clients read such a schema as an
            # object (README), so this example of another JSON type is not theirs to read.
            report["typeless"] = report.get("typeless", 0) + 1
            continue
        if pointer in classes and example is not None:
            cls = _class(classes[pointer])
            failure = _round_trip(cls, example)
            counter = "round_tripped"
        elif owner and owner.group(1) in classes:
            # A property's example: read leniently in an object of its own (the other required properties are
            # missing), and the property must be read without complaint and written back the same.
            cls, prop = _class(classes[owner.group(1)]), owner.group(2).replace("~1", "/").replace("~0", "~")
            attr = attrs.get((owner.group(1), prop))
            if attr is None:  # a property that allOf merging overrode elsewhere
                report["not_models"] += 1
                continue
            failure = _property_round_trip(serde, cls, prop, attr, example)
            counter = "properties"
        else:
            report["not_models"] += 1
            continue
        if failure:
            report["failures"].append({"at": where, **failure})
        else:
            report[counter] += 1
    return report


def _class(where: tuple[str, str]) -> Any:
    import importlib

    return getattr(importlib.import_module(f"{PACKAGE}.models.{where[0]}"), where[1])


def _round_trip(cls: Any, example: Any) -> dict[str, Any] | None:
    try:
        back = cls.from_dict(example).to_dict()
    except Exception as exc:  # noqa: BLE001 - every failure is a finding to report
        return {"cause": f"{type(exc).__name__}: {str(exc)[:300]}"}
    if not rawspec.same_json(back, example):
        return {"cause": "to_dict differs", "got": _short(back)}
    return None


def _property_round_trip(serde: Any, cls: Any, prop: str, attr: str, example: Any) -> dict[str, Any] | None:
    import logging

    complaints: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            complaints.append(record.getMessage())

    handler = Collect()
    serde.logger.addHandler(handler)
    lenient = serde._LENIENT.set(True)
    try:
        back = serde.dump(getattr(cls.from_dict({prop: example}), attr))
    except Exception as exc:  # noqa: BLE001
        return {"cause": f"{type(exc).__name__}: {str(exc)[:300]}"}
    finally:
        serde._LENIENT.reset(lenient)
        serde.logger.removeHandler(handler)
    about_it = [c for c in complaints if "required, but missing" not in c and "is missing" not in c]
    if about_it:
        return {"cause": about_it[0][:300]}
    if not rawspec.same_json(back, example):
        return {"cause": "written back differently", "got": _short(back)}
    return None


def _short(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) < 300 else text[:300] + "..."


# ------------------------------------------------------------------------------------------------ reporting


def cause_class(cause: str) -> str:
    """A cause without the spec's own names and numbers, so that equal causes count together."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", cause)
    text = re.sub(r"\d+", "N", text)
    return text[:140]


def summary(results: list[dict[str, Any]], stages: tuple[str, ...]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for stage in ("generate", *[s for s in stages if s != "generate"]):
        counts: Counter[str] = Counter()
        causes: Counter[str] = Counter()
        for r in results:
            outcome = r.get(stage)
            counts[outcome["status"] if outcome else "not run"] += 1
            if outcome and outcome["status"] != "ok":
                causes[f"{outcome['status']}: {cause_class(outcome.get('cause', ''))}"] += 1
        table[stage] = {"counts": dict(counts), "causes": causes.most_common()}
    prism = [r["prism"]["counts"] for r in results if "counts" in r.get("prism", {})]
    if prism:
        totals = {v: sum(c.get(v, 0) for c in prism) for v in ("passed", "client", "known", "spec", "prism", "harness")}
        verified = totals["passed"] + totals["client"]
        table["prism_totals"] = {**totals, "verified": verified,
                                 "rate": round(totals["passed"] / verified, 4) if verified else None}
    examples = [r["examples"] for r in results if "examples" in r and "valid" in r["examples"]]
    if examples:
        keys = ("examples", "valid", "round_tripped", "properties", "not_models")
        table["examples_totals"] = {k: sum(e.get(k, 0) for e in examples) for k in keys}
        table["examples_totals"]["failures"] = sum(len(e["failures"]) for e in examples)
    return table


def print_summary(table: dict[str, Any], results: list[dict[str, Any]], stages: tuple[str, ...]) -> None:
    print(f"{len(results)} specs")
    print(f"{'stage':<10} {'ok':>6} {'failed':>7} {'crash':>6} {'not run':>8}")
    for stage, row in table.items():
        if stage.endswith("_totals"):
            continue
        c = row["counts"]
        print(f"{stage:<10} {c.get('ok', 0):>6} {c.get('failed', 0):>7} {c.get('crash', 0):>6} {c.get('not run', 0):>8}")
    if "examples_totals" in table:
        t = table["examples_totals"]
        print(f"examples: {t['examples']} found, {t['valid']} valid by the spec's schema; round-tripped: "
              f"{t['round_tripped']} of models, {t['properties']} of model properties; {t['not_models']} of other "
              f"schemas (not checked); {t['failures']} failures")
    if "prism_totals" in table:
        t = table["prism_totals"]
        print(f"prism: {t['verified']} operations verified, {t['passed']} accepted and parsed ({t['rate']}), "
              f"{t['client']} client failures; not verified: {t['spec']} spec faults, {t['prism']} Prism limits, "
              f"{t['harness']} without a valid request")
    for stage, row in table.items():
        if stage.endswith("_totals") or not row["causes"]:
            continue
        print(f"\n{stage}: causes")
        for cause, count in row["causes"]:
            print(f"  {count:>5}  {cause}")
    for stage in stages:
        bad = [r for r in results if stage in r and r[stage]["status"] != "ok"]
        if bad:
            print(f"\n{stage}: specs that did not pass")
            for r in bad:
                print(f"  {r['spec']}: {r[stage]['status']}: {r[stage].get('cause', '')[:200]}")


def compare(old_file: Path, results: list[dict[str, Any]], stages: tuple[str, ...]) -> None:
    old = {r["spec"]: r for r in json.loads(old_file.read_text())["results"]}
    print(f"\nchanges since {old_file}:")
    for r in results:
        before = old.get(r["spec"])
        if before is None:
            continue
        for stage in stages:
            was = (before.get(stage) or {}).get("status", "not run")
            now = (r.get(stage) or {}).get("status", "not run")
            if was != now:
                print(f"  {r['spec']} {stage}: {was} -> {now}")


# ------------------------------------------------------------------------------------------------ the run


def run(specs: list[Path], stages: tuple[str, ...], jobs: int = 2, results_file: Path | None = None,
        fresh: bool = False, progress: bool = True) -> list[dict[str, Any]]:
    """Check every spec (resuming from `results_file`); the results in the order of `specs`."""
    done: dict[str, dict[str, Any]] = {}
    if results_file is not None:
        results_file.parent.mkdir(parents=True, exist_ok=True)
        if fresh:
            results_file.unlink(missing_ok=True)
        elif results_file.exists():
            for line in results_file.read_text().splitlines():
                if line.strip():
                    entry = json.loads(line)
                    done[entry["spec"]] = entry
    wanted = {spec_id(s): s for s in specs}
    todo = [s for s in specs if not _complete(done.get(spec_id(s)), stages)]
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clientgen-corpus-") as scratch, ThreadPoolExecutor(jobs) as pool:
        futures = {pool.submit(_one, spec, Path(scratch) / f"w{i}", stages): spec for i, spec in enumerate(todo)}
        for n, future in enumerate(as_completed(futures), 1):
            entry = future.result()
            done[entry["spec"]] = entry
            if results_file is not None:
                with results_file.open("a") as f:
                    f.write(json.dumps(entry) + "\n")
            if progress:
                states = " ".join(f"{s}={entry[s]['status']}" for s in STAGES if s in entry)
                print(f"[{n}/{len(todo)} {time.perf_counter() - start:.0f}s] {entry['spec']}: {states}",
                      file=sys.stderr, flush=True)
    return [done[key] for key in wanted]


def _complete(entry: dict[str, Any] | None, stages: tuple[str, ...]) -> bool:
    """Whether an earlier result has every stage asked for, or stopped at a stage the others need."""
    if entry is None:
        return False
    for stage in stages:
        if stage not in entry:
            return False
        if stage in ("generate", "import") and entry[stage]["status"] != "ok":
            return True
    return True


def _one(spec: Path, work: Path, stages: tuple[str, ...]) -> dict[str, Any]:
    work.mkdir(parents=True, exist_ok=True)
    try:
        return check_spec(spec, work, stages)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*", help="spec files or folders (default: the shared directory)")
    parser.add_argument("--sample", type=int, help="a random sample of this many specs")
    parser.add_argument("--seed", type=int, default=0, help="seed of the sample")
    parser.add_argument("--shuffle", action="store_true", help="in a random order (by --seed): a partial run is a sample")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--mypy", action="store_true")
    parser.add_argument("--examples", action="store_true")
    parser.add_argument("--prism", action="store_true")
    parser.add_argument("--no-import", action="store_true")
    parser.add_argument("--results", type=Path, default=WORK / "results.jsonl", help="resumable results (JSON lines)")
    parser.add_argument("--fresh", action="store_true", help="forget earlier results")
    parser.add_argument("--json", type=Path, help="write the results and the summary to this file")
    parser.add_argument("--compare", type=Path, help="a --json file of an earlier run")
    parser.add_argument("--examples-of", nargs=2, metavar=("SPEC", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument("--prism-of", nargs=2, metavar=("SPEC", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.prism_of:
        print(json.dumps(check_prism(Path(args.prism_of[0]), Path(args.prism_of[1]))))
        return 0
    if args.examples_of:
        print(json.dumps(check_examples(Path(args.examples_of[0]), Path(args.examples_of[1]))))
        return 0
    specs = sample(find_specs(args.specs) if args.specs else directory_specs(), args.sample, args.seed)
    if args.shuffle:
        random.Random(args.seed).shuffle(specs)
    stages = tuple(s for s, on in (("generate", True), ("import", not args.no_import), ("mypy", args.mypy),
                                   ("examples", args.examples), ("prism", args.prism)) if on)
    results = run(specs, stages, args.jobs, args.results, args.fresh)
    table = summary(results, stages)
    print_summary(table, results, stages)
    if args.compare:
        compare(args.compare, results, stages)
    if args.json:
        args.json.write_text(json.dumps({"stages": stages, "summary": table, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
