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
        name: Display name
        class_: A Python keyword as a property name
        tag: Redeclared as an integer by the derived schema
    """

    __slots__ = (
        "id",
        "kind",
        "name",
        "status",
        "field_2fa",
        "birthday",
        "born",
        "class_",
        "foo_bar_2",
        "foo_bar",
        "from_",
        "labels",
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
    birthday: datetime.date | Unset
    born: datetime.datetime | Unset
    class_: str | Unset
    foo_bar_2: str | Unset
    foo_bar: str | Unset
    from_: str | Unset
    labels: dict[str, str] | Unset
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
            "birthday",
            "born",
            "class",
            "fooBar",
            "foo_bar",
            "from",
            "id",
            "kind",
            "labels",
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
        birthday: datetime.date | Unset = UNSET,
        born: datetime.datetime | Unset = UNSET,
        class_: str | Unset = UNSET,
        foo_bar_2: str | Unset = UNSET,
        foo_bar: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        labels: dict[str, str] | Unset = UNSET,
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
        self.birthday = birthday
        self.born = born
        self.class_ = class_
        self.foo_bar_2 = foo_bar_2
        self.foo_bar = foo_bar
        self.from_ = from_
        self.labels = labels
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
            data = serde.missing(where, exc, data, cls._json_names)
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
        field_2fa = data.get("2fa", UNSET)
        if field_2fa is not UNSET and type(field_2fa) is not bool:
            field_2fa = serde.bool_(field_2fa, where, "2fa")
        birthday = data.get("birthday", UNSET)
        if birthday is not UNSET:
            birthday = serde.date_(birthday, where, "birthday")
        born = data.get("born", UNSET)
        if born is not UNSET:
            born = serde.datetime_(born, where, "born")
        class_ = data.get("class", UNSET)
        if class_ is not UNSET and type(class_) is not str:
            class_ = serde.str_(class_, where, "class")
        foo_bar_2 = data.get("fooBar", UNSET)
        if foo_bar_2 is not UNSET and type(foo_bar_2) is not str:
            foo_bar_2 = serde.str_(foo_bar_2, where, "fooBar")
        foo_bar = data.get("foo_bar", UNSET)
        if foo_bar is not UNSET and type(foo_bar) is not str:
            foo_bar = serde.str_(foo_bar, where, "foo_bar")
        from_ = data.get("from", UNSET)
        if from_ is not UNSET and type(from_) is not str:
            from_ = serde.str_(from_, where, "from")
        labels = data.get("labels", UNSET)
        if labels is not UNSET:
            labels = serde.dict_of(labels, where, "labels", serde.str_)
        nickname = data.get("nickname", UNSET)
        if nickname is not UNSET and type(nickname) is not str and nickname is not None:
            nickname = serde.str_(nickname, where, "nickname")
        scores = data.get("scores", UNSET)
        if scores is not UNSET:
            scores = serde.list_of(scores, where, "scores", serde.float_)
        tag = data.get("tag", UNSET)
        if tag is not UNSET and type(tag) is not int:
            tag = serde.int_(tag, where, "tag")
        _type = data.get("type", UNSET)
        if _type is not UNSET and type(_type) is not str:
            _type = serde.str_(_type, where, "type")
        weight = data.get("weight", UNSET)
        if weight is not UNSET:
            weight = serde.one_of(weight, where, "weight", serde.float_, serde.str_)
        x_rate_limit = data.get("x-rate.limit", UNSET)
        if x_rate_limit is not UNSET and type(x_rate_limit) is not int:
            x_rate_limit = serde.int_(x_rate_limit, where, "x-rate.limit")
        obj = object.__new__(cls)
        obj.id = _id
        obj.kind = kind
        obj.name = name
        obj.status = status
        obj.field_2fa = field_2fa
        obj.birthday = birthday
        obj.born = born
        obj.class_ = class_
        obj.foo_bar_2 = foo_bar_2
        obj.foo_bar = foo_bar
        obj.from_ = from_
        obj.labels = labels
        obj.nickname = nickname
        obj.scores = scores
        obj.tag = tag
        obj.type = _type
        obj.weight = weight
        obj.x_rate_limit = x_rate_limit
        if cls._json_names.issuperset(data):
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
        if self.birthday is not UNSET:
            out["birthday"] = self.birthday.isoformat()
        if self.born is not UNSET:
            out["born"] = serde.format_datetime(self.born)
        if self.class_ is not UNSET:
            out["class"] = self.class_
        if self.foo_bar_2 is not UNSET:
            out["fooBar"] = self.foo_bar_2
        if self.foo_bar is not UNSET:
            out["foo_bar"] = self.foo_bar
        if self.from_ is not UNSET:
            out["from"] = self.from_
        if self.labels is not UNSET:
            out["labels"] = self.labels
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
