from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class TreeNode(serde.Model):
    """The schema at `#/components/schemas/TreeNode` of the API description.

    Attributes:
        value (str)
        by_name (dict[str, TreeNode], optional)
        children (list[TreeNode], optional)
        parent (TreeNode | None, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("value", "by_name", "children", "parent", "additional_properties")

    value: str
    by_name: dict[str, TreeNode] | Unset
    children: list[TreeNode] | Unset
    parent: TreeNode | None | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"byName", "children", "parent", "value"}
    )

    def __init__(
        self,
        *,
        value: str,
        by_name: dict[str, TreeNode] | Unset = UNSET,
        children: list[TreeNode] | Unset = UNSET,
        parent: TreeNode | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.value = value
        self.by_name = by_name
        self.children = children
        self.parent = parent
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(cls, data: Any, where: str = "TreeNode") -> TreeNode:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            value = data["value"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(value) is not str:
            value = serde.str_(value, where, "value")
        found = 1  # declared properties in data
        if "byName" in data:
            found += 1
            by_name = data["byName"]
            by_name = serde.dict_of(by_name, where, "byName", TreeNode.convert)
        else:
            by_name = UNSET
        if "children" in data:
            found += 1
            children = data["children"]
            children = serde.list_of_models(
                children, where, "children", TreeNode.from_dict
            )
        else:
            children = UNSET
        if "parent" in data:
            found += 1
            parent = data["parent"]
            if parent is not None:
                parent = TreeNode.from_dict(parent, where + ".parent")
        else:
            parent = UNSET
        obj = serde.new_object(cls)
        obj.value = value
        obj.by_name = by_name
        obj.children = children
        obj.parent = parent
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "value": self.value,
        }
        if self.by_name is not UNSET:
            out["byName"] = {
                k0: v0.to_dict(request=request) for k0, v0 in self.by_name.items()
            }
        if self.children is not UNSET:
            out["children"] = [v0.to_dict(request=request) for v0 in self.children]
        if self.parent is not UNSET:
            out["parent"] = serde.dump(self.parent, request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
