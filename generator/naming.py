"""Stage 4, name: every Python identifier in the generated client is chosen here, and only here.

Rules: PascalCase classes, snake_case functions, fields, arguments and modules; keywords and names that would
shadow what the generated code uses get a trailing underscore; names that collide are told apart by a rule that
depends on the names themselves (sorted), never on the order of the document. A name longer than MAX_NAME (64)
characters keeps its start, cut at a word boundary, and ends in a digest of the text it was made from (`fit`);
names made from another (a class's module, its TypedDict, the async group) leave room for what they add.
"""

from __future__ import annotations

import builtins
import functools
import hashlib
import keyword
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import ir
from .diagnostics import Diagnostic, GenerationError
from .hierarchy import bases_first

# Names the generated model modules use in annotations and bodies; a field or class of that name would shadow them.
# The names a model module's code uses (its imports, the builtins its annotations name, the base class's methods):
# a field may not take one.
_SHADOWED_IN_MODELS = {
    "Any", "Literal", "ClassVar", "Unset", "UNSET", "datetime", "uuid", "serde", "list", "dict", "str", "int",
    "float", "bool", "bytes", "object", "frozenset", "None", "True", "False", "self", "convert",
    "TypedDict", "TypeAlias",  # what models/_typeddicts.py imports
}
_MODEL_METHODS = {"from_dict", "to_dict", "additional_properties", "__init__", "__class__"}
_CLIENT_ATTRIBUTES = {
    "base_url", "close", "request", "timeout", "max_retries", "http_client", "headers", "with_options",
    "aclose", "default_headers", "self", "client", "deadline", "max_response_bytes", "lenient_responses",
    "hooks", "server_urls", "raw_response", "build_request", "send",  # the runtime's own attributes (BaseCore)
}
_OPERATION_ARGUMENTS = {
    "self", "body", "extra_headers", "extra_query", "timeout", "deadline", "content_type", "to_file", "os", "IO",
    "pg",  # the pagination runtime's alias in the group modules
    "request",  # the local variable every operation method builds
}
# Names the generated group modules use in annotations and bodies: a method of that name would shadow them in the
# class body (`def list(...)` makes a later `list[str]` annotation mean the method).
_SHADOWED_IN_GROUPS = {
    "list", "dict", "str", "int", "float", "bool", "bytes", "object", "type", "set", "tuple", "frozenset", "cast",
    "rt", "serde", "warnings", "os", "IO", "datetime", "uuid", "decimal", "sse", "overload", "pg", "models",
}
# What an operation answering with events adds: the streaming module, and the keyword that asks for the stream.
_STREAM_ARGUMENTS = {"sse", "stream"}
_RESERVED_CLASSES = {"Client", "AsyncClient", "Unset", "Any", "Literal", "Mapping", "Self", "Model"}


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


@functools.lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Split camelCase, PascalCase, snake_case, kebab-case and ACRONYMWords into lower-case words."""
    text = _ascii(text).replace("OAuth", "Oauth")
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return tuple(w.lower() for w in re.findall(r"[A-Za-z0-9]+", text))


# The longest identifier a generated name may have, and so the longest file name stem (modules are named like their
# first class, groups like their tag): `name.py` stays far below the 255 bytes filesystems allow, also as the
# temporary `.name.py.clientgen-tmp` the writer puts beside it, and the whole path stays short in nested folders.
MAX_NAME = 64
_DIGEST = 8  # hex characters of SHA-256 that end a shortened name: 2**32 values, told apart by `_unique` if equal


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:_DIGEST]


def fit(name: str, limit: int = MAX_NAME, source: str | None = None) -> str:
    """`name` itself when it has at most `limit` characters, else a shortened name of at most `limit` characters.

    The shortened name keeps the longest start of whole words that leaves room for a digest, then ends in that
    digest: 8 hex characters of the SHA-256 of `source` (the text the name was made from, by default the name
    itself), so it is the same on every run and whatever the order of the document. In the name's own case style:
    `_1a2b3c4d` after a snake_case start, a last word `A1b2c3d4` (or `0a1b2c3d`) after a PascalCase one, so that a
    class stays CapWords, as PEP 8, pylint and ruff expect of class names.
    """
    if len(name) <= limit:
        return name
    tail = _digest(name if source is None else source)
    pascal_case = name[:1].isupper()
    tail = tail[:1].upper() + tail[1:] if pascal_case else "_" + tail
    return _start(name, limit - len(tail), pascal_case) + tail


def _start(name: str, room: int, pascal_case: bool) -> str:
    """The longest start of `name` of at most `room` characters that ends at a word boundary (before an `_`, or
    before a capital in PascalCase); a first word longer than that is cut where the room ends."""
    cut = max(
        (i for i in range(1, room + 1) if name[i] == "_" or (pascal_case and name[i].isupper())), default=0
    )
    start = name[:cut].rstrip("_") if cut else ""
    return start or name[:room].rstrip("_") or name[:room]


def _snake_words(text: str, fallback: str) -> str:
    """The words of `text` in snake_case, a legal start but not yet bounded (nor checked against keywords)."""
    name = "_".join(words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


def snake(text: str, fallback: str = "value", limit: int = MAX_NAME, source: str | None = None) -> str:
    """`text` as a snake_case identifier of at most `limit` characters (plus a trailing `_` for a keyword);
    a shortened one ends in the digest of `source`, by default `text`."""
    name = fit(_snake_words(text, fallback), limit, text if source is None else source)
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


@functools.lru_cache(maxsize=1 << 16)  # property names repeat: `id`, `url`, `name` in thousands of schemas
def pascal_words(text: str) -> str:
    """The words of `text` joined in PascalCase ('list-items' -> 'ListItems'), not yet a legal or bounded name."""
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def _pascal_full(text: str, fallback: str) -> str:
    name = pascal_words(text) or fallback
    return fallback + name if name[0].isdigit() else name


def pascal(text: str, fallback: str = "Model", limit: int = MAX_NAME) -> str:
    """`text` as a PascalCase identifier of at most `limit` characters; a shortened one ends in the digest of
    `text`."""
    return fit(_pascal_full(text, fallback), limit, text)


def package_name(title: str) -> str:
    """The package named after the API's title when none is given: `<title>_client`, bounded like any name."""
    return fit(_snake_words(title, "api").strip("_"), MAX_NAME - len("_client"), title) + "_client"


def _unique(wanted: dict[str, str], taken: set[str], limit: int = MAX_NAME) -> dict[str, str]:
    """Give each key its wanted name; keys that want the same name are numbered in sorted order of the keys (a
    numbered name longer than `limit` is shortened before its number, so that it still fits)."""
    names = set(wanted.values())
    if len(names) == len(wanted) and names.isdisjoint(taken):  # most often: every key has its name
        return dict(wanted)
    groups: dict[str, list[str]] = defaultdict(list)
    for key, name in wanted.items():
        groups[name].append(key)
    result: dict[str, str] = {}
    used = set(taken)
    for name in sorted(groups):
        if name not in used and len(groups[name]) == 1:
            result[groups[name][0]] = name
            used.add(name)
    for name in sorted(groups):
        keys = groups[name]
        if all(k in result for k in keys):
            continue
        # The key that already reads exactly like the name keeps it; the others are numbered.
        ordered = sorted(keys, key=lambda k: (k != name, k))
        for key in ordered:
            candidate = name
            n = 2
            while candidate in used:
                candidate = _numbered(name, n, limit)
                n += 1
            result[key] = candidate
            used.add(candidate)
    return result


def _numbered(name: str, n: int, limit: int) -> str:
    number = f"{'_' if name[-1].isdigit() or name.islower() else ''}{n}"
    return fit(name, limit - len(number)) + number


@dataclass(frozen=True)
class Names:
    """Every identifier of the generated package, keyed by what it names in the intermediate model."""

    model_class: Mapping[str, str]  # model key -> class name
    model_module: Mapping[str, str]  # model key -> module name (inside models/)
    field_attr: Mapping[tuple[str, str], str]  # (model key, json name) -> attribute
    tag_attr: Mapping[str, str]  # tag -> attribute on the client
    tag_module: Mapping[str, str]  # tag -> module name (inside api/)
    tag_class: Mapping[str, str]  # tag -> class name of the sync group ("Async" + it for the async one)
    method: Mapping[str, str]  # operationId -> method name
    argument: Mapping[tuple[str, str, str], str]  # (operationId, location, parameter name) -> argument name
    scheme_arg: Mapping[str, str]  # security scheme key -> Client constructor keyword
    typed_dict: Mapping[str, str] = field(default_factory=dict)  # model key -> its TypedDict (request bodies as dicts)


@dataclass(frozen=True)
class Renames:
    """The user's own names: generated class name -> new name, and "Class.attribute" -> new attribute."""

    classes: tuple[tuple[str, str], ...] = ()
    fields: tuple[tuple[str, str], ...] = ()


NO_RENAMES = Renames()


def _apply_renames(
    api: ir.Api, model_class: dict[str, str], field_attr: dict[tuple[str, str], str], renames: Renames
) -> None:
    problems: list[Diagnostic] = []
    by_class = {cls: key for key, cls in model_class.items()}
    originals = dict(model_class)
    for old, new in renames.classes:
        if old not in by_class:
            problems.append(Diagnostic("error", f"rename_classes: there is no generated class {old!r}"))
        elif not new.isidentifier() or keyword.iskeyword(new) or new in _RESERVED_CLASSES | _SHADOWED_IN_MODELS:
            problems.append(Diagnostic("error", f"rename_classes: {new!r} cannot be a class name"))
        elif len(new) > MAX_NAME:
            problems.append(Diagnostic("error", f"rename_classes: {new!r} is longer than {MAX_NAME} characters"))
        else:
            model_class[by_class[old]] = new
    renamed = {cls: key for key, cls in model_class.items()}
    for dotted, new in renames.fields:
        cls, _, attr = dotted.partition(".")
        key = by_class.get(cls, renamed.get(cls))  # the generated class name, or the one it was renamed to
        matches = [json for (k, json), a in field_attr.items() if k == key and a == attr]
        if key is None or not matches:
            problems.append(Diagnostic("error", f"rename_fields: there is no generated field {dotted!r}"))
        elif not new.isidentifier() or keyword.iskeyword(new) or new in _SHADOWED_IN_MODELS | _MODEL_METHODS:
            problems.append(Diagnostic("error", f"rename_fields: {new!r} cannot be a field name"))
        elif len(new) > MAX_NAME:
            problems.append(Diagnostic("error", f"rename_fields: {new!r} is longer than {MAX_NAME} characters"))
        else:
            field_attr[(key, matches[0])] = new
    taken: dict[str, str] = {}
    for key, cls in sorted(model_class.items()):
        if cls in taken:
            problems.append(
                Diagnostic(
                    "error", f"renaming gives two classes the name {cls!r} ({originals[taken[cls]]}, {originals[key]})"
                )
            )
        taken[cls] = key
    attrs: dict[tuple[str, str], str] = {}
    for (key, json), attr in sorted(field_attr.items()):
        if (key, attr) in attrs:
            problems.append(Diagnostic("error", f"renaming gives two fields of {model_class[key]} the name {attr!r}"))
        attrs[(key, attr)] = json
    if problems:
        raise GenerationError(problems)


def _inherit_renames(
    ordered: list[ir.Model],
    model_class: dict[str, str],
    field_attr: dict[tuple[str, str], str],
    inherited_before: Mapping[tuple[str, str], str],
) -> None:
    """A renamed field of a base is renamed in every subclass (which reads it through the base); a field a class
    inherits is renamed in the class it comes from."""
    problems: list[Diagnostic] = []
    for model in ordered:
        for json in model.inherited:
            theirs = field_attr[(model.base, json)]
            if field_attr[(model.key, json)] not in (theirs, inherited_before.get((model.key, json))):
                problems.append(
                    Diagnostic(
                        "error",
                        f"rename_fields: {model_class[model.key]} inherits {json!r} from "
                        f"{model_class[model.base]}; rename it there",
                    )
                )
            field_attr[(model.key, json)] = theirs
        attrs = [field_attr[(model.key, f.json_name)] for f in model.fields]
        for attr in sorted({a for a in attrs if attrs.count(a) > 1}):
            problems.append(
                Diagnostic("error", f"renaming gives two fields of {model_class[model.key]} the name {attr!r}")
            )
    if problems:
        raise GenerationError(problems)


def name_api(api: ir.Api, sccs: list[list[str]], renames: Renames = Renames()) -> Names:
    model_class = _unique({m.key: _class_name(m.key) for m in api.models}, _RESERVED_CLASSES)
    field_attr: dict[tuple[str, str], str] = {}
    ordered = bases_first(api.models)
    for model in ordered:
        # A subclass reads its base's fields by the base's names; its own take names the base does not use.
        inherited = {json: field_attr[(model.base, json)] for json in model.inherited}
        wanted = {f.json_name: _attr_name(f.json_name) for f in model.fields if f.json_name not in inherited}
        for json_name, attr in (inherited | _unique(wanted, _MODEL_METHODS | set(inherited.values()))).items():
            field_attr[(model.key, json_name)] = attr

    if renames.classes or renames.fields:
        before = {(m.key, json): field_attr[(m.key, json)] for m in ordered for json in m.inherited}
        _apply_renames(api, model_class, field_attr, renames)
        _inherit_renames(ordered, model_class, field_attr, before)
    model_module: dict[str, str] = {}
    first_of = {min(scc): scc for scc in sccs}  # each module is named after its first model
    wanted_modules = {first: _after_class(first, model_class[first], "", "model") for first in first_of}
    for first, module in _unique(wanted_modules, {"__init__"}).items():
        for key in first_of[first]:
            model_module[key] = module

    tags = sorted({op.tag for op in api.operations})
    tag_attr = _unique({t: snake(t, "tag") for t in tags}, _CLIENT_ATTRIBUTES)
    tag_module = dict(tag_attr)
    # The async group is "Async" + the class: the class leaves room for it.
    group_limit = MAX_NAME - len("Async")
    tag_class = _unique(
        {t: pascal(t, "Tag", group_limit - len("Api")) + "Api" for t in tags}, _RESERVED_CLASSES, group_limit
    )

    method: dict[str, str] = {}
    by_tag: dict[str, dict[str, str]] = defaultdict(dict)
    for op in api.operations:
        name = snake(op.operation_id, "operation")
        by_tag[op.tag][op.operation_id] = name + "_" if name in _SHADOWED_IN_GROUPS else name
    for wanted in by_tag.values():
        method.update(_unique(wanted, {"with_raw_response", "client"}))

    argument: dict[tuple[str, str, str], str] = {}
    for op in api.operations:
        plain = {(p.location, p.name): _arg_name(p.name) for p in op.parameters}
        counts: dict[str, int] = defaultdict(int)
        for name in plain.values():
            counts[name] += 1
        wanted_args = {}
        reserved = _OPERATION_ARGUMENTS | (_STREAM_ARGUMENTS if op.events is not None else set())
        for (location, name), arg in plain.items():
            if counts[arg] > 1 or arg in reserved:  # told apart by where they go: `id_path`, `id_query`
                arg = _arg_name(name, MAX_NAME - len(location) - 1).rstrip("_") + "_" + location
            wanted_args[f"{location}\0{name}"] = arg
        for key, arg in _unique(wanted_args, reserved).items():
            where, name = key.split("\0", 1)
            argument[(op.operation_id, where, name)] = arg

    scheme_arg = _unique({s.key: snake(s.key, "auth") for s in api.security_schemes}, _CLIENT_ATTRIBUTES)
    # `PetDict` beside the class `Pet`; never the name of a model class (they share the `models` namespace).
    typed_dict = _unique(
        {key: _after_class(key, cls, "Dict") for key, cls in model_class.items()}, set(model_class.values())
    )
    return Names(
        model_class, model_module, field_attr, tag_attr, tag_module, tag_class, method, argument, scheme_arg, typed_dict
    )


def _after_class(key: str, cls: str, suffix: str, module_fallback: str = "") -> str:
    """A name made from the class of the model `key`: its module (snake_case, when `module_fallback` is given)
    or the class name followed by `suffix`. When the class is the model's own shortened name, this one is
    shortened from the same whole name and ends in the same digest (`FooBarA1b2c3d4` is in
    `foo_bar_baz_a1b2c3d4.py`, its TypedDict is `FooBarA1b2c3d4Dict`); a class the user renamed or that was
    numbered gives its own name."""
    whole = _class_full(key) if cls == _class_name(key) else cls
    source = key if cls == _class_name(key) else cls
    if module_fallback:
        return snake(whole, module_fallback, source=source)
    return fit(whole, MAX_NAME - len(suffix), source) + suffix


def typed_dict_parts(name: str) -> tuple[str, str]:
    """The private TypedDicts that hold the required and the optional keys of the TypedDict `name` when it
    cannot be one class statement (Python 3.10 has no `Required`/`NotRequired`)."""
    room = MAX_NAME - len("_Optional")
    return f"_{fit(name, room)}Required", f"_{fit(name, room)}Optional"


def _class_full(key: str) -> str:
    """The class name of the model `key`, not yet bounded."""
    name = _pascal_full(key, "Model")
    if name in _SHADOWED_IN_MODELS or hasattr(builtins, name):
        name += "Model"
    return name


def _class_name(key: str) -> str:
    return fit(_class_full(key), MAX_NAME, key)


@functools.lru_cache(maxsize=1 << 16)  # property names repeat across thousands of schemas
def _attr_name(json_name: str) -> str:
    name = snake(json_name, "field")
    if name in _SHADOWED_IN_MODELS or name.startswith("__"):
        name += "_"
    return name


def _arg_name(json_name: str, limit: int = MAX_NAME) -> str:
    name = snake(json_name, "param", limit)
    if name in _SHADOWED_IN_MODELS:
        name += "_"
    return name
