"""NTLM and Negotiate (SPNEGO) clients through pyspnego, and the password scheme chooser.

These schemes authenticate a TCP connection, not a request, so they are used for exactly one
request: the creation of a server session, on a client pinned to one connection
(``ServerSessionAuth``). Every later request carries the server session instead.

``PasswordAuth`` (``with_credentials``) sends the creation request once without credentials
and reads the 401's ``WWW-Authenticate`` challenges: NTLM when the server offers it and the
user is a domain user (the password never crosses the wire, on every OS), Kerberos when the
user is named in a realm (a Kerberos ticket from the password), else Basic. ``AutologonAuth`` (``with_autologon``)
uses the current user's credentials: Kerberos when python-gssapi and a ticket are available,
else NTLM from ``NTLM_USER_FILE``.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Generator
from typing import TYPE_CHECKING

import httpx

from .._core.errors import AuthenticationError, ServiceLayerError
from ._basic import BasicCredentialsAuth, qualified_username
from ._kerberos import (
    KerberosTicket,
    cached_ticket,
    is_realm,
    kerberos_available,
    kerberos_error,
    service_principal,
    ticket_from_password,
)

if TYPE_CHECKING:  # pyspnego (and cryptography under it) loads at the first sign-in that needs it
    import spnego

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
    if not kerberos_available():
        missing.append(
            "Kerberos: the python 'gssapi' and 'krb5' packages are not installed "
            "(pip install 'servicelayer-sdk[kerberos]'; they need libkrb5), then sign in "
            "with 'kinit'"
        )
    else:
        cache = os.environ.get("KRB5CCNAME") or "the default ticket cache"
        missing.append(f"Kerberos: no ticket in {cache} (run 'kinit user@REALM')")
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

    ``username=None`` uses the current user's credentials (autologon). With ``ticket``,
    Negotiate uses Kerberos only, with that ticket (its cache; None: the current user's).
    The server's final Negotiate token is checked (mutual authentication): a Kerberos
    sign-in without it, or with a token that does not prove the server holds the service
    key, fails. ``server_verified`` tells whether the server proved its identity.
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
        ticket: KerberosTicket | None = None,
    ) -> None:
        if protocol not in ("ntlm", "negotiate"):
            raise ValueError(f"protocol must be 'ntlm' or 'negotiate', not {protocol!r}")
        if ticket is not None and protocol != "negotiate":
            raise ValueError("a Kerberos ticket is used through Negotiate only")
        self.protocol = protocol
        self.scheme = protocol
        self.username = username
        self._password = password
        self.ticket = ticket
        self.server_verified = False
        self.can_reauthenticate = store_password or username is None

    @property
    def _header_scheme(self) -> str:
        return "NTLM" if self.protocol == "ntlm" else "Negotiate"

    def _context(self, host: str) -> spnego.ContextProxy:
        import spnego

        try:
            if self.ticket is not None:
                cache = self.ticket.ccache
                credentials = spnego.KerberosCCache(cache, self.ticket.principal) if cache else None
                return spnego.client(
                    credentials,
                    hostname=host,
                    service="HTTP",
                    protocol="negotiate",
                    options=spnego.NegotiateOptions.negotiate_kerberos,
                )
            return spnego.client(
                self.username, self._password, hostname=host, service="HTTP", protocol=self.protocol
            )
        except Exception as exc:  # pyspnego and the Kerberos library raise their own types
            raise self._failure(exc, host, starting=True) from None

    def _failure(self, exc: Exception, host: str, *, starting: bool) -> Exception:
        if self.ticket is not None:
            return kerberos_error(
                str(exc), user=self.ticket.principal, spn=service_principal(host, self.ticket.realm)
            )
        if starting and self.username is None:
            return AutologonUnavailableError(
                "with_autologon() could not find credentials for the current user. "
                f"Missing: {_autologon_missing()}. Or use with_credentials(username, password)."
            )
        if starting:
            return AuthenticationError(
                f"{self._header_scheme} could not start for {self.username!r} "
                f"({type(exc).__name__}); check the user name and domain.",
                status=401,
            )
        return AuthenticationError(
            f"{self._header_scheme} handshake failed ({type(exc).__name__}); "
            "check the user name, domain and password.",
            status=401,
        )

    def _step(
        self, context: spnego.ContextProxy, token: bytes | None, *, host: str
    ) -> bytes | None:
        try:
            out: bytes | None = context.step(token)
        except Exception as exc:  # SpnegoError, or the Kerberos library's own
            raise self._failure(exc, host, starting=token is None) from None
        return out

    def _verify_server(self, context: spnego.ContextProxy, response: httpx.Response) -> None:
        """Step the server's final token; Kerberos requires it (mutual authentication)."""
        final = _server_token(response, self._header_scheme)
        if final is not None and not context.complete:
            try:
                context.step(final)
            except Exception as exc:
                raise AuthenticationError(
                    f"Mutual authentication failed: the server's final {self._header_scheme} "
                    f"token does not prove it holds the key of HTTP/{response.url.host} "
                    f"({type(exc).__name__}). The answer may not come from that server.",
                    status=401,
                ) from None
        if not context.complete:
            raise AuthenticationError(
                f"Mutual authentication failed: the server signed {self._header_scheme} in but "
                f"did not prove its identity as HTTP/{response.url.host} (no final token).",
                status=401,
            )
        self.server_verified = final is not None

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        host = request.url.host
        context = self._context(host)
        token = self._step(context, None, host=host)
        response: httpx.Response | None = None
        while token:
            request.headers["Authorization"] = (
                f"{self._header_scheme} {base64.b64encode(token).decode('ascii')}"
            )
            response = yield request
            challenge = _server_token(response, self._header_scheme)
            if response.status_code != 401 or challenge is None or context.complete:
                break
            token = self._step(context, challenge, host=host)
        if response is not None and response.is_success:
            self._verify_server(context, response)

    def __repr__(self) -> str:
        who = self.username if self.username is not None else "<current user>"
        if self.ticket is not None:
            who = self.ticket.principal
        return f"SpnegoAuth(protocol={self.protocol!r}, username={who!r})"


class _SchemeChooser(httpx.Auth):
    """Sends the request once without credentials, then answers the 401's challenges.

    The chosen scheme is remembered (``scheme``), so a later use skips the probe.
    """

    requires_request_body = True
    requires_response_body = True
    scheme: str | None = None
    _handshake: httpx.Auth | None = None

    @property
    def server_verified(self) -> bool:
        """Whether the last sign-in's server proved its identity (Kerberos mutual auth)."""
        return bool(getattr(self._handshake, "server_verified", False))

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
        self._handshake = self._for_scheme(self.scheme)
        yield from self._handshake.sync_auth_flow(request)


class PasswordAuth(_SchemeChooser):
    r"""``with_credentials``: Kerberos for a realm user, NTLM for a domain user, else Basic.

    A Kerberos realm is a DNS-style domain (``EXAMPLE.COM``, as ``domain`` or in
    ``user@EXAMPLE.COM``): when the server offers Negotiate and Kerberos is installed, the
    client gets a ticket from the realm's KDC with the password (kept in memory) and signs in
    with it. Otherwise a domain is known when ``domain`` is given or the user name is
    ``DOMAIN\\user`` or ``user@domain``, and NTLM is used if offered; without one, Basic if
    offered (NTLM otherwise).
    """

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
        self._user, self._password, self._domain = username, password, domain
        self.can_reauthenticate = store_password
        self._allow_plain_http = allow_plain_http

    @property
    def _has_domain(self) -> bool:
        return bool(self._domain) or "\\" in self._user or "@" in self._user

    def _realm_user(self) -> tuple[str, str] | None:
        """(user, REALM) when the user is named in a Kerberos realm."""
        user = self._user.rpartition("\\")[2]
        name, at, realm = user.rpartition("@")
        if at and is_realm(realm):
            return name, realm.upper()
        if self._domain and is_realm(self._domain):
            return user, self._domain.upper()
        return None

    def _choose(self, offered: set[str]) -> str:
        if "negotiate" in offered and self._realm_user() is not None and kerberos_available():
            return "negotiate"  # Kerberos with a ticket from the password
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
        realm_user = self._realm_user()
        if scheme == "negotiate" and realm_user is not None:
            user, realm = realm_user
            ticket = ticket_from_password(user, realm, password=self._password)
            return SpnegoAuth(ticket.principal, None, ticket=ticket)
        if scheme == "ntlm":
            return SpnegoAuth(self.username, self._password, protocol="ntlm")
        return BasicCredentialsAuth(
            self._user,
            self._password,
            domain=self._domain,
            allow_plain_http=self._allow_plain_http,
        )

    def __repr__(self) -> str:
        return f"PasswordAuth(username={self.username!r}, scheme={self.scheme!r})"


class AutologonAuth(_SchemeChooser):
    """``with_autologon``: Negotiate (Kerberos, else NTLM inside SPNEGO), or plain NTLM.

    Kerberos uses the current user's ticket (``KRB5CCNAME``), read afresh for every sign-in;
    no password is involved. An expired ticket is an ``AuthenticationError`` (run ``kinit``);
    no ticket and no NTLM credentials is ``AutologonUnavailableError``.
    """

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
        if scheme == "negotiate" and kerberos_available():
            ticket = cached_ticket()
            if ticket is not None:
                return SpnegoAuth(None, None, ticket=ticket)
        return SpnegoAuth(None, None, protocol=scheme)

    def __repr__(self) -> str:
        return f"AutologonAuth(scheme={self.scheme!r})"
