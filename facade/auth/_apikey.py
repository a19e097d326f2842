"""API-key authentication: the key in the ``X-API-Key`` header, never in a repr or log."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._basic import refuse_plain_http

__all__ = ["API_KEY_HEADER", "ApiKeyAuth"]

API_KEY_HEADER = "X-API-Key"


class ApiKeyAuth(httpx.Auth):
    """Sends the API key. Keys are non-interactive, so a lost server session is re-created."""

    scheme = "apiKey"
    can_reauthenticate = True
    username: str | None = None

    def __init__(self, key: str, *, allow_plain_http: bool = False) -> None:
        self._key = key
        self._allow_plain_http = allow_plain_http

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        refuse_plain_http(request, what="the API key", allowed=self._allow_plain_http)
        request.headers[API_KEY_HEADER] = self._key
        yield request

    def __repr__(self) -> str:
        return "ApiKeyAuth(key=***)"
