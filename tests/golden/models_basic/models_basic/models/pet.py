from __future__ import annotations

import datetime
from typing import Any, ClassVar, Literal

from .. import _serde as serde
from .._serde import UNSET, Unset
from .cat import Cat
from .dog import Dog


class Pet(serde.Model):
    """A pet, with its owner and a discriminated kind.

    Attributes:
        id (int)
        kind (Cat | Dog)
        name (str): Display name
        status (Literal["available", "in-progress", "sold", "1h", "-"])
        field_2fa (bool, optional)
        aliases (list[str], optional)
        birthday (datetime.date, optional)
        born (datetime.datetime, optional)
        class_ (str, optional): A Python keyword as a property name
        counts (list[int], optional)
        flags (list[bool], optional)
        foo_bar_2 (str, optional)
        foo_bar (str, optional)
        from_ (str, optional)
        labels (dict[str, str], optional)
        moods (list[Literal["calm", "playful"]], optional)
        nickname (str | None, optional)
        scores (list[float], optional)
        tag (int, optional): Redeclared as an integer by the derived schema
        type (str, optional)
        weight (float | str, optional)
        x_rate_limit (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "id",
        "kind",
        "name",
        "status",
        "field_2fa",
        "aliases",
        "birthday",
        "born",
        "class_",
        "counts",
        "flags",
        "foo_bar_2",
        "foo_bar",
        "from_",
        "labels",
        "moods",
        "nickname",
        "scores",
        "tag",
        "type",
        "weight",
        "x_rate_limit",
        "additional_properties",
    )

    id: int
    kind: Cat | Dog
    name: str
    status: Literal["available", "in-progress", "sold", "1h", "-"]
    field_2fa: bool | Unset
    aliases: list[str] | Unset
    birthday: datetime.date | Unset
    born: datetime.datetime | Unset
    class_: str | Unset
    counts: list[int] | Unset
    flags: list[bool] | Unset
    foo_bar_2: str | Unset
    foo_bar: str | Unset
    from_: str | Unset
    labels: dict[str, str] | Unset
    moods: list[Literal["calm", "playful"]] | Unset
    nickname: str | None | Unset
    scores: list[float] | Unset
    tag: int | Unset
    type: str | Unset
    weight: float | str | Unset
    x_rate_limit: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "2fa",
            "aliases",
            "birthday",
            "born",
            "class",
            "counts",
            "flags",
            "fooBar",
            "foo_bar",
            "from",
            "id",
            "kind",
            "labels",
            "moods",
            "name",
            "nickname",
            "scores",
            "status",
            "tag",
            "type",
            "weight",
            "x-rate.limit",
        }
    )

    def __init__(
        self,
        *,
        id: int,
        kind: Cat | Dog,
        name: str,
        status: Literal["available", "in-progress", "sold", "1h", "-"],
        field_2fa: bool | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
        birthday: datetime.date | Unset = UNSET,
        born: datetime.datetime | Unset = UNSET,
        class_: str | Unset = UNSET,
        counts: list[int] | Unset = UNSET,
        flags: list[bool] | Unset = UNSET,
        foo_bar_2: str | Unset = UNSET,
        foo_bar: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        labels: dict[str, str] | Unset = UNSET,
        moods: list[Literal["calm", "playful"]] | Unset = UNSET,
        nickname: str | None | Unset = UNSET,
        scores: list[float] | Unset = UNSET,
        tag: int | Unset = UNSET,
        type: str | Unset = UNSET,
        weight: float | str | Unset = UNSET,
        x_rate_limit: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.kind = kind
        self.name = name
        self.status = status
        self.field_2fa = field_2fa
        self.aliases = aliases
        self.birthday = birthday
        self.born = born
        self.class_ = class_
        self.counts = counts
        self.flags = flags
        self.foo_bar_2 = foo_bar_2
        self.foo_bar = foo_bar
        self.from_ = from_
        self.labels = labels
        self.moods = moods
        self.nickname = nickname
        self.scores = scores
        self.tag = tag
        self.type = type
        self.weight = weight
        self.x_rate_limit = x_rate_limit
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "Pet") -> Pet:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
            kind = data["kind"]
            name = data["name"]
            status = data["status"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        kind = serde.tagged(
            kind, where, "kind", "petType", {"cat": Cat.convert, "dog": Dog.convert}
        )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(status) is not str:
            status = serde.str_enum(status, where, "status")
        found = 4  # declared properties in data
        if "2fa" in data:
            found += 1
            field_2fa = data["2fa"]
            if type(field_2fa) is not bool:
                field_2fa = serde.bool_(field_2fa, where, "2fa")
        else:
            field_2fa = UNSET
        if "aliases" in data:
            found += 1
            aliases = data["aliases"]
            aliases = serde.str_list(aliases, where, "aliases")
        else:
            aliases = UNSET
        if "birthday" in data:
            found += 1
            birthday = data["birthday"]
            birthday = serde.date_(birthday, where, "birthday")
        else:
            birthday = UNSET
        if "born" in data:
            found += 1
            born = data["born"]
            born = serde.datetime_(born, where, "born")
        else:
            born = UNSET
        if "class" in data:
            found += 1
            class_ = data["class"]
            if type(class_) is not str:
                class_ = serde.str_(class_, where, "class")
        else:
            class_ = UNSET
        if "counts" in data:
            found += 1
            counts = data["counts"]
            counts = serde.int_list(counts, where, "counts")
        else:
            counts = UNSET
        if "flags" in data:
            found += 1
            flags = data["flags"]
            flags = serde.bool_list(flags, where, "flags")
        else:
            flags = UNSET
        if "fooBar" in data:
            found += 1
            foo_bar_2 = data["fooBar"]
            if type(foo_bar_2) is not str:
                foo_bar_2 = serde.str_(foo_bar_2, where, "fooBar")
        else:
            foo_bar_2 = UNSET
        if "foo_bar" in data:
            found += 1
            foo_bar = data["foo_bar"]
            if type(foo_bar) is not str:
                foo_bar = serde.str_(foo_bar, where, "foo_bar")
        else:
            foo_bar = UNSET
        if "from" in data:
            found += 1
            from_ = data["from"]
            if type(from_) is not str:
                from_ = serde.str_(from_, where, "from")
        else:
            from_ = UNSET
        if "labels" in data:
            found += 1
            labels = data["labels"]
            labels = serde.dict_of(labels, where, "labels", serde.str_)
        else:
            labels = UNSET
        if "moods" in data:
            found += 1
            moods = data["moods"]
            moods = serde.str_enum_list(moods, where, "moods")
        else:
            moods = UNSET
        if "nickname" in data:
            found += 1
            nickname = data["nickname"]
            if type(nickname) is not str and nickname is not None:
                nickname = serde.str_(nickname, where, "nickname")
        else:
            nickname = UNSET
        if "scores" in data:
            found += 1
            scores = data["scores"]
            scores = serde.float_list(scores, where, "scores")
        else:
            scores = UNSET
        if "tag" in data:
            found += 1
            tag = data["tag"]
            if type(tag) is not int:
                tag = serde.int_(tag, where, "tag")
        else:
            tag = UNSET
        if "type" in data:
            found += 1
            _type = data["type"]
            if type(_type) is not str:
                _type = serde.str_(_type, where, "type")
        else:
            _type = UNSET
        if "weight" in data:
            found += 1
            weight = data["weight"]
            weight = serde.one_of(weight, where, "weight", serde.float_, serde.str_)
        else:
            weight = UNSET
        if "x-rate.limit" in data:
            found += 1
            x_rate_limit = data["x-rate.limit"]
            if type(x_rate_limit) is not int:
                x_rate_limit = serde.int_(x_rate_limit, where, "x-rate.limit")
        else:
            x_rate_limit = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.kind = kind
        obj.name = name
        obj.status = status
        obj.field_2fa = field_2fa
        obj.aliases = aliases
        obj.birthday = birthday
        obj.born = born
        obj.class_ = class_
        obj.counts = counts
        obj.flags = flags
        obj.foo_bar_2 = foo_bar_2
        obj.foo_bar = foo_bar
        obj.from_ = from_
        obj.labels = labels
        obj.moods = moods
        obj.nickname = nickname
        obj.scores = scores
        obj.tag = tag
        obj.type = _type
        obj.weight = weight
        obj.x_rate_limit = x_rate_limit
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "kind": serde.dump(self.kind, request),
            "name": self.name,
            "status": self.status,
        }
        if self.field_2fa is not UNSET:
            out["2fa"] = self.field_2fa
        if self.aliases is not UNSET:
            out["aliases"] = self.aliases
        if self.birthday is not UNSET:
            out["birthday"] = self.birthday.isoformat()
        if self.born is not UNSET:
            out["born"] = serde.format_datetime(self.born)
        if self.class_ is not UNSET:
            out["class"] = self.class_
        if self.counts is not UNSET:
            out["counts"] = self.counts
        if self.flags is not UNSET:
            out["flags"] = self.flags
        if self.foo_bar_2 is not UNSET:
            out["fooBar"] = self.foo_bar_2
        if self.foo_bar is not UNSET:
            out["foo_bar"] = self.foo_bar
        if self.from_ is not UNSET:
            out["from"] = self.from_
        if self.labels is not UNSET:
            out["labels"] = self.labels
        if self.moods is not UNSET:
            out["moods"] = self.moods
        if self.nickname is not UNSET:
            out["nickname"] = self.nickname
        if self.scores is not UNSET:
            out["scores"] = self.scores
        if self.tag is not UNSET:
            out["tag"] = self.tag
        if self.type is not UNSET:
            out["type"] = self.type
        if self.weight is not UNSET:
            out["weight"] = serde.dump(self.weight, request)
        if self.x_rate_limit is not UNSET:
            out["x-rate.limit"] = self.x_rate_limit
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
