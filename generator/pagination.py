"""A pass over the intermediate model: which list operations page, and how (`ir.Pagination` on the operation).

Runs after resolving. What it reads, in order of precedence: the `[tool.clientgen] pagination` table (per
operationId or pattern; `false` switches an operation, or everything, off), the operation's
`x-speakeasy-pagination` or `x-fern-pagination` extension, then the heuristics below. Recognition is
conservative: a pattern that is incomplete or ambiguous (two item arrays, two mechanisms) leaves the operation
unpaginated, and `explain` says why (`clientgen inspect` prints it).

Heuristics (GET operations with a JSON answer):
- link: a success response declares a `Link` header (GitHub); the items are the bare array, or the one array;
- cursor: a boolean `has_more` beside an array of items with an `id`, and a `starting_after`/`after` query parameter;
- token: a string field `nextPageToken`, `next_page_token`, `nextCursor`, `next_cursor`, `next` or `NextToken`
  (at the top or one object down) and a `pageToken`, `page_token`, `cursor`, `next_token` or `NextToken` parameter;
- offset: `offset` and `limit` query parameters; page: `page` and a page size parameter (`per_page`, ...).
  Both stop at a total (`total`, `total_count`, ...) when the response has one, else at a short or empty page.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from . import ir
from .diagnostics import Diagnostic, unescape_pointer_token
from .pagination_settings import DEFAULT, KINDS, Rule, Settings, settings_from_config

# The settings live in pagination_settings.py (the configuration reads them without importing this pass).
__all__ = ["DEFAULT", "KINDS", "Settings", "explain", "paginate", "report", "settings_from_config"]

NEXT_FIELDS = ("nextPageToken", "next_page_token", "nextCursor", "next_cursor", "next", "NextToken")
TOKEN_PARAMS = ("pageToken", "page_token", "cursor", "next_token", "NextToken")
CURSOR_PARAMS = ("starting_after", "after")
BEFORE_PARAMS = {"starting_after": "ending_before", "after": "before"}
HAS_MORE_FIELDS = ("has_more", "hasMore")
TOTAL_FIELDS = ("total", "total_count", "totalCount", "total_results", "totalResults", "total_items", "totalItems",
                "totalSize", "total_size")
TOTAL_PAGE_FIELDS = ("total_pages", "totalPages", "page_count", "pageCount", "num_pages", "numPages")
PAGE_SIZE_PARAMS = ("per_page", "page_size", "pageSize", "perPage", "limit", "size")
# Query parameters that suggest a list is paged; for `explain` and the numbers of the closing report only.
PAGING_HINTS = frozenset(
    {"limit", "offset", "page", "per_page", "page_size", "pageSize", "cursor", "pageToken", "page_token",
     "starting_after", "ending_before", "after", "before", "next_token", "NextToken", "skip", "top", "$top",
     "$skip", "start", "count", "max_results", "maxResults", "marker", "since"}
)


@dataclass(frozen=True)
class Draft:
    """An `ir.Pagination` with paths of JSON names, before `_check` finds the models on the way."""

    kind: ir.PaginationKind
    reason: str
    items: tuple[str, ...] = ()
    param: str = ""
    size_param: str = ""
    next: tuple[str, ...] = ()
    has_more: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    total_pages: tuple[str, ...] = ()
    item_id: str = ""
    before_param: str = ""


def _rule_for(settings: Settings, operation_id: str) -> Rule | None:
    """The rule naming the operationId, else the first (in name order) whose pattern matches it."""
    for rule in settings.rules:
        if rule.pattern == operation_id:
            return rule
    for rule in settings.rules:
        if fnmatch.fnmatchcase(operation_id, rule.pattern):
            return rule
    return None


# ------------------------------------------------------------------------------------------------ the pass


def paginate(api: ir.Api, raw: Any, settings: Settings, file: str = "") -> tuple[ir.Api, list[Diagnostic]]:
    """The API with `pagination` set on every operation recognised as paginated; warnings for extensions and
    configuration entries that cannot be followed. `raw` is the parsed root document (for headers and extensions,
    which the intermediate model does not keep)."""
    if not settings.enabled:
        return api, []
    models = {m.key: m for m in api.models}
    problems: list[Diagnostic] = []
    operations = []
    for op in api.operations:
        paged, found = page_operation(op, models, raw, settings, file)
        operations.append(paged)
        problems += found
    problems += unmatched_rules(api.operations, settings, file)
    return with_operations(api, operations), problems


def page_operation(
    op: ir.Operation, models: dict[str, ir.Model], raw: Any, settings: Settings, file: str = ""
) -> tuple[ir.Operation, list[Diagnostic]]:
    """The operation with its pagination set when it pages (else the very same object), and its warnings."""
    problems: list[Diagnostic] = []
    found, _ = explain(op, models, raw, settings, problems, file)
    return (replace(op, pagination=found) if found is not None else op), problems


def unmatched_rules(operations: Iterable[ir.Operation], settings: Settings, file: str = "") -> list[Diagnostic]:
    """A warning for each entry of the configuration's table that matches no operation."""
    ids = [op.operation_id for op in operations]
    return [
        Diagnostic("warning", f"pagination.{rule.pattern} matches no operationId", file,
                   hint="the table's keys are operationIds or fnmatch patterns of them")
        for rule in settings.rules
        if not any(fnmatch.fnmatchcase(operation_id, rule.pattern) for operation_id in ids)
    ]


def with_operations(api: ir.Api, operations: list[ir.Operation]) -> ir.Api:
    """`api` with these operations (itself when they are the same objects)."""
    same = len(operations) == len(api.operations) and all(a is b for a, b in zip(operations, api.operations))
    return api if same else replace(api, operations=tuple(operations))


def explain(
    op: ir.Operation,
    models: dict[str, ir.Model],
    raw: Any,
    settings: Settings,
    problems: list[Diagnostic] | None = None,
    file: str = "",
) -> tuple[ir.Pagination | None, str]:
    """How the operation pages and why, or None and why not."""
    problems = [] if problems is None else problems
    if not settings.enabled:
        return None, "pagination is switched off in the configuration"
    node = _raw_at(raw, op.pointer) if raw is not None else None
    node = node if isinstance(node, dict) else {}
    response = _response_type(op)
    rule = _rule_for(settings, op.operation_id)
    if rule is not None and rule.off:
        return None, f"switched off by the configuration ({rule.pattern!r} = false)"
    if rule is not None:
        found, why = _from_rule(op, models, response, rule)
        if found is None:
            problems.append(Diagnostic("warning", f"pagination.{rule.pattern} cannot apply to {op.operation_id}: {why}",
                                       file, op.pointer, hint="fix the pagination table of the configuration"))
        return found, why
    for key, reader in (("x-speakeasy-pagination", _speakeasy), ("x-fern-pagination", _fern)):
        if key in node:
            found, why = reader(op, models, response, node[key])
            if found is None:
                problems.append(Diagnostic("warning", f"{key} is not followed: {why}", file, op.pointer + "/" + key,
                                           hint="the operation returns its plain response"))
            return found, why
    if op.method != "GET":
        return None, f"a {op.method} operation (only GET operations are recognised without configuration)"
    if response is None:
        return None, "no single JSON success response"
    return _heuristic(op, models, response, node, raw)


# ------------------------------------------------------------------------------------------------ types


def _strip(t: ir.TypeRef | None) -> ir.TypeRef | None:
    return t.inner if isinstance(t, ir.NullableType) else t


def _response_type(op: ir.Operation) -> ir.TypeRef | None:
    """The one type every JSON success response has."""
    success = [r for r in ir.success_responses(op) if r.status.startswith("2")]
    if not success or any(r.kind != "json" or r.type is None for r in success):
        return None
    types = {r.type for r in success}
    return _strip(success[0].type) if len(types) == 1 else None


def _model(models: dict[str, ir.Model], t: ir.TypeRef | None) -> ir.Model | None:
    t = _strip(t)
    return models.get(t.key) if isinstance(t, ir.ModelType) else None


def _field(model: ir.Model | None, name: str) -> ir.Field | None:
    if model is None:
        return None
    return next((f for f in model.fields if f.json_name == name), None)


def _walk(models: dict[str, ir.Model], t: ir.TypeRef | None, path: tuple[str, ...]) -> ir.TypeRef | None:
    """The type at the end of a path of JSON names, or None when a step is not a field of a model."""
    for name in path:
        found = _field(_model(models, t), name)
        if found is None:
            return None
        t = found.type
    return _strip(t)


def _is(t: ir.TypeRef | None, *kinds: str) -> bool:
    t = _strip(t)
    return isinstance(t, ir.Primitive) and t.kind in kinds


def _items_path(models: dict[str, ir.Model], response: ir.TypeRef) -> tuple[tuple[str, ...] | None, str]:
    """Where the items are: () for a bare array, else the model's one array field (or its one array of objects)."""
    if isinstance(response, ir.ArrayType):
        return (), "the response is an array"
    model = _model(models, response)
    if model is None:
        return None, "the response is neither an array nor an object"
    arrays = [f for f in model.fields if isinstance(_strip(f.type), ir.ArrayType)]
    if len(arrays) > 1:  # an array of objects beside arrays of strings (Google's `unreachable`) is still clear
        arrays = [f for f in arrays if _is_object_array(models, f.type)]
    if len(arrays) == 1:
        return (arrays[0].json_name,), f"items in {arrays[0].json_name!r}"
    if not arrays:
        return None, "the response has no array of items"
    return None, "the response has several arrays (" + ", ".join(repr(f.json_name) for f in arrays) + ")"


def _is_object_array(models: dict[str, ir.Model], t: ir.TypeRef) -> bool:
    array = _strip(t)
    item = _strip(array.item) if isinstance(array, ir.ArrayType) else None
    return isinstance(item, (ir.ModelType, ir.UnionType, ir.MapType))


def _item_type(models: dict[str, ir.Model], response: ir.TypeRef, items: tuple[str, ...]) -> ir.TypeRef | None:
    t = _walk(models, response, items)
    return t.item if isinstance(t, ir.ArrayType) else None


def _query(op: ir.Operation) -> dict[str, ir.Parameter]:
    return {p.name: p for p in op.parameters if p.location == "query"}


def _path(text: str) -> tuple[str, ...] | None:
    """A dotted path, or a JSONPath of names (`$.a.b`, `$response.a.b`); None for anything else (filters, indexes)."""
    text = text.strip()
    for prefix in ("$response.body", "$response", "$.", "$"):
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip(".")
            break
    if text == "":
        return ()
    parts = tuple(text.split("."))
    return parts if all(re.fullmatch(r"[A-Za-z0-9_\-$@]+", p) for p in parts) else None


# ------------------------------------------------------------------------------------------------ checking


def _check(
    op: ir.Operation, models: dict[str, ir.Model], response: ir.TypeRef | None, page: Draft
) -> tuple[ir.Pagination | None, str]:
    """The description if everything it names exists with a fitting type, else None and what is wrong."""
    if response is None:
        return None, "the operation has no single JSON success response"
    items = _walk(models, response, page.items)
    if not isinstance(items, ir.ArrayType):
        return None, f"the items ({_dotted(page.items)}) are not an array of the response"
    query = _query(op)
    for name in (page.param, page.size_param, page.before_param):
        if name and name not in query:
            return None, f"the operation has no query parameter {name!r}"
    if page.kind != "link" and not page.param:
        return None, "no request parameter to move to the next page"
    for label, path, kinds in (("next", page.next, ("str", "int", "any")), ("has_more", page.has_more, ("bool",)),
                               ("total", page.total, ("int", "float")), ("total_pages", page.total_pages, ("int",))):
        if path and not _is(_walk(models, response, path), *kinds):
            return None, f"{label} ({_dotted(path)}) is not a field of type {' or '.join(kinds)} of the response"
    if page.kind == "token" and not page.next:
        return None, "no response field holds the next token"
    item_id: ir.FieldPath = ()
    if page.kind == "cursor":
        item = _strip(items.item)
        variants = item.variants if isinstance(item, ir.UnionType) else (item,)
        for variant in variants:
            model = _model(models, variant)
            found = _field(model, page.item_id)
            if model is None or found is None or not _is(found.type, "str", "int"):
                return None, f"the items have no string or integer field {page.item_id!r} to continue after"
            item_id = item_id or ((model.key, page.item_id),)

    def steps(path: tuple[str, ...]) -> ir.FieldPath:
        found, t = [], response
        for name in path:
            model = _model(models, t)
            assert model is not None  # _walk found the path
            found.append((model.key, name))
            t = (_field(model, name) or ir.Field("", ir.ANY, False)).type
        return tuple(found)

    return ir.Pagination(
        kind=page.kind,
        reason=page.reason,
        item=items.item,
        items=steps(page.items),
        param=page.param,
        size_param=page.size_param,
        next=steps(page.next),
        has_more=steps(page.has_more),
        total=steps(page.total),
        total_pages=steps(page.total_pages),
        item_id=item_id,
        before_param=page.before_param,
    ), page.reason


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path) or "the response"


# ------------------------------------------------------------------------------------------------ configuration


_DEFAULT_PARAMS = {"cursor": CURSOR_PARAMS, "token": TOKEN_PARAMS, "offset": ("offset",), "page": ("page",)}


def _from_rule(
    op: ir.Operation, models: dict[str, ir.Model], response: ir.TypeRef | None, rule: Rule
) -> tuple[ir.Pagination | None, str]:
    query = _query(op)
    items: tuple[str, ...] | None = _path(rule.items) if rule.items else None
    if items is None and response is not None:
        items, _ = _items_path(models, response)
    param = rule.param or next((p for p in _DEFAULT_PARAMS.get(rule.kind, ()) if p in query), "")
    size = rule.size_param
    if not size and rule.kind in ("offset", "page"):
        size = next((p for p in PAGE_SIZE_PARAMS if p in query), "")
    paths = {key: _path(getattr(rule, key)) or () for key in ("next", "has_more", "total", "total_pages")}
    page = Draft(
        kind=rule.kind,  # type: ignore[arg-type]  # checked by settings_from_config
        reason=f"configured ([tool.clientgen] pagination {rule.pattern!r})",
        items=items or (),
        param=param,
        size_param=size,
        item_id=rule.item_id or ("id" if rule.kind == "cursor" else ""),
        before_param=rule.before_param,
        **paths,
    )
    if items is None:
        return None, "no array of items found (set items)"
    return _check(op, models, response, page)


# ------------------------------------------------------------------------------------------------ extensions


def _speakeasy(
    op: ir.Operation, models: dict[str, ir.Model], response: ir.TypeRef | None, ext: Any
) -> tuple[ir.Pagination | None, str]:
    if not isinstance(ext, dict):
        return None, "it is not an object"
    kind = ext.get("type")
    inputs: list[Any] = ext["inputs"] if isinstance(ext.get("inputs"), list) else []
    outputs: dict[str, Any] = ext["outputs"] if isinstance(ext.get("outputs"), dict) else {}
    by_type: dict[str, str] = {}
    for entry in inputs:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            return None, "an input without a name"
        if entry.get("in", "parameters") != "parameters":
            return None, f"input {entry['name']!r} is in the request body (only query parameters are supported)"
        by_type[str(entry.get("type"))] = entry["name"]
    results = _path(str(outputs.get("results", "$")))
    if results is None:
        return None, f"outputs.results {outputs.get('results')!r} is not a path of field names"
    reason = f"x-speakeasy-pagination (type {kind})"
    if kind == "offsetLimit":
        total_pages = _path(str(outputs.get("numPages", ""))) or ()
        if "page" in by_type:
            page = Draft("page", reason, results, by_type["page"], by_type.get("limit", ""),
                                 total_pages=total_pages)
        elif "offset" in by_type:
            page = Draft("offset", reason, results, by_type["offset"], by_type.get("limit", ""))
        else:
            return None, "an offsetLimit pagination needs an input of type offset or page"
        return _check(op, models, response, page)
    if kind == "cursor":
        cursor = str(outputs.get("nextCursor", ""))
        last = re.fullmatch(r"(.*)\[-1:?\]\.([A-Za-z0-9_]+)", cursor)
        if "cursor" not in by_type:
            return None, "a cursor pagination needs an input of type cursor"
        if last is not None:  # the last item's field: `$.data[-1].id`
            return _check(op, models, response, Draft(
                "cursor", reason, _path(last.group(1)) or results, by_type["cursor"], by_type.get("limit", ""),
                item_id=last.group(2)))
        nxt = _path(cursor)
        if not nxt:
            return None, f"outputs.nextCursor {cursor!r} is not a path of field names"
        return _check(op, models, response, Draft("token", reason, results, by_type["cursor"],
                                                          by_type.get("limit", ""), next=nxt))
    if kind == "url":
        nxt = _path(str(outputs.get("nextUrl", "")))
        if not nxt:
            return None, "a url pagination needs outputs.nextUrl"
        return _check(op, models, response, Draft("link", reason, results, next=nxt))
    return None, f"unknown type {kind!r} (offsetLimit, cursor or url)"


def _fern(
    op: ir.Operation, models: dict[str, ir.Model], response: ir.TypeRef | None, ext: Any
) -> tuple[ir.Pagination | None, str]:
    if not isinstance(ext, dict):
        return None, "it is not an object"

    def request_param(key: str) -> str | None:
        value = ext.get(key)
        if not isinstance(value, str) or not re.fullmatch(r"\$request\.(query\.)?[A-Za-z0-9_\-]+", value):
            return None
        return value.rsplit(".", 1)[1]

    results = _path(str(ext.get("results", "")))
    if results is None:
        return None, f"results {ext.get('results')!r} is not a $response path of field names"
    reason = "x-fern-pagination"
    if "cursor" in ext:
        param = request_param("cursor")
        nxt = _path(str(ext.get("next_cursor", "")))
        if param is None or not nxt:
            return None, "cursor must be $request.<query parameter> and next_cursor a $response path"
        return _check(op, models, response, Draft("token", reason + " (cursor)", results, param, next=nxt))
    if "offset" in ext:
        param = request_param("offset")
        if param is None:
            return None, "offset must be $request.<query parameter>"
        step = request_param("step") if "step" in ext else ""
        if step is None:
            return None, "step must be $request.<query parameter>"
        has_more = _path(str(ext.get("has-next-page", ext.get("has_next_page", "")))) or ()
        kind: ir.PaginationKind = "offset" if step else "page"  # without a step, the offset counts pages
        return _check(op, models, response, Draft(kind, reason + " (offset)", results, param, step,
                                                          has_more=has_more))
    return None, "neither cursor nor offset pagination"


# ------------------------------------------------------------------------------------------------ heuristics


def _heuristic(
    op: ir.Operation, models: dict[str, ir.Model], response: ir.TypeRef, node: dict[str, Any], root: Any
) -> tuple[ir.Pagination | None, str]:
    query = _query(op)
    items, items_why = _items_path(models, response)
    if _declares_link(node, root):
        if items is None:
            return None, f"a Link header, but {items_why}"
        return _check(op, models, response, Draft("link", f"Link response header; {items_why}", items))
    found: list[ir.Pagination] = []
    reasons: list[str] = []
    model = _model(models, response)
    cursor = next((p for p in CURSOR_PARAMS if p in query), "")
    has_more = next((f.json_name for f in (model.fields if model else ()) if f.json_name in HAS_MORE_FIELDS
                     and _is(f.type, "bool")), "")
    if cursor and has_more and items:
        before = BEFORE_PARAMS[cursor] if BEFORE_PARAMS[cursor] in query else ""
        page = Draft("cursor", f"boolean {has_more!r}, {items_why}, parameter {cursor!r} takes the last id",
                             items, cursor, has_more=(has_more,), item_id="id", before_param=before)
        checked, why = _check(op, models, response, page)
        _keep(checked, why, found, reasons)
    token = [p for p in TOKEN_PARAMS if p in query]
    nexts = _next_fields(models, response)
    if not token and "page" in query and _is(query["page"].type, "str"):  # Stripe's search: a `next_page` token
        token, nexts = ["page"], [n for n in _next_fields(models, response, ("next_page",))]
    if token and items is not None and len(token) == 1 and len(nexts) == 1:
        page = Draft("token", f"response field {_dotted(nexts[0])!r} feeds parameter {token[0]!r}; {items_why}",
                             items, token[0], next=nexts[0])
        checked, why = _check(op, models, response, page)
        _keep(checked, why, found, reasons)
    elif token and len(nexts) > 1:
        reasons.append("several next-token fields (" + ", ".join(_dotted(n) for n in nexts) + ")")
    elif token and not nexts:
        reasons.append(f"parameter {token[0]!r} but no next-token field in the response")
    top = model.fields if model else ()
    total: tuple[str, ...] = next(((f.json_name,) for f in top if f.json_name in TOTAL_FIELDS
                                   and _is(f.type, "int", "float")), ())
    total_pages: tuple[str, ...] = next(((f.json_name,) for f in top if f.json_name in TOTAL_PAGE_FIELDS
                                         and _is(f.type, "int")), ())
    more = (has_more,) if has_more else ()
    if "offset" in query and "limit" in query and items is not None:
        stop = f"total in {total[0]!r}" if total else "stops at a short page"
        page = Draft("offset", f"parameters 'offset' and 'limit'; {items_why}; {stop}", items, "offset",
                             "limit", total=total, has_more=more)
        if all(_is(query[p].type, "int") for p in ("offset", "limit")):
            checked, why = _check(op, models, response, page)
            _keep(checked, why, found, reasons)
        else:
            reasons.append("'offset' or 'limit' is not an integer")
    size = next((p for p in PAGE_SIZE_PARAMS if p in query), "")
    if "page" in query and size and items is not None:
        stop = f"total in {(total or total_pages)[0]!r}" if total or total_pages else "stops at a short page"
        page = Draft("page", f"parameters 'page' and {size!r}; {items_why}; {stop}", items, "page", size,
                             total=total, total_pages=total_pages, has_more=more)
        if all(_is(query[p].type, "int") for p in ("page", size)):
            checked, why = _check(op, models, response, page)
            _keep(checked, why, found, reasons)
        else:
            reasons.append(f"'page' or {size!r} is not an integer")
    if len(found) == 1:
        return found[0], found[0].reason
    if len(found) > 1:
        return None, "ambiguous: " + " and ".join(p.kind for p in found) + " both fit"
    if items is None:
        return None, items_why
    if reasons:
        return None, "; ".join(reasons)
    hints = sorted(set(query) & PAGING_HINTS)
    if hints:
        return None, "paging parameters " + ", ".join(hints) + " fit no known pattern"
    return None, "no paging parameters"


def _keep(checked: ir.Pagination | None, why: str, found: list[ir.Pagination], reasons: list[str]) -> None:
    if checked is not None:
        found.append(checked)
    else:
        reasons.append(why)


def _next_fields(
    models: dict[str, ir.Model], response: ir.TypeRef, names: tuple[str, ...] = NEXT_FIELDS
) -> list[tuple[str, ...]]:
    """Paths of string fields named like a next-page token, at the top of the response or one object down."""
    model = _model(models, response)
    if model is None:
        return []
    found: list[tuple[str, ...]] = [(f.json_name,) for f in model.fields if f.json_name in names and _is(f.type, "str")]
    if found:
        return found
    for f in model.fields:
        inner = _model(models, f.type)
        if inner is not None:
            found += [(f.json_name, g.json_name) for g in inner.fields if g.json_name in names
                      and _is(g.type, "str")]
    return found


def _declares_link(node: dict[str, Any], root: Any) -> bool:
    """Whether a success response of the raw operation declares a `Link` header."""
    responses = node.get("responses")
    if not isinstance(responses, dict):
        return False
    for status, response in responses.items():
        if not str(status).startswith("2"):
            continue
        response = _follow(response, root)
        headers = response.get("headers") if isinstance(response, dict) else None
        if isinstance(headers, dict) and any(str(name).lower() == "link" for name in headers):
            return True
    return False


def list_like(op: ir.Operation, models: dict[str, ir.Model]) -> bool:
    """A GET whose answer holds an array, and which takes paging-like parameters or is named like a list."""
    response = _response_type(op)
    if op.method != "GET" or response is None:
        return False
    model = _model(models, response)
    if not isinstance(response, ir.ArrayType) and not (
        model and any(isinstance(_strip(f.type), ir.ArrayType) for f in model.fields)
    ):
        return False
    named = re.search(r"(^|[^a-z])list|List", op.operation_id) is not None
    return named or bool(set(_query(op)) & PAGING_HINTS)


# ------------------------------------------------------------------------------------------------ raw document


def _raw_at(root: Any, pointer: str) -> Any:
    """The raw node at a pointer of the root document, following local `$ref`s on the way; None when absent."""
    node = root
    for token in pointer.split("/")[1:] if pointer else []:
        node = _follow(node, root)
        key = unescape_pointer_token(token)
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return _follow(node, root)


def _follow(node: Any, root: Any) -> Any:
    for _ in range(20):  # a chain longer than this is a cycle
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#")):
            return node
        target: Any = root
        for token in node["$ref"][1:].split("/")[1:]:
            key = unescape_pointer_token(token)
            if not isinstance(target, dict) or key not in target:
                return {}
            target = target[key]
        node = target
    return {}


# ------------------------------------------------------------------------------------------------ report


def report(api: ir.Api, raw: Any, settings: Settings) -> str:
    """For `clientgen inspect --pagination`: each paginated operation with its kind and why, then each list-like
    operation that is not, with why not."""
    models = {m.key: m for m in api.models}
    paged = [op for op in api.operations if op.pagination is not None]
    lines = [f"{len(paged)} of {len(api.operations)} operations are paginated"]
    for op in paged:
        assert op.pagination is not None
        lines.append(f"  {op.operation_id} ({op.method} {op.path}): {op.pagination.kind}: {op.pagination.reason}")
    missed = [op for op in api.operations if op.pagination is None and list_like(op, models)]
    lines.append(f"{len(missed)} list-like operations are not")
    for op in missed:
        lines.append(f"  {op.operation_id} ({op.method} {op.path}): {explain(op, models, raw, settings)[1]}")
    return "\n".join(lines)
