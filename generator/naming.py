"""Stage 4, name: every Python identifier in the generated client is chosen here, and only here.

Rules: PascalCase classes, snake_case functions, fields, arguments and modules; keywords and names that would
shadow what the generated code uses get a trailing underscore; names that collide are told apart by a rule that
depends on the names themselves (sorted), never on the order of the document. A name longer than MAX_NAME
characters keeps its start and ends in a digest of the text it was made from.
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


# The longest identifier, and so the longest file name stem (modules are named like their first class), that a
# generated name may have. Longer ones keep a readable start and end in a digest of the whole name, the same on
# every run and whatever the key order: file names stay far below the 255 bytes filesystems allow.
MAX_NAME = 80


def bounded(name: str) -> str:
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.blake2b(name.encode(), digest_size=4).hexdigest()
    return f"{name[:MAX_NAME - len(digest) - 1].rstrip('_')}_{digest}"


def snake(text: str, fallback: str = "value") -> str:
    name = "_".join(words(text)) or fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    name = bounded(name)
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        name += "_"
    return name


def pascal_words(text: str) -> str:
    """The words of `text` joined in PascalCase ('list-items' -> 'ListItems'), not yet a legal or bounded name."""
    return "".join(w[:1].upper() + w[1:] for w in words(text))


def pascal(text: str, fallback: str = "Model") -> str:
    name = pascal_words(text) or fallback
    if name[0].isdigit():
        name = fallback + name
    return bounded(name)


def _unique(wanted: dict[str, str], taken: set[str]) -> dict[str, str]:
    """Give each key its wanted name; keys that want the same name are numbered in sorted order of the keys."""
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
                candidate = f"{name}{'_' if name[-1].isdigit() or name.islower() else ''}{n}"
                n += 1
            result[key] = candidate
            used.add(candidate)
    return result


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


def name_api(api: ir.Api, sccs: list[list[str]], renames: Renames = Renames()) -> Names:
    model_class = _unique(
        {m.key: _class_name(m.key) for m in api.models}, _RESERVED_CLASSES
    )
    field_attr: dict[tuple[str, str], str] = {}
    for model in api.models:
        wanted = {f.json_name: _attr_name(f.json_name) for f in model.fields}
        for json_name, attr in _unique(wanted, _MODEL_METHODS).items():
            field_attr[(model.key, json_name)] = attr

    if renames.classes or renames.fields:
        _apply_renames(api, model_class, field_attr, renames)
    model_module: dict[str, str] = {}
    first_of = {min(scc): scc for scc in sccs}  # each module is named after its first model
    wanted_modules = {first: snake(model_class[first], "model") for first in first_of}
    for first, module in _unique(wanted_modules, {"__init__"}).items():
        for key in first_of[first]:
            model_module[key] = module

    tags = sorted({op.tag for op in api.operations})
    tag_attr = _unique({t: snake(t, "tag") for t in tags}, _CLIENT_ATTRIBUTES)
    tag_module = dict(tag_attr)
    tag_class = _unique({t: pascal(t, "Tag") + "Api" for t in tags}, _RESERVED_CLASSES)

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
            clashes = counts[arg] > 1 or arg in reserved
            wanted_args[f"{location}\0{name}"] = f"{arg.rstrip('_')}_{location}" if clashes else arg
        for key, arg in _unique(wanted_args, reserved).items():
            where, name = key.split("\0", 1)
            argument[(op.operation_id, where, name)] = arg

    scheme_arg = _unique({s.key: snake(s.key, "auth") for s in api.security_schemes}, _CLIENT_ATTRIBUTES)
    # `PetDict` beside the class `Pet`; never the name of a model class (they share the `models` namespace).
    typed_dict = _unique({key: bounded(cls + "Dict") for key, cls in model_class.items()}, set(model_class.values()))
    return Names(
        model_class, model_module, field_attr, tag_attr, tag_module, tag_class, method, argument, scheme_arg, typed_dict
    )


def typed_dict_parts(name: str) -> tuple[str, str]:
    """The private TypedDicts that hold the required and the optional keys of the TypedDict `name` when it
    cannot be one class statement (Python 3.10 has no `Required`/`NotRequired`)."""
    return f"_{name}Required", f"_{name}Optional"


def _class_name(key: str) -> str:
    name = pascal(key)
    if name in _SHADOWED_IN_MODELS or hasattr(builtins, name):
        name += "Model"
    return name


def _attr_name(json_name: str) -> str:
    name = snake(json_name, "field")
    if name in _SHADOWED_IN_MODELS or name.startswith("__"):
        name += "_"
    return name


def _arg_name(json_name: str) -> str:
    name = snake(json_name, "param")
    if name in _SHADOWED_IN_MODELS:
        name += "_"
    return name
