"""NTLM and Negotiate (SPNEGO) clients through pyspnego, and the password scheme chooser.

These schemes authenticate a TCP connection, not a request, so they are used for exactly one
request: the creation of a server session, on a client pinned to one connection
(``ServerSessionAuth``). Every later request carries the server session instead.

``PasswordAuth`` (``with_credentials``) sends the creation request once without credentials
and reads the 401's ``WWW-Authenticate`` challenges: NTLM when the server offers it and the
user is a domain user (the password never crosses the wire, on every OS), else Basic. ``SpnegoAuth(None, None)``
(``with_autologon``) uses the current user's credentials: Kerberos when python-gssapi and a
ticket are available, else NTLM from ``NTLM_USER_FILE``.
"""

from __future__ import annotations

import base64
import binascii
import importlib.util
import os
import re
from collections.abc import Generator

import httpx
import spnego
from spnego.exceptions import SpnegoError

from .._core.errors import AuthenticationError, ServiceLayerError
from ._basic import BasicCredentialsAuth, qualified_username

__all__ = [
    "AutologonAuth",
    "AutologonUnavailableError",
    "PasswordAuth",
    "SpnegoAuth",
    "offered_schemes",
]

_SCHEME_TOKEN = re.compile(r"(?:^|,)\s*([A-Za-z][A-Za-z0-9_-]*)(?=\s|,|$)")


def offered_schemes(response: httpx.Response) -> set[str]:
    """The lower-cased scheme names of a 401's ``WWW-Authenticate`` challenges."""
    schemes: set[str] = set()
    for value in response.headers.get_list("WWW-Authenticate"):
        first = value.strip().split(" ", 1)[0].rstrip(",")
        if first:
            schemes.add(first.lower())
        # Challenges merged into one header by a proxy: ``Basic realm="x", NTLM``.
        for match in _SCHEME_TOKEN.finditer(value):
            if "=" not in value[match.end() : match.end() + 2]:
                schemes.add(match.group(1).lower())
    return schemes


def _server_token(response: httpx.Response, scheme: str) -> bytes | None:
    """The base64 token of ``scheme`` in the response's ``WWW-Authenticate``, if any."""
    prefix = scheme.lower() + " "
    for value in response.headers.get_list("WWW-Authenticate"):
        if value.lower().startswith(prefix):
            try:
                return base64.b64decode(value[len(prefix) :].strip(), validate=True)
            except (binascii.Error, ValueError):
                return None
    return None


class AutologonUnavailableError(ServiceLayerError, RuntimeError):
    """Neither Kerberos nor NTLM can sign in as the current user on this machine."""


def _autologon_missing() -> str:
    missing = []
    if importlib.util.find_spec("gssapi") is None:
        missing.append(
            "Kerberos: the python 'gssapi' package is not installed (it needs libkrb5; "
            "then sign in with 'kinit')"
        )
    else:
        missing.append("Kerberos: no usable ticket in the credential cache (run 'kinit')")
    if not os.environ.get("NTLM_USER_FILE"):
        missing.append(
            "NTLM: no cached credentials (set NTLM_USER_FILE to a file of "
            "'DOMAIN:user:password' lines, as on Windows the logon session provides)"
        )
    else:
        missing.append("NTLM: NTLM_USER_FILE holds no usable entry")
    return "; ".join(missing)


class SpnegoAuth(httpx.Auth):
    """The NTLM or Negotiate handshake for one request (which the server answers with 200).

    ``username=None`` uses the current user's credentials (autologon). The server's final
    Negotiate token, if any, is checked (mutual authentication).
    """

    requires_request_body = True
    requires_response_body = True  # read each leg fully: the next leg reuses the connection

    def __init__(
        self,
        username: str | None,
        password: str | None,
        *,
        protocol: str = "negotiate",
        store_password: bool = False,
    ) -> None:
        if protocol not in ("ntlm", "negotiate"):
            raise ValueError(f"protocol must be 'ntlm' or 'negotiate', not {protocol!r}")
        self.protocol = protocol
        self.scheme = protocol
        self.username = username
        self._password = password
        self.can_reauthenticate = store_password or username is None

    @property
    def _header_scheme(self) -> str:
        return "NTLM" if self.protocol == "ntlm" else "Negotiate"

    def _context(self, host: str) -> spnego.ContextProxy:
        try:
            return spnego.client(
                self.username, self._password, hostname=host, service="HTTP", protocol=self.protocol
            )
        except SpnegoError as exc:
            raise self._no_credentials(exc) from None

    def _no_credentials(self, exc: SpnegoError) -> ServiceLayerError:
        if self.username is None:
            return AutologonUnavailableError(
                "with_autologon() could not find credentials for the current user. "
                f"Missing: {_autologon_missing()}. Or use with_credentials(username, password)."
            )
        return AuthenticationError(
            f"{self._header_scheme} could not start for {self.username!r} "
            f"({type(exc).__name__}); check the user name and domain.",
            status=401,
        )

    def _step(self, context: spnego.ContextProxy, token: bytes | None) -> bytes | None:
        try:
            out: bytes | None = context.step(token)
        except SpnegoError as exc:
            if token is None:
                raise self._no_credentials(exc) from None
            raise AuthenticationError(
                f"{self._header_scheme} handshake failed ({type(exc).__name__}); "
                "check the user name, domain and password.",
                status=401,
            ) from None
        return out

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        context = self._context(request.url.host)
        token = self._step(context, None)
        response: httpx.Response | None = None
        while token:
            request.headers["Authorization"] = (
                f"{self._header_scheme} {base64.b64encode(token).decode('ascii')}"
            )
            response = yield request
            challenge = _server_token(response, self._header_scheme)
            if response.status_code != 401 or challenge is None or context.complete:
                break
            token = self._step(context, challenge)
        if response is not None and response.is_success and not context.complete:
            final = _server_token(response, self._header_scheme)
            if final is not None:
                self._step(context, final)  # mutual authentication of the server

    def __repr__(self) -> str:
        who = self.username if self.username is not None else "<current user>"
        return f"SpnegoAuth(protocol={self.protocol!r}, username={who!r})"


class _SchemeChooser(httpx.Auth):
    """Sends the request once without credentials, then answers the 401's challenges.

    The chosen scheme is remembered (``scheme``), so a later use skips the probe.
    """

    requires_request_body = True
    requires_response_body = True
    scheme: str | None = None

    def _for_scheme(self, scheme: str) -> httpx.Auth:
        raise NotImplementedError

    def _choose(self, offered: set[str]) -> str:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.scheme is None:
            probe = yield request
            if probe.status_code != 401:
                return
            self.scheme = self._choose(offered_schemes(probe))
        yield from self._for_scheme(self.scheme).sync_auth_flow(request)


class PasswordAuth(_SchemeChooser):
    """``with_credentials``: NTLM when the server offers it and a domain is known, else Basic.

    A domain is known when ``domain`` is given or the user name is ``DOMAIN\\user`` or
    ``user@domain``. Without one, Basic is used if offered (NTLM otherwise).
    """

    def __init__(
        self,
        username: str,
        password: str,
        domain: str | None = None,
        *,
        store_password: bool = False,
        allow_plain_http: bool = False,
    ) -> None:
        self.username = qualified_username(username, domain)
        self._user, self._password, self._domain = username, password, domain
        self.can_reauthenticate = store_password
        self._allow_plain_http = allow_plain_http

    @property
    def _has_domain(self) -> bool:
        return bool(self._domain) or "\\" in self._user or "@" in self._user

    def _choose(self, offered: set[str]) -> str:
        # NTLM accounts are domain accounts: without a domain, prefer Basic when offered.
        preference = ("ntlm", "basic") if self._has_domain else ("basic", "ntlm")
        for scheme in preference:
            if scheme in offered:
                return scheme
        raise AuthenticationError(
            "The server accepts neither NTLM nor Basic sign-in with a user name and password "
            f"(it offers: {', '.join(sorted(offered)) or 'none'}). "
            "Use with_api_key(key) or with_oidc() instead.",
            status=401,
        )

    def _for_scheme(self, scheme: str) -> httpx.Auth:
        if scheme == "ntlm":
            return SpnegoAuth(self.username, self._password, protocol="ntlm")
        return BasicCredentialsAuth(
            self._user, self._password, self._domain, allow_plain_http=self._allow_plain_http
        )

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, scheme={self.scheme!r})"


class AutologonAuth(_SchemeChooser):
    """``with_autologon``: Negotiate (Kerberos, else NTLM inside SPNEGO), or plain NTLM."""

    username: str | None = None
    can_reauthenticate = True  # the operating system holds the credentials

    def _choose(self, offered: set[str]) -> str:
        for scheme in ("negotiate", "ntlm"):
            if scheme in offered:
                return scheme
        raise AuthenticationError(
            "The server does not offer Windows sign-in (Negotiate or NTLM) "
            f"(it offers: {', '.join(sorted(offered)) or 'none'}). "
            "Use with_credentials(), with_api_key() or with_oidc() instead.",
            status=401,
        )

    def _for_scheme(self, scheme: str) -> httpx.Auth:
        return SpnegoAuth(None, None, protocol=scheme)

    def __repr__(self) -> str:
        return f"AutologonAuth(scheme={self.scheme!r})"
