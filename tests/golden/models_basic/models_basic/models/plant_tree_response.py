from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .plant_tree_response_stats import PlantTreeResponseStats
from .tree_node import TreeNode


class PlantTreeResponse(serde.Model):
    """The schema at
    `#/paths/~1trees/post/responses/201/content/application~1json/schema` of the API
    description.

    Attributes:
        root (TreeNode)
        stats (PlantTreeResponseStats, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("root", "stats", "additional_properties")

    root: TreeNode
    stats: PlantTreeResponseStats | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset({"root", "stats"})

    def __init__(
        self,
        *,
        root: TreeNode,
        stats: PlantTreeResponseStats | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.root = root
        self.stats = stats
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "PlantTreeResponse"
    ) -> PlantTreeResponse:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            root = data["root"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        root = TreeNode.from_dict(root, where + ".root")
        found = 1  # declared properties in data
        if "stats" in data:
            found += 1
            stats = data["stats"]
            stats = PlantTreeResponseStats.from_dict(stats, where + ".stats")
        else:
            stats = UNSET
        obj = serde.new_object(cls)
        obj.root = root
        obj.stats = stats
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "root": self.root.to_dict(request=request),
        }
        if self.stats is not UNSET:
            out["stats"] = self.stats.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
