"""Seconds to render every model module of a spec, in this process, without formatting or writing: the render
stage's largest part, measured apart from the disk (which makes whole generations vary by a second).

    python benchmarks/model_render.py SPEC [--rounds N]

Round 1 is what a generation pays; later rounds run with the per-field code of round 1 already made, and show how
much of the work that code is.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from generator import render
from generator.graph import strongly_connected
from generator.naming import name_api
from generator.pipeline import load_api
from generator.pytypes import model_specificity


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("spec", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    api = load_api(args.spec)[0]
    names = name_api(api, strongly_connected(api), render.NO_RENAMES)
    specificity = model_specificity(api)
    units = [u for u in render._units(render.environment(), api, names, "pkg", []) if "/models/" in u.path]
    print(f"{args.spec.name}: {len(api.models)} models in {len(units)} modules")
    for number in range(1, args.rounds + 1):
        start = time.perf_counter()
        for unit in units:
            unit.make(names, specificity)
        print(f"round {number}: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
