"""The largest functions and classes of clientgen (generator/ and the runtime in templates/static/), by lines.

    python benchmarks/largest_definitions.py [--root CHECKOUT] [--most N]

Counts each `def` and `class` from its first line to its last (`ast`: decorators excluded, nested definitions
counted within their parent too), and prints the N largest, with the lines of the generated Edge Impulse client in
`output/edgeimpulse_api/` (all of it, and `api/`). Run it on two checkouts to compare them.
"""

from __future__ import annotations

import argparse
import ast
from pathlib import Path


def definitions(root: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for path in sorted([*(root / "generator").glob("*.py"), *(root / "templates" / "static").glob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.end_lineno:
                kind = "class" if isinstance(node, ast.ClassDef) else "def"
                found.append((node.end_lineno - node.lineno + 1, f"{path.relative_to(root)}: {kind} {node.name}"))
    return sorted(found, key=lambda item: (-item[0], item[1]))


def lines(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in folder.rglob("*.py"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--most", type=int, default=15)
    args = parser.parse_args()
    for size, name in definitions(args.root)[: args.most]:
        print(f"{size:5d}  {name}")
    package = args.root / "output" / "edgeimpulse_api"
    print(f"output/edgeimpulse_api: {lines(package):,} lines (api/: {lines(package / 'api'):,})")


if __name__ == "__main__":
    main()
