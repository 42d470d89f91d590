"""Operations tagged 'styles'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pair import Pair


class StylesApi:
    """Operations tagged 'styles'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def path_styles(
        self,
        *,
        simple: list[int],
        simple_obj: Pair,
        label: list[str],
        label_exploded: list[str],
        matrix: str,
        matrix_exploded: list[int],
        matrix_obj: Pair,
        x_filter: Pair | Unset = UNSET,
        x_plain_filter: Pair | Unset = UNSET,
        x_ids: list[int] | Unset = UNSET,
        prefs: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """pathStyles

        `GET
        /s/{simple}/{simpleObj}/{label}/{labelExploded}/{matrix}/{matrixExploded}/{matrixObj}`
        """

        request = self._client.build_request(
            "GET",
            "/s/{simple}/{simpleObj}/{label}/{labelExploded}/{matrix}/{matrixExploded}/{matrixObj}",
            path_params={
                "simple": simple,
                "simpleObj": simple_obj,
                "label": label,
                "labelExploded": label_exploded,
                "matrix": matrix,
                "matrixExploded": matrix_exploded,
                "matrixObj": matrix_obj,
            },
            headers={
                "X-Filter": x_filter,
                "X-Plain-Filter": x_plain_filter,
                "X-Ids": x_ids,
            },
            cookies={
                "prefs": prefs,
            },
            styles={
                ("path", "simpleObj"): ("simple", True),
                ("path", "label"): ("label", False),
                ("path", "labelExploded"): ("label", True),
                ("path", "matrix"): ("matrix", False),
                ("path", "matrixExploded"): ("matrix", True),
                ("path", "matrixObj"): ("matrix", False),
                ("header", "X-Filter"): ("simple", True),
                ("cookie", "prefs"): ("form", False),
            },
            operation_id="pathStyles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)

    def query_styles(
        self,
        *,
        spaced: list[str] | Unset = UNSET,
        piped: list[int] | Unset = UNSET,
        filter: Pair | Unset = UNSET,
        plain: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """queryStyles

        `GET /q`
        """

        request = self._client.build_request(
            "GET",
            "/q",
            query={
                "spaced": spaced,
                "piped": piped,
                "filter": filter,
                "plain": plain,
            },
            styles={
                ("query", "spaced"): ("spaceDelimited", False),
                ("query", "piped"): ("pipeDelimited", False),
                ("query", "filter"): ("deepObject", True),
            },
            operation_id="queryStyles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.empty_response)


class AsyncStylesApi:
    """Operations tagged 'styles'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def path_styles(
        self,
        *,
        simple: list[int],
        simple_obj: Pair,
        label: list[str],
        label_exploded: list[str],
        matrix: str,
        matrix_exploded: list[int],
        matrix_obj: Pair,
        x_filter: Pair | Unset = UNSET,
        x_plain_filter: Pair | Unset = UNSET,
        x_ids: list[int] | Unset = UNSET,
        prefs: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """pathStyles

        `GET
        /s/{simple}/{simpleObj}/{label}/{labelExploded}/{matrix}/{matrixExploded}/{matrixObj}`
        """

        request = self._client.build_request(
            "GET",
            "/s/{simple}/{simpleObj}/{label}/{labelExploded}/{matrix}/{matrixExploded}/{matrixObj}",
            path_params={
                "simple": simple,
                "simpleObj": simple_obj,
                "label": label,
                "labelExploded": label_exploded,
                "matrix": matrix,
                "matrixExploded": matrix_exploded,
                "matrixObj": matrix_obj,
            },
            headers={
                "X-Filter": x_filter,
                "X-Plain-Filter": x_plain_filter,
                "X-Ids": x_ids,
            },
            cookies={
                "prefs": prefs,
            },
            styles={
                ("path", "simpleObj"): ("simple", True),
                ("path", "label"): ("label", False),
                ("path", "labelExploded"): ("label", True),
                ("path", "matrix"): ("matrix", False),
                ("path", "matrixExploded"): ("matrix", True),
                ("path", "matrixObj"): ("matrix", False),
                ("header", "X-Filter"): ("simple", True),
                ("cookie", "prefs"): ("form", False),
            },
            operation_id="pathStyles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)

    async def query_styles(
        self,
        *,
        spaced: list[str] | Unset = UNSET,
        piped: list[int] | Unset = UNSET,
        filter: Pair | Unset = UNSET,
        plain: list[str] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> None:
        """queryStyles

        `GET /q`
        """

        request = self._client.build_request(
            "GET",
            "/q",
            query={
                "spaced": spaced,
                "piped": piped,
                "filter": filter,
                "plain": plain,
            },
            styles={
                ("query", "spaced"): ("spaceDelimited", False),
                ("query", "piped"): ("pipeDelimited", False),
                ("query", "filter"): ("deepObject", True),
            },
            operation_id="queryStyles",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(request, rt.empty_response)
