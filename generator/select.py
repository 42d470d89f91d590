"""Part of a big spec: keep the operations chosen by tag or operationId, and only the models they use."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import ir
from .diagnostics import Diagnostic, GenerationError
from .graph import model_edges, referenced_models


@dataclass(frozen=True)
class Selection:
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    include_operations: tuple[str, ...] = ()
    exclude_operations: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.include_tags or self.exclude_tags or self.include_operations or self.exclude_operations)


ALL = Selection()  # every operation


def _operation_types(op: ir.Operation) -> list[ir.TypeRef | None]:
    events = [op.events.data] if op.events is not None else []
    return [p.type for p in op.parameters] + [b.type for b in op.bodies] + [r.type for r in op.responses] + events


def select(api: ir.Api, selection: Selection) -> ir.Api:
    """The API with only the selected operations and the models they reach. Unknown names are errors."""
    if not selection:
        return api
    tags = {op.tag for op in api.operations}
    ids = {op.operation_id for op in api.operations}
    problems = [
        Diagnostic("error", f"{what} {name!r} is not in the spec", hint=f"known: {', '.join(sorted(known)[:20])}")
        for what, names, known in (
            ("tag", selection.include_tags + selection.exclude_tags, tags),
            ("operationId", selection.include_operations + selection.exclude_operations, ids),
        )
        for name in names
        if name not in known
    ]
    if problems:
        raise GenerationError(problems)

    def chosen(op: ir.Operation) -> bool:
        included = (not selection.include_tags and not selection.include_operations) or (
            op.tag in selection.include_tags or op.operation_id in selection.include_operations
        )
        excluded = op.tag in selection.exclude_tags or op.operation_id in selection.exclude_operations
        return included and not excluded

    operations = tuple(op for op in api.operations if chosen(op))
    by_key = {m.key: m for m in api.models}
    keep: set[str] = set()
    stack = [key for op in operations for t in _operation_types(op) for key in referenced_models(t)]
    stack += [key for hook in api.webhooks for key in referenced_models(hook.type)]  # webhooks have no tags
    while stack:
        key = stack.pop()
        if key not in keep:
            keep.add(key)
            model = by_key[key]
            stack.extend(model_edges(model))
            if model.subtypes is not None:  # reading the model may give any of them
                stack.extend(target for _, target in model.subtypes.mapping)
    return replace(api, operations=operations, models=tuple(m for m in api.models if m.key in keep))
