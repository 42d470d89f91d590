from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde


class UpdateOrganizationDatasetRequestBucket(serde.Model):
    """The schema at
    `#/components/schemas/UpdateOrganizationDatasetRequest/properties/bucket` of the
    API description.

    Attributes:
        data_item_naming_levels_deep (int): Number of levels deep for data items, e.g.
            if you have folder "test/abc", with value 1 "test" will be a data item, with
            value 2 "test/abc" will be a data item. Only used for "clinical" datasets.
        id (int): Bucket ID
        path (str): Path in the bucket
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = ("data_item_naming_levels_deep", "id", "path", "additional_properties")

    data_item_naming_levels_deep: int
    id: int
    path: str
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"dataItemNamingLevelsDeep", "id", "path"}
    )

    def __init__(
        self,
        *,
        data_item_naming_levels_deep: int,
        id: int,
        path: str,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.data_item_naming_levels_deep = data_item_naming_levels_deep
        self.id = id
        self.path = path
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "UpdateOrganizationDatasetRequestBucket"
    ) -> UpdateOrganizationDatasetRequestBucket:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            data_item_naming_levels_deep = data["dataItemNamingLevelsDeep"]
            _id = data["id"]
            path = data["path"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(data_item_naming_levels_deep) is not int:
            data_item_naming_levels_deep = serde.int_(
                data_item_naming_levels_deep, where, "dataItemNamingLevelsDeep"
            )
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(path) is not str:
            path = serde.str_(path, where, "path")
        obj = serde.new_object(cls)
        obj.data_item_naming_levels_deep = data_item_naming_levels_deep
        obj.id = _id
        obj.path = path
        if len(data) == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "dataItemNamingLevelsDeep": self.data_item_naming_levels_deep,
            "id": self.id,
            "path": self.path,
        }
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
