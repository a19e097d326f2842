r"""SessionBuilder: choose how to sign in, connect, and return a Session.

Every ``with_…`` method returns a connected Session (the credentials are checked at once) or
raises a typed error that says what to do. Password, autologon and API-key sign-ins create a
server session, which every later request carries.

``with_credentials`` picks the scheme from the server's 401 challenges: NTLM when offered and
the user is a domain user (``domain=`` given, or ``DOMAIN\\user`` / ``user@domain``): the
password never crosses the wire, and it works on every OS through pyspnego. Otherwise Basic
(NTLM when the server offers no Basic). Basic sends the password and an API key is sent as is:
over plain http to a host other than loopback both are refused (``PlainHttpCredentialsError``)
unless ``SessionConfiguration(allow_plain_http_credentials=True)``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import httpx

from .._connection import CredentialsIdentity
from .._core.calls import names_errors
from .._core.checks import require_bool, require_str
from .._core.configuration import SessionConfiguration
from .._core.strict import StrictAttributes
from .._core.urls import require_http_url
from .._session import Session
from ..auth._apikey import ApiKeyAuth
from ..auth._negotiate import AutologonAuth, PasswordAuth
from ..auth.oidc._token_store import TokenStore
from .connecting import configuration_or_default, connect

if TYPE_CHECKING:  # annotations only: the OIDC flows load when OIDC is chosen
    from .oidc import OIDCSessionBuilder

__all__ = ["SessionBuilder"]


class SessionBuilder(StrictAttributes):
    """Builds a Session for ``service_layer_url`` (the server's root URL).

    Example:
        >>> from facade import SessionBuilder, SessionConfiguration
        >>> SessionBuilder("http://127.0.0.1:8765", SessionConfiguration(max_retries=2))
        SessionBuilder(service_layer_url='http://127.0.0.1:8765', ...)

    Args:
        service_layer_url: The Service Layer's root URL (``http://host:port``).
        session_configuration: Timeouts, retries, TLS, proxy and headers; default
            ``SessionConfiguration()``.
    """

    def __init__(
        self, service_layer_url: str, session_configuration: SessionConfiguration | None = None
    ) -> None:
        self._url = require_http_url(service_layer_url, "service_layer_url")
        self._configuration = configuration_or_default(session_configuration)

    @property
    def service_layer_url(self) -> str:
        """The Service Layer's root URL, as given."""
        return self._url

    @names_errors("with_credentials")
    def with_credentials(
        self,
        username: str,
        password: str,
        domain: str | None = None,
        store_password: bool = False,
    ) -> Session:
        r"""Connect with a user name and password: Kerberos, NTLM or Basic, as the server offers.

        A user of a Kerberos realm (``domain="EXAMPLE.COM"`` or ``"user@EXAMPLE.COM"``) gets a
        ticket from the realm's KDC (``KRB5_CONFIG``) and signs in with Negotiate; the ticket
        stays in memory. A domain user (``domain="DEMO"`` or ``"DEMO\\user"``) uses NTLM, any
        other user Basic. The password is kept in memory only with ``store_password=True``,
        which lets the session sign in again when its server session is lost (long or
        parallel jobs).

        Args:
            username: The user name, optionally ``DOMAIN\\user`` or ``user@REALM``.
            password: The user's password.
            domain: The NetBIOS domain (NTLM) or Kerberos realm of the user, if any.
            store_password: Keep the password to sign in again later.

        Returns:
            A connected ``Session`` holding one server session.

        Raises:
            AuthenticationError: The sign-in was refused; the message names the cause (wrong
                password, unknown user, no KDC for the realm, clock skew, a service principal
                the KDC does not know, a server that did not prove its identity).
        """
        require_str(username, "username", allow_empty=False)
        require_str(password, "password")
        if domain is not None:
            require_str(domain, "domain", allow_empty=False)
        require_bool(store_password, "store_password")
        auth = PasswordAuth(
            username,
            password,
            domain=domain,
            store_password=store_password,
            allow_plain_http=self._configuration.allow_plain_http_credentials,
        )
        return self._connect(auth, CredentialsIdentity("password"))

    @names_errors("with_autologon")
    def with_autologon(self) -> Session:
        """Connect as the current user (Negotiate: Kerberos where available, else NTLM).

        Kerberos uses the ticket in the current user's cache (``KRB5CCNAME``, filled by
        ``kinit`` or the domain login) for the service principal ``HTTP/<host of the URL>``;
        no password is involved. The server must prove its identity with its final token.

        Returns:
            A connected ``Session`` holding one server session.

        Raises:
            AutologonUnavailableError: No Kerberos ticket and no NTLM credentials: run
                ``kinit`` or use ``with_credentials``.
            AuthenticationError: The ticket has expired, the KDC does not know the service
                principal, the clocks differ too much, or the server refused the sign-in.
        """
        return self._connect(AutologonAuth(), CredentialsIdentity("autologon"))

    @names_errors("with_api_key")
    def with_api_key(self, key: str) -> Session:
        """Connect with an API key (sent once, to create the server session).

        Args:
            key: The API key the server issued.

        Returns:
            A connected ``Session`` holding one server session.

        Raises:
            PlainHttpCredentialsError: The URL is plain http to a host that is not loopback.
            AuthenticationError: The server does not accept the key.
            ConnectionFailedError: The server could not be reached.
        """
        require_str(key, "key", allow_empty=False)
        allow = self._configuration.allow_plain_http_credentials
        return self._connect(ApiKeyAuth(key, allow_plain_http=allow), CredentialsIdentity("apiKey"))

    def with_oidc(
        self,
        *,
        issuer: str | None = None,
        client_id: str | None = None,
        scopes: str | list[str] | None = None,
        redirect_uri: str | None = None,
        audience: str | None = None,
        authorization_endpoint: str | None = None,
        token_endpoint: str | None = None,
        device_authorization_endpoint: str | None = None,
        authority: str | None = None,
        token_cache_file: str | os.PathLike[str] | None = None,
        token_store: TokenStore | None = None,
        use_server_session: bool = False,
    ) -> OIDCSessionBuilder:
        """Choose OIDC sign-in; the identity provider is the one the server advertises.

        Give ``issuer`` and ``client_id`` (and endpoints, if the provider has no discovery
        document) for a provider the server does not advertise.

        Args:
            issuer: The identity provider's issuer URL (its discovery document is read).
            client_id: The OAuth client id registered for this SDK.
            scopes: Scopes to ask for: a list, or a space-separated string.
            redirect_uri: Loopback redirect URI for the browser sign-in.
            audience: The API audience (sent as ``audience`` and ``resource``).
            authorization_endpoint: The authorize URL, without a discovery document.
            token_endpoint: The token URL, without a discovery document.
            device_authorization_endpoint: The device authorization URL (RFC 8628).
            authority: Same as ``issuer``.
            token_cache_file: Keep refresh tokens in this 0600 file instead of the keyring.
            token_store: Keep refresh tokens in this store (see ``TokenStore``).
            use_server_session: Trade the token for a server session once, instead of sending
                it with every request.

        Returns:
            An ``OIDCSessionBuilder``; call one of its ``with_...`` methods to sign in.

        Raises:
            TypeError: An option has the wrong type (or a misspelt name).
            ValueError: A URL option is not an http(s) URL.
        """
        from .oidc import OIDCSessionBuilder  # the OIDC flows load when OIDC is chosen

        return OIDCSessionBuilder(
            self._url,
            self._configuration,
            issuer=issuer,
            client_id=client_id,
            scopes=scopes,
            redirect_uri=redirect_uri,
            audience=audience,
            authorization_endpoint=authorization_endpoint,
            token_endpoint=token_endpoint,
            device_authorization_endpoint=device_authorization_endpoint,
            authority=authority,
            token_cache_file=token_cache_file,
            token_store=token_store,
            use_server_session=use_server_session,
        )

    def _connect(self, auth: httpx.Auth, identity: CredentialsIdentity) -> Session:
        session = connect(self._url, self._configuration, auth=auth, identity=identity)
        scheme = getattr(auth, "scheme", None)
        if scheme:
            identity.scheme = scheme
        return session

    def __repr__(self) -> str:
        return f"SessionBuilder(service_layer_url={self._url!r}, {self._configuration!r})"
