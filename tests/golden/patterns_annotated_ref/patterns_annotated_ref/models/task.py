from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .file_mini import FileMini
from .owner import Owner
from .task_extended import TaskExtended


class Task(serde.Model):
    """The schema at `#/components/schemas/Task` of the API description.

    Attributes:
        id (str)
        extended (TaskExtended, optional): Not an annotation but a real extension of
            FileMini, so a model of its own.
        item (FileMini, optional): The file the task works on.
        owner (Owner | None, optional): The owner of the task; null when it was deleted.
            Read-only: set by the server.
        reviewer (FileMini | None, optional): Deprecated.
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("id", "extended", "item", "owner", "reviewer", "additional_properties")

    id: str
    extended: TaskExtended | Unset
    item: FileMini | Unset
    owner: Owner | None | Unset
    reviewer: FileMini | None | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"extended", "id", "item", "owner", "reviewer"}
    )

    def __init__(
        self,
        *,
        id: str,
        extended: TaskExtended | Unset = UNSET,
        item: FileMini | Unset = UNSET,
        owner: Owner | None | Unset = UNSET,
        reviewer: FileMini | None | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.extended = extended
        self.item = item
        self.owner = owner
        self.reviewer = reviewer
        self.additional_properties = additional_properties or {}
        if reviewer is not UNSET:
            serde.deprecated("Task.reviewer is deprecated")

    @classmethod
    def from_dict(cls, data: Any, where: str = "Task") -> Task:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            _id = data["id"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(_id) is not str:
            _id = serde.str_(_id, where, "id")
        found = 1  # declared properties in data
        if "extended" in data:
            found += 1
            extended = data["extended"]
            extended = TaskExtended.from_dict(extended, where + ".extended")
        else:
            extended = UNSET
        if "item" in data:
            found += 1
            item = data["item"]
            item = FileMini.from_dict(item, where + ".item")
        else:
            item = UNSET
        if "owner" in data:
            found += 1
            owner = data["owner"]
            if owner is not None:
                owner = Owner.from_dict(owner, where + ".owner")
        else:
            owner = UNSET
        if "reviewer" in data:
            found += 1
            reviewer = data["reviewer"]
            if reviewer is not None:
                reviewer = FileMini.from_dict(reviewer, where + ".reviewer")
        else:
            reviewer = UNSET
        obj = serde.new_object(cls)
        obj.id = _id
        obj.extended = extended
        obj.item = item
        obj.owner = owner
        obj.reviewer = reviewer
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
        }
        if self.extended is not UNSET:
            out["extended"] = self.extended.to_dict(request=request)
        if self.item is not UNSET:
            out["item"] = self.item.to_dict(request=request)
        if not request and self.owner is not UNSET:
            out["owner"] = serde.dump(self.owner, request)
        if self.reviewer is not UNSET:
            out["reviewer"] = serde.dump(self.reviewer, request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
