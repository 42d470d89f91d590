from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class PostDBodyInner(serde.Model):
    """The schema at
    `#/paths/~1ddd/post/requestBody/content/application~1json/schema/properties/inner`
    of the API description.

    Attributes:
        deep (bool, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("deep", "additional_properties")

    deep: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"deep"})

    def __init__(
        self,
        *,
        deep: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.deep = deep
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "PostDBodyInner") -> PostDBodyInner:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "deep" in data:
            found += 1
            deep = data["deep"]
            if type(deep) is not bool:
                deep = serde.bool_(deep, where, "deep")
        else:
            deep = UNSET
        obj = serde.new_object(cls)
        obj.deep = deep
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.deep is not UNSET:
            out["deep"] = self.deep
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
