"""A 45 MB OpenAPI document for the benchmark (issue 17): Microsoft Graph v1.0 twice over, in one valid document.

    python benchmarks/graph_doubled.py GRAPH_V1.json OUT.json

Every path is kept and also appears under a second prefix (`/v2` + path), its operations with `V2` appended to
their `operationId` and `v2.` put before their tags (so that the copy has groups of its own, of the original size).
Every component (schemas, responses, parameters, request bodies, examples) is kept and also appears under the key
`v2.` + name; inside the copied paths and components, every reference to a component (`$ref`, and the strings of a
discriminator's `mapping`) points to its copy. The copy is a second API of the same shape beside the first, as large
as a 45 MB spec like Graph beta, and as valid as Graph v1.0. The output is the same bytes on every run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

PATH_PREFIX = "/v2"
KEY_PREFIX = "v2."  # components and tags
OPERATION_SUFFIX = "V2"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _pointer_token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _copy(node: Any, renamed: dict[str, str]) -> Any:
    """A deep copy of a JSON value in which every string that is a reference to a component names its copy."""
    if isinstance(node, dict):
        return {key: _copy(value, renamed) for key, value in node.items()}
    if isinstance(node, list):
        return [_copy(value, renamed) for value in node]
    if isinstance(node, str):
        return renamed.get(node, node)
    return node


def doubled(document: dict[str, Any]) -> dict[str, Any]:
    """The document with its paths and components twice: as they are, and renamed (see the module's docstring)."""
    components: dict[str, dict[str, Any]] = document.get("components", {})
    renamed = {
        f"#/components/{section}/{_pointer_token(name)}": f"#/components/{section}/{_pointer_token(KEY_PREFIX + name)}"
        for section, entries in components.items()
        if section != "securitySchemes"  # referred to by name from `security`, not by $ref: shared by both
        for name in entries
    }
    paths: dict[str, Any] = dict(document["paths"])
    for path, item in document["paths"].items():
        if path.startswith("x-"):
            continue
        copy = _copy(item, renamed)
        for method in METHODS:
            operation = copy.get(method)
            if isinstance(operation, dict):
                if "operationId" in operation:
                    operation["operationId"] += OPERATION_SUFFIX
                if "tags" in operation:
                    operation["tags"] = [KEY_PREFIX + tag for tag in operation["tags"]]
        new = PATH_PREFIX + path
        if new in paths:
            raise ValueError(f"{new} is in the document already")
        paths[new] = copy
    new_components = dict(components)
    for section, entries in components.items():
        if section == "securitySchemes":
            continue
        copies = {KEY_PREFIX + name: _copy(value, renamed) for name, value in entries.items()}
        clash = sorted(set(copies) & set(entries))
        if clash:
            raise ValueError(f"components/{section} has {clash[0]} already")
        new_components[section] = {**entries, **copies}
    result = {key: value for key, value in document.items()}
    result["info"] = {**document["info"], "title": f"{document['info']['title']} (doubled)"}
    result["paths"] = paths
    if components:
        result["components"] = new_components
    if "tags" in document:
        result["tags"] = document["tags"] + [{**tag, "name": KEY_PREFIX + tag["name"]} for tag in document["tags"]]
    return result


def write_doubled(source: Path, target: Path) -> None:
    """Read the Graph document at `source` and write its doubled form to `target` (JSON, as compact as Graph's)."""
    document = json.loads(source.read_bytes())
    text = json.dumps(doubled(document), ensure_ascii=False, separators=(",", ":"))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(target)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    write_doubled(Path(sys.argv[1]), Path(sys.argv[2]))
