"""The `webhooks` module of a generated package: `parse_webhook(name, body)`, typed per webhook name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import code, ir
from .naming import Names
from .pysource import docstring, string
from .pytypes import PyTypes

if TYPE_CHECKING:
    import jinja2


@dataclass
class HookView:
    literal: str
    annotation: str
    converter: str
    imports: list[tuple[str, list[str]]]  # the models its converter needs, imported in its branch only


def render_webhooks(env: jinja2.Environment, api: ir.Api, names: Names, specificity: dict[str, int]) -> str:
    types = PyTypes(names, specificity)
    hooks = []
    signatures = code.typing("Any", "Literal", "TypeGuard", "overload")
    uses_serde = False
    for w in sorted(api.webhooks, key=lambda w: w.name):
        annotation, converter = types.annotation(w.type), types.converter(w.type)
        signatures = signatures | annotation.uses
        uses_serde = uses_serde or converter.uses.serde
        hooks.append(HookView(string(w.name), annotation.text, converter.text, converter.uses.models_by_module()))
    listed = "\n".join(
        f"    {w.name}: {types.annotation(w.type).text}" + (f" ({w.summary})" if w.summary else "")
        for w in sorted(api.webhooks, key=lambda w: w.name)
    )
    parse_doc = (
        "The payload of the webhook `name`, from the request body your server received (bytes or text of JSON, "
        "or the JSON already parsed), read into its model.\n\nRaises ValueError for a name the API does not "
        "describe or a body that is not JSON, and ValidationError (a ValueError) naming the field when the payload "
        f"does not match.\n\nWebhooks:\n{listed}"
    )
    doc = f"The webhooks of {api.title}: the requests it sends to your server, and `parse_webhook` to read them."
    return env.get_template("package/webhooks.py.jinja").render(
        doc=docstring(doc, ""),
        parse_doc=docstring(parse_doc, "    "),
        hooks=hooks,
        typing=sorted(signatures.typing),
        stdlib=sorted(signatures.stdlib),
        serde=signatures.serde or uses_serde,
        model_imports=signatures.models_by_module(),
    )
