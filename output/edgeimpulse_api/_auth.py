"""Authentication: the security schemes, the credentials a client holds (never shown in logs or reprs), and OAuth2
tokens fetched with client credentials."""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ._encoding import _TOKEN_FOR, _header_value
from ._responses import status_error
from .errors import (
    APIResponseValidationError,
)


class _Frozen:
    """A small immutable value, equal by its fields: what a frozen dataclass gives, without the `dataclasses` import
    and the code generation a dataclass costs at import (milliseconds that count in a client's start-up).
    """

    __slots__: tuple[str, ...] = ()

    def _init(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable: cannot set {name!r}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={value!r}" for name, value in zip(self.__slots__, self._values())
        )
        return f"{type(self).__name__}({fields})"


class _Redact(logging.Filter):
    """Hides credentials of this package's clients in what httpx and httpcore log (they log full URLs)."""

    secrets: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            redacted = message
            for secret in self.secrets:
                redacted = redacted.replace(secret, "***")
            if redacted != message:
                record.msg, record.args = redacted, ()
        return True


_REDACT = _Redact()


def _remember_secrets(credentials: Mapping[str, Any]) -> None:
    for value in credentials.values():
        for item in value if isinstance(value, tuple) else (value,):
            text = str(item)
            if len(text) >= 4:
                _REDACT.secrets.add(text)
                _REDACT.secrets.add(quote(text, safe=""))


class Scheme(_Frozen):
    """How one security scheme of the API description is applied to a request."""

    __slots__ = ("kind", "location", "name", "token_url")
    kind: str  # "apiKey", "basic", "bearer"
    location: str  # apiKey: "header", "query" or "cookie"
    name: str  # apiKey: the header, query or cookie name
    token_url: str  # OAuth2: where OAuth2ClientCredentials fetch their token

    def __init__(
        self, kind: str, location: str = "", name: str = "", token_url: str = ""
    ) -> None:
        self._init(kind=kind, location=location, name=name, token_url=token_url)


class OAuth2ClientCredentials(_Frozen):
    """OAuth2 client credentials: the client fetches a token from the token URL, and a new one when it expires.

    `token_url` defaults to the one in the API description (relative URLs are taken from the base URL's host).
    """

    __slots__ = ("client_id", "client_secret", "scopes", "token_url")
    client_id: str
    client_secret: str
    scopes: tuple[str, ...]
    token_url: str

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        scopes: tuple[str, ...] = (),
        token_url: str = "",
    ) -> None:
        self._init(
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            token_url=token_url,
        )

    def __repr__(self) -> str:
        return f"OAuth2ClientCredentials(client_id={self.client_id!r}, client_secret=<hidden>)"


class Authenticating:
    """What `BaseCore` does to authenticate a request: the first security alternative the client has credentials for."""

    base_url: str
    _schemes: Mapping[str, Scheme]
    _security: tuple[tuple[str, ...], ...]
    _credentials: dict[str, Any]
    _tokens: dict[
        str, tuple[str, float]
    ]  # OAuth2 tokens fetched: (token, expiry on the monotonic clock)

    def _apply_security(
        self,
        alternatives: Iterable[tuple[str, ...]],
        headers: dict[str, str],
        params: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
    ) -> str:
        """Apply the first alternative the client has credentials for; returns a scheme still needing a token."""
        for alternative in alternatives:
            if all(name in self._credentials for name in alternative):
                pending = ""
                for name in alternative:
                    credential = self._credentials[name]
                    if isinstance(credential, OAuth2ClientCredentials):
                        token = self._tokens.get(name)
                        if token is None or token[1] <= time.monotonic():
                            pending = name
                            continue
                        credential = token[0]
                    self._apply_scheme(
                        self._schemes[name], credential, headers, params, cookies
                    )
                return pending
        return ""

    def _token_request(self, name: str, call: httpx.Request) -> httpx.Request:
        """The request of an OAuth2 token for the call `call` (with the call's timeouts)."""
        credential: OAuth2ClientCredentials = self._credentials[name]
        url = httpx.URL(self.base_url).join(
            credential.token_url or self._schemes[name].token_url
        )
        data = {
            "grant_type": "client_credentials",
            "client_id": credential.client_id,
            "client_secret": credential.client_secret,
        }
        if credential.scopes:
            data["scope"] = " ".join(credential.scopes)
        return httpx.Request(
            "POST",
            url,
            data=data,
            headers={"Accept": "application/json"},
            extensions={"timeout": call.extensions.get("timeout", {})},
        )

    def _store_token(self, name: str, response: httpx.Response) -> str:
        if response.status_code >= 400:
            raise status_error(response, {})
        try:
            body = json.loads(response.content)
            token = str(body["access_token"])
            lifetime = float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            raise APIResponseValidationError(
                "the OAuth2 token response has no access_token", response
            ) from None
        _remember_secrets({name: token})
        self._tokens[name] = (token, time.monotonic() + max(lifetime - 30, 0))
        return token

    @staticmethod
    def _with_token(request: httpx.Request, token: str) -> httpx.Request:
        request.headers["Authorization"] = _header_value(
            "Authorization", f"Bearer {token}"
        )
        request.extensions = {
            k: v for k, v in request.extensions.items() if k != _TOKEN_FOR
        }
        return request

    @staticmethod
    def _apply_scheme(
        scheme: Scheme,
        credential: Any,
        headers: dict[str, str],
        params: list[tuple[str, str]],
        cookies: list[tuple[str, str]],
    ) -> None:
        if scheme.kind == "bearer":
            headers["Authorization"] = _header_value(
                "Authorization", f"Bearer {credential}"
            )
        elif scheme.kind == "basic":
            user, password = credential
            token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        elif scheme.location == "header":
            headers[scheme.name] = _header_value(scheme.name, credential)
        elif scheme.location == "query":
            params.append((scheme.name, str(credential)))
        elif scheme.location == "cookie":
            cookies.append((scheme.name, str(credential)))

    def _credential_headers(self) -> set[str]:
        names = {"Authorization", "Cookie", "Proxy-Authorization"}
        names.update(s.name for s in self._schemes.values() if s.location == "header")
        return names
