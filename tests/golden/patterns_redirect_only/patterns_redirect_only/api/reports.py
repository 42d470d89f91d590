"""Operations tagged 'reports'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_latest_report_response import GetLatestReportResponse


class ReportsApi:
    """Operations tagged 'reports'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def download_usage_report(
        self,
        *,
        month: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """Download the usage report

        A redirect to the CSV file.

        `GET /reports/usage`
        """

        request = self._client.build_request(
            "GET",
            "/reports/usage",
            query={
                "month": month,
            },
            follow_redirects=False,
            operation_id="downloadUsageReport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.location_response)

    def get_latest_report(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetLatestReportResponse:
        """getLatestReport

        `GET /reports/latest`
        """
        from ..models.get_latest_report_response import GetLatestReportResponse

        request = self._client.build_request(
            "GET",
            "/reports/latest",
            operation_id="getLatestReport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(GetLatestReportResponse.convert)
        )


class AsyncReportsApi:
    """Operations tagged 'reports'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def download_usage_report(
        self,
        *,
        month: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> str:
        """Download the usage report

        A redirect to the CSV file.

        `GET /reports/usage`
        """

        request = self._client.build_request(
            "GET",
            "/reports/usage",
            query={
                "month": month,
            },
            follow_redirects=False,
            operation_id="downloadUsageReport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.location_response)

    async def get_latest_report(
        self,
        *,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetLatestReportResponse:
        """getLatestReport

        `GET /reports/latest`
        """
        from ..models.get_latest_report_response import GetLatestReportResponse

        request = self._client.build_request(
            "GET",
            "/reports/latest",
            operation_id="getLatestReport",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetLatestReportResponse.convert)
        )
