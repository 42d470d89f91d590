"""Conversion between JSON values and the generated models: checks types, keeps unknown data.

Every converter takes the value, the path of the object it belongs to and the name of the field, and only builds
an error message when the value is wrong, so that the common path stays fast.
"""

from __future__ import annotations

import base64
import logging
import datetime
import enum
import importlib
import re
import sys
import warnings
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from os import PathLike
from typing import IO, TYPE_CHECKING, Any, ClassVar, Final, NoReturn, TypeVar, Union

if (
    TYPE_CHECKING
):  # imported on first use: `uuid` alone costs more than the rest of this module
    import uuid

T = TypeVar("T")
Converter = Callable[[Any, str, str], T]
"""Reads one JSON value: (value, path of the enclosing object, field name) -> the typed value."""


class Unset(enum.Enum):
    """The type of `UNSET`: a field or argument that was not given at all (not even as `None`)."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = Unset.UNSET
"""Marks a value that was not set; it is left out of requests (distinct from `None`, which is sent as null)."""

FileContent = Union[bytes, IO[bytes], PathLike[str]]
FileInput = Union[FileContent, tuple[str, FileContent], tuple[str, FileContent, str]]
"""A file to upload: bytes, an open binary file, a path, or (filename, content[, content type])."""


class ValidationError(ValueError):
    """A JSON value does not have the shape the API description promises; `path` says where."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


def _describe(value: object) -> str:
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{type(value).__name__} {text}"


def invalid(where: str, name: str, expected: str, value: object) -> ValidationError:
    path = f"{where}.{name}" if name else where
    return ValidationError(path, f"expected {expected}, got {_describe(value)}")


_LENIENT: ContextVar[bool] = ContextVar("lenient", default=False)
"""True while a client made with `lenient_responses=True` reads a response."""

logger = logging.getLogger(__name__.rsplit(".", 1)[0])


def mismatch(where: str, name: str, expected: str, value: Any) -> NoReturn:
    """A JSON value of the wrong type: an error, or in lenient reading a logged warning and the value as it came.

    Typed NoReturn because for type checkers a mismatch is an error: only a client made with
    `lenient_responses=True` gets values back that may not have their declared types.
    """
    error = (
        ValidationError(f"{where}.{name}" if name else where, "required, but missing")
        if value is UNSET
        else invalid(where, name, expected, value)
    )
    if _LENIENT.get():
        logger.warning("the response does not match the API description: %s", error)
        return value  # type: ignore[misc]
    raise error from None


def missing(where: str, error: KeyError, data: dict[str, Any]) -> dict[str, Any]:
    """A required property is missing: an error, or in lenient reading `data` with UNSET for it.

    from_dict then reads `data` again (and comes back here for the next required property that is missing): it
    warns about the UNSET as a value of the wrong type. Optional properties stay absent.
    """
    if not _LENIENT.get():
        raise ValidationError(
            where, f"required property {error.args[0]!r} is missing"
        ) from None
    return {**data, error.args[0]: UNSET}


def deprecated(message: str) -> None:
    """Warns that code builds a model or sets a field the API has deprecated (reading JSON never warns)."""
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def str_(value: Any, where: str, name: str) -> str:
    if type(value) is str:
        return value
    return mismatch(where, name, "a string", value)


def int_(value: Any, where: str, name: str) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    return mismatch(where, name, "an integer", value)


def float_(value: Any, where: str, name: str) -> float:
    if type(value) is float or type(value) is int:
        return value
    return mismatch(where, name, "a number", value)


def bool_(value: Any, where: str, name: str) -> bool:
    if type(value) is bool:
        return value
    return mismatch(where, name, "a boolean", value)


def any_(value: Any, where: str, name: str) -> Any:
    return value


def dict_(value: Any, where: str, name: str) -> dict[str, Any]:
    if type(value) is dict:
        return value
    return mismatch(where, name, "an object", value)


def str_enum(value: Any, where: str, name: str) -> Any:
    """A string from an enum. Values the spec does not list are kept: a server may add values at any time."""
    if type(value) is str:
        return value
    return mismatch(where, name, "a string", value)


def int_enum(value: Any, where: str, name: str) -> Any:
    if type(value) is int:
        return value
    return mismatch(where, name, "an integer", value)


def bool_enum(value: Any, where: str, name: str) -> Any:
    if type(value) is bool:
        return value
    return mismatch(where, name, "a boolean", value)


def enum_(value: Any, where: str, name: str) -> Any:
    if value is None or type(value) in (str, int, float, bool):
        return value
    return mismatch(where, name, "a scalar value", value)


class DateTime(datetime.datetime):
    """A `datetime` read from JSON; it remembers its text, so it is written back exactly as it came."""

    __slots__ = ("text",)
    text: str


class Time(datetime.time):
    """A `time` read from JSON; it remembers its text, so it is written back exactly as it came."""

    __slots__ = ("text",)
    text: str


_FRACTION = re.compile(r"(\.\d+)")


def _iso(text: str) -> str:
    """ISO 8601 text in the form Python 3.10's fromisoformat reads: `+00:00` for `Z`, six fraction digits."""
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    return _FRACTION.sub(lambda m: (m.group(1) + "000000")[:7], text, count=1)


def datetime_(value: Any, where: str, name: str) -> datetime.datetime:
    if type(value) is str:
        try:
            parsed = datetime.datetime.fromisoformat(value)  # 3.11 reads `Z`, fractions
        except ValueError:
            try:
                parsed = datetime.datetime.fromisoformat(_iso(value))
            except ValueError:
                return mismatch(where, name, "an ISO 8601 date-time", value)
        if len(value) == 20 and value[4::3] == "--T::Z":
            # YYYY-MM-DDTHH:MM:SSZ (the separators are every third character from the fifth), the very text
            # format_datetime writes: no need to keep it
            return parsed
        # The same value as the subclass that keeps the text, built from its pickled
        # state: four times faster than DateTime.fromisoformat.
        kept = DateTime(*parsed.__reduce__()[1])
        kept.text = value
        return kept
    return mismatch(where, name, "an ISO 8601 date-time", value)


def date_(value: Any, where: str, name: str) -> datetime.date:
    if type(value) is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return mismatch(where, name, "an ISO 8601 date", value)


def time_(value: Any, where: str, name: str) -> datetime.time:
    if type(value) is str:
        try:
            parsed = datetime.time.fromisoformat(value)
        except ValueError:
            try:
                parsed = datetime.time.fromisoformat(_iso(value))
            except ValueError:
                return mismatch(where, name, "an ISO 8601 time", value)
        kept = Time(*parsed.__reduce__()[1])  # as in datetime_
        kept.text = value
        return kept
    return mismatch(where, name, "an ISO 8601 time", value)


def uuid_(value: Any, where: str, name: str) -> uuid.UUID:
    import uuid

    if type(value) is str:
        try:
            parsed = uuid.UUID(value)
        except ValueError:
            pass
        else:
            if len(value) == 36 and str(parsed) == value:
                return parsed
            return _kept_uuid(
                value
            )  # upper case, braces, no dashes: written back as it came
    return mismatch(where, name, "a UUID", value)


_KEPT_UUID: list[type[uuid.UUID]] = (
    []
)  # the class, made on first use (`uuid` is imported only then)


def _kept_uuid(text: str) -> uuid.UUID:
    import uuid

    if not _KEPT_UUID:

        class KeptUUID(uuid.UUID):
            """A UUID read from JSON in another form than the canonical one; `str()` gives that text back."""

            __slots__ = ("text",)
            text: str

            def __str__(self) -> str:
                return self.text

            def __reduce__(self) -> tuple[Any, tuple[str]]:
                return _kept_uuid, (self.text,)

        _KEPT_UUID.append(KeptUUID)
    kept = _KEPT_UUID[0](text)
    object.__setattr__(kept, "text", text)
    return kept


def bytes_(value: Any, where: str, name: str) -> bytes:
    if type(value) is str:
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            pass
    return mismatch(where, name, "base64 text", value)


def list_of(
    value: Any, where: str, name: str, item: Callable[[Any, str, str], T]
) -> list[T]:
    if type(value) is not list:
        return mismatch(where, name, "an array", value)
    plain = _PLAIN.get(item)
    if plain is not None:  # items that need no conversion: one type check each, no call
        for v in value:
            if type(v) is not plain:
                break
        else:
            return list(value)
    # A loop: a list comprehension costs a function call, more than the appends of a short list.
    result: list[T] = []
    try:
        for v in value:
            result.append(item(v, where, name))
    except ValidationError:
        # Slow path, only on bad data: convert again item by item to name the index that failed.
        for i, v in enumerate(value):
            item(v, where, f"{name}[{i}]")
        raise
    return result


# Arrays of JSON values that need no conversion: one type check per item and a copy, no call per item.


def str_list(value: Any, where: str, name: str) -> list[str]:
    """An array of strings."""
    if type(value) is list:
        for v in value:
            if type(v) is not str:
                break
        else:
            return value[:]
    return list_of(value, where, name, str_)


str_enum_list: Callable[[Any, str, str], list[Any]] = str_list
"""An array of string enum values (as for `str_enum`, values the spec does not list are kept)."""


def int_list(value: Any, where: str, name: str) -> list[int]:
    if type(value) is list:
        for v in value:
            if type(v) is not int:
                break
        else:
            return value[:]
    return list_of(value, where, name, int_)


def float_list(value: Any, where: str, name: str) -> list[float]:
    if type(value) is list:
        for v in value:
            if type(v) is not float and type(v) is not int:
                break
        else:
            return value[:]
    return list_of(value, where, name, float_)


def bool_list(value: Any, where: str, name: str) -> list[bool]:
    if type(value) is list:
        for v in value:
            if type(v) is not bool:
                break
        else:
            return value[:]
    return list_of(value, where, name, bool_)


def dict_list(value: Any, where: str, name: str) -> list[dict[str, Any]]:
    if type(value) is list:
        for v in value:
            if type(v) is not dict:
                break
        else:
            return value[:]
    return list_of(value, where, name, dict_)


def list_of_models(
    value: Any, where: str, name: str, parse: Callable[[Any, str], T]
) -> list[T]:
    """An array of objects, each read by a model's `from_dict`."""
    if type(value) is not list:
        return mismatch(where, name, "an array", value)
    path = f"{where}.{name}"
    # A loop: a list comprehension costs a function call, more than the appends of a short list.
    result: list[T] = []
    try:
        for v in value:
            result.append(parse(v, path))
    except ValidationError:
        for i, v in enumerate(value):  # again, to name the index that failed
            parse(v, f"{path}[{i}]")
        raise
    return result


_PLAIN: dict[Callable[[Any, str, str], Any], type] = {
    str_: str,
    int_: int,
    bool_: bool,
    dict_: dict,
    str_enum: str,
    int_enum: int,
}
"""Converters whose valid input is already the result: the JSON type it must have."""


def dict_of(
    value: Any, where: str, name: str, item: Callable[[Any, str, str], T]
) -> dict[str, T]:
    if type(value) is not dict:
        return mismatch(where, name, "an object", value)
    prefix = f"{where}.{name}" if name else where
    return {k: item(v, prefix, k) for k, v in value.items()}


def nullable(item: Converter[T]) -> Converter[T | None]:
    def convert(value: Any, where: str, name: str) -> T | None:
        return None if value is None else item(value, where, name)

    return convert


def one_of(
    value: Any, where: str, name: str, *variants: Callable[[Any, str, str], Any]
) -> Any:
    """A union without a discriminator: the first variant, in the documented order, that accepts the value."""
    expected = "a value matching one of the documented alternatives"
    if _LENIENT.get():  # the variants are tried strictly, also in lenient reading
        strict = _LENIENT.set(False)
        try:
            return one_of(value, where, name, *variants)
        except ValidationError as exc:
            expected = exc.message.partition(", got ")[0].removeprefix("expected ")
        finally:
            _LENIENT.reset(strict)
    else:
        errors: list[ValidationError] = []
        for variant in variants:
            try:
                return variant(value, where, name)
            except ValidationError as exc:
                errors.append(exc)
        # The variant that failed deepest inside the value is the one the value was meant to be: say where.
        path = f"{where}.{name}" if name else where
        closest = max(errors, key=lambda e: len(e.path), default=None)
        if closest is not None and len(closest.path) > len(path):
            expected += f" (closest: {closest})"
    return mismatch(where, name, expected, value)


def tagged(
    value: Any,
    where: str,
    name: str,
    tag: str,
    variants: Mapping[str, Callable[[Any, str, str], Any]],
) -> Any:
    """A union with a discriminator: the tag picks the class directly. A tag that is not a string cannot name a
    class (a spec whose discriminator is a status code, say): the object is then read as a union, by the first
    class that accepts it."""
    if type(value) is not dict:
        return mismatch(where, name, "an object", value)
    variant = variants.get(value.get(tag))  # type: ignore[arg-type]
    if variant is None and tag in value and type(value[tag]) is not str:
        strict = _LENIENT.set(False)
        try:
            for candidate in dict.fromkeys(variants.values()):
                try:
                    return candidate(value, where, name)
                except ValidationError:
                    continue
        finally:
            _LENIENT.reset(strict)
    if variant is None:
        known = ", ".join(repr(k) for k in variants)
        mismatch(
            where, f"{name}.{tag}" if name else tag, f"one of {known}", value.get(tag)
        )
        return value  # lenient reading: the object as it came
    return variant(value, where, name)


def array(item: Converter[T]) -> Converter[list[T]]:
    def convert(value: Any, where: str, name: str) -> list[T]:
        return list_of(value, where, name, item)

    return convert


def mapping(item: Converter[T]) -> Converter[dict[str, T]]:
    def convert(value: Any, where: str, name: str) -> dict[str, T]:
        return dict_of(value, where, name, item)

    return convert


def union(*variants: Converter[Any]) -> Converter[Any]:
    def convert(value: Any, where: str, name: str) -> Any:
        return one_of(value, where, name, *variants)

    return convert


def discriminated(tag: str, variants: Mapping[str, Converter[Any]]) -> Converter[Any]:
    def convert(value: Any, where: str, name: str) -> Any:
        return tagged(value, where, name, tag, variants)

    return convert


def b64encode(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def format_datetime(value: datetime.datetime) -> str:
    """ISO 8601; a date-time read from JSON is written back as the very same text."""
    if type(value) is DateTime:
        return value.text
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def format_time(value: datetime.time) -> str:
    if type(value) is Time:
        return value.text
    return value.isoformat()


def dump(value: Any, request: bool = False) -> Any:
    """Any value a caller may pass (models, dicts, lists, dates, UUIDs, bytes) as plain JSON data.

    With `request=True`, read-only fields of models are left out: the server sets them, a client never sends them.
    """
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, Model):
        return value.to_dict(request=request)
    if isinstance(value, Mapping):
        return {str(k): dump(v, request) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [dump(v, request) for v in value]
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.time):
        return format_time(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    uuid = sys.modules.get("uuid")  # a UUID exists only once the module is imported
    if uuid is not None and isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


M = TypeVar("M", bound="Model")

if TYPE_CHECKING:

    def new_object(cls: type[M]) -> M:
        """A model instance with no field set yet, without running `__init__`."""

else:
    new_object = object.__new__  # from a module: a little faster than `object.__new__`


class Model:
    """Base of every generated model: `from_dict` reads JSON data, `to_dict` writes it back.

    Models compare by value and print the fields that are set. They are plain slotted classes, not dataclasses:
    a dataclass costs about a millisecond per class at import, which adds up to seconds for a large API.
    """

    __slots__: tuple[str, ...] = ()
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value
    # The models derived from this one (a subclass each), by the value of its tag: {tag: (module, class)}.
    _subtypes: ClassVar[Mapping[str, tuple[str, str]]] = {}
    # Every field, the base's first: a subclass's `__slots__` holds only the fields it adds.
    _fields: ClassVar[tuple[str, ...]] = ()

    def __init_subclass__(cls) -> None:
        super().__init_subclass__()
        extra = "additional_properties"
        own = [n for n in cls.__dict__.get("__slots__", ()) if n != extra]
        cls._fields = (*[n for n in cls._fields if n != extra], *own, extra)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def __repr__(self) -> str:
        shown = ", ".join(
            f"{n}={value!r}"
            for n in self._fields
            if (value := getattr(self, n)) is not UNSET
            and not (n == "additional_properties" and not value)
        )
        return f"{type(self).__name__}({shown})"

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        raise NotImplementedError  # every generated model defines it

    @classmethod
    def convert(cls: type[M], value: Any, where: str, name: str) -> M:
        """Read a nested value; `where` and `name` locate it in error messages."""
        result: M = cls.from_dict(value, f"{where}.{name}" if name else where)  # type: ignore[attr-defined]
        return result


def subtype(cls: type[M], data: dict[str, Any], tag: str) -> type[M] | None:
    """The model derived from `cls` that the tag of `data` names (its module imported on first use), or None."""
    value = data.get(tag)
    entry = cls._subtypes.get(value) if type(value) is str else None
    if entry is None:
        return None
    module, name = entry
    package = cls.__module__.rpartition(".")[0]
    found: type[M] = getattr(importlib.import_module(f".{module}", package), name)
    return found


def extras(data: dict[str, Any], known: frozenset[str]) -> dict[str, Any]:
    """The properties of `data` a model does not declare, kept so they can be read and sent back."""
    return {k: v for k, v in data.items() if k not in known}


def extras_of(
    data: dict[str, Any], known: frozenset[str], where: str, item: Converter[T]
) -> dict[str, T]:
    """Undeclared properties whose type the API description gives (`additionalProperties: {schema}`)."""
    return {k: item(v, where, k) for k, v in data.items() if k not in known}
