"""SessionBuilder: choose how to sign in, connect, and return a Session (seed 000's names).

Every ``with_…`` method returns a connected Session (the credentials are checked at once) or
raises a typed error that says what to do. Password, autologon and API-key sign-ins create a
server session, which every later request carries (see ``auth/_server_session.py``).

``with_credentials`` picks the scheme from the server's 401 challenges: NTLM when offered and
the user is a domain user (``domain=`` given, or ``DOMAIN\\user`` / ``user@domain``): the
password never crosses the wire, and it works on every OS through pyspnego. Otherwise Basic
(NTLM when the server offers no Basic). Basic sends the password and an API key is sent as is:
over plain http to a host other than loopback both are refused (``PlainHttpCredentialsError``)
unless ``SessionConfiguration(allow_plain_http_credentials=True)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._config import SessionConfiguration
from ._connect import connect
from ._connection import CredentialsIdentity
from .auth._apikey import ApiKeyAuth
from .auth._negotiate import AutologonAuth, PasswordAuth

if TYPE_CHECKING:
    from ._oidc_builder import OIDCSessionBuilder
    from ._session import Session

__all__ = ["SessionBuilder"]


def _require_text(value: object, name: str, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ValueError(f"{name} must not be empty")
    return value


def _require_url(url: str) -> str:
    """``url`` if it is an absolute http(s) URL with a host; ValueError (no request) otherwise."""
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, ValueError) as error:
        raise ValueError(f"service_layer_url is not a URL: {error}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            "service_layer_url must be an http:// or https:// URL with a host, e.g. "
            "'https://servicelayer.example.com'"
        )
    return url.strip()


class SessionBuilder:
    """Builds a Session for ``service_layer_url`` (the server's root URL).

    ``session_configuration`` sets timeouts, retries, TLS, proxy and headers; the default is
    ``SessionConfiguration()``.
    """

    def __init__(
        self, service_layer_url: str, session_configuration: SessionConfiguration | None = None
    ) -> None:
        self._url = _require_url(_require_text(service_layer_url, "service_layer_url"))
        if session_configuration is None:
            session_configuration = SessionConfiguration()
        if not isinstance(session_configuration, SessionConfiguration):
            raise TypeError(
                "session_configuration must be a SessionConfiguration, not "
                f"{type(session_configuration).__name__}"
            )
        self._configuration = session_configuration

    @property
    def service_layer_url(self) -> str:
        return self._url

    def with_credentials(
        self,
        username: str,
        password: str,
        domain: str | None = None,
        store_password: bool = False,
    ) -> Session:
        """Connect with a user name and password: NTLM for domain users when offered, else Basic.

        The password is kept in memory only with ``store_password=True``, which lets the
        session sign in again when its server session is lost (long or parallel jobs).
        """
        _require_text(username, "username")
        _require_text(password, "password", allow_empty=True)
        if domain is not None:
            _require_text(domain, "domain")
        if not isinstance(store_password, bool):
            raise TypeError(f"store_password must be a bool, not {type(store_password).__name__}")
        auth = PasswordAuth(
            username,
            password,
            domain,
            store_password=store_password,
            allow_plain_http=self._configuration.allow_plain_http_credentials,
        )
        return self._connect(auth, CredentialsIdentity("password"))

    def with_autologon(self) -> Session:
        """Connect as the current user (Negotiate: Kerberos where available, else NTLM)."""
        return self._connect(AutologonAuth(), CredentialsIdentity("autologon"))

    def with_api_key(self, key: str) -> Session:
        """Connect with an API key (sent once, to create the server session)."""
        _require_text(key, "key")
        allow = self._configuration.allow_plain_http_credentials
        return self._connect(ApiKeyAuth(key, allow_plain_http=allow), CredentialsIdentity("apiKey"))

    def with_oidc(self, **explicit_config: Any) -> OIDCSessionBuilder:
        """An OIDC builder; ``explicit_config`` names a provider the server does not advertise."""
        from ._oidc_builder import OIDCSessionBuilder

        return OIDCSessionBuilder(self._url, self._configuration, **explicit_config)

    def _connect(self, auth: httpx.Auth, identity: CredentialsIdentity) -> Session:
        session = connect(self._url, self._configuration, auth, identity=identity)
        scheme = getattr(auth, "scheme", None)
        if scheme:
            identity.scheme = scheme
        return session

    def __repr__(self) -> str:
        return f"SessionBuilder(service_layer_url={self._url!r}, {self._configuration!r})"
