from __future__ import annotations

from typing import Any, ClassVar, Literal

from .. import _serde as serde


class GetDataExplorerFeaturesResponseDataItemSample(serde.Model):
    """The schema at
    `#/components/schemas/GetDataExplorerFeaturesResponse/allOf/1/properties/data/items/properties/sample`
    of the API description.

    Attributes:
        category (Literal["training", "testing"])
        end_ms (float)
        id (float)
        name (str)
        start_ms (float)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "category",
        "end_ms",
        "id",
        "name",
        "start_ms",
        "additional_properties",
    )

    category: Literal["training", "testing"]
    end_ms: float
    id: float
    name: str
    start_ms: float
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"category", "endMs", "id", "name", "startMs"}
    )

    def __init__(
        self,
        *,
        category: Literal["training", "testing"],
        end_ms: float,
        id: float,
        name: str,
        start_ms: float,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.category = category
        self.end_ms = end_ms
        self.id = id
        self.name = name
        self.start_ms = start_ms
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "GetDataExplorerFeaturesResponseDataItemSample"
    ) -> GetDataExplorerFeaturesResponseDataItemSample:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            category = data["category"]
            end_ms = data["endMs"]
            _id = data["id"]
            name = data["name"]
            start_ms = data["startMs"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(category) is not str:
            category = serde.str_enum(category, where, "category")
        if type(end_ms) is not float and type(end_ms) is not int:
            end_ms = serde.float_(end_ms, where, "endMs")
        if type(_id) is not float and type(_id) is not int:
            _id = serde.float_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(start_ms) is not float and type(start_ms) is not int:
            start_ms = serde.float_(start_ms, where, "startMs")
        obj = serde.new_object(cls)
        obj.category = category
        obj.end_ms = end_ms
        obj.id = _id
        obj.name = name
        obj.start_ms = start_ms
        if len(data) == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "category": self.category,
            "endMs": self.end_ms,
            "id": self.id,
            "name": self.name,
            "startMs": self.start_ms,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
