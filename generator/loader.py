"""Stage 1, load: read YAML or JSON documents (the spec and the files its `$ref`s name).

Documents are parsed once and cached by absolute path. Line numbers are not stored for every node (that would
double the cost of loading a 13 MB spec); `Document.line_of(pointer)` finds the line of a JSON pointer on demand.
"""

from __future__ import annotations

import functools
import json
import json.decoder
import json.scanner
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .diagnostics import Diagnostic, GenerationError, join_pointer, unescape_pointer_token

_STR, _MERGE = "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"


@functools.cache
def _yaml_loaders() -> tuple[Any, Any]:
    """PyYAML's fastest safe loader, and ours built on it; imported on first use (a JSON spec never needs them)."""
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class SpecLoader(base):  # type: ignore[misc]
        """Safe YAML loader that makes JSON values only, and reports duplicate mapping keys instead of silently
        keeping the last one.

        OpenAPI documents are JSON data, whatever their syntax: a mapping key that YAML would read as a number, a
        boolean, null or a date (`200:`, `yes:`, `2020-01-01:`) is the text written (`"200"`), and noted; dates
        and timestamps among the values are the text written too, sets are mappings and ordered maps are lists."""

        duplicates: list[tuple[str, int]]
        non_string_keys: list[tuple[str, int]]

        def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
            seen: set[Any] = set()
            for key_node, _ in node.value:
                key = key_node.value
                if isinstance(key_node, yaml.ScalarNode) and key_node.tag not in (_STR, _MERGE):
                    self.non_string_keys.append((str(key), key_node.start_mark.line + 1))
                    key_node.tag = _STR  # the key is the text written
                if key in seen and isinstance(key, str):
                    self.duplicates.append((str(key), key_node.start_mark.line + 1))
                seen.add(key if isinstance(key, str) else id(key))
            return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]

        def construct_text(self, node: Any) -> str:
            return str(self.construct_scalar(node))

    SpecLoader.add_constructor("tag:yaml.org,2002:map", SpecLoader.construct_yaml_map)
    SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", SpecLoader.construct_text)
    SpecLoader.add_constructor("tag:yaml.org,2002:binary", SpecLoader.construct_text)
    SpecLoader.add_constructor("tag:yaml.org,2002:set", SpecLoader.construct_yaml_map)
    SpecLoader.add_constructor("tag:yaml.org,2002:omap", SpecLoader.construct_yaml_seq)
    SpecLoader.add_constructor("tag:yaml.org,2002:pairs", SpecLoader.construct_yaml_seq)
    return base, SpecLoader


@dataclass
class Document:
    """One parsed file, with a lazily built way to find the line of any JSON pointer in it."""

    path: Path
    data: Any
    text: str = field(repr=False)
    is_json: bool = False

    @property
    def display_path(self) -> str:
        return display_path(self.path)

    def line_of(self, pointer: str) -> int | None:
        """1-based line where the value at `pointer` starts, or None if the pointer is not in the file."""
        return self.lines_of([pointer])[pointer]

    def lines_of(self, pointers: Iterable[str]) -> dict[str, int | None]:
        """`line_of` for many pointers at once: one walk through the text however many there are."""
        trie: dict[str, Any] = {}
        wanted = list(dict.fromkeys(pointers))
        for pointer in wanted:
            node = trie
            for token in [unescape_pointer_token(t) for t in pointer.split("/")[1:]] if pointer else []:
                node = node.setdefault(token, {})
            node[_HERE] = pointer
        found: dict[str, int] = {}
        try:
            if self.is_json:
                _json_lines(self.text, trie, found)
            else:
                import yaml

                _yaml_lines(yaml.compose(self.text, Loader=_yaml_loaders()[0]), trie, found)
        except Exception:  # noqa: BLE001, S110 - a locator must never turn one problem into two
            pass
        return {pointer: found.get(pointer) for pointer in wanted}


def display_path(path: Path) -> str:
    """A path relative to the working directory when below it, so messages stay short and machine-independent."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative


_HERE = "\0here"  # marks, in a trie of pointer tokens, where a wanted pointer ends


def _yaml_lines(node: Any, trie: dict[str, Any], found: dict[str, int], line: int | None = None) -> None:
    import yaml

    if node is None:
        return
    if _HERE in trie:
        found[trie[_HERE]] = (node.start_mark.line if line is None else line) + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            sub = trie.get(str(key.value))
            if sub is not None:
                _yaml_lines(value, sub, found, int(key.start_mark.line))  # the line that names the value reads best
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            sub = trie.get(str(index))
            if sub is not None:
                _yaml_lines(item, sub, found)


_WS = json.decoder.WHITESPACE.match  # type: ignore[attr-defined]
_scan = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


def _json_lines(text: str, trie: dict[str, Any], found: dict[str, int]) -> None:
    """Walk a JSON text along the wanted pointers only, skipping every other value with the C scanner."""
    _json_walk(text, int(_WS(text, 0).end()), trie, found)


def _json_duplicates(text: str) -> list[tuple[str, str, int]]:
    """Every key that appears twice in one object of a JSON text: (key, pointer, line of the second)."""
    duplicates: list[tuple[str, str, int]] = []
    _json_walk(text, int(_WS(text, 0).end()), None, {}, duplicates)
    return duplicates


def _json_walk(
    text: str,
    i: int,
    trie: dict[str, Any] | None,
    found: dict[str, int],
    duplicates: list[tuple[str, str, int]] | None = None,
    pointer: str = "",
) -> int:
    """Record the lines wanted inside the value at `i` (no whitespace before it); return the index after it.

    With a `duplicates` list, walk into every value instead, and note each key an object has twice (at `pointer`).

    A module function, not a closure: a closure that calls itself is a reference cycle, which (with the cyclic
    collector off in the command) would keep the whole spec text alive."""
    if trie is not None and _HERE in trie:
        found[trie[_HERE]] = text.count("\n", 0, i) + 1
        if len(trie) == 1:
            return int(_scan(text, i)[1])
    whole = duplicates is not None
    if text[i] == "{":
        seen: set[str] = set()
        i = int(_WS(text, i + 1).end())
        while text[i] != "}":
            start = i
            key, i = _scanstring(text, i + 1)
            if duplicates is not None:
                if key in seen:
                    duplicates.append((key, join_pointer(pointer, key), text.count("\n", 0, start) + 1))
                seen.add(key)
            i = int(_WS(text, int(_WS(text, i).end()) + 1).end())  # past ':'
            sub = trie.get(key) if trie is not None else None
            if sub is not None or whole:
                i = _json_walk(text, i, sub, found, duplicates, join_pointer(pointer, key) if whole else "")
            else:
                i = int(_scan(text, i)[1])
            i = int(_WS(text, i).end())
            if text[i] == ",":
                i = int(_WS(text, i + 1).end())
        return i + 1
    if text[i] == "[":
        i = int(_WS(text, i + 1).end())
        index = 0
        while text[i] != "]":
            sub = trie.get(str(index)) if trie is not None else None
            if sub is not None or whole:
                i = _json_walk(text, i, sub, found, duplicates, join_pointer(pointer, index) if whole else "")
            else:
                i = int(_scan(text, i)[1])
            i = int(_WS(text, i).end())
            if text[i] == ",":
                i = int(_WS(text, i + 1).end())
            index += 1
        return i + 1
    return int(_scan(text, i)[1])


MAX_BYTES = 64 * 1024 * 1024
MAX_VALUES = 5_000_000  # values a document may expand to through YAML aliases
MAX_DEPTH = 200  # nesting of mappings and sequences checked where aliases are used; elsewhere parsing itself stops
# at Python's recursion limit, which --max-spec-depth raises
_ANCHOR = re.compile(r"(^|[\s\[{,:-])&[^\s\[\]{},]+")


def _too_big(data: Any, max_values: int, max_depth: int) -> str:
    """Why the document is too big to handle safely ('' when it is not): alias expansion or nesting depth."""
    expanded: dict[int, int] = {}
    # Iterative post-order walk; shared (aliased) containers are counted once each time they are used.
    stack: list[tuple[Any, int, bool]] = [(data, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        if depth > max_depth:
            return f"it nests more than {max_depth} levels deep"
        children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        if done:
            expanded[id(node)] = 1 + sum(expanded.get(id(c), 1) for c in children)
            if expanded[id(node)] > max_values:
                return f"its YAML aliases expand to more than {max_values:,} values (a 'billion laughs' document?)"
            continue
        if id(node) in expanded:
            continue
        stack.append((node, depth, True))
        stack.extend((c, depth + 1, False) for c in children if isinstance(c, (dict, list)))
    return ""


_BRACKETS = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}\n]')


def _deepest_line(text: str) -> int | None:
    """The line where brackets (JSON, or YAML's flow style) nest deepest; None when nothing nests in brackets."""
    depth = deepest = 0
    line = 1
    found = None
    for match in _BRACKETS.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > deepest:
                deepest, found = depth, line
        elif token in "]}":
            depth -= 1
    return found


@dataclass
class Loader:
    """Parses files on first use and keeps them; the resolver asks it for every external `$ref` target."""

    max_bytes: int = MAX_BYTES
    max_depth: int = MAX_DEPTH
    documents: dict[Path, Document] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    _texts: dict[Path, str] = field(default_factory=dict)  # read already, parsed on first use (`preload`)

    def preload(self, path: Path, text: str) -> None:
        """Use `text` as the content of `path` when it is first loaded (it was read, and checked, already)."""
        self._texts.setdefault(path.resolve(), text)

    def release(self) -> None:
        """Forget every document read (a later `load` reads it again): their parsed data is most of the memory a
        generation holds before it renders."""
        self.documents.clear()
        self._texts.clear()

    def load(self, path: Path, referenced_from: tuple[str, str, int | None] | None = None) -> Document:
        path = path.resolve()
        cached = self.documents.get(path)
        if cached is not None:
            return cached
        document = self._parse(path, referenced_from)
        self.documents[path] = document
        return document

    def _parse(self, path: Path, referenced_from: tuple[str, str, int | None] | None) -> Document:
        where = display_path(path)
        try:
            if path.is_dir():
                raise GenerationError([Diagnostic("error", f"{where} is a folder, not a spec file", where)])
            size = path.stat().st_size
            if size > self.max_bytes:
                raise GenerationError(
                    [
                        Diagnostic(
                            "error",
                            f"the file is {size:,} bytes, above the limit of {self.max_bytes:,}",
                            where,
                            hint="raise the limit with --max-spec-bytes if this file is trusted",
                        )
                    ]
                )
            text = self._texts.pop(path, None)
            if text is None:
                text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            if referenced_from is None:
                raise GenerationError(
                    [Diagnostic("error", f"spec file {where} does not exist", where, hint="check the path")]
                ) from None
            file, pointer, line = referenced_from
            raise GenerationError(
                [
                    Diagnostic(
                        "error",
                        f"$ref names the file {where}, which does not exist",
                        file,
                        pointer,
                        line,
                        hint="fix the relative path in the $ref (it is relative to the file that contains it)",
                    )
                ]
            ) from None
        except UnicodeDecodeError as exc:
            raise GenerationError(
                [Diagnostic("error", f"the file is not UTF-8 text ({exc.reason})", where)]
            ) from None
        is_json = path.suffix.lower() == ".json" or text.lstrip()[:1] in ("{", "[")
        line = None
        try:
            data = self._parse_text(text, where, is_json)
        except RecursionError:
            data, problem = None, "it nests too deeply to parse (more than about a thousand levels)"
            line = _deepest_line(text)
        else:
            may_alias = not is_json and _ANCHOR.search(text) is not None
            problem = _too_big(data, MAX_VALUES, self.max_depth) if may_alias else ""
        if problem:
            raise GenerationError(
                [
                    Diagnostic(
                        "error",
                        f"the document is refused: {problem}",
                        where,
                        line=line,
                        hint="if the file is trusted and really this large, raise the limit with --max-spec-depth",
                    )
                ]
            )
        return Document(path=path, data=data, text=text, is_json=is_json)

    def _parse_text(self, text: str, where: str, is_json: bool) -> Any:
        if is_json:
            try:
                duplicates: list[bool] = []
                data = json.loads(text, object_pairs_hook=_json_pairs(duplicates))
                if duplicates:  # rare: only now is the text walked again, to say where each one is
                    for key, pointer, line in _json_duplicates(text):
                        self.diagnostics.append(
                            Diagnostic(
                                "error",
                                f"duplicate key {key!r}: JSON parsers keep only the last one",
                                where,
                                pointer,
                                line,
                                hint="remove or rename one of the two keys",
                            )
                        )
                return data
            except json.JSONDecodeError as exc:
                if not where.lower().endswith(".json"):
                    pass  # not JSON after all: YAML is a superset, let YAML report
                else:
                    raise GenerationError(
                        [Diagnostic("error", f"invalid JSON: {exc.msg}", where, line=exc.lineno)]
                    ) from None
        import yaml

        loader = _yaml_loaders()[1](text)
        loader.duplicates = []
        loader.non_string_keys = []
        try:
            data = loader.get_single_data()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            mark_line = mark.line + 1 if mark is not None else None
            problem = exc.problem or exc.context or "syntax error"
            if exc.context and exc.context_mark is not None and exc.problem:
                problem += f" ({exc.context} that starts at line {exc.context_mark.line + 1})"
            raise GenerationError(
                [
                    Diagnostic(
                        "error",
                        f"invalid YAML: {problem}",
                        where,
                        line=mark_line,
                        hint="fix the YAML syntax at that line (indentation, quoting, a missing ':')",
                    )
                ]
            ) from None
        except yaml.YAMLError as exc:
            raise GenerationError([Diagnostic("error", f"invalid YAML: {exc}", where)]) from None
        finally:
            loader.dispose()
        if loader.non_string_keys:
            shown = ", ".join(f"{key} (line {line})" for key, line in loader.non_string_keys[:3])
            more = len(loader.non_string_keys) - 3
            self.diagnostics.append(
                Diagnostic(
                    "warning",
                    f"{len(loader.non_string_keys)} mapping key(s) are not strings in YAML: {shown}"
                    + (f" and {more} more" if more > 0 else "")
                    + "; each is read as the text written",
                    where,
                    line=loader.non_string_keys[0][1],
                    hint="quote them (OpenAPI keys are strings: write '200': rather than 200:)",
                )
            )
        for key, line in loader.duplicates:
            self.diagnostics.append(
                Diagnostic(
                    "error",
                    f"duplicate key {key!r}: YAML keeps only the last one, so part of the spec would be lost",
                    where,
                    line=line,
                    hint="remove or rename one of the two keys",
                )
            )
        return data


def _json_pairs(duplicates: list[bool]) -> Any:
    """An `object_pairs_hook` that builds dicts as `json` does, and notes each object with a key twice."""

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            duplicates.append(True)
        return result

    return hook


def resolve_pointer(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer (`/components/schemas/X`); raises KeyError when it is not there."""
    node = data
    if not pointer:
        return node
    for raw in pointer.split("/")[1:]:
        token = unescape_pointer_token(raw)
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list):
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


__all__ = ["Document", "Loader", "display_path", "join_pointer", "resolve_pointer"]
