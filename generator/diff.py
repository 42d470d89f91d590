"""What a spec change does to the generated client's users: every surface change, marked breaking or not."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .surface import Surface


@dataclass(frozen=True)
class Change:
    kind: str  # e.g. "operation removed", "parameter made required", "enum value added"
    subject: str  # where: "pets.get_pet(pet_id)", "Pet.status"
    detail: str
    breaking: bool


def _compare_members(
    changes: list[Change], owner: str, noun: str, old: dict[str, Any], new: dict[str, Any], added_breaks: bool
) -> None:
    """Arguments of an operation or fields of a model: added, removed, renamed, required, type, enum values."""
    removed = {k: v for k, v in old.items() if k not in new}
    added = {k: v for k, v in new.items() if k not in old}
    # The same wire name under another Python name, or the same slot and type under a new wire name: a rename.
    for old_name, old_member in sorted(removed.items()):
        for new_name, new_member in sorted(added.items()):
            same_wire = old_member.get("json", old_member.get("name")) == new_member.get("json", new_member.get("name"))
            same_shape = old_member.get("in") == new_member.get("in") and old_member["type"] == new_member["type"]
            if same_wire or same_shape:
                changes.append(Change(f"{noun} renamed", f"{owner}.{old_name}", f"now {new_name}", True))
                del added[new_name]
                break
        else:
            changes.append(Change(f"{noun} removed", f"{owner}.{old_name}", old_member["type"], True))
    for name, member in sorted(added.items()):
        breaking = member["required"] and added_breaks
        detail = ("required " if member["required"] else "optional ") + member["type"]
        changes.append(Change(f"{noun} added", f"{owner}.{name}", detail, breaking))
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        subject = f"{owner}.{name}"
        if before["type"] != after["type"]:
            changes.append(Change(f"{noun} type changed", subject, f"{before['type']} -> {after['type']}", True))
        if before["required"] != after["required"]:
            kind = f"{noun} made required" if after["required"] else f"{noun} made optional"
            changes.append(Change(kind, subject, after["type"], after["required"] or noun == "field"))
        old_values, new_values = before.get("enum") or [], after.get("enum") or []
        for value in old_values:
            if value not in new_values:
                changes.append(Change("enum value removed", subject, json.dumps(value), True))
        for value in new_values:
            if value not in old_values:
                changes.append(Change("enum value added", subject, json.dumps(value), False))


def diff(old: Surface, new: Surface) -> list[Change]:
    changes: list[Change] = []
    old_ops, new_ops = old.get("operations", {}), new.get("operations", {})
    for name in sorted(old_ops.keys() - new_ops.keys()):
        changes.append(Change("operation removed", name, old_ops[name]["http"], True))
    for name in sorted(new_ops.keys() - old_ops.keys()):
        changes.append(Change("operation added", name, new_ops[name]["http"], False))
    for name in sorted(old_ops.keys() & new_ops.keys()):
        before, after = old_ops[name], new_ops[name]
        if before["http"] != after["http"]:
            changes.append(Change("operation moved", name, f"{before['http']} -> {after['http']}", False))
        _compare_members(changes, name, "parameter", before["arguments"], after["arguments"], added_breaks=True)
        if before["returns"] != after["returns"]:
            changes.append(Change("return type changed", name, f"{before['returns']} -> {after['returns']}", True))
    old_models, new_models = old.get("models", {}), new.get("models", {})
    for name in sorted(old_models.keys() - new_models.keys()):
        changes.append(Change("model removed", name, "", True))
    for name in sorted(new_models.keys() - old_models.keys()):
        changes.append(Change("model added", name, "", False))
    for name in sorted(old_models.keys() & new_models.keys()):
        _compare_members(
            changes, name, "field", old_models[name]["fields"], new_models[name]["fields"], added_breaks=True
        )
    return changes


def as_table(changes: list[Change]) -> str:
    if not changes:
        return "no changes to the client's surface"
    rows = [("", "change", "where", "detail")] + [
        ("BREAKING" if c.breaking else "", c.kind, c.subject, c.detail) for c in changes
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = ["  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3] for r in rows]
    breaking = sum(c.breaking for c in changes)
    lines.append(f"{len(changes)} changes, {breaking} breaking")
    return "\n".join(line.rstrip() for line in lines)


def as_json(changes: list[Change]) -> str:
    return json.dumps(
        {"changes": [asdict(c) for c in changes], "breaking": sum(c.breaking for c in changes)}, indent=2
    )
