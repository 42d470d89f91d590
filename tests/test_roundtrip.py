"""Property-based round trips of every model schema of the real specs, with instances made from the raw schemas.

See tests/roundtrip.py for how instances are made and judged (a JSON Schema validator on the document itself).
Each spec prints: schemas that are models, those tried (a valid instance was made), instances, instances broken
in one place and refused, instances broken and accepted as the README documents (unknown properties and enum
values kept, oneOf read as anyOf), failures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import EI_SPEC, SEED_SPEC, SHARED_SPECS, generate
from .roundtrip import check_spec

SPECS = {
    "edgeimpulse": EI_SPEC,
    "seed": SEED_SPEC,
    "twilio": SHARED_SPECS / "twilio-messaging-v1.yaml",
    "github": SHARED_SPECS / "github-api.github.com.json",
    "stripe": SHARED_SPECS / "stripe-spec3.yaml",
    "opc-3.0": SHARED_SPECS / "opc-baseline-openapi-3.0.json",
    "opc-3.1": SHARED_SPECS / "opc-baseline-openapi-3.1.yaml",
}
DIRECTORY_SAMPLE = 12  # specs of the public directory, a fixed random sample


def _directory_sample() -> list[Path]:
    from .test_corpus import corpus

    if not corpus.ARCHIVE.is_file() and not (corpus.DIRECTORY / "api").is_dir():
        return []
    return corpus.sample(corpus.directory_specs(), DIRECTORY_SAMPLE, 7)


def _check(spec: Path, tmp_path: Path) -> None:
    if not spec.is_file():
        pytest.skip(f"{spec} is not here (../shared/specs is absent)")
    generate(spec, tmp_path, "roundtrip_client")
    report = check_spec(spec, tmp_path, "roundtrip_client", per_schema=3, seed=1)
    print(f"{report.spec}: {report.schemas} model schemas, {report.tried} tried, {report.instances} instances, "
          f"{report.broken} broken and refused, {report.limits} broken and read as documented, "
          f"{len(report.failures)} failures")
    assert report.failures == []
    assert report.tried >= 0.8 * report.schemas, "instances could be made for too few schemas"
    if report.instances:
        assert report.broken > 0, "no broken instance was refused"


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SPECS))
def test_models_round_trip_instances_of_their_schema(name: str, tmp_path: Path) -> None:
    _check(SPECS[name], tmp_path)


@pytest.mark.slow
def test_models_of_a_directory_sample_round_trip(tmp_path: Path) -> None:
    specs = _directory_sample()
    if not specs:
        pytest.skip("the public directory of specs is not here (../shared/specs/directory)")
    for i, spec in enumerate(specs):
        _check(spec, tmp_path / str(i))
