"""OpenAPI 3.1 `webhooks`: the requests an API sends to its users' servers, each known by its name.

Each webhook's payload is its JSON request body; its schema becomes a model like any other (an inline one is
named after the webhook). A webhook whose body is not JSON, or that has none, is left out with a warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import ir, shape
from .naming import pascal_words
from .resolve_common import HTTP_METHODS
from .shape import Ctx

if TYPE_CHECKING:
    from .resolve import Resolver


def resolve_webhooks(r: Resolver, data: Any) -> tuple[ir.Webhook, ...]:
    from .resolve_operations import media_kind

    rctx = Ctx(r.root, "")
    if not isinstance(data, dict):
        return ()
    # `x-webhooks` is the same object in OpenAPI 3.0 documents written before 3.1 (GitHub's).
    key = "webhooks" if "webhooks" in data or "x-webhooks" not in data else "x-webhooks"
    hooks = shape.mapping(r, data, rctx, key, "no webhooks are generated")
    found: list[ir.Webhook] = []
    for name in sorted(hooks):
        if name.startswith("x-") and not isinstance(hooks[name], dict):
            continue  # an extension of the map (`x-sdk-exclude: true`), not a webhook
        item, ictx = r.follow(hooks[name], rctx.at(key, name))
        if not isinstance(item, dict):
            shape.wrong(r, ictx, "a webhook (a path item)", "an object", item, "the webhook is left out")
            continue
        methods = [m for m in HTTP_METHODS if isinstance(item.get(m), dict) and "requestBody" in item[m]]
        if not methods and not any(m in item for m in HTTP_METHODS):
            # A Callback Object in place of the path item (`{$request.body#/callback}: {post: ...}`, Vonage's):
            # the path item under its first expression.
            inner = next((k for k in sorted(item) if isinstance(item[k], dict) and not k.startswith("x-")), None)
            if inner is not None:
                item, ictx = r.follow(item[inner], ictx.at(inner))
                item = item if isinstance(item, dict) else {}
                methods = [m for m in HTTP_METHODS if isinstance(item.get(m), dict) and "requestBody" in item[m]]
        if not methods:
            r.warn(ictx, f"webhook {name!r} describes no request body; parse_webhook leaves it out")
            continue
        method = "post" if "post" in methods else methods[0]
        op, ctx = item[method], ictx.at(method)
        body, bctx = r.follow(op["requestBody"], ctx.at("requestBody"))
        content = shape.mapping(r, body, bctx, "content") if isinstance(body, dict) else {}
        media = next((m for m in sorted(content) if media_kind(m) == "json" and isinstance(content[m], dict)), "")
        schema = content[media].get("schema") if media else None
        if schema is None:
            r.warn(
                bctx,
                f"webhook {name!r} sends no JSON body with a schema; parse_webhook leaves it out",
                "describe the payload under content: application/json: schema",
            )
            continue
        found.append(
            ir.Webhook(
                name=name,
                method=method.upper(),
                pointer=ctx.pointer,
                type=r.type_of(schema, bctx.at("content", media, "schema"), pascal_words(name) + "Payload"),
                summary=shape.prose(r, op, ctx, "summary"),
                description=shape.prose(r, op, ctx, "description"),
                deprecated=shape.flag(r, op, ctx, "deprecated"),
            )
        )
    return tuple(found)
