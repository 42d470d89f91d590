"""Operations tagged 'Devices'."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .. import _runtime as rt
from .._serde import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_device_request import CreateDeviceRequest
    from ..models.generic_api_response import GenericApiResponse
    from ..models.get_device_response import GetDeviceResponse
    from ..models.keep_device_debug_stream_alive_request import (
        KeepDeviceDebugStreamAliveRequest,
    )
    from ..models.rename_device_request import RenameDeviceRequest
    from ..models.start_device_debug_stream_response import (
        StartDeviceDebugStreamResponse,
    )
    from ..models.start_device_snapshot_debug_stream_request import (
        StartDeviceSnapshotDebugStreamRequest,
    )
    from ..models.start_sampling_request import StartSamplingRequest
    from ..models.start_sampling_response import StartSamplingResponse
    from ..models.stop_device_debug_stream_request import StopDeviceDebugStreamRequest


class DevicesApi:
    """Operations tagged 'Devices'."""

    def __init__(self, client: rt.SyncCore) -> None:
        self._client = client

    def create_device(
        self,
        *,
        project_id: int,
        body: CreateDeviceRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Create device

        Create a new device. If you set `ifNotExists` to `false` and the device already
        exists, the `deviceType` will be overwritten.

        `POST /api/{projectId}/devices/create`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/devices/create",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="createDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def get_device(
        self,
        *,
        project_id: int,
        device_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDeviceResponse:
        """Get device

        Retrieves a single device

        `GET /api/{projectId}/device/{deviceId}`

        Args:
            project_id: Project ID
            device_id: Device ID
        """
        from ..models.get_device_response import GetDeviceResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/device/{deviceId}",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            operation_id="getDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GetDeviceResponse.convert))

    def keep_device_debug_stream_alive(
        self,
        *,
        project_id: int,
        device_id: str,
        body: KeepDeviceDebugStreamAliveRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Keep debug stream alive

        If you have opened a debug stream, ping this interface every 10 seconds to let
        us know to keep the debug stream open.

        `POST /api/{projectId}/device/{deviceId}/debug-stream/keep-alive`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/keep-alive",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="keepDeviceDebugStreamAlive",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def rename_device(
        self,
        *,
        project_id: int,
        device_id: str,
        body: RenameDeviceRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Rename device

        Set the current name for a device.

        `POST /api/{projectId}/devices/{deviceId}/rename`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/devices/{deviceId}/rename",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="renameDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))

    def start_device_snapshot_debug_stream(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StartDeviceSnapshotDebugStreamRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartDeviceDebugStreamResponse:
        """Start snapshot debug stream

        Start a snapshot debug stream for this device with a current camera view.
        Updates are streamed through the websocket API. A keep-alive token is returned,
        you'll need to ping the API (with keepDeviceDebugStreamAlive) every 10 seconds
        (so we know when the client is disconnected).

        `POST /api/{projectId}/device/{deviceId}/debug-stream/snapshot/start`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.start_device_debug_stream_response import (
            StartDeviceDebugStreamResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/snapshot/start",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="startDeviceSnapshotDebugStream",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(StartDeviceDebugStreamResponse.convert)
        )

    def start_sampling(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StartSamplingRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartSamplingResponse:
        """Start sampling

        Start sampling on a device. This function returns immediately. Updates are
        streamed through the websocket API.

        `POST /api/{projectId}/device/{deviceId}/start-sampling`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.start_sampling_response import StartSamplingResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/start-sampling",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="startSampling",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(
            request, rt.json_response(StartSamplingResponse.convert)
        )

    def stop_device_debug_stream(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StopDeviceDebugStreamRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Stop debug stream

        If you have opened a debug stream, close it.

        `POST /api/{projectId}/device/{deviceId}/debug-stream/stop`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/stop",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="stopDeviceDebugStream",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return self._client.send(request, rt.json_response(GenericApiResponse.convert))


class AsyncDevicesApi:
    """Operations tagged 'Devices'."""

    def __init__(self, client: rt.AsyncCore) -> None:
        self._client = client

    async def create_device(
        self,
        *,
        project_id: int,
        body: CreateDeviceRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Create device

        Create a new device. If you set `ifNotExists` to `false` and the device already
        exists, the `deviceType` will be overwritten.

        `POST /api/{projectId}/devices/create`

        Args:
            project_id: Project ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/devices/create",
            path_params={
                "projectId": project_id,
            },
            json_body=body,
            operation_id="createDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def get_device(
        self,
        *,
        project_id: int,
        device_id: str,
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GetDeviceResponse:
        """Get device

        Retrieves a single device

        `GET /api/{projectId}/device/{deviceId}`

        Args:
            project_id: Project ID
            device_id: Device ID
        """
        from ..models.get_device_response import GetDeviceResponse

        request = self._client.build_request(
            "GET",
            "/api/{projectId}/device/{deviceId}",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            operation_id="getDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GetDeviceResponse.convert)
        )

    async def keep_device_debug_stream_alive(
        self,
        *,
        project_id: int,
        device_id: str,
        body: KeepDeviceDebugStreamAliveRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Keep debug stream alive

        If you have opened a debug stream, ping this interface every 10 seconds to let
        us know to keep the debug stream open.

        `POST /api/{projectId}/device/{deviceId}/debug-stream/keep-alive`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/keep-alive",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="keepDeviceDebugStreamAlive",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def rename_device(
        self,
        *,
        project_id: int,
        device_id: str,
        body: RenameDeviceRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Rename device

        Set the current name for a device.

        `POST /api/{projectId}/devices/{deviceId}/rename`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/devices/{deviceId}/rename",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="renameDevice",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )

    async def start_device_snapshot_debug_stream(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StartDeviceSnapshotDebugStreamRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartDeviceDebugStreamResponse:
        """Start snapshot debug stream

        Start a snapshot debug stream for this device with a current camera view.
        Updates are streamed through the websocket API. A keep-alive token is returned,
        you'll need to ping the API (with keepDeviceDebugStreamAlive) every 10 seconds
        (so we know when the client is disconnected).

        `POST /api/{projectId}/device/{deviceId}/debug-stream/snapshot/start`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.start_device_debug_stream_response import (
            StartDeviceDebugStreamResponse,
        )

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/snapshot/start",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="startDeviceSnapshotDebugStream",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartDeviceDebugStreamResponse.convert)
        )

    async def start_sampling(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StartSamplingRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> StartSamplingResponse:
        """Start sampling

        Start sampling on a device. This function returns immediately. Updates are
        streamed through the websocket API.

        `POST /api/{projectId}/device/{deviceId}/start-sampling`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.start_sampling_response import StartSamplingResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/start-sampling",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="startSampling",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(StartSamplingResponse.convert)
        )

    async def stop_device_debug_stream(
        self,
        *,
        project_id: int,
        device_id: str,
        body: StopDeviceDebugStreamRequest | Mapping[str, Any],
        extra_headers: Mapping[str, str] | Unset = UNSET,
        extra_query: Mapping[str, Any] | Unset = UNSET,
        timeout: rt.TimeoutTypes | Unset = UNSET,
        deadline: float | None | Unset = UNSET,
    ) -> GenericApiResponse:
        """Stop debug stream

        If you have opened a debug stream, close it.

        `POST /api/{projectId}/device/{deviceId}/debug-stream/stop`

        Args:
            project_id: Project ID
            device_id: Device ID
            body: The request body (application/json).
        """
        from ..models.generic_api_response import GenericApiResponse

        request = self._client.build_request(
            "POST",
            "/api/{projectId}/device/{deviceId}/debug-stream/stop",
            path_params={
                "projectId": project_id,
                "deviceId": device_id,
            },
            json_body=body,
            operation_id="stopDeviceDebugStream",
            options=rt.CallOptions(extra_headers, extra_query, timeout, deadline),
        )
        return await self._client.send(
            request, rt.json_response(GenericApiResponse.convert)
        )
