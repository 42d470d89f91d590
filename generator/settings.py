"""The digest of everything besides the spec that decides a generation's output: the options, the templates, the
generator's own files and the formatters' versions. Kept apart from the pipeline so that checking whether an output
is up to date imports nothing of the stages."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

from . import __version__


def settings_digest(
    package: str, strict: bool, run_validator: bool, formatter: str, template_dirs: tuple[Path, ...], *extra: object
) -> str:
    """Everything besides the spec that decides the output: options, templates, and the tools' versions.

    Only content counts, each file under a name that is the same however clientgen is installed: the generator's
    modules as `generator/<name>.py` and its templates as `templates/<folder>/<name>` (a checkout keeps them in
    `templates/`, a wheel in `generator/templates/`), the caller's template folders by their paths inside the folder.
    Absolute paths, the installation's layout and the files an installation adds (bytecode, metadata) never count."""
    digest = hashlib.sha256()
    for tool, version in _installed_versions(("black", "ruff", "jinja2")).items():
        digest.update(f"{tool}={version}\n".encode())
    digest.update(f"{__version__}|{package}|{strict}|{run_validator}|{formatter}|{extra!r}\n".encode())
    for index, folder in enumerate(template_dirs):
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".pyc"):
            digest.update(_file_record(f"user-templates-{index}/{path.relative_to(folder).as_posix()}", path))
    for name, path in generator_files():
        digest.update(_file_record(name, path))
    return digest.hexdigest()


def generator_files() -> list[tuple[str, Path]]:
    """The files of clientgen that decide what it generates, each with its layout-independent name, in name order:
    its modules and the templates it renders or copies (what a wheel of it carries)."""
    templates = templates_dir()
    found = [(f"generator/{path.name}", path) for path in Path(__file__).parent.glob("*.py")]
    found += [(f"templates/package/{path.name}", path) for path in (templates / "package").glob("*.jinja")]
    found += [(f"templates/static/{path.name}", path) for path in (templates / "static").glob("*.py")]
    return sorted(found)


def _file_record(name: str, path: Path) -> bytes:
    data = path.read_bytes()
    return f"{name}\0{len(data)}\0".encode() + data


def _installed_versions(names: tuple[str, ...]) -> dict[str, str]:
    """The installed version of each distribution ("?" when not installed), as `importlib.metadata.version` gives
    it. The names of the `*.dist-info` folders on the import path say it without reading any metadata: importing
    `importlib.metadata` alone would take longer than an unchanged regeneration may."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            stem, dot, suffix = entry.rpartition(".")
            if suffix == "dist-info" and dot:
                name, _, listed = stem.partition("-")
                name = name.lower().replace("_", "-").replace(".", "-")
                if name in names and name not in found:  # the first on the path is the one imported
                    found[name] = listed
        if len(found) == len(names):
            break
    missing = [name for name in names if name not in found]
    if missing:  # installed some other way (an egg, a zip): ask the slow way
        from importlib.metadata import PackageNotFoundError, version

        for name in missing:
            try:
                found[name] = version(name)
            except PackageNotFoundError:
                found[name] = "?"
    return {name: found[name] for name in names}


def templates_dir() -> Path:
    """The templates: beside the package in a source checkout, or installed as `generator/templates`."""
    source = Path(__file__).resolve().parent.parent / "templates"
    if (source / "package").is_dir():
        return source
    import importlib.resources

    return Path(str(importlib.resources.files("clientgen") / "templates"))
