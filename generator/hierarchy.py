"""Subtypes: the models that extend a schema with a discriminator (`allOf: [{$ref: Pet}, {properties: ...}]`, the
OpenAPI way of declaring them) become subclasses of its model, and reading that model reads the subtype its tag
names. A field typed `Pet` then holds a `Dog` or a `Cat` without a union of every subtype in its annotation (Microsoft
Graph's `entity` has 653 tags).

Run once every model is known (after resolving). What it decides is stated in each model (`ir.Model.base`,
`inherited`, `subtypes`), so rendering and the memo see it as any other fact of the model:

- A model's base is the one model among those its allOf references directly that has a discriminator or a base of
  its own. With two such, it has none: a class has one base.
- A model is made a subclass only where it reads every field of its base as the base does (same type, or the base's
  string or number narrowed to an enum or a constant, or its model to a subclass of it; the same required,
  read-only and write-only flags; the same type of extra properties). Otherwise it stays a model of its own, with a
  warning: its instances would not be instances of the base as the base's readers expect them.
- The tags: the base's own mapping, and for each derived model it does not map, the tag the model declares for
  itself (Azure's `x-ms-discriminator-value`), else its schema name (as OpenAPI says). Each model in a hierarchy
  dispatches to those of its descendants (at any depth), with the tag property of its nearest ancestor (or itself)
  that has a discriminator. A tag mapped to a model that is not made a subclass of the base is ignored, with a
  warning.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable

from . import ir
from .diagnostics import Diagnostic


def derive(api: ir.Api, file: str) -> tuple[ir.Api, list[Diagnostic]]:
    """The API with the subclasses and dispatch tables of its hierarchies of models, and what was left out."""
    if not any(m.tagged is not None for m in api.models):
        return api, []
    models = {m.key: m for m in api.models}
    problems: list[Diagnostic] = []
    bases = _bases(models, file, problems)
    if not bases:
        return api, problems
    children: dict[str, list[str]] = defaultdict(list)
    for key, base in sorted(bases.items()):
        children[base].append(key)
    changed: dict[str, ir.Model] = {}
    for key, model in models.items():
        descendants = _descendants(key, children)
        base = bases.get(key, "")
        inherited = tuple(f.json_name for f in models[base].fields) if base else ()
        subtypes = _table(key, models, bases, descendants, file, problems) if descendants else None
        if base or subtypes is not None:
            changed[key] = dataclasses.replace(model, base=base, inherited=inherited, subtypes=subtypes)
    return dataclasses.replace(api, models=tuple(changed.get(m.key, m) for m in api.models)), problems


def _bases(models: dict[str, ir.Model], file: str, problems: list[Diagnostic]) -> dict[str, str]:
    """Each model's base, where it has one (see the module's docstring). A field may narrow its base's model to a
    subclass of it, which may be decided later in the same pass: passes repeat until nothing changes, at most
    `_PASSES` times (a base found late can also give a model a second candidate, and so take its base away: the
    passes need not settle, and the last one is kept)."""
    found: dict[str, str] = {}
    said: list[Diagnostic] = []
    for _ in range(_PASSES):
        said = []
        again = _bases_pass(models, file, said, found)
        if again == found:
            break
        found = again
    problems.extend(said)
    return found


_PASSES = 8


def _bases_pass(
    models: dict[str, ir.Model], file: str, problems: list[Diagnostic], before: dict[str, str]
) -> dict[str, str]:
    """One pass of `_bases`, depth first along allOf; `before` is what the previous pass found."""
    found: dict[str, str] = {}
    done: set[str] = set()

    def derives(key: str, ancestor: str) -> bool:
        seen = 0
        while seen <= len(models):
            key = found.get(key) or before.get(key) or ""
            if not key or key == ancestor:
                return key == ancestor
            seen += 1
        return False

    def qualifies(key: str) -> bool:
        return models[key].tagged is not None or key in found

    # Depth first from each model, so a model's candidates are decided before it (allOf has no cycles: resolving
    # reports one as an error; a guard keeps this from looping where it was left in).
    for start in sorted(models):
        stack: list[tuple[str, bool]] = [(start, False)]
        visiting: set[str] = set()
        while stack:
            key, expanded = stack.pop()
            if key in done:
                continue
            model = models[key]
            if not expanded:
                visiting.add(key)
                stack.append((key, True))
                stack.extend((p, False) for p in model.extends if p in models and p not in done and p not in visiting)
                continue
            visiting.discard(key)
            done.add(key)
            candidates = [p for p in model.extends if p in models and p != key and qualifies(p)]
            if len(candidates) > 1:
                problems.append(
                    _warning(
                        model, file,
                        f"extends {len(candidates)} models that have discriminators ({', '.join(candidates)}); a class "
                        "has one base, so it is read as a model of its own",
                    )
                )
            elif candidates:
                why = _mismatch(model, models[candidates[0]], derives)
                if why:
                    problems.append(
                        _warning(
                            model, file,
                            f"is not made a subclass of {candidates[0]}: {why}; it is read as a model of its own",
                        )
                    )
                else:
                    found[key] = candidates[0]
    return found


def _mismatch(model: ir.Model, base: ir.Model, derives: Callable[[str, str], bool]) -> str:
    """Why `model` cannot be a subclass of `base` (empty when it can)."""
    own = {f.json_name: f for f in model.fields}
    for field in base.fields:
        mine = own.get(field.json_name)
        if mine is None:
            return f"it does not have the property {field.json_name!r}"
        if (mine.required, mine.read_only, mine.write_only) != (field.required, field.read_only, field.write_only):
            return f"its property {field.json_name!r} is required, read-only or write-only where the base's is not"
        if not _narrows(mine.type, field.type, derives):
            return f"its property {field.json_name!r} has another type"
    if model.additional != base.additional:
        return "its additional properties have another type"
    return ""


def _narrows(mine: ir.TypeRef, theirs: ir.TypeRef, derives: Callable[[str, str], bool]) -> bool:
    """Whether a value of `mine` is always one of `theirs`, as a type checker sees the Python types of both (a
    list or dict of either must be of the very same type: those are invariant)."""
    if mine == theirs:
        return True
    if isinstance(mine, ir.NullableType) and isinstance(theirs, ir.NullableType):
        return _narrows(mine.inner, theirs.inner, derives)
    if isinstance(theirs, ir.NullableType):
        return _narrows(mine, theirs.inner, derives)
    if isinstance(mine, ir.ModelType) and isinstance(theirs, ir.ModelType):
        return derives(mine.key, theirs.key)
    if isinstance(theirs, ir.Primitive) and isinstance(mine, (ir.EnumType, ir.ConstType)):
        values = mine.values if isinstance(mine, ir.EnumType) else (mine.value,)
        kinds = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}.get(theirs.kind)
        return kinds is not None and all(type(v) in kinds for v in values)
    return False


def _descendants(key: str, children: dict[str, list[str]]) -> list[str]:
    """Every model derived from `key`, at any depth, nearest first."""
    out: list[str] = []
    todo = list(children.get(key, []))
    while todo:
        child = todo.pop(0)
        out.append(child)
        todo.extend(children.get(child, []))
    return out


def _table(
    key: str,
    models: dict[str, ir.Model],
    bases: dict[str, str],
    descendants: list[str],
    file: str,
    problems: list[Diagnostic],
) -> ir.Discriminator | None:
    """The tag property and the tags of `key`'s descendants, from its nearest ancestor (or itself) with a
    discriminator; None when there is none (a hierarchy whose discriminator is further down)."""
    owner = key
    while models[owner].tagged is None and owner in bases:
        owner = bases[owner]
    tagged = models[owner].tagged
    if tagged is None:
        return None
    below = set(descendants)
    entries: list[tuple[str, str]] = []
    mapped: set[str] = set()
    for tag, target in tagged.mapping:
        if target in below:
            entries.append((tag, target))
        elif owner == key and target != key:
            problems.append(
                _warning(
                    models[key], file,
                    f"maps the tag {tag!r} to {target}, which is not made a subclass of it; the tag is ignored",
                )
            )
        mapped.add(target)
    for descendant in descendants:
        name = models[descendant].tag or _schema_name(models[descendant])
        if descendant not in mapped and name:
            entries.append((name, descendant))
    unique = dict(reversed(entries))  # a tag given twice goes to the first model given it
    return ir.Discriminator(tagged.property, tuple(sorted(unique.items()))) if unique else None


def _schema_name(model: ir.Model) -> str:
    """The name of the component the model was made from (its implicit tag), or "" for one defined inline."""
    parts = model.pointer.split("/")
    if len(parts) == 4 and parts[1] == "components" and parts[2] == "schemas":
        return parts[3].replace("~1", "/").replace("~0", "~")
    if len(parts) == 3 and parts[1] == "definitions":
        return parts[2].replace("~1", "/").replace("~0", "~")
    return ""


def _warning(model: ir.Model, file: str, message: str) -> Diagnostic:
    return Diagnostic("warning", f"{model.key} {message}", file, model.pointer)


def bases_first(models: tuple[ir.Model, ...] | list[ir.Model]) -> list[ir.Model]:
    """The models, each after its base (otherwise in their order): the order classes are defined and named in."""
    by_key = {m.key: m for m in models}

    def depth(model: ir.Model) -> int:
        count = 0
        while model.base in by_key and count <= len(by_key):
            model, count = by_key[model.base], count + 1
        return count

    return sorted(models, key=depth)
