"""Exceptions raised by the client. Catch `APIError` for all of them.

APIError
├── APIConnectionError          the server could not be reached
│   └── APITimeoutError         it did not answer in time
├── APIResponseValidationError  it answered with data that does not match the API description
├── ResponseTooLargeError       its answer is larger than max_response_bytes
└── APIStatusError              it answered with a status code of 400 or more
    ├── BadRequestError (400), AuthenticationError (401), PermissionDeniedError (403), NotFoundError (404),
    ├── ConflictError (409), UnprocessableEntityError (422), RateLimitError (429)
    └── InternalServerError (500 and above)
"""

from __future__ import annotations

from typing import Any

import httpx


class APIError(Exception):
    """Base class of every error this client raises."""

    def __init__(self, message: str, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The request did not reach the server, or the connection broke before an answer came."""


class APITimeoutError(APIConnectionError):
    """The server did not answer within the timeout, or the call did not finish within its deadline."""


class ResponseTooLargeError(APIError):
    """The response body is larger than the client's `max_response_bytes`."""


class APIResponseValidationError(APIError):
    """The server answered, but the body does not match what the API description promises."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with an error status.

    `body` is the error model the API description declares for this status, parsed, when there is one and the
    response matches it; otherwise the decoded JSON, or None. `content` is always the raw body.
    """

    def __init__(self, message: str, response: httpx.Response, body: Any) -> None:
        super().__init__(message, response.request)
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content
        self.body = body

    @property
    def request_id(self) -> str | None:
        for name in (
            "x-request-id",
            "request-id",
            "x-amzn-requestid",
            "x-github-request-id",
        ):
            if name in self.headers:
                return self.headers[name]
        return None


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """500 or above: the server failed."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return STATUS_ERRORS.get(status, APIStatusError)
