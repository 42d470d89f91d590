"""Formatting by long lines against formatting whole modules, on real specs: the two must give the same bytes.

    python benchmarks/format_by_lines_check.py ../shared/specs/*.json ../shared/specs/*.yaml tests/specs/*.yaml
    python benchmarks/format_by_lines_check.py --sample 500 --seed 7     # specs of the unpacked public directory

Each spec is rendered without formatting, then formatted both ways (`formatting._with_ruff_by_lines` and ruff on
whole modules); the table gives, per spec, its files and those that differ, with the first difference shown.
"""

from __future__ import annotations

import argparse
import difflib
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import formatting
from generator.diagnostics import GenerationError
from generator.pipeline import build
from generator.render import STATIC_FILES

DIRECTORY = Path(os.environ.get("CLIENTGEN_DIRECTORY", Path.home() / ".cache" / "clientgen-directory"))


def compare(spec: Path, ruff: str) -> tuple[int, list[str], str]:
    result = build(spec, "p", run_validator=False, formatted=False)
    files = {
        rel: formatting._parenthesize_long_unions(text)
        for rel, text in result.files.items()
        if rel.endswith(".py") and rel.partition("/")[2] not in STATIC_FILES
    }
    whole = {rel: formatting._parenthesize_long_returns(t) for rel, t in formatting._with_ruff(files, ruff).items()}
    by_lines, _ = formatting._with_ruff_by_lines(files, ruff)
    differ = sorted(rel for rel in files if whole[rel] != by_lines[rel])
    shown = ""
    if differ:
        lines = difflib.unified_diff(whole[differ[0]].splitlines(True), by_lines[differ[0]].splitlines(True), n=1)
        shown = "".join(list(lines)[2:14])
    return len(files), differ, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="this many specs of the public directory")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    specs = list(args.specs)
    if args.sample:
        found = sorted(p for p in DIRECTORY.rglob("*") if p.suffix in (".json", ".yaml"))
        specs += random.Random(args.seed).sample(found, min(args.sample, len(found)))
    ruff = formatting._ruff_binary()
    if ruff is None:
        print("ruff is not installed", file=sys.stderr)
        return 2
    print("| spec | files | differing |\n|---|---|---|")
    total = differing = 0
    for spec in specs:
        try:
            count, differ, shown = compare(spec, ruff)
        except GenerationError:
            continue  # a spec clientgen refuses (located errors): nothing to format
        total += count
        differing += len(differ)
        print(f"| {spec} | {count} | {len(differ)} |")
        if differ:
            print(f"\n{differ[0]}:\n{shown}\n")
    print(f"\n{len(specs)} specs, {total} files, {differing} differing")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
