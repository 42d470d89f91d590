"""`clientgen generate` and `clientgen inspect`: the command line over the pipeline."""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import os
import pprint
import sys
import time
from pathlib import Path

from . import regeneration
from .config import Config, load_config
from .diagnostics import Diagnostic, GenerationError
from .edits import Edit, EditConflicts, Mode
from .loader import MAX_BYTES, Loader, display_path
from .regeneration import Generation, Target, edited_files, is_up_to_date
from .writer import Stat, write_error


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientgen", description="Generate a typed Python client from an OpenAPI document."
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected failures")
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser("generate", help="generate the client (default: as configured in pyproject.toml)")
    gen.add_argument("spec", nargs="?", help="OpenAPI document (YAML or JSON); default: the configured spec")
    gen.add_argument("-o", "--output", help="output folder; the package is written inside it")
    gen.add_argument("--package", help="name of the generated package (default: from the API title)")
    gen.add_argument("--config", type=Path, help="configuration file (TOML or YAML) instead of pyproject.toml")
    gen.add_argument("--strict", action="store_true", default=None, help="treat every warning as an error")
    gen.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (faster on huge specs)")
    gen.add_argument(
        "--formatter",
        choices=["ruff", "black"],
        help="ruff (default: black-compatible, fast; black only where the two differ) or black for every file",
    )
    gen.add_argument("--templates", help="folder of templates that override the built-in ones of the same name")
    gen.add_argument("--check", action="store_true", help="write nothing; exit 1 if the output is not up to date")
    gen.add_argument("--diff", action="store_true", help="with --check: show the differences")
    gen.add_argument("--project", action="store_true", default=None, help="also write a pyproject.toml")
    gen.add_argument("--include-tag", action="append", metavar="TAG", help="generate only operations with this tag")
    gen.add_argument("--exclude-tag", action="append", metavar="TAG", help="leave out operations with this tag")
    gen.add_argument("--include-operation", action="append", metavar="ID", help="generate only this operationId")
    gen.add_argument("--exclude-operation", action="append", metavar="ID", help="leave out this operationId")
    gen.add_argument(
        "--max-spec-bytes", type=int, default=MAX_BYTES, help=f"refuse larger spec files (default {MAX_BYTES:,})"
    )
    gen.add_argument(
        "--max-spec-depth", type=int, default=0, help="allow deeper nesting than about a thousand levels"
    )
    gen.add_argument(
        "--allow-outside-refs",
        action="store_true",
        help="let $ref reach files outside the spec's folder (remote references are never fetched)",
    )
    edits = gen.add_mutually_exclusive_group()
    edits.add_argument(
        "--force",
        action="store_true",
        help="generate even when the output is up to date, and overwrite your edits where they conflict with the "
        "new generation (the files are named)",
    )
    edits.add_argument(
        "--conflict-markers",
        action="store_true",
        help="where your edits conflict with the new generation, write both with conflict markers (exit 1)",
    )
    gen.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    gen.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    dif = commands.add_parser("diff", help="what changing OLD_SPEC into NEW_SPEC does to the client's users")
    dif.add_argument("old_spec", type=Path)
    dif.add_argument("new_spec", type=Path)
    dif.add_argument("--format", choices=["table", "json"], default="table")
    dif.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    dif.add_argument("--config", type=Path, help="configuration file whose renames apply (default: pyproject.toml)")
    dif.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    ins = commands.add_parser("inspect", help="print the intermediate model the spec produces")
    ins.add_argument("spec", type=Path)
    ins.add_argument("--pagination", action="store_true",
                     help="list the operations recognised as paginated, and the list-like ones that are not, with why")
    ins.add_argument("--config", type=Path, help="a TOML or YAML file with the settings (its pagination table)")
    ins.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return parser


def _report(diagnostics: list[Diagnostic], quiet: bool) -> None:
    for d in diagnostics:
        if d.severity == "error" or not quiet:
            print(d.render(), file=sys.stderr)


def _settings(args: argparse.Namespace) -> Config:
    config = load_config(args.config, Path.cwd())
    overrides = {
        "spec": str(Path(args.spec).resolve()) if args.spec else None,
        "output": str(Path(args.output).resolve()) if args.output else None,
        "package": args.package,
        "strict": args.strict,
        "templates": str(Path(args.templates).resolve()) if args.templates else None,
        "validate": False if args.no_validate else None,
        "formatter": args.formatter,
        "project": args.project,
        "include_tags": tuple(args.include_tag) if args.include_tag else None,
        "exclude_tags": tuple(args.exclude_tag) if args.exclude_tag else None,
        "include_operations": tuple(args.include_operation) if args.include_operation else None,
        "exclude_operations": tuple(args.exclude_operation) if args.exclude_operation else None,
    }
    config = dataclasses.replace(config, **{k: v for k, v in overrides.items() if v is not None})
    if not config.spec:
        raise GenerationError(
            [
                Diagnostic(
                    "error", "no spec given", hint="pass a spec path, or set spec in [tool.clientgen] of pyproject.toml"
                )
            ]
        )
    return config


class Progress:
    """One self-overwriting status line on stderr while generating; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.perf_counter()
        self.width = 0

    def __call__(self, stage: str) -> None:
        if self.enabled:
            line = f"clientgen: {stage}... ({time.perf_counter() - self.start:.1f} s)"
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)

    def done(self) -> None:
        if self.enabled and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()


def generate(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    target = Target(_settings(args), args.allow_outside_refs, args.max_spec_bytes, args.max_spec_depth)
    out_dir = target.out_dir
    settings = target.settings()
    if not args.force and is_up_to_date(target, settings):
        if args.check:
            for rel in edited_files(target):
                print(f"edited: {display_path(out_dir / rel)} (your edits are kept)", file=sys.stderr)
        if not args.quiet:
            print(
                f"clientgen: {display_path(out_dir)} is up to date: the spec, the files it refers to and the settings "
                f"are unchanged ({time.perf_counter() - start:.2f} s)",
                file=sys.stderr,
            )
        return 0
    if args.max_spec_depth:
        sys.setrecursionlimit(max(sys.getrecursionlimit(), args.max_spec_depth * 8))
    progress = Progress(sys.stderr.isatty() and not args.quiet)
    try:
        generation = regeneration.generate(target, settings, progress, writing=not args.check)
    finally:
        progress.done()
    _report(generation.result.diagnostics, args.quiet)
    if args.check:
        return _check(args, generation)
    writing = time.perf_counter()
    stored = regeneration.store(generation)  # the memo's bulk, written beside the output
    try:
        status, stats = _write(args, generation, start, progress)
    finally:
        regeneration.discard(generation)
    remembering = time.perf_counter()
    regeneration.remember(generation, stats, stored)
    end = time.perf_counter()
    # "write" ran beside the storing of the memo's bulk; "memo" is what was left of it once the output was written.
    _save_timings({**generation.result.timings, "write": remembering - writing, "memo": end - remembering}, end - start)
    return status


def _save_timings(stages: dict[str, float], total: float) -> None:
    """With CLIENTGEN_TIMINGS=<file> in the environment, write the seconds of each stage of the generation there, as a
    JSON object (load, validate, resolve, render, format, write, memo and total; for benchmarks)."""
    target = os.environ.get("CLIENTGEN_TIMINGS")
    if target:
        import json

        Path(target).write_text(json.dumps({**stages, "total": total}, indent=2) + "\n", encoding="utf-8")


def _check(args: argparse.Namespace, generation: Generation) -> int:
    """Report what writing would change (edited files apart from stale ones); 1 when anything would."""
    out_dir, result = generation.target.out_dir, generation.result
    plan = regeneration.plan(generation)
    _report(plan.conflicts + plan.edit_conflicts(out_dir), False)
    edits = {edit.rel: edit for edit in plan.edits}
    for edit in plan.edits:
        where = display_path(out_dir / edit.rel)
        if edit.unresolved:
            print(f"edited: {where} still has conflict markers: resolve them", file=sys.stderr)
        if edit.outcome == "kept":
            print(f"edited: {where} (your edits are kept: its generation has not changed)", file=sys.stderr)
        elif edit.outcome == "merged":
            print(f"out of date, edited: {where} (regeneration merges your edits)", file=sys.stderr)
        else:
            print(f"out of date, edited: {where} (regeneration stops: see above)", file=sys.stderr)
    stale = [rel for rel in plan.to_write + plan.to_remove if rel not in edits]
    for rel in stale:
        print(f"out of date: {display_path(out_dir / rel)}", file=sys.stderr)
    if args.diff:
        for rel in sorted(plan.to_write + plan.to_remove):
            old_path = out_dir / rel
            old = old_path.read_text(encoding="utf-8").splitlines(keepends=True) if old_path.is_file() else []
            new = plan.contents.get(rel, result.files.get(rel, "")).splitlines(keepends=True)
            sys.stdout.writelines(difflib.unified_diff(old, new, f"a/{rel}", f"b/{rel}"))
    regeneration.remember(generation, regeneration.unchanged_stats(generation))
    if stale or plan.conflicts or any(edit.outcome != "kept" or edit.unresolved for edit in plan.edits):
        return 1
    if not args.quiet:
        print(f"clientgen: {display_path(out_dir)} is up to date ({len(result.files)} files)", file=sys.stderr)
    return 0


def _write(
    args: argparse.Namespace, generation: Generation, start: float, progress: Progress
) -> tuple[int, dict[str, Stat]]:
    """Write the output; the exit status, and the files' sizes and times once written."""
    out_dir, result = generation.target.out_dir, generation.result
    mode: Mode = "force" if args.force else "markers" if args.conflict_markers else "merge"
    if not args.quiet:
        _report_surface_change(out_dir, result.files)
    progress(f"writing {len(result.files)} files")
    try:
        report = regeneration.write(generation, mode)
    finally:
        progress.done()
    _report_edits(out_dir, report.edits, args.quiet)
    merged = sum(1 for edit in report.edits if edit.outcome == "merged")
    if not args.quiet:
        warnings = sum(1 for d in result.diagnostics if d.severity == "warning")
        memo = result.memo
        replayed = f"{len(memo.reused)} of {len(memo.units)} modules from the cache, " if memo is not None else ""
        print(
            f"clientgen: {len(result.api.operations)} operations, {len(result.api.models)} models, "
            f"{len(report.written)} files written, {merged} merged, {len(report.unchanged)} unchanged, "
            f"{len(report.removed)} removed, {warnings} warnings, {replayed}{time.perf_counter() - start:.2f} s -> "
            f"{display_path(out_dir)}",
            file=sys.stderr,
        )
    return (1 if any(edit.outcome == "markers" for edit in report.edits) else 0), report.stats


def _report_edits(out_dir: Path, edits: list[Edit], quiet: bool) -> None:
    """What became of the files the user had edited (what lost or endangers an edit is said even with -q)."""
    for edit in edits:
        where = display_path(out_dir / edit.rel)
        lines = ", ".join(c.describe() for c in edit.conflicts)
        if edit.unresolved and not quiet:
            print(f"clientgen: warning: {where} still has conflict markers; resolve them", file=sys.stderr)
        if edit.outcome == "merged" and not quiet:
            print(f"clientgen: merged your edits of {where} into the new generation", file=sys.stderr)
        elif edit.outcome == "overwritten":
            why = f" (they conflicted: {lines})" if edit.conflicts else " (its base was not available for a merge)"
            print(f"clientgen: --force overwrote your edits of {where}{why}", file=sys.stderr)
        elif edit.outcome == "deleted":
            print(
                f"clientgen: --force deleted {where}: you had edited it, and it is no longer generated", file=sys.stderr
            )
        elif edit.outcome == "markers":
            print(
                f"clientgen: wrote conflict markers into {where} ({lines}); resolve them, then run clientgen again",
                file=sys.stderr,
            )
        elif edit.outcome == "disowned":
            print(
                f"clientgen: {where} is no longer generated; you had edited it, so it is left in place, as your own",
                file=sys.stderr,
            )


def diff_command(args: argparse.Namespace) -> int:
    from .diff import as_json, as_table, diff
    from .naming import Renames
    from .pipeline import load_api
    from .surface import surface

    config = load_config(args.config, Path.cwd())
    old_api, _, _ = load_api(args.old_spec, run_validator=False, pagination=config.pagination)
    new_api, _, _ = load_api(args.new_spec, run_validator=False, pagination=config.pagination)
    renames = Renames(config.rename_classes, config.rename_fields)  # so that names are the client's own
    changes = diff(surface(old_api, renames=renames), surface(new_api, renames=renames))
    print(as_json(changes) if args.format == "json" else as_table(changes))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def _report_surface_change(out_dir: Path, files: dict[str, str]) -> None:
    """On regeneration, what changed for the client's users since the last run."""
    from .diff import as_table, diff
    from .pipeline import SURFACE_FILE
    from .surface import changed_entries

    previous = out_dir / SURFACE_FILE
    try:
        if not previous.is_file() or SURFACE_FILE not in files:
            return
        old, new = changed_entries(previous.read_text(encoding="utf-8"), files[SURFACE_FILE])
    except (OSError, ValueError):  # nothing to compare with; writing reports a path the system refuses
        return
    changes = diff(old, new)
    if changes:
        print(as_table(changes), file=sys.stderr)


def inspect(args: argparse.Namespace) -> int:
    from .pagination import report as pagination_report
    from .pipeline import load_api

    settings = load_config(args.config, Path.cwd()).pagination
    loader = Loader()
    api, diagnostics, _ = load_api(args.spec, run_validator=False, loader=loader, pagination=settings)
    _report(diagnostics, False)
    if args.pagination:
        print(pagination_report(api, loader.load(args.spec).data, settings))
    else:
        pprint.pprint(api, width=120, sort_dicts=False)
    return 0


def run() -> None:
    """The `clientgen` command: `main` in a one-shot process, then exit without tearing the interpreter down."""
    regeneration.one_shot()
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        command = {"generate": generate, "diff": diff_command, "inspect": inspect}[args.command]
        return command(args)
    except EditConflicts as exc:
        _report(exc.diagnostics, False)
        files = len({d.file for d in exc.diagnostics})
        print(
            f"clientgen: stopped: your edits of {files} file(s) cannot be carried into the new generation "
            f"({len(exc.diagnostics)} problem(s)); nothing was written",
            file=sys.stderr,
        )
        return 1
    except GenerationError as exc:
        _report(exc.diagnostics, False)
        errors = sum(1 for d in exc.diagnostics if d.severity == "error")
        print(f"clientgen: stopped with {errors} error(s); the output was not changed", file=sys.stderr)
        return 2
    except RecursionError:
        print(
            "clientgen: the spec nests too deeply to process; if it is trusted, raise the limit with --max-spec-depth",
            file=sys.stderr,
        )
        print("clientgen: stopped; the output was not changed", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("clientgen: interrupted; the output was not changed", file=sys.stderr)
        return 130
    except OSError as exc:  # the disk, a name the filesystem refuses, a folder we may not write (writing says which)
        _report(write_error(exc, None, {}, doing="go on").diagnostics, False)
        print("clientgen: stopped", file=sys.stderr)
        return 2
    except Exception as exc:
        if args.debug:
            raise
        print(f"clientgen: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("    run again with --debug for the traceback, and please report it", file=sys.stderr)
        return 3
