"""Operations tagged 'trees'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plant_tree_response import PlantTreeResponse
    from ..models.tree_node import TreeNode


class TreesApi:
    """Operations tagged 'trees'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def plant_tree(
        self,
        *,
        body: TreeNode | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> PlantTreeResponse:
        """plantTree

        `POST /trees`

        Args:
            body: The request body (application/json).
        """
        from ..models.plant_tree_response import PlantTreeResponse

        request = self._client.build_request(
            "POST",
            "/trees",
            json_body=body,
            operation_id="plantTree",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(PlantTreeResponse.convert))


class AsyncTreesApi:
    """Operations tagged 'trees'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def plant_tree(
        self,
        *,
        body: TreeNode | Mapping[str, Any] | Unset = UNSET,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> PlantTreeResponse:
        """plantTree

        `POST /trees`

        Args:
            body: The request body (application/json).
        """
        from ..models.plant_tree_response import PlantTreeResponse

        request = self._client.build_request(
            "POST",
            "/trees",
            json_body=body,
            operation_id="plantTree",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(PlantTreeResponse.convert)
        )
