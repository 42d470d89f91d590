from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .post_d_body_inner import PostDBodyInner


class PostDBody(serde.Model):
    """The schema at `#/paths/~1ddd/post/requestBody/content/application~1json/schema`
    of the API description.

    Attributes:
        inner (PostDBodyInner, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("inner", "additional_properties")

    inner: PostDBodyInner | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"inner"})

    def __init__(
        self,
        *,
        inner: PostDBodyInner | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.inner = inner
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "PostDBody") -> PostDBody:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        found = 0  # declared properties in data
        if "inner" in data:
            found += 1
            inner = data["inner"]
            inner = PostDBodyInner.from_dict(inner, where + ".inner")
        else:
            inner = UNSET
        obj = serde.new_object(cls)
        obj.inner = inner
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {}
        if self.inner is not UNSET:
            out["inner"] = self.inner.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
