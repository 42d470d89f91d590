from __future__ import annotations

import datetime
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .entitlement_limits import EntitlementLimits


class AdminGetOrganizationsResponseOrganizationsItem(serde.Model):
    """The schema at
    `#/components/schemas/AdminGetOrganizationsResponse/allOf/1/properties/organizations/items`
    of the API description.

    Attributes:
        created (datetime.datetime)
        id (int)
        name (str)
        private_project_count (int)
        billable (bool, optional)
        domain (str, optional)
        entitlement_limits (EntitlementLimits, optional)
        experiments (list[str], optional)
        logo (str, optional)
        readme (str, optional)
        whitelabel_id (int, optional)
        additional_properties (dict[str, Any]): The properties the schema does not
            declare.
    """

    __slots__ = (
        "created",
        "id",
        "name",
        "private_project_count",
        "billable",
        "domain",
        "entitlement_limits",
        "experiments",
        "logo",
        "readme",
        "whitelabel_id",
        "additional_properties",
    )

    created: datetime.datetime
    id: int
    name: str
    private_project_count: int
    billable: bool | Unset
    domain: str | Unset
    entitlement_limits: EntitlementLimits | Unset
    experiments: list[str] | Unset
    logo: str | Unset
    readme: str | Unset
    whitelabel_id: int | Unset
    additional_properties: dict[str, Any]

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "billable",
            "created",
            "domain",
            "entitlementLimits",
            "experiments",
            "id",
            "logo",
            "name",
            "privateProjectCount",
            "readme",
            "whitelabelId",
        }
    )

    def __init__(
        self,
        *,
        created: datetime.datetime,
        id: int,
        name: str,
        private_project_count: int,
        billable: bool | Unset = UNSET,
        domain: str | Unset = UNSET,
        entitlement_limits: EntitlementLimits | Unset = UNSET,
        experiments: list[str] | Unset = UNSET,
        logo: str | Unset = UNSET,
        readme: str | Unset = UNSET,
        whitelabel_id: int | Unset = UNSET,
        additional_properties: dict[str, Any] | None = None,
    ) -> None:
        self.created = created
        self.id = id
        self.name = name
        self.private_project_count = private_project_count
        self.billable = billable
        self.domain = domain
        self.entitlement_limits = entitlement_limits
        self.experiments = experiments
        self.logo = logo
        self.readme = readme
        self.whitelabel_id = whitelabel_id
        self.additional_properties = additional_properties or {}

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminGetOrganizationsResponseOrganizationsItem"
    ) -> AdminGetOrganizationsResponseOrganizationsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            return serde.mismatch(where, "", "an object", data)
        try:
            created = data["created"]
            _id = data["id"]
            name = data["name"]
            private_project_count = data["privateProjectCount"]
        except KeyError as exc:  # an error, unless the client reads leniently
            data = serde.missing(where, exc, data)
            return cls.from_dict(data, where)
        created = serde.datetime_(created, where, "created")
        if type(_id) is not int:
            _id = serde.int_(_id, where, "id")
        if type(name) is not str:
            name = serde.str_(name, where, "name")
        if type(private_project_count) is not int:
            private_project_count = serde.int_(
                private_project_count, where, "privateProjectCount"
            )
        found = 4  # declared properties in data
        if "billable" in data:
            found += 1
            billable = data["billable"]
            if type(billable) is not bool:
                billable = serde.bool_(billable, where, "billable")
        else:
            billable = UNSET
        if "domain" in data:
            found += 1
            domain = data["domain"]
            if type(domain) is not str:
                domain = serde.str_(domain, where, "domain")
        else:
            domain = UNSET
        if "entitlementLimits" in data:
            found += 1
            entitlement_limits = data["entitlementLimits"]
            entitlement_limits = EntitlementLimits.from_dict(
                entitlement_limits, where + ".entitlementLimits"
            )
        else:
            entitlement_limits = UNSET
        if "experiments" in data:
            found += 1
            experiments = data["experiments"]
            experiments = serde.str_list(experiments, where, "experiments")
        else:
            experiments = UNSET
        if "logo" in data:
            found += 1
            logo = data["logo"]
            if type(logo) is not str:
                logo = serde.str_(logo, where, "logo")
        else:
            logo = UNSET
        if "readme" in data:
            found += 1
            readme = data["readme"]
            if type(readme) is not str:
                readme = serde.str_(readme, where, "readme")
        else:
            readme = UNSET
        if "whitelabelId" in data:
            found += 1
            whitelabel_id = data["whitelabelId"]
            if type(whitelabel_id) is not int:
                whitelabel_id = serde.int_(whitelabel_id, where, "whitelabelId")
        else:
            whitelabel_id = UNSET
        obj = serde.new_object(cls)
        obj.created = created
        obj.id = _id
        obj.name = name
        obj.private_project_count = private_project_count
        obj.billable = billable
        obj.domain = domain
        obj.entitlement_limits = entitlement_limits
        obj.experiments = experiments
        obj.logo = logo
        obj.readme = readme
        obj.whitelabel_id = whitelabel_id
        if len(data) == found:
            obj.additional_properties = {}
        else:
            obj.additional_properties = serde.extras(data, cls._json_names)
        return obj

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "created": serde.format_datetime(self.created),
            "id": self.id,
            "name": self.name,
            "privateProjectCount": self.private_project_count,
        }
        if self.billable is not UNSET:
            out["billable"] = self.billable
        if self.domain is not UNSET:
            out["domain"] = self.domain
        if self.entitlement_limits is not UNSET:
            out["entitlementLimits"] = self.entitlement_limits.to_dict(request=request)
        if self.experiments is not UNSET:
            out["experiments"] = self.experiments
        if self.logo is not UNSET:
            out["logo"] = self.logo
        if self.readme is not UNSET:
            out["readme"] = self.readme
        if self.whitelabel_id is not UNSET:
            out["whitelabelId"] = self.whitelabel_id
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
