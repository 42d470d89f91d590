from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import _serde as serde
from .._serde import UNSET, Unset
from .entitlement_limits import EntitlementLimits


@dataclass(slots=True, kw_only=True)
class AdminGetOrganizationsResponseOrganizationsItem(serde.Model):
    """The AdminGetOrganizationsResponseOrganizationsItem object of the API."""

    id: int
    name: str
    created: datetime.datetime
    private_project_count: int
    logo: str | Unset = UNSET
    readme: str | Unset = UNSET
    experiments: list[str] | Unset = UNSET
    domain: str | Unset = UNSET
    whitelabel_id: int | Unset = UNSET
    billable: bool | Unset = UNSET
    entitlement_limits: EntitlementLimits | Unset = UNSET
    additional_properties: dict[str, Any] = field(default_factory=dict)

    _json_names: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
            "logo",
            "created",
            "readme",
            "experiments",
            "domain",
            "whitelabelId",
            "billable",
            "privateProjectCount",
            "entitlementLimits",
        }
    )

    @classmethod
    def from_dict(
        cls, data: Any, where: str = "AdminGetOrganizationsResponseOrganizationsItem"
    ) -> AdminGetOrganizationsResponseOrganizationsItem:
        """Read the model from JSON data; raises serde.ValidationError naming the field that is wrong."""
        if type(data) is not dict:
            raise serde.not_an_object(where, data)
        try:
            id = serde.int_(data["id"], where, "id")
            name = serde.str_(data["name"], where, "name")
            created = serde.datetime_(data["created"], where, "created")
            private_project_count = serde.int_(
                data["privateProjectCount"], where, "privateProjectCount"
            )
        except KeyError as exc:
            raise serde.missing(where, exc) from None
        logo = data.get("logo", UNSET)
        if logo is not UNSET:
            logo = serde.str_(logo, where, "logo")
        readme = data.get("readme", UNSET)
        if readme is not UNSET:
            readme = serde.str_(readme, where, "readme")
        experiments = data.get("experiments", UNSET)
        if experiments is not UNSET:
            experiments = serde.list_of(experiments, where, "experiments", serde.str_)
        domain = data.get("domain", UNSET)
        if domain is not UNSET:
            domain = serde.str_(domain, where, "domain")
        whitelabel_id = data.get("whitelabelId", UNSET)
        if whitelabel_id is not UNSET:
            whitelabel_id = serde.int_(whitelabel_id, where, "whitelabelId")
        billable = data.get("billable", UNSET)
        if billable is not UNSET:
            billable = serde.bool_(billable, where, "billable")
        entitlement_limits = data.get("entitlementLimits", UNSET)
        if entitlement_limits is not UNSET:
            entitlement_limits = EntitlementLimits.convert(
                entitlement_limits, where, "entitlementLimits"
            )
        return cls(
            id=id,
            name=name,
            created=created,
            private_project_count=private_project_count,
            logo=logo,
            readme=readme,
            experiments=experiments,
            domain=domain,
            whitelabel_id=whitelabel_id,
            billable=billable,
            entitlement_limits=entitlement_limits,
            additional_properties=serde.extras(data, cls._json_names),
        )

    def to_dict(self, *, request: bool = False) -> dict[str, Any]:
        """The model as JSON data; fields never set are left out, and read-only ones too when `request` is true."""
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "created": serde.format_datetime(self.created),
            "privateProjectCount": self.private_project_count,
        }
        if self.logo is not UNSET:
            out["logo"] = self.logo
        if self.readme is not UNSET:
            out["readme"] = self.readme
        if self.experiments is not UNSET:
            out["experiments"] = self.experiments
        if self.domain is not UNSET:
            out["domain"] = self.domain
        if self.whitelabel_id is not UNSET:
            out["whitelabelId"] = self.whitelabel_id
        if self.billable is not UNSET:
            out["billable"] = self.billable
        if self.entitlement_limits is not UNSET:
            out["entitlementLimits"] = self.entitlement_limits.to_dict(request=request)
        for key, value in self.additional_properties.items():
            out.setdefault(key, value)
        return out
