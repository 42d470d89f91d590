"""A non-editable install (a built wheel) carries the templates and generates without the source tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEED_SPEC


def test_wheel_install_finds_templates(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("clientgen-*.whl")
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr
    assert (target / "generator" / "templates" / "package" / "client.py.jinja").is_file()
    assert (target / "generator" / "templates" / "static" / "_runtime.py").is_file()
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import generator, sys; from generator.cli import main; "
            "assert generator.__file__.startswith(sys.argv[1]), generator.__file__; "
            "sys.exit(main(['generate', sys.argv[2], '-o', 'out', '--package', 'seed', '-q']))",
            str(target),
            str(SEED_SPEC),
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert (workdir / "out" / "seed" / "api" / "organizations.py").is_file()
    # The installed command (it ends the process without the interpreter's teardown): output written and flushed,
    # and the exit status kept.
    script = target / "bin" / "clientgen"
    assert script.is_file()
    again = subprocess.run(
        [sys.executable, str(script), "generate", str(SEED_SPEC), "-o", "out2", "--package", "seed"],
        cwd=workdir, env=env, capture_output=True, text=True,
    )
    assert again.returncode == 0, again.stderr
    assert "files written" in again.stderr
    assert (workdir / "out2" / "seed" / "api" / "organizations.py").is_file()
    missing = subprocess.run(
        [sys.executable, str(script), "generate", str(workdir / "nope.yaml"), "-o", "out3", "--package", "seed"],
        cwd=workdir, env=env, capture_output=True, text=True,
    )
    assert missing.returncode == 2 and "does not exist" in missing.stderr
