"""How many operations clientgen recognises as paginated, per spec and in all, and the list-like ones it does not.

    python benchmarks/pagination_census.py                     # GitHub, Stripe, the Google APIs of the directory
    python benchmarks/pagination_census.py SPEC [SPEC ...]     # these specs
    python benchmarks/pagination_census.py --missed 10         # how many unrecognised list-like operations to show

"List-like" is `clientgen.pagination.list_like`: a GET whose answer holds an array and which takes paging-like
query parameters or has `list` in its operationId. Recognition is what `clientgen generate` does by default (no
configuration); the reasons are `clientgen inspect --pagination`'s.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clientgen import pagination
from clientgen.diagnostics import GenerationError
from clientgen.loader import Loader
from clientgen.pipeline import load_api

SHARED = ROOT.parent / "shared" / "specs"
GOOGLE = Path.home() / ".cache" / "clientgen-directory" / "api" / "googleapis.com"


def census(spec: Path) -> tuple[int, collections.Counter[str], list[tuple[str, str]], int]:
    """(operations, paginated by kind, unrecognised list-like operations with why, list-like operations)."""
    loader = Loader()
    api, _, _ = load_api(spec, run_validator=False, loader=loader)
    raw = loader.load(spec).data
    models = {m.key: m for m in api.models}
    kinds = collections.Counter(op.pagination.kind for op in api.operations if op.pagination is not None)
    missed = [
        (op.operation_id, pagination.explain(op, models, raw, pagination.DEFAULT)[1])
        for op in api.operations
        if op.pagination is None and pagination.list_like(op, models)
    ]
    listed = sum(1 for op in api.operations if pagination.list_like(op, models))
    return len(api.operations), kinds, missed, listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--missed", type=int, default=10)
    args = parser.parse_args()
    groups: dict[str, list[Path]] = {}
    if args.specs:
        groups = {str(spec): [spec] for spec in args.specs}
    else:
        groups = {
            "GitHub": [SHARED / "github-api.github.com.json"],
            "Stripe": [SHARED / "stripe-spec3.yaml"],
            "Google APIs (directory, googleapis.com)": sorted(GOOGLE.glob("*.json")) + sorted(GOOGLE.glob("*.yaml")),
        }
    print("| specs | operations | list-like | paginated | link | cursor | token | offset | page "
          "| not: no paging parameters | not: other reasons |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    details = []
    for name, specs in groups.items():
        total, listed, kinds, missed, failed = 0, 0, collections.Counter[str](), [], 0
        for spec in specs:
            if not spec.is_file():
                print(f"{spec}: missing", file=sys.stderr)
                failed += 1
                continue
            try:
                ops, found, not_found, like = census(spec)
            except GenerationError:
                failed += 1
                continue
            total += ops
            listed += like
            kinds.update(found)
            missed += [(f"{spec.stem}: {op}", why) for op, why in not_found]
        row = [str(len(specs) - failed), str(total), str(listed), str(sum(kinds.values()))]
        unpaged = [m for m in missed if m[1] == "no paging parameters"]  # lists the API returns whole
        missed = [m for m in missed if m[1] != "no paging parameters"]
        row += [str(kinds[k]) for k in pagination.KINDS] + [str(len(unpaged)), str(len(missed))]
        print(f"| {name} | " + " | ".join(row) + " |")
        details.append((name, missed))
    for name, missed in details:
        print(f"\n{name}: the first {min(args.missed, len(missed))} list-like operations with paging parameters "
              "not recognised")
        for op, why in missed[: args.missed]:
            print(f"- {op}: {why}")
        reasons = collections.Counter(_reason_class(why) for _, why in missed)
        print("  by reason: " + ", ".join(f"{why}: {n}" for why, n in reasons.most_common()))
    return 0


def _reason_class(why: str) -> str:
    for key in ("no paging parameters", "fit no known pattern", "several arrays", "ambiguous", "no next-token field",
                "is not an integer", "no array of items", "neither an array", "Link header", "no string or integer"):
        if key in why:
            return key
    return why


if __name__ == "__main__":
    sys.exit(main())
