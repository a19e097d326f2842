"""HTTP Basic authentication (RFC 7617) whose repr never shows the password."""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

__all__ = ["BasicCredentialsAuth", "qualified_username"]


def qualified_username(username: str, domain: str | None) -> str:
    """``DOMAIN\\user`` when a domain is given, else the user name as is."""
    return f"{domain}\\{username}" if domain else username


class BasicCredentialsAuth(httpx.Auth):
    """Sends ``Authorization: Basic …`` on every request it authenticates.

    Used only to create the server session (see ``ServerSessionAuth``), so the password
    crosses the wire once. ``can_reauthenticate`` says whether it may be used again later
    (``store_password=True``) to re-create an expired server session.
    """

    scheme = "basic"

    def __init__(
        self,
        username: str,
        password: str,
        *,
        domain: str | None = None,
        store_password: bool = False,
    ) -> None:
        self.username = qualified_username(username, domain)
        credentials = f"{self.username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(credentials).decode("ascii")
        self.can_reauthenticate = store_password

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicCredentialsAuth(username={self.username!r})"
