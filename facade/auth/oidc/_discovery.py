"""Finding the identity provider: what the Service Layer advertises, then OpenID discovery.

Three sources, in order of precedence: values the user passes explicitly, the Service Layer's
``GET /api/v1/auth/configuration``, and the ``Bearer`` challenge of a 401 (RFC 6750 with the
``authority``, ``clientid``, ``redirecturi`` and ``scope`` parameters). The authority's
``/.well-known/openid-configuration`` (OpenID Connect Discovery 1.0) then names the endpoints.

Every provider URL must be ``https``, or plain ``http`` on a loopback host (a provider on the
same machine, as in tests): :func:`check_provider_url` refuses anything else before a request
is sent, so no token, code or password ever crosses the network in clear text.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from generated import Client
from generated.types import Response

from ..._core.checks import optional_str
from ..._core.errors import TransportError
from ..._core.urls import is_loopback_host
from ._errors import InsecureIdentityProviderError, OIDCConfigurationError

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models import CreateSessionRequest, OidcConfiguration

__all__ = [
    "EXPLICIT_OPTIONS",
    "Challenge",
    "OIDCConfiguration",
    "OIDCHints",
    "check_provider_url",
    "discover_hints",
    "fetch_provider_configuration",
    "hints_from_challenges",
    "hints_from_explicit",
    "parse_www_authenticate",
    "resolve_configuration",
]

_log = logging.getLogger(__name__)

EXPLICIT_OPTIONS = {
    "issuer": "the identity provider's issuer URL (its discovery document is read)",
    "authority": "same as issuer",
    "client_id": "the OAuth client id registered for this SDK",
    "scopes": "scopes to ask for, a list or a space-separated string",
    "redirect_uri": "loopback redirect URI for the authorization code flow",
    "audience": "the API audience (sent as 'audience' and 'resource' when given)",
    "authorization_endpoint": "the authorize URL, when the provider has no discovery document",
    "token_endpoint": "the token URL, when the provider has no discovery document",
    "device_authorization_endpoint": "the device authorization URL (RFC 8628)",
}


@dataclass(frozen=True)
class Challenge:
    """One ``WWW-Authenticate`` challenge: scheme (as sent), params (lower-case names)."""

    scheme: str
    params: dict[str, str]
    token68: str | None = None


@dataclass(frozen=True)
class OIDCHints:
    """What is known about the identity provider before reading its discovery document."""

    authority: str | None = None
    client_id: str | None = None
    redirect_uri: str | None = None
    scopes: tuple[str, ...] = ()
    audience: str | None = None
    authorization_endpoint: str | None = None
    token_endpoint: str | None = None
    device_authorization_endpoint: str | None = None

    def merged_over(self, base: OIDCHints) -> OIDCHints:
        """These hints, with the gaps filled from ``base``."""
        return OIDCHints(
            authority=self.authority or base.authority,
            client_id=self.client_id or base.client_id,
            redirect_uri=self.redirect_uri or base.redirect_uri,
            scopes=self.scopes or base.scopes,
            audience=self.audience or base.audience,
            authorization_endpoint=self.authorization_endpoint or base.authorization_endpoint,
            token_endpoint=self.token_endpoint or base.token_endpoint,
            device_authorization_endpoint=(
                self.device_authorization_endpoint or base.device_authorization_endpoint
            ),
        )

    @property
    def names_provider(self) -> bool:
        """True when these hints say where the provider is."""
        return bool(self.authority or self.token_endpoint)


@dataclass(frozen=True)
class OIDCConfiguration:
    """Everything the flows need: client, scopes and the provider's endpoints."""

    issuer: str | None
    client_id: str
    scopes: tuple[str, ...]
    token_endpoint: str
    redirect_uri: str | None = None
    audience: str | None = None
    authorization_endpoint: str | None = None
    device_authorization_endpoint: str | None = None
    revocation_endpoint: str | None = None
    issuer_in_redirect: bool = False
    """The provider always names itself in the sign-in redirect (RFC 9207 ``iss``)."""

    @property
    def scope(self) -> str:
        """Scopes as the space-separated string OAuth sends."""
        return " ".join(self.scopes)


# --- WWW-Authenticate (RFC 9110 section 11.6.1) ------------------------------------------------

_TCHAR = set("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_TOKEN68 = _TCHAR | set("/=")


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t":
            self.pos += 1

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def token(self, chars: set[str] = _TCHAR) -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in chars:
            self.pos += 1
        return self.text[start : self.pos]

    def bare_value(self) -> str:
        """An unquoted value; lenient: anything up to a comma or space (URLs included)."""
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in ", \t":
            self.pos += 1
        return self.text[start : self.pos]

    def quoted(self) -> str:
        self.pos += 1  # opening quote
        out: list[str] = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\" and self.pos < len(self.text):
                out.append(self.text[self.pos])
                self.pos += 1
            elif char == '"':
                return "".join(out)
            else:
                out.append(char)
        raise ValueError("unterminated quoted-string")

    def skip_commas(self) -> None:
        while True:
            self.skip_ws()
            if self.peek() != ",":
                return
            self.pos += 1


def _parse_params(scanner: _Scanner) -> tuple[dict[str, str], str | None]:
    """Auth-params or a token68 after a scheme, up to the next challenge."""
    params: dict[str, str] = {}
    scanner.skip_ws()
    if scanner.peek() in ("", ","):
        return params, None
    start = scanner.pos
    candidate = scanner.token(_TOKEN68)
    scanner.skip_ws()
    if candidate and scanner.peek() in ("", ",") and "=" not in candidate.rstrip("="):
        return params, candidate
    scanner.pos = start
    while True:
        scanner.skip_commas()
        start = scanner.pos
        name = scanner.token()
        scanner.skip_ws()
        if not name or scanner.peek() != "=":
            scanner.pos = start  # the next challenge's scheme
            return params, None
        scanner.pos += 1
        scanner.skip_ws()
        value = scanner.quoted() if scanner.peek() == '"' else scanner.bare_value()
        params[name.lower()] = value


def parse_www_authenticate(values: Iterable[str]) -> list[Challenge]:
    """Every challenge in the given ``WWW-Authenticate`` header values.

    Handles several challenges per value, quoted strings with escapes, case-insensitive
    parameter names and token68 credentials. Unparseable text ends parsing of that value.
    """
    challenges: list[Challenge] = []
    for value in values:
        scanner = _Scanner(value)
        while True:
            scanner.skip_commas()
            scheme = scanner.token()
            if not scheme:
                break
            try:
                params, token68 = _parse_params(scanner)
            except ValueError:
                _log.debug("ignoring a malformed WWW-Authenticate challenge for %s", scheme)
                break
            challenges.append(Challenge(scheme, params, token68))
    return challenges


def _scopes(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.split())
    return tuple(str(item) for item in value)


def hints_from_challenges(header_values: Iterable[str]) -> OIDCHints | None:
    """The OIDC hints of the first ``Bearer`` challenge naming an authority, if any."""
    for challenge in parse_www_authenticate(header_values):
        if challenge.scheme.lower() != "bearer":
            continue
        params = challenge.params
        authority = params.get("authority") or params.get("authorization_uri")
        if not authority:
            continue
        return OIDCHints(
            authority=authority,
            client_id=params.get("clientid") or params.get("client_id"),
            redirect_uri=params.get("redirecturi") or params.get("redirect_uri"),
            scopes=_scopes(params.get("scope")),
            audience=params.get("audience") or params.get("resource"),
        )
    return None


def hints_from_explicit(options: Mapping[str, Any]) -> OIDCHints:
    """Hints from the keyword arguments a user gives ``with_oidc(...)``."""
    unknown = sorted(set(options) - set(EXPLICIT_OPTIONS))
    if unknown:
        known = ", ".join(sorted(EXPLICIT_OPTIONS))
        raise TypeError(f"unknown OIDC option(s) {unknown}; known options: {known}")
    for name, value in options.items():
        if name != "scopes":
            optional_str(value, f"OIDC option {name}")
    return OIDCHints(
        authority=options.get("issuer") or options.get("authority"),
        client_id=options.get("client_id"),
        redirect_uri=options.get("redirect_uri"),
        scopes=_scopes(options.get("scopes")),
        audience=options.get("audience"),
        authorization_endpoint=options.get("authorization_endpoint"),
        token_endpoint=options.get("token_endpoint"),
        device_authorization_endpoint=options.get("device_authorization_endpoint"),
    )


def _hints_from_model(oidc: OidcConfiguration) -> OIDCHints:
    audience = oidc.audience if isinstance(oidc.audience, str) else None
    return OIDCHints(
        authority=oidc.authority or oidc.issuer,
        client_id=oidc.client_id,
        redirect_uri=oidc.redirect_uri,
        scopes=tuple(oidc.scopes),
        audience=audience,
    )


class AuthDiscoveryEndpoints(Protocol):
    """The Service Layer operations discovery reads, one request each (answers unchecked)."""

    def auth_configuration(self, client: Client) -> Response[Any]: ...

    def create_session(
        self, client: Client, body: CreateSessionRequest | None = None
    ) -> Response[Any]: ...


def discover_hints(client: Client, *, endpoints: AuthDiscoveryEndpoints) -> OIDCHints | None:
    """What the Service Layer says about its identity provider, or None if it names none.

    Reads ``GET /api/v1/auth/configuration``; when that names no provider, sends an
    unauthenticated ``POST /api/v1/sessions`` and reads the ``Bearer`` challenge of its 401.

    Args:
        client: A generated client for the Service Layer (no credentials).
        endpoints: The Service Layer's sign-in operations.

    Returns:
        The hints the Service Layer gives, or None.

    Raises:
        OIDCConfigurationError: The Service Layer cannot be reached or its answer read.
    """
    from generated.models import AuthConfiguration, OidcConfiguration

    try:
        response = endpoints.auth_configuration(client)
        if response.status_code == 200 and isinstance(response.parsed, AuthConfiguration):
            oidc = response.parsed.oidc
            if isinstance(oidc, OidcConfiguration):
                return _hints_from_model(oidc)
    except (httpx.HTTPError, TransportError, ValueError, KeyError, TypeError) as exc:
        _log.debug("auth configuration unreadable (%s); trying the 401 challenge", type(exc))
    try:
        challenge = endpoints.create_session(client)
    except ValueError as exc:
        raise OIDCConfigurationError(
            "the Service Layer's 401 answer could not be read to discover its identity "
            "provider; pass issuer=... and client_id=... to with_oidc()"
        ) from exc
    except (httpx.HTTPError, TransportError) as exc:
        raise OIDCConfigurationError(
            f"could not reach the Service Layer to discover its identity provider: {exc}"
        ) from exc
    if challenge.status_code != 401:
        return None
    headers = challenge.headers
    if isinstance(headers, httpx.Headers):
        values = headers.get_list("WWW-Authenticate")
    else:
        values = [headers.get("WWW-Authenticate", "")]
    return hints_from_challenges(values)


def check_provider_url(url: str, what: str) -> str:
    """``url`` if it is ``https``, or ``http`` on a loopback host; raise otherwise.

    Args:
        url: An identity-provider URL (authority, issuer or endpoint).
        what: What the URL is, for the error message (e.g. ``"token endpoint"``).

    Returns:
        ``url`` unchanged.

    Raises:
        InsecureIdentityProviderError: ``url`` is plain ``http`` to a host other than loopback.
        OIDCConfigurationError: ``url`` is not an absolute http(s) URL.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise OIDCConfigurationError(
            f"the identity provider's {what} {url!r} is not a URL"
        ) from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise OIDCConfigurationError(
            f"the identity provider's {what} {url!r} is not an absolute http(s) URL"
        )
    if parsed.scheme == "http" and not is_loopback_host(parsed.host):
        raise InsecureIdentityProviderError(
            f"refusing the identity provider's {what} {url!r}: plain http to {parsed.host} "
            "would send tokens and codes unencrypted; the provider must use https (plain "
            "http is accepted on loopback only)"
        )
    return url


def _check_provider_urls(configuration: OIDCConfiguration) -> None:
    named = {
        "issuer": configuration.issuer,
        "token endpoint": configuration.token_endpoint,
        "authorization endpoint": configuration.authorization_endpoint,
        "device authorization endpoint": configuration.device_authorization_endpoint,
        "revocation endpoint": configuration.revocation_endpoint,
    }
    for what, url in named.items():
        if url is not None:
            check_provider_url(url, what)


def fetch_provider_configuration(http: httpx.Client, authority: str) -> dict[str, Any]:
    """The provider's discovery document, checked to name the same issuer."""
    check_provider_url(authority, "authority")
    url = authority.rstrip("/") + "/.well-known/openid-configuration"
    try:
        response = http.get(url, headers={"Accept": "application/json"})
    except (httpx.HTTPError, TransportError) as exc:
        raise OIDCConfigurationError(
            f"could not read the identity provider's discovery document at {url}: {exc}"
        ) from exc
    if response.status_code != 200:
        raise OIDCConfigurationError(
            f"the identity provider's discovery document at {url} answered "
            f"{response.status_code}; pass issuer=... or token_endpoint=... to with_oidc()",
            status=response.status_code,
        )
    try:
        document = response.json()
    except ValueError as exc:
        raise OIDCConfigurationError(f"{url} did not return JSON") from exc
    if not isinstance(document, dict) or not isinstance(document.get("token_endpoint"), str):
        raise OIDCConfigurationError(f"{url} has no token_endpoint")
    issuer = document.get("issuer")
    if isinstance(issuer, str) and issuer.rstrip("/") != authority.rstrip("/"):
        raise OIDCConfigurationError(
            f"the discovery document at {url} names issuer {issuer!r}, not {authority!r}"
        )
    return document


def _str_or_none(document: Mapping[str, Any], key: str) -> str | None:
    value = document.get(key)
    return value if isinstance(value, str) else None


def resolve_configuration(http: httpx.Client, hints: OIDCHints) -> OIDCConfiguration:
    """Complete ``hints`` with the provider's discovery document (unless endpoints are given)."""
    if not hints.names_provider:
        raise OIDCConfigurationError(
            "the Service Layer names no identity provider; pass issuer=... and client_id=... "
            "to with_oidc()"
        )
    if not hints.client_id:
        raise OIDCConfigurationError(
            "no OAuth client id is known for this identity provider; pass client_id=... "
            "to with_oidc()"
        )
    for what, url in (("authority", hints.authority), ("token endpoint", hints.token_endpoint)):
        if url is not None:
            check_provider_url(url, what)
    document: dict[str, Any] = {}
    if hints.authority and not hints.token_endpoint:
        document = fetch_provider_configuration(http, hints.authority)
    token_endpoint = hints.token_endpoint or _str_or_none(document, "token_endpoint")
    assert token_endpoint is not None  # checked by fetch_provider_configuration
    scopes = hints.scopes or ("openid", "profile", "offline_access")
    configuration = OIDCConfiguration(
        issuer=_str_or_none(document, "issuer") or hints.authority,
        client_id=hints.client_id,
        scopes=scopes,
        token_endpoint=token_endpoint,
        redirect_uri=hints.redirect_uri,
        audience=hints.audience,
        authorization_endpoint=(
            hints.authorization_endpoint or _str_or_none(document, "authorization_endpoint")
        ),
        device_authorization_endpoint=(
            hints.device_authorization_endpoint
            or _str_or_none(document, "device_authorization_endpoint")
        ),
        revocation_endpoint=_str_or_none(document, "revocation_endpoint"),
        issuer_in_redirect=document.get("authorization_response_iss_parameter_supported") is True,
    )
    _check_provider_urls(configuration)
    return configuration
