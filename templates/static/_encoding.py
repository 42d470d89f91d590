"""Request encoding: parameters by their style (path, query, headers, cookies) and bodies (JSON, forms, multipart,
files)."""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from os import PathLike, fspath
from typing import Any
from urllib.parse import quote

import httpx

from ._serde import (
    UNSET,
    Model,
    dump,
    format_datetime,
)

_TO_FILE = "clientgen_to_file"  # request extension: where a successful response body is streamed
_TOKEN_FOR = "clientgen_token_for"  # request extension: the scheme whose OAuth2 token the request still needs
_KEEP_REDIRECT = "clientgen_keep_redirect"  # request extension: a redirect is the answer, not followed
_DEADLINE = "clientgen_deadline"  # request extension: seconds the whole call may take (absent: no deadline)


def _scalar(value: Any) -> str:
    if value is None:
        return ""  # a query string or header cannot carry null; an empty value is the closest
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|", "simple": ","}


Styles = Mapping[tuple[str, str], tuple[str, bool]]
"""(location, parameter name) -> (style, explode), for parameters whose style is not their location's default."""


_DEFAULT_STYLES = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
    "form": ("form", True),
}


def encode_query(
    params: Mapping[str, Any], styles: Styles | None = None, location: str = "query"
) -> list[tuple[str, str]]:
    """Query pairs by the parameter's style and explode (default: form, exploded); UNSET and None are left out."""
    pairs: list[tuple[str, str]] = []
    for name, value in params.items():
        if value is UNSET or value is None:
            continue
        style, explode = (styles or {}).get((location, name), ("form", True))
        value = (
            dump(value)
            if not isinstance(value, (datetime.date, datetime.time))
            else value
        )
        if isinstance(value, list):
            if explode and style == "form":
                pairs.extend((name, _scalar(v)) for v in value)
            else:
                pairs.append(
                    (name, _DELIMITERS.get(style, ",").join(_scalar(v) for v in value))
                )
        elif isinstance(value, dict):
            if style == "deepObject":
                pairs.extend((f"{name}[{k}]", _scalar(v)) for k, v in value.items())
            elif explode:
                pairs.extend((str(k), _scalar(v)) for k, v in value.items())
            else:
                pairs.append(
                    (name, ",".join(f"{k},{_scalar(v)}" for k, v in value.items()))
                )
        else:
            pairs.append((name, _scalar(value)))
    return pairs


def _segment(value: Any) -> str:
    """One value inside a path: percent-encoded, and never `.` or `..`, which would move up the path."""
    encoded = quote(_scalar(value), safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _path_value(name: str, value: Any, style: str, explode: bool) -> str:
    """A path parameter as RFC 6570 expands it for `simple`, `label` (`.x`) and `matrix` (`;name=x`) styles."""
    value = dump(value)
    if isinstance(value, dict):
        pairs = [(_segment(k), _segment(v)) for k, v in value.items()]
        if explode:
            parts = [f"{k}={v}" for k, v in pairs]
        else:
            parts = [",".join(f"{k},{v}" for k, v in pairs)]
        named = not explode  # exploded objects name each key instead of the parameter
    else:
        items = value if isinstance(value, list) else [value]
        parts = [_segment(v) for v in items]
        if not explode or style == "simple":
            parts = [",".join(parts)]
        named = True
    if style == "label":
        return "." + ".".join(parts)
    if style == "matrix":
        key = quote(name, safe="")
        return "".join(
            (f";{key}={p}" if p else f";{key}") if named else f";{p}" for p in parts
        )
    return ",".join(parts)


def encode_path(
    template: str, params: Mapping[str, Any], styles: Styles | None = None
) -> str:
    """Fill `{name}` placeholders. Every value is percent-encoded, so it can never add a segment or change the host."""
    path = template
    for name, value in params.items():
        style, explode = (styles or {}).get(("path", name), ("simple", False))
        path = path.replace("{" + name + "}", _path_value(name, value, style, explode))
    return path


def _joined(value: Any, explode: bool) -> str:
    """A header or cookie value: arrays as `a,b`, objects as `k,v,k2,v2` (or `k=v,k2=v2` when exploded)."""
    value = dump(value)
    if isinstance(value, list):
        return ",".join(_scalar(v) for v in value)
    if isinstance(value, dict):
        sep = "=" if explode else ","
        return ",".join(f"{k}{sep}{_scalar(v)}" for k, v in value.items())
    return _scalar(value)


def _header_value(name: str, value: Any, explode: bool = False) -> str:
    text = _joined(value, explode)
    if "\r" in text or "\n" in text or "\0" in text:
        raise ValueError(
            f"the value of header {name!r} contains a line break or NUL, which could inject headers"
        )
    return text


def _file_tuple(name: str, value: Any) -> tuple[str, Any, str]:
    if isinstance(value, tuple):
        filename, content = value[0], value[1]
        content_type = value[2] if len(value) > 2 else "application/octet-stream"
        return filename, _file_content(content), content_type
    if isinstance(value, PathLike):
        path = fspath(value)
        return (
            path.replace("\\", "/").rsplit("/", 1)[-1],
            open(path, "rb"),
            "application/octet-stream",
        )
    filename = getattr(value, "name", None)
    return (
        (fspath(filename).rsplit("/", 1)[-1] if filename else name),
        value,
        "application/octet-stream",
    )


def _file_content(content: Any) -> Any:
    if isinstance(content, PathLike):
        return open(fspath(content), "rb")
    return content


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, PathLike, tuple)) or hasattr(
        value, "read"
    )


def _multipart(
    body: Any, part_types: Mapping[str, str] | None = None
) -> tuple[dict[str, list[str]], list[tuple[str, tuple[str | None, Any, str]]]]:
    """Form fields and parts; a list value becomes repeated parts of the same name.

    A file part's type is the one the caller gives in a (name, content, type) tuple, else the spec's `encoding`,
    else application/octet-stream. Objects are sent as application/json parts, and a field the spec's `encoding`
    gives a type is sent as a part of that type (JSON text for a JSON type).
    """
    # File values pass through to_dict unchanged.
    fields = body.to_dict(request=True) if isinstance(body, Model) else dict(body)
    types = part_types or {}
    data: dict[str, list[str]] = {}
    files: list[tuple[str, tuple[str | None, Any, str]]] = []
    for name, value in fields.items():
        if value is UNSET:
            continue
        values = value if isinstance(value, list) else [value]
        for item in values:
            if _is_file(item):
                filename, content, content_type = _file_tuple(name, item)
                if not (isinstance(item, tuple) and len(item) > 2) and name in types:
                    content_type = types[name]
                files.append((name, (filename, content, content_type)))
                continue
            item = dump(item)
            content_type = types.get(name) or (
                "application/json" if isinstance(item, (dict, list)) else ""
            )
            if _is_json(content_type):
                text = json.dumps(item, separators=(",", ":"), ensure_ascii=False)
                files.append((name, (None, text.encode(), content_type)))
            elif content_type:
                files.append((name, (None, _scalar(item).encode(), content_type)))
            else:
                data.setdefault(name, []).append(
                    item if isinstance(item, str) else _scalar(item)
                )
    return data, files


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _binary_content(value: Any) -> Any:
    if isinstance(value, PathLike):
        with open(fspath(value), "rb") as f:
            return f.read()
    if hasattr(value, "read"):
        return value.read()
    return value


def _path(request: httpx.Request) -> str:
    """The request's path as sent (still percent-encoded), without the query string, which may carry secrets."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii", "replace")


def _where(request: httpx.Request) -> str:
    return f"{request.method} {request.url.scheme}://{request.url.host}{_path(request)}"


def encode_body(
    json_body: Any,
    form: Any,
    multipart: Any,
    part_types: Mapping[str, str] | None,
    content: Any,
    body: Any,
    body_kinds: Mapping[str, str] | None,
    content_type: str | None,
    styles: Styles | None,
) -> tuple[dict[str, Any], str | None]:
    """The `httpx.Request` arguments that send the body, and its Content-Type (None: httpx sets it, or no body).

    An operation with several request media types passes `body` and `body_kinds`: the caller's `content_type`
    picks the encoding."""
    if (
        body is not UNSET
        and body_kinds
        and content_type is not None
        and content_type in body_kinds
    ):
        kind = body_kinds[content_type]
        json_body = body if kind == "json" else UNSET
        form = body if kind == "form" else UNSET
        multipart = body if kind == "multipart" else UNSET
        content = body if kind in ("binary", "text") else UNSET
    if json_body is not UNSET:
        text = json.dumps(
            dump(json_body, request=True), separators=(",", ":"), ensure_ascii=False
        )
        return {"content": text.encode()}, content_type or "application/json"
    if form is not UNSET:
        fields = encode_query(dump(form, request=True), styles, "form")
        return {"data": {k: [v for f, v in fields if f == k] for k, _ in fields}}, None
    if multipart is not UNSET:
        data, files = _multipart(multipart, part_types)
        return {"data": data, "files": files}, None
    if content is not UNSET:
        raw = content.encode() if isinstance(content, str) else _binary_content(content)
        return {"content": raw}, content_type or "application/octet-stream"
    return {}, None
