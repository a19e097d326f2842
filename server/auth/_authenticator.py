"""Authentication of every API request, one enabled scheme at a time.

The app calls ``Authenticator.authenticate(request)``: it returns the caller's Principal, or
None with the headers of a 401 (an NTLM/Negotiate challenge leg) and a detail that names no
secret. ``routes()`` adds the embedded identity provider under ``/oidc``.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from dataclasses import dataclass, field

from starlette.requests import Request
from starlette.routing import BaseRoute, Mount

from .._accounts import DEMO_ACCOUNTS, Account, AccountStore, ensure_accounts_table
from .._config import ServerConfig
from .._failure_limits import FailedAuthLimiter, client_address
from .._principal import Principal
from ._bearer import BearerVerifier, TokenRejected
from ._challenges import API_KEY_HEADER, SESSION_HEADER, challenges, issuer_of
from ._kerberos import use_service_keytab
from ._ntlm import NTLM_DOMAIN, ConnectionHandshakes, write_ntlm_user_file
from ._sessions import SessionStore

__all__ = ["AuthOutcome", "Authenticator"]


@dataclass(frozen=True, slots=True)
class AuthOutcome:
    """The caller (or None), headers to add to the response, and why authentication failed."""

    principal: Principal | None
    headers: dict[str, str] = field(default_factory=dict)
    detail: str | None = None
    retry_after: int | None = None
    """Set when too many authentications failed: the seconds to wait (answered as 429)."""


def _denied(detail: str, headers: dict[str, str] | None = None) -> AuthOutcome:
    return AuthOutcome(None, headers or {}, detail)


def _throttled(wait: int) -> AuthOutcome:
    return AuthOutcome(
        None, {}, f"Too many failed authentications; try again in {wait} s.", retry_after=wait
    )


class Authenticator:
    """Checks the credentials of a request against the enabled schemes."""

    def __init__(self, config: ServerConfig, db: sqlite3.Connection) -> None:
        self.config = config
        self.db = db
        ensure_accounts_table(db)
        self.accounts = AccountStore(db)
        self.sessions = SessionStore(
            db, config.session_ttl, max_lifetime_seconds=config.session_max_lifetime
        )
        self._schemes = frozenset(config.schemes)
        self.failures = FailedAuthLimiter(
            per_address=config.auth_failures_per_address,
            per_account=config.auth_failures_per_account,
            window_seconds=config.auth_failure_window,
        )
        self._handshakes = ConnectionHandshakes(kerberos_realm=config.kerberos_realm)
        if config.keytab is not None:
            use_service_keytab(config.keytab)
        if self._schemes & {"ntlm", "negotiate"}:
            write_ntlm_user_file(
                [(name, password) for name, _, password, _ in DEMO_ACCOUNTS],
                data_path=config.data,
            )
        self._idp: object | None = None
        self._bearer: BearerVerifier | None = None
        if "bearer" in self._schemes:
            self._bearer = self._make_bearer_verifier()

    def _make_bearer_verifier(self) -> BearerVerifier:
        config = self.config
        if config.oidc_issuer:
            return BearerVerifier.for_external_issuer(
                config.oidc_issuer, config.oidc_audience, config.oidc_client_id
            )
        from ..idp import IdentityProvider

        idp = IdentityProvider(config, self.db, self.accounts, failures=self.failures)
        self._idp = idp
        return BearerVerifier(
            issuer_of(config),
            config.oidc_audience,
            local_keys=lambda: idp.keys.key_set,
            revoked=idp.is_access_revoked,
        )

    def challenges(self) -> list[str]:
        """One ``WWW-Authenticate`` value per enabled scheme."""
        return challenges(self.config)

    def routes(self) -> list[BaseRoute]:
        """The embedded identity provider at ``/oidc`` (when it is the issuer)."""
        from ..idp import IdentityProvider

        if isinstance(self._idp, IdentityProvider):
            return [Mount("/oidc", app=self._idp.app())]
        return []

    async def authenticate(self, request: Request) -> AuthOutcome:
        """The caller of ``request``, or why not."""
        headers = request.headers
        session_id = headers.get(SESSION_HEADER)
        if session_id is not None and "session" in self._schemes:
            return self._from_session(session_id)
        authorization = headers.get("authorization")
        if authorization:
            scheme, _, credentials = authorization.strip().partition(" ")
            return await self._from_authorization(request, scheme.lower(), credentials.strip())
        api_key = headers.get(API_KEY_HEADER)
        if api_key is not None and "apiKey" in self._schemes:
            address = client_address(request)
            wait = self.failures.retry_after(address)
            if wait is not None:
                return _throttled(wait)
            account = await self.accounts.verify_api_key(api_key)
            if account is None:
                self.failures.failed(address)
                return _denied("The API key is not valid.")
            return self._outcome(account, "apiKey")
        return _denied("Authentication required.")

    def _outcome(
        self, account: Account, scheme: str, headers: dict[str, str] | None = None
    ) -> AuthOutcome:
        return AuthOutcome(Principal(account.username, account.role, scheme), headers or {})

    def _from_session(self, session_id: str) -> AuthOutcome:
        session = self.sessions.active(session_id)
        if session is None:
            return _denied("The server session is unknown, expired or revoked.")
        account = self.accounts.find(session.username)
        if account is None:
            return _denied("The session's account no longer exists.")
        return self._outcome(account, "session")

    async def _from_authorization(
        self, request: Request, scheme: str, credentials: str
    ) -> AuthOutcome:
        if scheme == "basic" and "basic" in self._schemes:
            return await self._from_basic(client_address(request), credentials)
        if scheme == "bearer" and self._bearer is not None:
            try:
                username = await self._bearer.verify(credentials)
            except TokenRejected as error:
                return _denied(str(error))
            account = self.accounts.find(username)
            if account is None:
                return _denied("The token's subject has no account here.")
            return self._outcome(account, "bearer")
        if scheme in ("ntlm", "negotiate") and scheme in self._schemes:
            return self._from_handshake(request, scheme, credentials)
        return _denied(f"The {scheme or 'empty'} authorization scheme is not enabled.")

    async def _from_basic(self, address: str, credentials: str) -> AuthOutcome:
        try:
            decoded = base64.b64decode(credentials, validate=True).decode("utf-8")
        except (binascii.Error, ValueError):
            return _denied("Malformed Basic credentials.")
        username, sep, password = decoded.partition(":")
        domain, _, bare = username.rpartition("\\")
        if domain and domain.upper() == NTLM_DOMAIN:
            username = bare
        if not sep or not username:
            return _denied("Malformed Basic credentials.")
        wait = self.failures.retry_after(address, username)
        if wait is not None:
            return _throttled(wait)
        account = await self.accounts.verify_password(username, password)
        if account is None:
            self.failures.failed(address, username)
            return _denied("Wrong user name or password.")
        self.failures.succeeded(account.username)
        return self._outcome(account, "basic")

    def _from_handshake(self, request: Request, scheme: str, token: str) -> AuthOutcome:
        client = request.scope.get("client")
        key = (str(client[0]), int(client[1])) if client else None
        label = "NTLM" if scheme == "ntlm" else "Negotiate"
        address = client_address(request)
        wait = self.failures.retry_after(address)
        if wait is not None:
            return _throttled(wait)
        result = self._handshakes.step(key, scheme, token)
        if result.failed:
            self.failures.failed(address)
            because = f": {result.reason}" if result.reason else ""
            return _denied(f"The {label} handshake failed{because}.")
        if result.username is None:
            challenge = f"{label} {result.out_token}" if result.out_token else label
            return _denied(f"{label} handshake in progress.", {"WWW-Authenticate": challenge})
        account = self.accounts.find(result.username)
        if account is None:
            return _denied(f"The {label} user has no account here.")
        final = {"WWW-Authenticate": f"{label} {result.out_token}"} if result.out_token else {}
        return self._outcome(account, scheme, final)
