from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .dsp_named_axis import DspNamedAxis


class VerifyDspBlockUrlResponseBlock(serde.Model):
    """The schema at
    `#/components/schemas/VerifyDspBlockUrlResponse/allOf/1/properties/block` of the
    API description.

    Attributes:
        author (str)
        description (str)
        latest_implementation_version (int)
        name (str)
        title (str)
        named_axes (list[DspNamedAxis], optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "author",
        "description",
        "latest_implementation_version",
        "name",
        "title",
        "named_axes",
        "additional_properties",
    )

    author: str
    description: str
    latest_implementation_version: int
    name: str
    title: str
    named_axes: list[DspNamedAxis] | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "author",
            "description",
            "latestImplementationVersion",
            "name",
            "namedAxes",
            "title",
        }
    )

    def __init__(
        self,
        *,
        author: str,
        description: str,
        latest_implementation_version: int,
        name: str,
        title: str,
        named_axes: list[DspNamedAxis] | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.author = author
        self.description = description
        self.latest_implementation_version = latest_implementation_version
        self.name = name
        self.title = title
        self.named_axes = named_axes
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "VerifyDspBlockUrlResponseBlock"
    ) -> VerifyDspBlockUrlResponseBlock:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            author = data["author"]
            description = data["description"]
            latest_implementation_version = data["latestImplementationVersion"]
            name = data["name"]
            title = data["title"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(author) is not str:
            author = serde.str_(author, where, "author")
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(latest_implementation_version) is not int:
            latest_implementation_version = serde.int_(
                latest_implementation_version, where, "latestImplementationVersion"
            )
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(title) is not str:
            title = serde.str_(title, where, "title")
        found = 5  # declared properties in data
        if "namedAxes" in data:
            found += 1
            named_axes = data["namedAxes"]
            named_axes = serde.list_of_models(
                named_axes, where, "namedAxes", DspNamedAxis.from_dict
            )
        else:
            named_axes = UNSET
        obj = serde.new_object(cls)
        obj.author = author
        obj.description = description
        obj.latest_implementation_version = latest_implementation_version
        obj.name = name
        obj.title = title
        obj.named_axes = named_axes
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "author": self.author,
            "description": self.description,
            "latestImplementationVersion": self.latest_implementation_version,
            "name": self.name,
            "title": self.title,
        }
        if self.named_axes is not UNSET:
            out["namedAxes"] = [v0.to_dict(request=request) for v0 in self.named_axes]
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
