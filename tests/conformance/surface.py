"""How to call a generated client, read from the generated package itself (its source, with `ast`).

This is the only thing the harness takes from the code under test: which method serves which (HTTP method, path),
its keyword names with their annotations, which keyword carries which parameter (the `path_params=`, `query=`,
`headers=` and `cookies=` mappings of its `build_request` call, wire name -> keyword), how the body is passed,
and the constructor keyword of each security scheme. Types, values and verdicts come from the raw spec and the wire.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

PARAM_GROUPS = {"path_params": "path", "query": "query", "headers": "header", "cookies": "cookie"}
BODY_KEYWORDS = {"json_body": "json", "form": "form", "multipart": "multipart", "content": "content"}


@dataclass(frozen=True)
class Keyword:
    name: str
    annotation: str  # source text, e.g. "int | Unset"
    required: bool


@dataclass
class Method:
    group: str  # the client attribute: client.<group>.<name>
    name: str
    http_method: str
    path: str
    keywords: dict[str, Keyword]
    params: dict[tuple[str, str], str] = field(default_factory=dict)  # (location, wire name) -> keyword
    body_kind: str = ""  # json, form, multipart, content; "choice" when `content_type=` picks among body_kinds
    body_kinds: dict[str, str] = field(default_factory=dict)  # media type -> kind, for "choice"
    content_type: str = ""  # the media type a single body is sent as, when the call names one
    accept: str = ""

    def keyword_for(self, location: str, name: str) -> str | None:
        if location == "header":
            lowered = {(loc, n.lower()): kw for (loc, n), kw in self.params.items()}
            return lowered.get((location, name.lower()))
        return self.params.get((location, name))


@dataclass
class Surface:
    methods: dict[tuple[str, str], Method]  # (HTTP method, path) -> method
    credentials: dict[str, str]  # security scheme name -> Client keyword
    client_keywords: set[str]


def _constant(node: ast.AST) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _string_map(node: ast.AST) -> dict[str, str]:
    """{"wire": keyword, ...} or {"wire": "constant", ...} from a dict literal."""
    found: dict[str, str] = {}
    if isinstance(node, ast.Dict):
        for key, value in zip(node.keys, node.values, strict=True):
            name = _constant(key) if key is not None else None
            if isinstance(name, str):
                if isinstance(value, ast.Name):
                    found[name] = value.id
                elif isinstance(_constant(value), str):
                    found[name] = str(_constant(value))
    return found


def _keywords(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, Keyword]:
    args = func.args
    out = {}
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        annotation = ast.unparse(arg.annotation) if arg.annotation is not None else "Any"
        out[arg.arg] = Keyword(arg.arg, annotation, default is None)
    return out


def _build_request(func: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.Call | None:
    for node in ast.walk(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "build_request":
            return node
    return None


def _method(group: str, func: ast.FunctionDef) -> Method | None:
    call = _build_request(func)
    if call is None or len(call.args) < 2:
        return None
    http_method, path = _constant(call.args[0]), _constant(call.args[1])
    if not isinstance(http_method, str) or not isinstance(path, str):
        return None
    method = Method(group, func.name, http_method.upper(), path, _keywords(func))
    for kw in call.keywords:
        if kw.arg in PARAM_GROUPS and isinstance(kw.value, ast.Dict):
            for key, value in zip(kw.value.keys, kw.value.values, strict=True):
                wire = _constant(key) if key is not None else None
                # the method's keyword the value is made from (usually the value itself)
                names = [n.id for n in ast.walk(value) if isinstance(n, ast.Name) and n.id in method.keywords]
                if isinstance(wire, str) and names:
                    method.params[(PARAM_GROUPS[kw.arg], wire)] = names[0]
        elif kw.arg in BODY_KEYWORDS:
            method.body_kind = BODY_KEYWORDS[kw.arg]
        elif kw.arg == "body":
            method.body_kind = "choice"
        elif kw.arg == "body_kinds":
            method.body_kinds = _string_map(kw.value)
        elif kw.arg == "content_type" and isinstance(_constant(kw.value), str):
            method.content_type = str(_constant(kw.value))
        elif kw.arg == "accept" and isinstance(_constant(kw.value), str):
            method.accept = str(_constant(kw.value))
    return method


def _groups(client_source: str) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """From `_client.py`'s `Client`: API class -> attribute, scheme -> constructor keyword, constructor keywords."""
    groups: dict[str, str] = {}
    credentials: dict[str, str] = {}
    keywords: set[str] = set()
    tree = ast.parse(client_source)
    for cls in tree.body:
        if not (isinstance(cls, ast.ClassDef) and cls.name == "Client"):
            continue
        for item in cls.body:
            if not isinstance(item, ast.FunctionDef):
                continue
            if item.name == "__init__":
                keywords = {a.arg for a in item.args.kwonlyargs}
                for node in ast.walk(item):
                    if isinstance(node, ast.keyword) and node.arg == "credentials":
                        credentials = _string_map(node.value)
                continue
            for node in ast.walk(item):
                call = node.value if isinstance(node, ast.Return) else None
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                    groups[call.func.id] = item.name
    return groups, credentials, keywords


def read_surface(package_dir: Path) -> Surface:
    """The callable surface of the generated package in `package_dir` (the folder with `__init__.py`)."""
    groups, credentials, client_keywords = _groups((package_dir / "_client.py").read_text(encoding="utf-8"))
    methods: dict[tuple[str, str], Method] = {}
    for module in sorted((package_dir / "api").glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for cls in tree.body:
            if not isinstance(cls, ast.ClassDef) or cls.name not in groups:
                continue
            for item in cls.body:
                if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                    method = _method(groups[cls.name], item)
                    if method is not None:
                        methods[(method.http_method, method.path)] = method
    return Surface(methods, credentials, client_keywords)
