"""Conformance of a generated client against Stoplight Prism, judged from the raw spec and the wire only.

    from tests.conformance import run_conformance
    report = run_conformance(spec, out_dir, "my_api", prism_bin, sample=100, seed=1)
    print(report.table()); print(report.details())

`harness.py` says how each operation is planned, called and judged; `limits.yaml` records what is left out and
why (Prism's limits, spec faults) and the known client failures. Nothing here imports `generator.*` except
`harness.generate_client`, which writes the client under test.
"""

from .harness import OpResult, Report, run_conformance
from .limits import Limits

__all__ = ["Limits", "OpResult", "Report", "run_conformance"]
