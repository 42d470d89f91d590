"""The committed Edge Impulse client (output/) against a real HTTP server on 127.0.0.1, sync and async alike."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

API_KEY = "ei_0123456789abcdef0123456789abcdef"


class Api:
    """Calls `group.method(**kwargs)` on a fresh Client or AsyncClient pointed at the test server."""

    def __init__(self, ei: ModuleType, flavour: str, base_url: str, **client_kwargs: Any) -> None:
        self.ei = ei
        self.flavour = flavour
        self.base_url = base_url
        self.client_kwargs = {"api_key_authentication": API_KEY, "max_retries": 0, **client_kwargs}

    def __call__(self, dotted: str, **kwargs: Any) -> Any:
        group, method = dotted.split(".")
        if self.flavour == "sync":
            with self.ei.Client(base_url=self.base_url, **self.client_kwargs) as client:
                return getattr(getattr(client, group), method)(**kwargs)

        async def go() -> Any:
            async with self.ei.AsyncClient(base_url=self.base_url, **self.client_kwargs) as client:
                return await getattr(getattr(client, group), method)(**kwargs)

        return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest, ei: ModuleType, httpserver: HTTPServer) -> Api:
    return Api(ei, request.param, httpserver.url_for("/v1"))


def only_request(httpserver: HTTPServer) -> Request:
    assert len(httpserver.log) == 1, [r.url for r, _ in httpserver.log]
    return httpserver.log[0][0]


def test_whitelabel_admin_add_organization_api_key(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(
        "/v1/api/organizations/12/whitelabel/organizations/34/apiKeys", method="POST"
    ).respond_with_json({"success": True, "id": 99, "apiKey": "ei_new", "serverAddedField": [1, 2]})
    body = api.ei.models.AdminAddOrganizationApiKeyRequest(name="ci key", role="admin", ttl=60)
    result = api("organizations.whitelabel_admin_add_organization_api_key", organization_id=12, inner_organization_id=34, body=body)
    httpserver.check_assertions()
    sent = only_request(httpserver)
    assert sent.method == "POST"
    assert sent.path == "/v1/api/organizations/12/whitelabel/organizations/34/apiKeys"
    assert sent.query_string == b""
    assert sent.headers["x-api-key"] == API_KEY
    assert sent.headers["Content-Type"] == "application/json"
    assert sent.headers["Accept"] == "application/json"
    assert sent.headers["User-Agent"].startswith("edgeimpulse_api/1.0.0")
    assert "Cookie" not in sent.headers and "Authorization" not in sent.headers
    assert json.loads(sent.get_data()) == {"name": "ci key", "role": "admin", "ttl": 60}
    assert isinstance(result, api.ei.models.AddApiKeyResponse)
    assert (result.success, result.id, result.api_key) == (True, 99, "ei_new")
    assert result.error is api.ei.UNSET
    assert result.additional_properties == {"serverAddedField": [1, 2]}


def test_body_as_plain_dict(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/organizations/1/whitelabel/organizations/2/apiKeys").respond_with_json(
        {"success": True, "id": 1, "apiKey": "k"}
    )
    api(
        "organizations.whitelabel_admin_add_organization_api_key",
        organization_id=1,
        inner_organization_id=2,
        body={"name": "n", "role": "member"},
    )
    assert json.loads(only_request(httpserver).get_data()) == {"name": "n", "role": "member"}


def test_get_with_query_parameters(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/organizations/5/data", method="GET").respond_with_json(
        {
            "success": True,
            "filterParseError": "",
            "data": [],
            "totalFileCount": 0,
            "totalDataItemCount": 0,
        }
    )
    result = api(
        "organization_data.list_organization_data",
        organization_id=5,
        dataset="my set",
        filter="name = 'a&b'",
        limit=20,
        offset=40,
    )
    sent = only_request(httpserver)
    assert sent.method == "GET"
    assert sent.query_string == b"dataset=my+set&filter=name+%3D+%27a%26b%27&limit=20&offset=40"
    assert sent.args.to_dict() == {"dataset": "my set", "filter": "name = 'a&b'", "limit": "20", "offset": "40"}
    assert sent.get_data() == b""
    # A list that pages by limit/offset: the call returns its first page, the parsed response as `.response`.
    assert result.response.success is True and result.items == [] and result.response.total_file_count == 0


def test_unset_query_parameters_are_left_out(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/organizations/5/data").respond_with_json(
        {"success": True, "data": [], "totalFileCount": 0, "totalDataItemCount": 0}
    )
    api("organization_data.list_organization_data", organization_id=5, limit=3)
    assert only_request(httpserver).query_string == b"limit=3"


def test_binary_download(api: Api, httpserver: HTTPServer) -> None:
    payload = bytes(range(256)) * 64
    httpserver.expect_oneshot_request(
        "/v1/api/organizations/3/data/7/files/download", method="GET", query_string="fileName=a%2Fb.bin"
    ).respond_with_data(payload, content_type="application/octet-stream")
    result = api("organization_data.download_organization_data_file", organization_id=3, data_id=7, file_name="a/b.bin")
    httpserver.check_assertions()
    assert result == payload


def test_zip_download(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/77/deployment/download").respond_with_data(
        b"PK\x03\x04zip", content_type="application/zip"
    )
    assert api("deployment.download_build", project_id=77, type="zip") == b"PK\x03\x04zip"
    assert only_request(httpserver).args["type"] == "zip"


def test_text_download(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/1/jobs/2/stdout/download").respond_with_data(
        "line 1\nline 2 ✓\n", content_type="text/plain; charset=utf-8"
    )
    assert api("jobs.download_jobs_logs", project_id=1, job_id=2) == "line 1\nline 2 ✓\n"


def test_json_body_with_nested_response(api: Api, httpserver: HTTPServer) -> None:
    # The server decodes %2F for matching; the raw request line proves the slash stayed inside one segment.
    httpserver.expect_oneshot_request("/v1/api/9/devices/dev/1/rename", method="POST").respond_with_json(
        {"success": True}
    )
    result = api("devices.rename_device", project_id=9, device_id="dev/1", body={"name": "kitchen"})
    sent = only_request(httpserver)
    assert sent.environ["RAW_URI"] == "/v1/api/9/devices/dev%2F1/rename"
    assert json.loads(sent.get_data()) == {"name": "kitchen"}
    assert result.success is True


def test_multipart_upload(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/4/pretrained-model/upload", method="POST").respond_with_json(
        {"success": True, "id": 5}
    )
    body = api.ei.models.UploadPretrainedModelRequest(
        model_file=("model.tflite", b"\x00TFL3", "application/octet-stream"),
        model_file_name="model.tflite",
        model_file_type="tflite",
        override_input_shape=[1, 96, 96, 3],
    )
    api("learn.upload_pretrained_model", project_id=4, body=body)
    sent = only_request(httpserver)
    assert sent.mimetype == "multipart/form-data"
    assert sent.form.to_dict(flat=False) == {
        "modelFileName": ["model.tflite"],
        "modelFileType": ["tflite"],
        "overrideInputShape": ["1", "96", "96", "3"],
    }
    upload = sent.files["modelFile"]
    assert (upload.filename, upload.read(), upload.mimetype) == ("model.tflite", b"\x00TFL3", "application/octet-stream")


def test_error_status_raises_with_details(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/organizations/1/buckets/2").respond_with_json(
        {"success": False, "error": "Bucket not found"}, status=404, headers={"x-request-id": "req-1"}
    )
    with pytest.raises(api.ei.NotFoundError) as caught:
        api("organization_data.get_organization_bucket", organization_id=1, bucket_id=2)
    error = caught.value
    assert isinstance(error, api.ei.APIStatusError) and isinstance(error, api.ei.APIError)
    assert error.status_code == 404
    assert error.headers["x-request-id"] == "req-1" and error.request_id == "req-1"
    assert json.loads(error.content) == {"success": False, "error": "Bucket not found"}
    assert error.body == {"success": False, "error": "Bucket not found"}
    assert "Bucket not found" in str(error) and "404" in str(error)
    assert API_KEY not in str(error) and API_KEY not in repr(error)


def test_server_error_is_internal_server_error(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/v1/api/user/subscription/metrics").respond_with_data("boom", status=503)
    with pytest.raises(api.ei.InternalServerError) as caught:
        api("user.user_get_subscription_metrics")
    assert caught.value.status_code == 503 and caught.value.content == b"boom"


def test_response_not_matching_schema_names_the_field(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/api/organizations/1/whitelabel/organizations/2/apiKeys").respond_with_json(
        {"success": True, "id": "not a number", "apiKey": "k"}
    )
    with pytest.raises(api.ei.APIResponseValidationError) as caught:
        api(
            "organizations.whitelabel_admin_add_organization_api_key",
            organization_id=1,
            inner_organization_id=2,
            body={"name": "n", "role": "admin"},
        )
    assert "response.id" in str(caught.value) and "expected an integer" in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "check"),
    [
        ({"jwt_authentication": "jwt-value"}, lambda r: r.headers["Cookie"] == "jwt=jwt-value"),
        ({"jwt_http_header_authentication": "tok"}, lambda r: r.headers["x-jwt-token"] == "tok"),
        ({"oauth2": "bearer-token"}, lambda r: r.headers["Authorization"] == "Bearer bearer-token"),
    ],
)
def test_every_security_scheme(
    ei: ModuleType, httpserver: HTTPServer, kwargs: dict[str, str], check: Callable[[Request], bool]
) -> None:
    httpserver.expect_oneshot_request("/api/user/subscription/metrics").respond_with_json({"success": True})
    with ei.Client(base_url=httpserver.url_for("/"), **kwargs) as client:
        client.user.user_get_subscription_metrics()
    sent = only_request(httpserver)
    assert check(sent)
    assert "x-api-key" not in sent.headers


def test_secrets_never_in_repr(ei: ModuleType) -> None:
    client = ei.Client(api_key_authentication=API_KEY, oauth2="bearer-secret")
    assert API_KEY not in repr(client) and "bearer-secret" not in repr(client)
    assert client.base_url == "https://studio.edgeimpulse.com/v1"


def test_retries_idempotent_request_after_503(ei: ModuleType, httpserver: HTTPServer) -> None:
    calls: list[int] = []

    def handler(request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            return Response("busy", status=503, headers={"Retry-After": "0"})
        return Response(json.dumps({"success": True}), content_type="application/json")

    httpserver.expect_request("/api/user/subscription/metrics").respond_with_handler(handler)
    with ei.Client(base_url=httpserver.url_for("/"), max_retries=2) as client:
        result = client.user.user_get_subscription_metrics()
    assert len(calls) == 2 and result.success is True


def test_binary_download_streams_to_a_file(api: Api, httpserver: HTTPServer, tmp_path: Any) -> None:
    payload = bytes(range(256)) * 4096  # 1 MiB, above the client's limit below: a file is not held in memory
    httpserver.expect_request("/v1/api/77/deployment/download").respond_with_data(payload, content_type="application/zip")
    api.client_kwargs["max_response_bytes"] = 64 * 1024
    target = tmp_path / "build.zip"
    assert api("deployment.download_build", project_id=77, type="zip", to_file=target) == b""
    assert target.read_bytes() == payload
    with open(tmp_path / "second.zip", "wb") as handle:
        api("deployment.download_build", project_id=77, type="zip", to_file=handle)
    assert (tmp_path / "second.zip").read_bytes() == payload
    with pytest.raises(api.ei.ResponseTooLargeError):
        api("deployment.download_build", project_id=77, type="zip")
