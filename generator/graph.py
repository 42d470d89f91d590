"""Which models refer to which: strongly connected components become one module each, so imports never cycle."""

from __future__ import annotations

from collections.abc import Iterator

from . import ir


def referenced_models(type_: ir.TypeRef | None) -> Iterator[str]:
    """Keys of every model a type mentions, at any depth."""
    stack: list[ir.TypeRef | None] = [type_]
    while stack:
        t = stack.pop()
        if isinstance(t, ir.ModelType):
            yield t.key
        elif isinstance(t, ir.ArrayType):
            stack.append(t.item)
        elif isinstance(t, ir.MapType):
            stack.append(t.value)
        elif isinstance(t, ir.NullableType):
            stack.append(t.inner)
        elif isinstance(t, ir.UnionType):
            stack.extend(t.variants)


def model_edges(model: ir.Model) -> list[str]:
    keys: set[str] = set()
    for field in model.fields:
        keys.update(referenced_models(field.type))
    keys.update(referenced_models(model.additional))
    if model.base:  # a subclass needs its base at import: in the same module when they refer to each other
        keys.add(model.base)
    return sorted(keys)


def strongly_connected(api: ir.Api) -> list[list[str]]:
    """Tarjan's algorithm, iterative (a deep spec must not hit the recursion limit); output sorted."""
    edges = {m.key: model_edges(m) for m in api.models}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            targets = edges.get(node, [])
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(result)
