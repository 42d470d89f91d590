"""Regeneration times of two checkouts of clientgen, measured in the same run, taking turns.

    python benchmarks/regen_compare.py BEFORE_CHECKOUT AFTER_CHECKOUT [--spec SPEC] [--rounds N]

Each checkout is byte-compiled first (as `pip install` leaves it; this machine sets PYTHONDONTWRITEBYTECODE), then
generates the spec once into its own folder (with its own cache); then, per round: regenerates with no change, and
with one operation changed (in round N the Nth operationId marked deprecated, so that no round finds the changed
file in a cache an earlier round filled, as a real change would not), then puts the spec back. The checkouts
alternate round by round, so both see the same load on the machine. Prints the median of each, in seconds, as the
`clientgen generate` command measures from outside (process start included).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import SHARED_SPECS


def _generate(checkout: Path, spec: Path, out: Path, cache: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout), "CLIENTGEN_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "generator", "generate", str(spec), "-o", str(out), "--package", "bench", "-q"]
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, cwd=checkout, capture_output=True)
    return time.perf_counter() - start


def _change_operation(spec_file: Path, n: int) -> None:
    """Mark the nth operation deprecated."""
    text = spec_file.read_text()
    pattern = r'("operationId":\s*"[^"]*")' if spec_file.suffix == ".json" else r"^( *)(operationId: .*)$"
    found = list(re.finditer(pattern, text, flags=re.MULTILINE))[n]
    insert = ', "deprecated": true' if spec_file.suffix == ".json" else f"\n{found.group(1)}deprecated: true"
    spec_file.write_text(text[: found.end()] + insert + text[found.end() :])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("checkouts", nargs=2, type=Path)
    parser.add_argument("--spec", type=Path, default=SHARED_SPECS / "github-api.github.com.json")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    times: dict[Path, dict[str, list[float]]] = {c: {"no change": [], "one operation": []} for c in args.checkouts}
    for checkout in args.checkouts:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "generator")], check=True)
    with tempfile.TemporaryDirectory(prefix="clientgen-regen-") as tmp:
        places = {}
        for i, checkout in enumerate(args.checkouts):
            spec = Path(tmp) / f"spec{i}{args.spec.suffix}"
            shutil.copyfile(args.spec, spec)
            places[checkout] = (spec, Path(tmp) / f"out{i}", Path(tmp) / f"cache{i}")
            _generate(checkout, *places[checkout])  # the first generation fills the cache
        for round_ in range(args.rounds):
            for checkout in args.checkouts:
                spec, out, cache = places[checkout]
                times[checkout]["no change"].append(_generate(checkout, spec, out, cache))
                _change_operation(spec, round_)
                times[checkout]["one operation"].append(_generate(checkout, spec, out, cache))
                shutil.copyfile(args.spec, spec)
                _generate(checkout, spec, out, cache)
    print(f"spec: {args.spec.name}; median of {args.rounds} rounds; load average {os.getloadavg()[0]:.1f}")
    for checkout, found in times.items():
        cells = ", ".join(f"{kind} {statistics.median(values):.2f} s" for kind, values in found.items())
        print(f"{checkout}: {cells}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
