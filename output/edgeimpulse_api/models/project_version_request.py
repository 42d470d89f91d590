from __future__ import annotations

from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset


class ProjectVersionRequest(serde.Model):
    """The schema at `#/components/schemas/ProjectVersionRequest` of the API
    description.

    Attributes:
        description (str)
        make_public (bool): Whether to make this version available on a public URL.
        bucket_id (int, optional): Data bucket ID. Keep empty to store in Edge Impulse
            hosted storage.
        run_model_testing_while_versioning (bool, optional): Whether to run model
            testing when creating this version (if this value is omitted, it will use
            the current state of 'runModelTestingWhileVersioning' that is returned in
            ListVersionsResponse).
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "description",
        "make_public",
        "bucket_id",
        "run_model_testing_while_versioning",
        "additional_properties",
    )

    description: str
    make_public: bool
    bucket_id: int | Unset
    run_model_testing_while_versioning: bool | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {"bucketId", "description", "makePublic", "runModelTestingWhileVersioning"}
    )

    def __init__(
        self,
        *,
        description: str,
        make_public: bool,
        bucket_id: int | Unset = UNSET,
        run_model_testing_while_versioning: bool | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.description = description
        self.make_public = make_public
        self.bucket_id = bucket_id
        self.run_model_testing_while_versioning = run_model_testing_while_versioning
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "ProjectVersionRequest"
    ) -> ProjectVersionRequest:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            description = data["description"]
            make_public = data["makePublic"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        if type(description) is not str:
            description = serde.str_(description, where, "description")
        if type(make_public) is not bool:
            make_public = serde.bool_(make_public, where, "makePublic")
        found = 2  # declared properties in data
        if "bucketId" in data:
            found += 1
            bucket_id = data["bucketId"]
            if type(bucket_id) is not int:
                bucket_id = serde.int_(bucket_id, where, "bucketId")
        else:
            bucket_id = UNSET
        if "runModelTestingWhileVersioning" in data:
            found += 1
            run_model_testing_while_versioning = data["runModelTestingWhileVersioning"]
            if type(run_model_testing_while_versioning) is not bool:
                run_model_testing_while_versioning = serde.bool_(
                    run_model_testing_while_versioning,
                    where,
                    "runModelTestingWhileVersioning",
                )
        else:
            run_model_testing_while_versioning = UNSET
        obj = serde.new_object(cls)
        obj.description = description
        obj.make_public = make_public
        obj.bucket_id = bucket_id
        obj.run_model_testing_while_versioning = run_model_testing_while_versioning
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "description": self.description,
            "makePublic": self.make_public,
        }
        if self.bucket_id is not UNSET:
            out["bucketId"] = self.bucket_id
        if self.run_model_testing_while_versioning is not UNSET:
            out["runModelTestingWhileVersioning"] = (
                self.run_model_testing_while_versioning
            )
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
