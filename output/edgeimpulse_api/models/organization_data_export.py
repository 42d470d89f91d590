from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .created_updated_by_user import CreatedUpdatedByUser


class OrganizationDataExport(serde.Model):
    """The schema at `#/components/schemas/OrganizationDataExport` of the API
    description.

    Attributes:
        created (datetime.datetime)
        expiration_date (datetime.datetime): Date when the export will expire. Default
            is 30 days. Maximum expiration date is 60 days from the creation date.
        id (int)
        job_finished (bool)
        job_finished_successful (bool)
        job_id (int)
        created_by_user (CreatedUpdatedByUser, optional)
        description (str, optional): Description of the data export
        download_url (str, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "expiration_date",
        "id",
        "job_finished",
        "job_finished_successful",
        "job_id",
        "created_by_user",
        "description",
        "download_url",
        "additional_properties",
    )

    created: datetime.datetime
    expiration_date: datetime.datetime
    id: int
    job_finished: bool
    job_finished_successful: bool
    job_id: int
    created_by_user: CreatedUpdatedByUser | Unset
    description: str | Unset
    download_url: str | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "created",
            "createdByUser",
            "description",
            "downloadUrl",
            "expirationDate",
            "id",
            "jobFinished",
            "jobFinishedSuccessful",
            "jobId",
        }
    )

    def __init__(
        self,
        *,
        created: datetime.datetime,
        expiration_date: datetime.datetime,
        id: int,
        job_finished: bool,
        job_finished_successful: bool,
        job_id: int,
        created_by_user: CreatedUpdatedByUser | Unset = UNSET,
        description: str | Unset = UNSET,
        download_url: str | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.expiration_date = expiration_date
        self.id = id
        self.job_finished = job_finished
        self.job_finished_successful = job_finished_successful
        self.job_id = job_id
        self.created_by_user = created_by_user
        self.description = description
        self.download_url = download_url
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "OrganizationDataExport"
    ) -> OrganizationDataExport:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            expiration_date = data["expirationDate"]
            _id = data["id"]
            job_finished = data["jobFinished"]
            job_finished_successful = data["jobFinishedSuccessful"]
            job_id = data["jobId"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        expiration_date = serde.datetime_(expiration_date, where, "expirationDate")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(job_finished) is not bool:
            job_finished = serde.bool_(job_finished, where, "jobFinished")
        if type(job_finished_successful) is not bool:
            job_finished_successful = serde.bool_(
                job_finished_successful, where, "jobFinishedSuccessful"
            )
        if type(job_id) is not int:
            job_id = serde.int_(job_id, where, "jobId")
        found = 6  # declared properties in data
        if "createdByUser" in data:
            found += 1
            created_by_user = data["createdByUser"]
            created_by_user = CreatedUpdatedByUser.from_dict(
                created_by_user, where + ".createdByUser"
            )
        else:
            created_by_user = UNSET
        if "description" in data:
            found += 1
            description = data["description"]
            if type(description) is not str:
                description = serde.str_(description, where, "description")
        else:
            description = UNSET
        if "downloadUrl" in data:
            found += 1
            download_url = data["downloadUrl"]
            if type(download_url) is not str:
                download_url = serde.str_(download_url, where, "downloadUrl")
        else:
            download_url = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.expiration_date = expiration_date
        obj.id = _id
        obj.job_finished = job_finished
        obj.job_finished_successful = job_finished_successful
        obj.job_id = job_id
        obj.created_by_user = created_by_user
        obj.description = description
        obj.download_url = download_url
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "expirationDate": serde.format_datetime(self.expiration_date),
            "id": self.id,
            "jobFinished": self.job_finished,
            "jobFinishedSuccessful": self.job_finished_successful,
            "jobId": self.job_id,
        }
        if self.created_by_user is not UNSET:
            out["createdByUser"] = self.created_by_user.to_dict(request=request)
        if self.description is not UNSET:
            out["description"] = self.description
        if self.download_url is not UNSET:
            out["downloadUrl"] = self.download_url
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
