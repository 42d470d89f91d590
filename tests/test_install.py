"""A non-editable install (a built wheel) carries the templates, generates without the source tree, and
regenerates the committed output/ byte for byte."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from .conftest import OUTPUT, ROOT, SEED_SPEC


def _run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, env=env, check=False, capture_output=True, text=True)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel of this checkout, as `pip install .` would build it, from a copy of what a clone holds (setuptools'
    `build/` folder in the checkout keeps files that were since removed, and would put them into the wheel)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("generator", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path_factory.mktemp("wheels")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels)]
    built = _run([*pip_wheel, str(source)])
    assert built.returncode == 0, built.stderr
    (found,) = wheels.glob("clientgen-*.whl")
    return found


def test_wheel_install_finds_templates(tmp_path: Path, wheel: Path) -> None:
    target = tmp_path / "site"
    installed = _run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)])
    assert installed.returncode == 0, installed.stderr
    assert (target / "clientgen" / "templates" / "package" / "client.py.jinja").is_file()
    assert (target / "clientgen" / "templates" / "static" / "_runtime.py").is_file()
    # The import package is named like the distribution: nothing called `generator` lands in the user's environment.
    assert sorted(p.name for p in target.iterdir() if not p.name.endswith((".dist-info", "bin"))) == ["clientgen"]
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import clientgen, sys; from clientgen.cli import main; "
        "assert clientgen.__file__.startswith(sys.argv[1]), clientgen.__file__; "
        "sys.exit(main(['generate', sys.argv[2], '-o', 'out', '--package', 'seed', '-q']))"
    )
    run = _run([sys.executable, "-c", code, str(target), str(SEED_SPEC)], cwd=workdir, env=env)
    assert run.returncode == 0, run.stderr
    assert (workdir / "out" / "seed" / "api" / "organizations.py").is_file()
    # The installed command (it ends the process without the interpreter's teardown): output written and flushed,
    # and the exit status kept.
    script = target / "bin" / "clientgen"
    assert script.is_file()
    again = _run(
        [sys.executable, str(script), "generate", str(SEED_SPEC), "-o", "out2", "--package", "seed"],
        cwd=workdir,
        env=env,
    )
    assert again.returncode == 0, again.stderr
    assert "files written" in again.stderr
    assert (workdir / "out2" / "seed" / "api" / "organizations.py").is_file()
    missing = _run(
        [sys.executable, str(script), "generate", str(workdir / "nope.yaml"), "-o", "out3", "--package", "seed"],
        cwd=workdir,
        env=env,
    )
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_wheel_install_regenerates_committed_output(tmp_path: Path, wheel: Path) -> None:
    """A fresh virtualenv with clientgen installed from the wheel, in a copy of the project (spec, configuration and
    the committed output/): `clientgen generate` finds output/ up to date, and `--force` writes the same bytes,
    manifest included (the settings digest does not depend on where or how clientgen is installed)."""
    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", str(venv)]).returncode == 0
    python = venv / "bin" / "python"
    installed = _run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)])
    assert installed.returncode == 0, installed.stderr
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    # clientgen's dependencies (the same versions as this run's: the digest counts the formatters' versions) from this
    # interpreter's site-packages, after the venv's own; this site-packages' .pth files (the editable install of the
    # checkout) are not run from there, so `clientgen` can only come from the wheel.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    shutil.copytree(ROOT / "specs", project / "specs")
    shutil.copytree(OUTPUT, project / "output")
    committed = _tree(OUTPUT)
    assert ".clientgen-manifest.json" in committed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["CLIENTGEN_CACHE_DIR"] = str(tmp_path / "cache")
    where = _run([str(python), "-c", "import clientgen; print(clientgen.__file__)"], cwd=project, env=env)
    assert where.stdout.startswith(str(site / "clientgen")), where.stdout + where.stderr
    clientgen = str(venv / "bin" / "clientgen")
    again = _run([clientgen, "generate"], cwd=project, env=env)
    assert again.returncode == 0, again.stderr
    assert "is up to date" in again.stderr, again.stderr
    assert _tree(project / "output") == committed
    forced = _run([clientgen, "generate", "--force", "-q"], cwd=project, env=env)
    assert forced.returncode == 0, forced.stderr
    regenerated = _tree(project / "output")
    assert sorted(regenerated) == sorted(committed)
    changed = [rel for rel in committed if regenerated[rel] != committed[rel]]
    assert not changed, changed


def test_wheel_install_formats_in_a_worker_process(tmp_path: Path, wheel: Path) -> None:
    """The formatting worker is a fresh interpreter that imports clientgen as installed: from a wheel, with no source
    tree, its output is the same as formatting in one process (small batches, so the worker surely starts)."""
    target = tmp_path / "site"
    installed = _run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)])
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = (
        "import sys; from clientgen import format_worker; from clientgen.cli import main\n"
        "started = format_worker._Worker.start\n"
        "def noted():\n"
        "    print('worker started', file=sys.stderr); return started()\n"
        "format_worker._Worker.start = noted\n"
        "format_worker.BATCH = int(sys.argv[3])\n"
        "sys.exit(main(['generate', sys.argv[1], '-o', sys.argv[2], '--package', 'ei', '-q']))"
    )
    spec = ROOT / "specs" / "edgeimpulse" / "edgeimpulse-studio.yaml"
    trees = []
    for out, batch in (("small", "20000"), ("one", "1000000000")):
        run = _run([sys.executable, "-c", code, str(spec), out, batch], cwd=tmp_path, env=env)
        assert run.returncode == 0, run.stderr
        assert ("worker started" in run.stderr) == (out == "small"), run.stderr
        trees.append({p.relative_to(tmp_path / out): p.read_bytes() for p in (tmp_path / out).rglob("*.py")})
    assert trees[0] == trees[1] and len(trees[0]) > 100
