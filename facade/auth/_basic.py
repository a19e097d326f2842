"""HTTP Basic authentication (RFC 7617) whose repr never shows the password.

A password (or API key) is never sent over plain http to a host other than loopback unless the
configuration allows it (``allow_plain_http_credentials``): :func:`refuse_plain_http`.
"""

from __future__ import annotations

import base64
from collections.abc import Generator

import httpx

from .._core.errors import PlainHttpCredentialsError
from .._core.urls import is_loopback_host

__all__ = ["BasicCredentialsAuth", "qualified_username", "refuse_plain_http"]


def refuse_plain_http(request: httpx.Request, *, what: str, allowed: bool) -> None:
    """Raise before ``what`` (a secret) goes to a host that is not loopback over plain http.

    Args:
        request: The request about to carry the secret.
        what: The secret, for the message (e.g. ``"the password"``), never its value.
        allowed: True when the user allowed plain http explicitly.

    Raises:
        PlainHttpCredentialsError: ``request`` is plain http to a host that is not loopback.
    """
    url = request.url
    if allowed or url.scheme != "http" or is_loopback_host(url.host):
        return
    raise PlainHttpCredentialsError(
        f"refusing to send {what} to {url.host} over plain http, where anyone on the network "
        "could read it; nothing was sent. Use the server's https:// URL, or set "
        "SessionConfiguration(allow_plain_http_credentials=True) on a network you trust"
    )


def qualified_username(username: str, domain: str | None) -> str:
    r"""``DOMAIN\\user`` when a domain is given, else the user name as is."""
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
        allow_plain_http: bool = False,
    ) -> None:
        self.username = qualified_username(username, domain)
        credentials = f"{self.username}:{password}".encode()
        self._header = "Basic " + base64.b64encode(credentials).decode("ascii")
        self.can_reauthenticate = store_password
        self._allow_plain_http = allow_plain_http

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        refuse_plain_http(request, what="the password", allowed=self._allow_plain_http)
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return f"BasicCredentialsAuth(username={self.username!r})"
