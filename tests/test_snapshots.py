"""Golden files: the generated tree for each feature spec and the seed slice, compared file by file.

The runtime files copied verbatim into every package (render.STATIC_FILES) are left out of the golden
trees; test_output.py checks them. To accept a deliberate change of the generated code, run:

    CLIENTGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_snapshots.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from clientgen.pipeline import build
from clientgen.render import STATIC_FILES

from .conftest import ROOT, SEED_SPEC, SPECS

GOLDEN = ROOT / "tests" / "golden"
CASES = {path.stem: path for path in sorted(SPECS.glob("*.yaml"))} | {
    f"patterns_{path.stem}": path for path in sorted((SPECS / "patterns").glob("*.yaml"))
} | {
    "multifile": SPECS / "multifile" / "main.yaml",
    "seed_whitelabel_apikey": SEED_SPEC,
}


def snapshot_files(spec: Path, package: str) -> dict[str, str]:
    files = build(spec, package).files
    return {rel: text for rel, text in files.items() if rel.partition("/")[2] not in STATIC_FILES}


@pytest.mark.parametrize("name", sorted(CASES))
def test_generated_tree_matches_golden(name: str) -> None:
    files = snapshot_files(CASES[name], name)
    golden_dir = GOLDEN / name
    if os.environ.get("CLIENTGEN_UPDATE_GOLDEN"):
        shutil.rmtree(golden_dir, ignore_errors=True)
        for rel, text in files.items():
            (golden_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (golden_dir / rel).write_text(text, encoding="utf-8")
    assert golden_dir.is_dir(), f"no golden files for {name}; run CLIENTGEN_UPDATE_GOLDEN=1 pytest {__file__}"
    expected = {p.relative_to(golden_dir).as_posix() for p in golden_dir.rglob("*") if p.is_file()}
    assert sorted(files) == sorted(expected), "the set of generated files changed"
    for rel, text in sorted(files.items()):
        assert text == (golden_dir / rel).read_text(encoding="utf-8"), f"{rel} differs from its golden file"
