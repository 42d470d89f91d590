"""Which specs declare subtypes through allOf of a schema with a discriminator, and what clientgen makes of them.

    python benchmarks/subtypes_census.py                   # the unpacked directory (~/.cache/clientgen-directory)
    python benchmarks/subtypes_census.py SPEC [SPEC ...]   # these specs
    python benchmarks/subtypes_census.py --list FILE       # also write the paths of the specs found, one a line

A spec is counted when, read as plain JSON or YAML (not through clientgen), one of its component schemas has a
discriminator and no oneOf/anyOf, and another references it directly in its allOf. For each such spec the table gives
how many allOf references to such bases the spec has, and from clientgen's intermediate model: the subclasses, the
dispatch tables, and the warnings about models that stay apart (`generator/hierarchy.py`). The paths written with
`--list` can go to `benchmarks/corpus.py --mypy` to check that every client still passes `mypy --strict`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clientgen.diagnostics import GenerationError
from clientgen.pipeline import load_api

DIRECTORY = Path.home() / ".cache" / "clientgen-directory"
HIERARCHY_WARNINGS = ("is not made a subclass", "models that have discriminators", "which is not made a subclass")


def references_to_bases(doc: Any) -> int:
    """allOf references to component schemas that have a discriminator of their own, in the raw document."""
    if not isinstance(doc, dict):
        return 0
    schemas = (doc.get("components") or {}).get("schemas") or doc.get("definitions") or {}
    if not isinstance(schemas, dict):
        return 0
    bases = {
        name
        for name, schema in schemas.items()
        if isinstance(schema, dict) and "discriminator" in schema and "oneOf" not in schema and "anyOf" not in schema
    }
    count = 0
    for schema in schemas.values():
        members = schema.get("allOf") if isinstance(schema, dict) else None
        for member in members if isinstance(members, list) else []:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if isinstance(ref, str) and ref.rsplit("/", 1)[-1] in bases:
                count += 1
    return count


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if "discriminator" not in text:
        return None
    return json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("specs", nargs="*", type=Path)
    parser.add_argument("--list", type=Path, help="write the paths of the specs found here")
    args = parser.parse_args()
    paths = args.specs or sorted(p for p in (DIRECTORY / "api").rglob("*") if p.suffix in (".json", ".yaml", ".yml"))
    found: list[Path] = []
    totals = [0, 0, 0, 0]
    print("| spec | allOf references to bases | subclasses | dispatch tables | warnings |")
    print("|---|---|---|---|---|")
    for path in paths:
        try:
            references = references_to_bases(_read(path))
        except (OSError, ValueError, yaml.YAMLError):
            continue
        if not references:
            continue
        try:
            api, diagnostics, _ = load_api(path, run_validator=False)
        except GenerationError:
            print(f"| {path.name} | {references} | (does not generate) | | |")
            continue
        row = [
            references,
            sum(1 for m in api.models if m.base),
            sum(1 for m in api.models if m.subtypes is not None),
            sum(1 for d in diagnostics if any(w in d.message for w in HIERARCHY_WARNINGS)),
        ]
        totals = [a + b for a, b in zip(totals, row)]
        found.append(path)
        print(f"| {path.name} | " + " | ".join(map(str, row)) + " |")
    print(f"| **{len(found)} specs** | " + " | ".join(map(str, totals)) + " |")
    if args.list:
        args.list.write_text("".join(f"{p}\n" for p in found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
