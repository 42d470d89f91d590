"""The oldest Python the README promises, 3.10: the runtime and generator tests again on it, in a virtualenv.

The machine image's pyenv has a 3.10 (Debian and PyPI have no interpreter of it); without one this test skips and
says so.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

FILES = ["tests/test_models.py", "tests/test_constructs.py", "tests/test_operations.py", "tests/test_styles.py",
         "tests/test_runtime.py", "tests/test_patterns.py", "tests/test_cli.py", "tests/test_sse_parser.py",
         "tests/test_streaming.py", "tests/test_webhooks.py", "tests/test_pagination.py", "tests/test_typed_dicts.py",
         "tests/test_type_hints.py", "tests/test_env_credentials.py"]


def _python310() -> str | None:
    root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(root.glob("3.10.*/bin/python"), reverse=True) + [Path("/usr/bin/python3.10")]
    for candidate in candidates:
        if candidate.is_file():
            done = subprocess.run([str(candidate), "-c", "import sys; print(sys.version_info[:2])"],
                                  capture_output=True, text=True, check=False)
            if done.stdout.strip() == "(3, 10)":
                return str(candidate)
    return None


@pytest.mark.slow
def test_runtime_and_generator_tests_pass_on_python_310(tmp_path: Path) -> None:
    python = _python310()
    if python is None:
        pytest.skip("no Python 3.10 interpreter here (pyenv's 3.10.x or /usr/bin/python3.10)")
    venv = tmp_path / "py310"
    subprocess.run([python, "-m", "venv", str(venv)], check=True)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet",
                          "--disable-pip-version-check", f"{ROOT}[test]"], capture_output=True, text=True, check=False)
    assert pip.returncode == 0, pip.stderr[-2000:]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    run = subprocess.run([str(venv / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                          "-p", "no:xdist", *FILES], cwd=ROOT, capture_output=True, text=True, env=env, check=False)
    assert run.returncode == 0, run.stdout[-4000:]
