"""Parameter styles, body encodings and lenient reading (tests/specs/styles_encodings.yaml), live on 127.0.0.1."""

from __future__ import annotations

import email.parser
import email.policy
import logging
import re
from types import ModuleType
from urllib.parse import parse_qsl

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request

from .conftest import SPECS, generate, import_fresh
from .test_operations import Call, sent


@pytest.fixture(scope="module")
def styles(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    out = tmp_path_factory.mktemp("styles_encodings")
    generate(SPECS / "styles_encodings.yaml", out, "styles_client")
    return import_fresh(out, "styles_client")


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, styles: ModuleType, httpserver: HTTPServer) -> Call:
    return Call(styles, request.param, httpserver.url_for("/v1"))


def test_path_header_and_cookie_styles(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(re.compile("^/v1/s/"), method="GET").respond_with_data("", status=204)
    pair = call.pkg.models.Pair(a="x y", b=2)
    call(
        "styles.path_styles",
        simple=[1, 2],
        simple_obj=pair,
        label=["x y", "z,w"],
        label_exploded=["a", "b/c"],
        matrix="..",
        matrix_exploded=[1, 2],
        matrix_obj={"a": "x", "b": 2},
        x_filter=pair,
        x_plain_filter={"a": "x", "b": 2},
        x_ids=[3, 4],
        prefs=["p", "q"],
    )
    request = sent(httpserver)
    # RFC 6570: each value percent-encoded, the style's own delimiters left as they are
    assert request.environ["RAW_URI"] == (
        "/v1/s/1,2/a=x%20y,b=2/.x%20y,z%2Cw/.a.b%2Fc/;matrix=%2E%2E"
        "/;matrixExploded=1;matrixExploded=2/;matrixObj=a,x,b,2"
    )
    assert request.headers["X-Filter"] == "a=x y,b=2"
    assert request.headers["X-Plain-Filter"] == "a,x,b,2"
    assert request.headers["X-Ids"] == "3,4"
    assert request.headers["Cookie"] == "prefs=p,q"


def test_query_styles(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/q", method="GET").respond_with_data("", status=204)
    pair = call.pkg.models.Pair(a="x y", b=2)
    call("styles.query_styles", spaced=["a", "b,c"], piped=[1, 2], filter=pair, plain=["p", "q"])
    request = sent(httpserver)
    assert parse_qsl(request.query_string.decode(), keep_blank_values=True) == [
        ("spaced", "a b,c"),  # spaceDelimited: one value, joined by spaces
        ("piped", "1|2"),  # pipeDelimited
        ("filter[a]", "x y"),  # deepObject: one pair per property
        ("filter[b]", "2"),
        ("plain", "p"),  # form, exploded (the default): one pair per item
        ("plain", "q"),
    ]


def test_form_body_follows_its_encoding(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/form", method="POST").respond_with_data("", status=204)
    call("bodies.send_form", body={"tags": ["a", "b"], "ids": [1, 2], "filter": {"a": "x", "b": 2}, "piped": ["p", "q"]})
    request = sent(httpserver)
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert parse_qsl(request.get_data(as_text=True)) == [
        ("tags", "a,b"),  # explode: false
        ("ids", "1"),  # form, exploded: the default
        ("ids", "2"),
        ("filter[a]", "x"),  # deepObject
        ("filter[b]", "2"),
        ("piped", "p|q"),  # pipeDelimited
    ]


def _parts(request: Request) -> list[tuple[str, str | None, str | None, bytes]]:
    """(name, filename, content type, content) of each part, read from the raw body."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.get_data())
    parts = []
    for part in message.iter_parts():
        disposition = part.get("Content-Disposition")
        parts.append(
            (
                disposition.params["name"],
                disposition.params.get("filename"),
                part.get("Content-Type"),
                part.get_payload(decode=True),
            )
        )
    return parts


def test_multipart_parts_get_the_content_types_of_their_encoding(call: Call, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/v1/upload", method="POST").respond_with_data("", status=204)
    call(
        "bodies.upload",
        body=call.pkg.models.UploadBody(
            image=b"\x89PNG",
            images=[b"j1", ("given.gif", b"g1", "image/gif")],
            meta=call.pkg.models.Pair(a="x", b=1),
            note="# hi",
            count=3,
            raw=b"r",
        ),
    )
    parts = _parts(sent(httpserver))
    assert [filename for name, filename, _, _ in parts if name == "image"] == ["image"]  # a file part, bytes given
    assert sorted((name, ctype, data) for name, _, ctype, data in parts) == [
        ("count", None, b"3"),  # a plain field: no type of its own
        ("image", "image/png", b"\x89PNG"),  # from the encoding
        ("images", "image/gif", b"g1"),  # the caller's own type wins
        ("images", "image/jpeg", b"j1"),  # the first of "image/jpeg, image/png"
        ("meta", "application/json", b'{"a":"x","b":1}'),  # objects are JSON parts
        ("note", "text/markdown", b"# hi"),  # a field with a type from the encoding
        ("raw", "application/octet-stream", b"r"),  # "image/*" names no concrete type
    ]


THING = {"id": 7, "name": "n", "child": {"x": 1}, "when": "2024-01-02T03:04:05Z", "tags": ["t"], "either": 3}
WRONG = {"id": "seven", "when": "yesterday", "tags": [1], "child": {"y": 1}, "either": "neither", "extra": True}


def test_responses_that_do_not_match_raise_unless_read_leniently(
    call: Call, httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_oneshot_request("/v1/thing").respond_with_json(THING)
    assert call("reading.get_thing").to_dict() == THING
    httpserver.expect_oneshot_request("/v1/thing").respond_with_json(WRONG)
    with pytest.raises(call.pkg.APIResponseValidationError, match="required property 'name' is missing"):
        call("reading.get_thing")

    httpserver.expect_oneshot_request("/v1/thing").respond_with_json(WRONG)
    lenient = Call(call.pkg, call.flavour, call.base_url, lenient_responses=True)
    with caplog.at_level(logging.WARNING, logger="styles_client"):
        thing = lenient("reading.get_thing")
    assert type(thing).__name__ == "Thing"
    assert thing.id == "seven" and thing.when == "yesterday" and thing.tags == [1] and thing.either == "neither"
    assert thing.name is call.pkg.UNSET  # missing, though required
    assert type(thing.child).__name__ == "Child" and thing.child.x is call.pkg.UNSET
    assert thing.additional_properties == {"extra": True}
    warned = sorted(r.getMessage().rsplit(": ", 2)[1] for r in caplog.records if r.name == "styles_client")
    assert warned == [
        "response.child.x",
        "response.either",
        "response.id",
        "response.name",
        "response.tags",
        "response.when",
    ], [r.getMessage() for r in caplog.records]

    httpserver.expect_oneshot_request("/v1/thing").respond_with_json(THING)  # lenient does not change good data
    assert lenient("reading.get_thing").to_dict() == THING
