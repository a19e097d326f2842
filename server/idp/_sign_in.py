"""What the pages that take a password share: accounts, grants, failure limits, CSRF tokens."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from starlette.requests import Request

from .._accounts import Account, AccountStore
from .._config import ServerConfig
from .._failure_limits import FailedAuthLimiter, client_address
from ._csrf import CsrfTokens
from ._store import GrantStore

__all__ = ["SignIn", "Throttled"]


@dataclass(frozen=True, slots=True)
class Throttled:
    """Too many failed sign-ins from this address or for this account: wait ``seconds``."""

    seconds: int


@dataclass(frozen=True, slots=True)
class SignIn:
    """The services of the sign-in and verification pages."""

    config: ServerConfig
    accounts: AccountStore
    grants: GrantStore
    failures: FailedAuthLimiter
    csrf: CsrfTokens

    async def check_password(
        self, request: Request, form: Mapping[str, str]
    ) -> Account | Throttled | None:
        """The account the form's user name and password sign in, counting failures.

        Args:
            request: The form's request (its client address is counted).
            form: The posted fields ``username`` and ``password``.

        Returns:
            The account; None for a wrong name or password (counted); Throttled, before any
            hash is computed, when the address or the account is over its limit.
        """
        username = form.get("username", "")
        address = client_address(request)
        wait = self.failures.retry_after(address, username)
        if wait is not None:
            return Throttled(wait)
        account = await self.accounts.verify_password(username, form.get("password", ""))
        if account is None:
            self.failures.failed(address, username)
            return None
        self.failures.succeeded(account.username)
        return account

    def count_failure(self, request: Request, form: Mapping[str, str]) -> None:
        """Count a failed attempt that passed the password check (an unusable code)."""
        self.failures.failed(client_address(request), form.get("username", ""))
