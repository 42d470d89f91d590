"""Limits and names the parts of the resolve stage share."""

from __future__ import annotations

from pathlib import Path

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


ALL_PATHS = "\0all"  # in `Resolver.path_reads`: a `$ref` read the whole `paths` object (or the whole spec)


# How deep schemas may nest (through properties, items, compositions and models): the deepest of 1,357 public specs
# nests 38 levels; far deeper nesting would exhaust Python's stack. Deeper schemas are typed Any, with a warning.
MAX_SCHEMA_DEPTH = 100


# How many parts the type of a schema that is not a model may have once written out (the largest of those public specs
# has 68): schemas that are not objects are expanded wherever they are used, which can grow exponentially.
MAX_TYPE_SIZE = 1000


class PromoteToModel(Exception):
    """Unwinds to the schema at `location`, which must become a model to break a cycle of plain types."""

    def __init__(self, location: tuple[Path, str]) -> None:
        super().__init__(location)
        self.location = location


# Keywords that describe a schema without constraining its values.
ANNOTATION_KEYWORDS = frozenset(
    {"description", "title", "example", "examples", "default", "nullable", "readOnly", "writeOnly", "deprecated",
     "externalDocs", "$comment"}
)
