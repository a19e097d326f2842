"""Errors of the OIDC side: discovery, interactive flows, token refresh and token storage.

Each says what went wrong and what to do next. None carries a token: messages are built from
the OAuth ``error`` code, the provider's ``error_description`` and our own text.
"""

from __future__ import annotations

from ..._core.errors import AuthenticationError, ServiceLayerError

__all__ = [
    "AccessDeniedError",
    "AuthorizationCodeFlowError",
    "BrowserUnavailableError",
    "DeviceCodeCancelledError",
    "DeviceCodeExpiredError",
    "DeviceCodeTimeoutError",
    "IdentityProviderChangedError",
    "InsecureIdentityProviderError",
    "InsecureTokenFileError",
    "OIDCConfigurationError",
    "OIDCError",
    "StoredTokenNotFoundError",
    "TokenRefreshError",
    "TokenStoreError",
]


class OIDCError(AuthenticationError):
    """Signing in through the identity provider failed.

    ``error`` is the OAuth error code when the provider sent one (``invalid_grant``…);
    ``status`` is the provider's HTTP status, or 401 when no HTTP answer is involved.
    """

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        error_description: str | None = None,
        status: int = 401,
    ) -> None:
        super().__init__(message, status=status, operation=None)
        self.error = error
        self.error_description = error_description


class OIDCConfigurationError(OIDCError):
    """The identity provider could not be found or described (discovery failed)."""


class InsecureIdentityProviderError(OIDCConfigurationError):
    """The identity provider is named by a plain-http URL on a host other than loopback.

    Tokens, codes and passwords would cross the network readable by anyone on the way, so
    nothing is sent to it.
    """


class IdentityProviderChangedError(OIDCConfigurationError):
    """The Service Layer now names another identity provider than the one a token came from.

    The token is not sent anywhere. ``stored_issuer``/``stored_token_origin`` say where the
    token was issued, ``advertised_issuer``/``advertised_token_origin`` what is named now.
    """

    def __init__(
        self,
        message: str,
        *,
        stored_issuer: str | None,
        stored_token_origin: str,
        advertised_issuer: str | None,
        advertised_token_origin: str,
    ) -> None:
        super().__init__(message)
        self.stored_issuer = stored_issuer
        self.stored_token_origin = stored_token_origin
        self.advertised_issuer = advertised_issuer
        self.advertised_token_origin = advertised_token_origin


class DeviceCodeExpiredError(OIDCError):
    """The device code expired before the user approved the sign-in (``expired_token``)."""


class DeviceCodeTimeoutError(OIDCError, TimeoutError):
    """The caller's own ``timeout`` for the device-code sign-in ran out first.

    The code itself may still be valid; start again with a longer ``timeout`` (or none, to
    wait until the code expires).
    """


class AccessDeniedError(OIDCError):
    """The user or the provider refused the sign-in (``access_denied``)."""


class DeviceCodeCancelledError(OIDCError):
    """The program cancelled the device code flow before the user approved it."""


class AuthorizationCodeFlowError(OIDCError):
    """The browser sign-in failed: bad state or nonce, provider error, or timeout."""


class BrowserUnavailableError(AuthorizationCodeFlowError):
    """No web browser could be opened; the device code flow works without one."""


class TokenRefreshError(OIDCError):
    """The identity provider refused to refresh the tokens; sign in again."""


class StoredTokenNotFoundError(OIDCError):
    """No refresh token has been stored for this Service Layer and client."""


class TokenStoreError(ServiceLayerError):
    """A token could not be read from or written to the keyring or the token cache file."""


class InsecureTokenFileError(TokenStoreError, PermissionError):
    """The token cache file can be read by other users (or belongs to someone else)."""
