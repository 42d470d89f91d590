"""Retries: which failures are retried, and how long to wait (backoff with jitter, or the server's Retry-After)."""

from __future__ import annotations

import email.utils
import random
import time

import httpx

from ._encoding import _DEADLINE, _where
from .errors import APITimeoutError

MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({408, 409, 429})


class _Deadline:
    """When one call must be over, on the monotonic clock (`end` is None when the call has no deadline): every
    attempt, redirect, wait between retries and body download of the call."""

    __slots__ = ("seconds", "end")

    def __init__(self, request: httpx.Request) -> None:
        seconds: float | None = request.extensions.get(_DEADLINE)
        self.seconds = seconds
        self.end = None if seconds is None else time.monotonic() + seconds

    def expired(self) -> bool:
        return self.end is not None and time.monotonic() >= self.end

    def allows(self, delay: float) -> bool:
        """Whether a wait of `delay` seconds still ends before the deadline."""
        return self.end is None or time.monotonic() + delay < self.end

    def check(self, request: httpx.Request) -> None:
        if self.expired():
            raise self.error(request)

    def error(self, request: httpx.Request) -> APITimeoutError:
        return APITimeoutError(
            f"{_where(request)} did not finish within its deadline of {self.seconds:g} s",
            request,
        )

    def limit(self, request: httpx.Request) -> httpx.Request:
        """The request with no timeout longer than the time left, so that no single wait outlasts the deadline."""
        if self.end is None:
            return request
        self.check(request)
        left = max(self.end - time.monotonic(), 0.001)
        timeouts = request.extensions.get("timeout", {})
        limited: dict[str, float] = {}
        for key in ("connect", "read", "write", "pool"):
            value = timeouts.get(key)
            limited[key] = left if value is None else min(value, left)
        request.extensions = {**request.extensions, "timeout": limited}
        return request


def _parse_retry_after(header: str) -> float | None:
    try:
        return float(header)
    except ValueError:
        pass
    parsed = email.utils.parsedate_tz(header)
    if parsed is None:
        return None
    return float(email.utils.mktime_tz(parsed) - time.time())


class Retrying:
    """When `BaseCore` retries a request, and after how long."""

    def _retry_wait(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        retries: int,
        deadline: _Deadline,
    ) -> float | None:
        """How long to wait before retrying; None when the call is not retried, or the wait would end after the
        call's deadline (the call then raises what the last attempt gave)."""
        if not self._should_retry(request, response, attempt, retries):
            return None
        delay = self._retry_delay(response, attempt)
        return delay if deadline.allows(delay) else None

    def _should_retry(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        attempt: int,
        retries: int,
    ) -> bool:
        if attempt >= retries:
            return False
        if (
            request.method not in IDEMPOTENT_METHODS
            and "Idempotency-Key" not in request.headers
        ):
            return False
        if response is None:
            return True
        should = str(response.headers.get("x-should-retry", ""))
        if should in ("true", "false"):
            return should == "true"
        return response.status_code in RETRY_STATUSES or response.status_code >= 500

    @staticmethod
    def _retry_delay(response: httpx.Response | None, attempt: int) -> float:
        if response is not None:
            header = response.headers.get("retry-after-ms")
            if header:
                try:
                    delay: float = float(header) / 1000
                    if 0 <= delay <= MAX_RETRY_AFTER:
                        return delay
                except ValueError:
                    pass
            header = response.headers.get("retry-after")
            if header:
                after = _parse_retry_after(header)
                if after is not None and 0 <= after <= MAX_RETRY_AFTER:
                    return after
        base = min(0.5 * 2.0**attempt, MAX_RETRY_DELAY)
        return base * (1 - 0.25 * random.random())
