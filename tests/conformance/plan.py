"""Planning one call per operation from the raw spec, and one deliberately invalid request (the control).

Values come from `RawSpec`: an example of the parameter or body that its schema accepts, else one built from the
schema, and each is checked against the spec's own schema before it is sent. The generated client contributes only
how to call it (`surface.Method`): which keyword takes which parameter, and the keyword's annotation, which says in
which Python form a caller passes the value (a model built with its `from_dict`, a `datetime`, a `UUID`, bytes).
If the annotated type cannot take a value the raw schema accepts (the model refuses it, or the annotation names
another type), that is a client failure found before anything is sent.

The control is built from the valid request as it went over the wire, changed in one place the raw schema forbids
(a required property or parameter left out, a wrong type, a value outside its enum, format, length or pattern),
and sent with plain httpx, not through the client: it shows that Prism validates the operation (it silently stops
validating some bodies, notes item 12), and a client that refuses to send it cannot make it look rejected.
"""

from __future__ import annotations

import base64
import collections.abc
import datetime
import itertools
import json
import re
import types
import typing
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, Union
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from . import limits as lim
from .rawspec import Loc, RawOperation, RawSpec
from .surface import Method
from .wire import Exchange, difference, to_json

_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
# OpenAPI: header parameters with these names are ignored (the request's own headers say them).
IGNORED_HEADERS = {"accept", "content-type", "authorization"}
BINARY = b"\x89binary content\x00\x01"
# Bodies of the wrong JSON type, for schemas no single property of which can be broken.
WRONG_JSON: list[tuple[Any, str]] = [
    ("not-an-object", "a string for the body"),
    (12345, "a number for the body"),
    (["not", "an", "object"], "an array for the body"),
    ({"unexpected": "object"}, "an object for the body"),
]


@dataclass
class ParamPlan:
    where: str
    name: str
    param: dict[str, Any]
    schema_loc: Loc | None
    value: Any  # JSON
    required: bool

    @property
    def style(self) -> str:
        return str(self.param.get("style") or ("form" if self.where in ("query", "cookie") else "simple"))

    @property
    def explode(self) -> bool:
        return bool(self.param.get("explode", self.style == "form"))


@dataclass
class Plan:
    op: RawOperation
    method: Method | None
    params: list[ParamPlan] = field(default_factory=list)
    kwargs: dict[str, Any] = field(default_factory=dict)
    media: str = ""
    body_kind: str = ""  # json, form, multipart, binary, text; "" for no body
    body_loc: Loc | None = None
    body: Any = None  # what the body should carry: JSON data (json, form, multipart fields), bytes or text
    body_required: bool = False
    encoding: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    left_out: lim.LeftOut | None = None
    failure: str = ""  # a client failure found while planning
    harness: str = ""  # why no valid request could be planned

    @property
    def label(self) -> str:
        return self.op.label


@dataclass
class Control:
    description: str
    request: httpx.Request


class Refused(Exception):
    pass


def body_kind_of(media: str) -> str:
    base = media.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    if base == lim.FORM:
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "binary"


class Planner:
    def __init__(self, spec: RawSpec, pkg: Any, limits: lim.Limits, spec_name: str) -> None:
        self.spec = spec
        self.pkg = pkg
        self.limits = limits
        self.spec_name = spec_name
        self.namespace = _Namespace(pkg)
        self._types: dict[str, Any] = {}
        self.unreadable: set[str] = set()  # annotations that could not be evaluated

    def _ignored_headers(self, op: RawOperation) -> set[str]:
        """OpenAPI ignores these header parameters where the request says them otherwise: Accept always,
        Content-Type when there is a body, Authorization when the operation has security. Where nothing else says
        them, the server's demand for them stands."""
        data = self.spec.data if isinstance(self.spec.data, dict) else {}
        security = op.node.get("security", data.get("security"))
        ignored = {"accept"}
        if op.node.get("requestBody") is not None:
            ignored.add("content-type")
        if isinstance(security, list) and any(isinstance(s, dict) and s for s in security):
            ignored.add("authorization")
        return ignored & IGNORED_HEADERS

    # -- the plan

    def plan(self, op: RawOperation, method: Method | None) -> Plan:
        plan = Plan(op, method)
        if method is None:
            plan.failure = f"the client has no method for {op.method} {op.path}"
            return plan
        ignored = self._ignored_headers(op)
        for (where, name), (param, loc) in sorted(self.spec.parameters(op).items()):
            if where == "header" and name in ignored:
                continue
            self._param(plan, param, loc)
        self._drop_unsendable(plan)
        self._body(plan)
        if plan.left_out is None:
            plan.left_out = self.limits.left_out(
                self.spec_name, lim.Subject(self.spec, op, plan.media, plan.body_loc, plan.encoding)
            )
        if plan.left_out is None and not plan.failure:
            self._arguments(plan)
        return plan

    def _param(self, plan: Plan, param: dict[str, Any], loc: Loc) -> None:
        where, name = str(param.get("in")), str(param["name"])
        required = bool(param.get("required")) or where == "path"
        schema_loc: Loc | None = loc.child("schema") if "schema" in param else None
        for media in param.get("content") or {}:
            schema_loc = loc.child("content", media, "schema")
            break
        candidates = []
        if "example" in param:
            candidates.append(param["example"])
        for example in (param.get("examples") or {}).values():
            if isinstance(example, dict) and "value" in example:
                candidates.append(example["value"])
        if schema_loc is not None:
            candidates.append(self.spec.value(schema_loc, read=None))
            candidates.extend(self._union_candidates(schema_loc))
        value: Any = None
        for candidate in candidates:
            if candidate is not None and (schema_loc is None or self._param_ok(candidate, schema_loc)):
                value = candidate
                break
        else:
            value = self.spec.value(schema_loc, read=None) if schema_loc is not None else "value"
            if schema_loc is not None:
                problems = self.spec.errors(value, schema_loc, read=None)
                if problems and required:
                    plan.harness = f"no valid value for the {where} parameter {name!r}: {value!r} ({problems[0]})"
                elif problems:
                    plan.notes.append(f"optional {where} parameter {name!r} not sent: no valid value ({problems[0]})")
                    return
        plan.params.append(ParamPlan(where, name, param, schema_loc, value, required))

    def _union_candidates(self, loc: Loc) -> list[Any]:
        schema, loc = self.spec.deref(loc)
        found = []
        for keyword in ("oneOf", "anyOf"):
            for i, _ in enumerate(schema.get(keyword) or [] if isinstance(schema, dict) else []):
                found.append(self.spec.value(loc.child(keyword, i), read=None))
        return found

    def _param_ok(self, value: Any, loc: Loc) -> bool:
        """Valid for the schema as JSON, and, for a oneOf, matched by exactly one variant once it is text in the URL
        or a header (Prism reads `1` as both an integer and a string)."""
        if self.spec.errors(value, loc, read=None):
            return False
        schema, loc = self.spec.deref(loc)
        if not isinstance(schema, dict) or not isinstance(schema.get("oneOf"), list) or isinstance(value, (dict, list)):
            return True
        text = "true" if value is True else "false" if value is False else str(value)
        matches = 0
        for i, _ in enumerate(schema["oneOf"]):
            variant, variant_loc = self.spec.deref(loc.child("oneOf", i))
            kinds = self.spec.types(variant) if isinstance(variant, dict) else []
            reads_as = (
                ("integer" in kinds and re.fullmatch(r"-?\d+", text) is not None)
                or ("number" in kinds and re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text) is not None)
                or ("boolean" in kinds and text in ("true", "false"))
                or ("string" in kinds and not self.spec.errors(text, variant_loc, read=None))
                or (not kinds and not self.spec.errors(value, variant_loc, read=None))
            )
            matches += 1 if reads_as else 0
        return matches == 1

    def _drop_unsendable(self, plan: Plan) -> None:
        """Leave out optional parameters no HTTP request can carry as the spec declares them, or Prism cannot read."""
        exploded: dict[str, list[str]] = {}
        for p in plan.params:
            if p.where == "query" and isinstance(p.value, dict) and p.style == "form" and p.explode:
                for key in p.value:
                    exploded.setdefault(key, []).append(p.name)
        names = {p.name for p in plan.params if p.where == "query"}
        kept = []
        for p in plan.params:
            why = ""
            if not p.required:
                if p.param.get("deprecated") or (
                    p.schema_loc is not None and self.spec.flag(p.schema_loc, "deprecated")
                ):
                    why = "it is deprecated (a careful caller leaves it out; Prism reports its use)"
                elif p.where == "header" and not _TOKEN.match(p.name):
                    why = f"its name {p.name!r} is not a valid HTTP header name"
                elif lim.query_name_unsupported(p.param):
                    why = "its name has a space, which Prism cannot read (limits.yaml: query-name-space)"
                elif p.where == "query" and isinstance(p.value, dict) and p.explode and p.style == "form":
                    clashes = sorted(k for k in p.value if len(exploded.get(k, [])) > 1 or (k in names and k != p.name))
                    if clashes:
                        why = f"exploded (style form), its properties {clashes} would be read as another parameter's"
            if why:
                plan.notes.append(f"optional {p.where} parameter {p.name!r} not sent: {why}")
            else:
                kept.append(p)
        plan.params = kept

    # -- the body

    def _choose_media(self, plan: Plan, content: dict[str, Any]) -> str:
        method = plan.method
        assert method is not None
        if method.body_kind == "choice":
            offered = [m for m in content if m in method.body_kinds]
            return next((m for m in offered if method.body_kinds[m] == "json"), offered[0] if offered else "")
        wanted = {"json": "json", "form": "form", "multipart": "multipart"}.get(method.body_kind)
        if method.content_type and method.content_type in content:
            return method.content_type
        for media in content:
            kind = body_kind_of(media)
            if wanted is not None and kind == wanted:
                return media
            if wanted is None and kind in ("binary", "text"):
                return media
        return next(iter(content)) if len(content) == 1 else ""

    def _body(self, plan: Plan) -> None:
        method = plan.method
        assert method is not None
        node = plan.op.node.get("requestBody")
        if node is None:
            if method.body_kind:
                plan.notes.append("the client takes a body the spec does not declare; none sent")
            return
        request_body, rb_loc = self.spec.deref(plan.op.loc.child("requestBody"))
        content = request_body.get("content") or {} if isinstance(request_body, dict) else {}
        required = bool(request_body.get("required")) if isinstance(request_body, dict) else False
        if not content:
            return
        if not method.body_kind:
            plan.failure = f"the spec declares a request body ({', '.join(content)}), the method takes none"
            return
        media = self._choose_media(plan, content)
        if not media:
            plan.failure = (
                f"the method sends its body as {method.body_kind} {method.content_type}, the spec offers "
                f"{', '.join(content)}"
            )
            return
        plan.media, plan.body_required = media, required
        kind = method.body_kind  # the Python form the method takes the body in
        if kind == "choice":
            kind = method.body_kinds.get(media) or body_kind_of(media)
        elif kind == "content":
            kind = "text" if body_kind_of(media) == "text" else "binary"
        plan.body_kind = kind
        media_node: dict[str, Any] = content[media] if isinstance(content.get(media), dict) else {}
        media_loc = rb_loc.child("content", media)
        plan.body_loc = media_loc.child("schema") if "schema" in media_node else None
        plan.encoding = media_node.get("encoding") or {}
        if plan.body_kind == "binary":
            plan.body = BINARY
            return
        if plan.body_kind == "text":
            text = self.spec.value(plan.body_loc) if plan.body_loc is not None else "text"
            plan.body = text if isinstance(text, str) else json.dumps(text)
            return
        if plan.body_loc is None:
            plan.body = {}
            return
        skip = None
        dropped: list[str] = []
        if plan.body_kind in ("form", "multipart"):

            def skip(name: str, loc: Loc) -> bool:
                if lim.form_array_unsupported(self.spec, name, loc, media, plan.encoding) or (
                    lim.object_part_unsupported(self.spec, loc, media)
                ):
                    dropped.append(name)
                    return True
                return False

        value = None
        for full, examples in ((True, True), (True, False), (False, True), (False, False)):
            dropped.clear()
            candidate = _media_example(media_node) if examples and full and skip is None else None
            if candidate is None or self.spec.errors(candidate, plan.body_loc):
                candidate = self.spec.value(plan.body_loc, full=full, examples=examples, skip=skip)
            problems = self.spec.errors(candidate, plan.body_loc)
            if value is None or not problems:
                value = candidate
            if not problems:
                break
        else:
            problems = self.spec.errors(value, plan.body_loc)
            plan.harness = f"no body valid for the spec's schema could be built: {problems[:2]}"
        _, required_props, _ = self.spec.object_parts(plan.body_loc)
        optional = sorted(set(dropped) - required_props)
        if optional:
            plan.notes.append(
                f"optional properties left out of the {plan.body_kind} body, as Prism cannot read them "
                f"(limits.yaml: form-array, multipart-object): {', '.join(optional)}"
            )
        plan.body = value

    # -- Python arguments, as the method's annotations take them

    def _arguments(self, plan: Plan) -> None:
        method = plan.method
        assert method is not None
        for p in plan.params:
            keyword = method.keyword_for(p.where, p.name)
            if keyword is None:
                plan.failure = f"the method has no keyword for the {p.where} parameter {p.name!r}"
                return
            try:
                plan.kwargs[keyword] = self.to_call(p.value, method.keywords[keyword].annotation, plan.notes)
            except Refused as exc:
                plan.failure = f"keyword {keyword} ({p.where} parameter {p.name!r}) cannot take {p.value!r}: {exc}"
                return
        if not plan.body_kind:
            return
        if "body" not in method.keywords:
            plan.failure = "the method has no keyword `body`"
            return
        if method.body_kind == "choice":
            if "content_type" not in method.keywords:
                plan.failure = "the method takes several media types but has no keyword `content_type`"
                return
            plan.kwargs["content_type"] = plan.media
        if plan.body_kind in ("binary", "text"):
            plan.kwargs["body"] = plan.body
            return
        if plan.body_kind == "multipart":
            plan.kwargs["body"] = self.files(plan.body, plan.body_loc)
            return
        try:
            plan.kwargs["body"] = self.to_call(plan.body, method.keywords["body"].annotation, plan.notes)
        except Refused as exc:
            plan.failure = f"the body cannot be passed as the method's annotation says: {exc}"

    def files(self, value: Any, loc: Loc | None) -> Any:
        """Multipart: binary properties become (filename, content, content type) file parts."""
        if not isinstance(value, dict) or loc is None:
            return value
        props, _, _ = self.spec.object_parts(loc)
        out = dict(value)
        for name, item in value.items():
            prop = props.get(name)
            if prop is None:
                continue
            schema, prop = self.spec.deref(prop)
            if not isinstance(schema, dict):
                continue
            if schema.get("format") == "binary":
                out[name] = (f"{name}.bin", BINARY, "application/octet-stream")
            elif isinstance(schema.get("items"), dict):
                items, _ = self.spec.deref(prop.child("items"))
                if isinstance(items, dict) and items.get("format") == "binary":
                    out[name] = [(f"{name}{i}.bin", BINARY, "application/octet-stream") for i, _ in enumerate(item)]
        return out

    def annotation(self, text: str) -> Any:
        if text not in self._types:
            try:
                self._types[text] = eval(text, {}, self.namespace)  # the generated package's own annotation
            except Exception:  # noqa: BLE001 (a name the namespace lacks: the value is passed as JSON, with a note)
                self._types[text] = Any
                self.unreadable.add(text)
        return self._types[text]

    def to_call(self, value: Any, annotation: str, notes: list[str] | None = None) -> Any:
        tp = self.annotation(annotation)
        if annotation in self.unreadable and notes is not None:
            notes.append(f"the annotation {annotation!r} could not be evaluated; the value is passed as JSON data")
        return self._convert(value, tp)

    def _is_model(self, tp: Any) -> bool:
        return isinstance(tp, type) and issubclass(tp, self.pkg.Model)

    def _convert(self, value: Any, tp: Any) -> Any:
        """`value` (JSON) in the Python form the annotation `tp` takes, as a caller would pass it."""
        if tp is Any or tp is object:
            return value
        origin = typing.get_origin(tp)
        if origin in (Union, types.UnionType):
            return self._union(value, [a for a in typing.get_args(tp) if a is not self.pkg.Unset])
        if origin is Literal:
            if any(type(value) is type(a) and value == a for a in typing.get_args(tp)):
                return value
            raise Refused(f"{value!r} is not one of {typing.get_args(tp)}")
        if tp is type(None):
            if value is None:
                return None
            raise Refused("only None")
        if self._is_model(tp):
            if not isinstance(value, dict):
                raise Refused(f"{tp.__name__} takes an object, not {type(value).__name__}")
            try:
                return tp.from_dict(value)
            except self.pkg.ValidationError as exc:
                raise Refused(f"{tp.__name__}.from_dict refused it: {exc}") from None
        if origin in (list, collections.abc.Sequence):
            if not isinstance(value, list):
                raise Refused(f"a list, not {type(value).__name__}")
            (item,) = typing.get_args(tp) or (Any,)
            return [self._convert(v, item) for v in value]
        if origin in (dict, collections.abc.Mapping):
            if not isinstance(value, dict):
                raise Refused(f"a mapping, not {type(value).__name__}")
            args = typing.get_args(tp)
            item = args[1] if len(args) == 2 else Any
            return {k: self._convert(v, item) for k, v in value.items()}
        if tp is bool:
            if isinstance(value, bool):
                return value
        elif tp is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
        elif tp is float:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                return value
        elif tp is str:
            if isinstance(value, str):
                return value
        elif tp is datetime.datetime and isinstance(value, str):
            parsed = _datetime(value)
            if parsed is not None:
                return parsed
        elif tp is datetime.date and isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        elif tp is datetime.time and isinstance(value, str):
            try:
                return datetime.time.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                pass
        elif tp is uuid.UUID and isinstance(value, str):
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
        elif tp is bytes and isinstance(value, str):
            try:
                return base64.b64decode(value, validate=True)
            except ValueError:
                pass
        raise Refused(f"{getattr(tp, '__name__', tp)} does not take {value!r}"[:200])

    def _union(self, value: Any, members: list[Any]) -> Any:
        if value is None:
            if type(None) in members:
                return None
            raise Refused("None is not allowed")
        models = [m for m in members if self._is_model(m)]
        if isinstance(value, dict) and models:
            # A caller picks the class that means the value: of the models that take it, the first that writes it
            # back unchanged, else the first that takes it.
            errors, taken = [], []
            for model in models:
                try:
                    built = self._convert(value, model)
                except Refused as exc:
                    errors.append(str(exc))
                    continue
                if not difference(to_json(built.to_dict(request=True)), value):
                    return built
                taken.append(built)
            if taken:
                return taken[0]
            raise Refused("; ".join(errors))
        # Specific forms first (a date-time string is passed as a datetime where the annotation allows one).
        order = sorted(
            members, key=lambda m: 0 if m in (datetime.datetime, datetime.date, datetime.time, uuid.UUID) else 1
        )
        errors = []
        for member in order:
            try:
                return self._convert(value, member)
            except Refused as exc:
                errors.append(str(exc))
        raise Refused(" / ".join(errors)[:300])


class _Namespace(dict[str, Any]):
    """Names the generated annotations use; model classes are looked up in the package's `models` on first use."""

    def __init__(self, pkg: Any) -> None:
        import os

        super().__init__(
            Any=Any,
            Literal=Literal,
            Mapping=collections.abc.Mapping,
            Sequence=collections.abc.Sequence,
            IO=typing.IO,
            datetime=datetime,
            uuid=uuid,
            os=os,
            rt=pkg._runtime,
            serde=pkg._serde,
            models=pkg.models,  # groups name models through the lazy package: `models.Pet | models.PetDict`
            Unset=pkg.Unset,
            UNSET=pkg.UNSET,
        )
        self._pkg = pkg

    def __missing__(self, key: str) -> Any:
        try:
            value = getattr(self._pkg.models, key)
        except AttributeError:
            raise KeyError(key) from None
        self[key] = value
        return value


def _datetime(text: str) -> datetime.datetime | None:
    text = text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text
    text = re.sub(r"(\.\d{1,6})\d*", r"\1", text)
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return None


def _media_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


# ------------------------------------------------------------------------------------------------ the control


def _text(value: Any) -> str:
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


class Controls:
    """Invalid variants of the valid request as it was sent (`exchange`), each one the raw schema forbids."""

    def __init__(self, spec: RawSpec, planner: Planner, base_url: str) -> None:
        self.spec = spec
        self.planner = planner
        self.base_url = base_url

    def due(self, plan: Plan) -> bool:
        """An operation with a body or a required parameter can fail validation, so it needs a control."""
        return bool(plan.body_kind) or any(p.required for p in plan.params)

    def first(self, plan: Plan, exchange: Exchange) -> Control | None:
        return next(iter(self.candidates(plan, exchange)), None)

    def candidates(self, plan: Plan, exchange: Exchange) -> Iterator[Control]:
        if plan.body_kind:
            yield from self._body(plan, exchange)
        ordered = sorted(
            plan.params, key=lambda p: (not p.required, ("path", "query", "header", "cookie").index(p.where))
        )
        for p in ordered:
            if p.where == "cookie":
                continue  # Prism never validates cookies (notes, section 3 item 2)
            if p.required and p.where in ("query", "header"):
                yield Control(f"required {p.where} parameter {p.name!r} left out", self._param(plan, exchange, p, None))
            if p.schema_loc is None or isinstance(p.value, (dict, list)):
                continue
            for bad, what in self.spec.wrong_values(p.schema_loc, p.value, form=True):
                if p.where == "path" and (bad == "" or not self._path_simple(plan)):
                    continue
                if self.spec.errors(bad, p.schema_loc, read=None):
                    yield Control(f"{p.where} parameter {p.name}={bad!r} ({what})", self._param(plan, exchange, p, bad))
                    break

    def _request(self, exchange: Exchange, url: httpx.URL | None = None, **changes: Any) -> httpx.Request:
        headers = httpx.Headers(exchange.request_headers)
        headers.pop("content-length", None)
        content = changes.pop("content", exchange.request_body)
        for name, value in changes.pop("headers", {}).items():
            if value is None:
                headers.pop(name, None)
            else:
                headers[name] = value
        return httpx.Request(exchange.method, url or exchange.url, headers=headers, content=content)

    def _path_simple(self, plan: Plan) -> bool:
        return all(
            p.style == "simple" and not isinstance(p.value, (dict, list)) for p in plan.params if p.where == "path"
        )

    def _param(self, plan: Plan, exchange: Exchange, target: ParamPlan, bad: Any) -> httpx.Request:
        """The request with `target` left out (`bad` None) or set to `bad`."""
        url = exchange.url
        if target.where == "query":
            pairs = [
                (k, v)
                for k, v in parse_qsl(url.query.decode("ascii"), keep_blank_values=True)
                if k != target.name and not k.startswith(target.name + "[")
            ]
            if bad is not None:
                pairs.append((target.name, _text(bad)))
            return self._request(exchange, url.copy_with(query=urlencode(pairs, quote_via=quote).encode("ascii")))
        if target.where == "header":
            return self._request(exchange, headers={target.name: None if bad is None else _text(bad)})
        # path: the template filled again from the planned values, `target` replaced (simple style only)
        path = plan.op.path
        for p in plan.params:
            if p.where == "path":
                value = bad if p is target else p.value
                path = path.replace("{" + p.name + "}", quote(_text(value), safe=""))
        base = httpx.URL(self.base_url)
        return self._request(
            exchange,
            url.copy_with(
                raw_path=(base.raw_path.rstrip(b"/") + path.encode("ascii")) + (b"?" + url.query if url.query else b"")
            ),
        )

    def _body(self, plan: Plan, exchange: Exchange) -> Iterator[Control]:
        loc = plan.body_loc
        if plan.body_kind in ("binary", "text") or loc is None:
            if plan.body_kind == "text" and loc is not None:
                for bad, what in self.spec.wrong_values(loc, plan.body):
                    if isinstance(bad, str) and self.spec.errors(bad, loc):
                        yield Control(f"text body {bad!r} ({what})", self._request(exchange, content=bad.encode()))
                        break
            if plan.body_required:
                yield Control("the required body left out", self._request(exchange, content=b""))
            return
        sent = self._sent_body(plan, exchange)
        if isinstance(sent, dict):
            form = plan.body_kind != "json"
            for props, required in self._object_views(loc, sent):
                for name in sorted(required):
                    if name in sent and not self.spec.flag(props.get(name, loc), "readOnly"):
                        bad = {k: v for k, v in sent.items() if k != name}
                        if form and not bad:
                            continue  # an empty form is no body at all, which an optional body allows
                        if self.spec.errors(bad, loc):
                            yield Control(
                                f"required body property {name!r} left out", self._with_body(plan, exchange, bad)
                            )
                for name, prop_loc in props.items():
                    if name not in sent:
                        continue
                    for bad_value, what in self.spec.wrong_values(prop_loc, sent[name], form=form):
                        bad = {**sent, name: bad_value}
                        if self.spec.errors(bad, loc):
                            yield Control(
                                f"body property {name}={bad_value!r} ({what})", self._with_body(plan, exchange, bad)
                            )
                            break
        if plan.body_kind == "json":
            for bad, what in itertools.chain(self.spec.wrong_values(loc, sent), WRONG_JSON):
                if self.spec.errors(bad, loc):
                    yield Control(f"body {bad!r} ({what})", self._with_body(plan, exchange, bad))
                    break
        if plan.body_required:
            yield Control("the required body left out", self._request(exchange, content=b""))

    def _sent_body(self, plan: Plan, exchange: Exchange) -> Any:
        """The body as it was sent (JSON, or the form's fields), else as planned."""
        if plan.body_kind == "json":
            try:
                return json.loads(exchange.request_body)
            except ValueError:
                return plan.body
        if plan.body_kind == "form":
            fields: dict[str, Any] = {}
            for k, v in parse_qsl(exchange.request_body.decode("utf-8", "replace"), keep_blank_values=True):
                fields.setdefault(k, v)
            return fields
        return plan.body

    def _with_body(self, plan: Plan, exchange: Exchange, bad: Any) -> httpx.Request:
        if plan.body_kind == "json":
            return self._request(exchange, content=json.dumps(bad).encode())
        if plan.body_kind == "form":
            pairs = [(k, _text(v)) for k, v in bad.items()] if isinstance(bad, dict) else []
            return self._request(exchange, content=urlencode(pairs).encode())
        # multipart: a new body (own boundary) from the changed fields, binary fields as files
        data: dict[str, Any] = {}
        files: list[tuple[str, Any]] = []
        for name, value in (self.planner.files(bad, plan.body_loc) if isinstance(bad, dict) else {}).items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, tuple):
                    files.append((name, item))
                else:
                    data.setdefault(name, []).append(
                        json.dumps(item) if isinstance(item, (dict, list)) else _text(item)
                    )
        built = httpx.Request(exchange.method, exchange.url, data=data, files=files or None)
        return self._request(
            exchange, content=built.read(), headers={"content-type": built.headers.get("content-type")}
        )

    def _object_views(self, loc: Loc, value: dict[str, Any]) -> Iterator[tuple[dict[str, Loc], set[str]]]:
        """(properties, required) of the object schema at `loc`; for a oneOf/anyOf, of each variant `value` matches."""
        schema, loc = self.spec.deref(loc)
        props, required, _ = self.spec.object_parts(loc)
        yield props, required
        if not isinstance(schema, dict):
            return
        for keyword in ("oneOf", "anyOf"):
            for i, _ in enumerate(schema.get(keyword) or []):
                variant = loc.child(keyword, i)
                if not self.spec.errors(value, variant):
                    variant_props, variant_required, _ = self.spec.object_parts(variant)
                    yield {**props, **variant_props}, required | variant_required
