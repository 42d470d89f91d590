"""The intermediate model: what the spec means for a client, with nothing of OpenAPI syntax or Python output.

Frozen dataclasses, so a stage can never change what an earlier stage produced, and printable (`clientgen
inspect SPEC` dumps them). Models are keyed by a stable *key* (the schema name, or a path-derived name for an inline
schema); Python identifiers are chosen later, in one place (`naming.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

JsonValue = None | bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"]

PrimitiveKind = Literal[
    "str", "int", "float", "bool", "any", "datetime", "date", "time", "uuid", "byte", "binary", "decimal"
]


@dataclass(frozen=True)
class Primitive:
    """A JSON scalar, optionally refined by a format (`date-time` -> datetime, `byte` -> base64 bytes)."""

    kind: PrimitiveKind


@dataclass(frozen=True)
class EnumType:
    """A closed list of allowed values. Clients stay open: values the spec does not list are kept, not rejected."""

    values: tuple[str | int | float | bool, ...]
    base: PrimitiveKind


@dataclass(frozen=True)
class ConstType:
    value: str | int | float | bool


@dataclass(frozen=True)
class ArrayType:
    item: TypeRef


@dataclass(frozen=True)
class MapType:
    """A JSON object used as a dictionary (`additionalProperties` with no `properties`)."""

    value: TypeRef


@dataclass(frozen=True)
class ModelType:
    key: str


@dataclass(frozen=True)
class Discriminator:
    property: str
    mapping: tuple[tuple[str, str], ...]  # (tag value, model key), in document order


@dataclass(frozen=True)
class UnionType:
    variants: tuple[TypeRef, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True)
class NullableType:
    inner: TypeRef


TypeRef = Primitive | EnumType | ConstType | ArrayType | MapType | ModelType | UnionType | NullableType

ANY = Primitive("any")
_PRIMITIVES: dict[str, Primitive] = {"any": ANY}


def primitive(kind: PrimitiveKind) -> Primitive:
    """The shared Primitive of a kind: a large spec has tens of thousands, and one object each is cheaper to keep."""
    found = _PRIMITIVES.get(kind)
    if found is None:
        found = _PRIMITIVES[kind] = Primitive(kind)
    return found


@dataclass(frozen=True)
class Field:
    json_name: str
    type: TypeRef
    required: bool
    description: str = ""
    default: JsonValue = None
    has_default: bool = False
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False


@dataclass(frozen=True)
class Model:
    key: str
    pointer: str
    fields: tuple[Field, ...]
    # None: no extra properties declared (unknown ones are still kept, typed Any); a TypeRef: their type.
    additional: TypeRef | None = None
    title: str = ""
    description: str = ""
    deprecated: bool = False
    # What the schema says of a hierarchy of models: the models its allOf references directly, and its own
    # discriminator (on an object schema; one on oneOf/anyOf belongs to the union, `UnionType.discriminator`).
    extends: tuple[str, ...] = ()
    tagged: Discriminator | None = None
    tag: str = ""  # the tag it declares for itself (Azure's `x-ms-discriminator-value`), else its schema name is
    # What hierarchy.py makes of it: the model it is a subclass of, the fields it inherits from that one (JSON
    # names), and the tag property and (tag, model key) of every model derived from it, which reading it dispatches to.
    base: str = ""
    inherited: tuple[str, ...] = ()
    subtypes: Discriminator | None = None


ParamLocation = Literal["path", "query", "header", "cookie"]

# OpenAPI's style of a parameter (and of a form field) that names none ("Style Values"); explode is true by default
# for the form style only.
DEFAULT_STYLE: dict[str, str] = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
    "form": "form",
}


def default_explode(style: str) -> bool:
    return style == "form"


@dataclass(frozen=True)
class Parameter:
    name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str = ""
    deprecated: bool = False
    style: str = ""
    explode: bool = False

    @property
    def own_style(self) -> bool:
        """Whether the parameter is serialized in a way other than its location's default."""
        default = DEFAULT_STYLE[self.location]
        return (self.style, self.explode) != (default, default_explode(default))


BodyKind = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class PartEncoding:
    """How one property of a form or multipart body is sent (the media type's `encoding`)."""

    name: str  # the property's JSON name
    content_type: str = ""  # multipart: the part's Content-Type; "" = the default for its type
    style: str = ""  # form: "" = form, exploded (the default); else the style
    explode: bool = True


@dataclass(frozen=True)
class Body:
    media_type: str
    kind: BodyKind
    type: TypeRef
    required: bool
    description: str = ""
    encoding: tuple[PartEncoding, ...] = ()


ResponseKind = Literal["json", "binary", "text", "empty"]


@dataclass(frozen=True)
class Response:
    status: str  # "200", "2XX" or "default"
    kind: ResponseKind
    media_type: str = ""
    type: TypeRef | None = None
    description: str = ""


PaginationKind = Literal["link", "cursor", "token", "offset", "page"]
# A way into a parsed response: one (model key, JSON name) per field on the way; () is the response itself.
FieldPath = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Pagination:
    """How a list operation pages (recognised by `pagination.py` after resolving)."""

    kind: PaginationKind
    reason: str  # why the operation is read as paginated, for `clientgen inspect`
    item: TypeRef  # the type of one item
    items: FieldPath = ()  # the array of the page's items
    param: str = ""  # the query parameter that moves: cursor, token, offset or page number
    size_param: str = ""  # offset and page: the query parameter of the page size, if any
    next: FieldPath = ()  # token: the next token; link: a response field holding the next URL (else the header)
    has_more: FieldPath = ()  # a boolean that says whether another page follows
    total: FieldPath = ()  # offset and page: the number of items in all pages
    total_pages: FieldPath = ()  # page: the number of pages
    item_id: FieldPath = ()  # cursor: the item's field whose value (of the last item) is the next cursor
    before_param: str = ""  # cursor: the parameter that pages backwards (`ending_before`), if any


@dataclass(frozen=True)
class EventStream:
    """A success answer sent as server-sent events (`text/event-stream`), read as the events arrive."""

    data: TypeRef | None  # the type of each event's data (JSON); None: the events are given as they come
    # Whether the stream is the other answer of a JSON operation (the responses keep the JSON one), and then the
    # boolean property of the JSON body that asks for it ("" when the Accept header alone chooses).
    alternative: bool = False
    flag: str = ""


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    pointer: str
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    parameters: tuple[Parameter, ...] = ()
    bodies: tuple[Body, ...] = ()
    responses: tuple[Response, ...] = ()
    # Alternatives; each is the set of schemes that must all be applied. () means no authentication.
    security: tuple[tuple[str, ...], ...] = ()
    servers: tuple[Server, ...] = ()  # where this operation is sent instead of the document's servers
    events: EventStream | None = None  # set by `events.py` when the answer is (or can be) a stream of events
    pagination: Pagination | None = None  # set by `pagination.paginate` after resolving


SchemeKind = Literal["apiKey", "http", "oauth2", "openIdConnect"]


@dataclass(frozen=True)
class SecurityScheme:
    key: str
    kind: SchemeKind
    location: str = ""  # apiKey: header, query or cookie
    param_name: str = ""  # apiKey: the header, query or cookie name
    scheme: str = ""  # http: basic or bearer
    token_url: str = ""  # oauth2 client credentials
    description: str = ""


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Server:
    url: str
    description: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Webhook:
    """An OpenAPI 3.1 webhook: a request the API sends to its users' servers, known by its name."""

    name: str
    method: str
    pointer: str
    type: TypeRef  # the payload (a JSON request body)
    summary: str = ""
    description: str = ""
    deprecated: bool = False


@dataclass(frozen=True)
class Api:
    title: str
    version: str
    description: str
    openapi: str
    servers: tuple[Server, ...]
    models: tuple[Model, ...]
    operations: tuple[Operation, ...]
    security_schemes: tuple[SecurityScheme, ...]
    tag_descriptions: tuple[tuple[str, str], ...] = field(default=())
    security: tuple[tuple[str, ...], ...] = ()  # the document's: what an operation needs unless it says otherwise
    webhooks: tuple[Webhook, ...] = ()

    def model(self, key: str) -> Model:
        for model in self.models:
            if model.key == key:
                return model
        raise KeyError(key)


# Statuses that send the client elsewhere: an operation documented only with these returns where they point.
REDIRECT_STATUSES = frozenset({"301", "302", "303", "307", "308", "3XX"})


def success_responses(op: Operation) -> tuple[Response, ...]:
    """The responses a call returns: the 2xx ones; else the redirects (the call returns their `Location`); else
    documented 3xx answers with a body; else `default`. Render and the surface both read this."""
    for wanted in (
        lambda r: r.status.startswith("2"),
        lambda r: r.status in REDIRECT_STATUSES,
        lambda r: r.status.startswith("3") and r.kind != "empty",
    ):
        found = tuple(r for r in op.responses if wanted(r))
        if found:
            return found
    return tuple(r for r in op.responses if r.status == "default")


def returns_location(op: Operation) -> bool:
    """Whether the call's result is a redirect's target (not followed), rather than a body."""
    success = success_responses(op)
    return bool(success) and all(r.status in REDIRECT_STATUSES for r in success)


def is_media_range(media_type: str) -> bool:
    """`*/*`, `application/*` and the like: a range of media types, not one."""
    base = media_type.split(";")[0].strip()
    return base == "*" or base.endswith("/*")


def is_json_media(media_type: str) -> bool:
    """`application/json` and the `+json` types: content that is JSON whatever else the server says."""
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith(("+json", "/json"))
