"""Authentication: Basic, API key, Negotiate (NTLM/Kerberos), server sessions, and OIDC (``auth.oidc``).

One private module per scheme or protocol; depends on the facade's core only.
"""

from ._negotiate import AutologonUnavailableError
from .oidc import (
    KEYRING_SERVICE,
    AccessDeniedError,
    AuthorizationCodeFlowError,
    BrowserUnavailableError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    DeviceCodePrompt,
    DeviceCodeTimeoutError,
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    InsecureKeyringWarning,
    InsecureTokenFileError,
    OIDCConfigurationError,
    OIDCError,
    StoredTokenNotFoundError,
    TokenRefreshError,
    TokenStore,
    TokenStoreError,
)

__all__ = [
    "KEYRING_SERVICE",
    "AccessDeniedError",
    "AuthorizationCodeFlowError",
    "AutologonUnavailableError",
    "BrowserUnavailableError",
    "DeviceCodeCancelledError",
    "DeviceCodeExpiredError",
    "DeviceCodePrompt",
    "DeviceCodeTimeoutError",
    "IdentityProviderChangedError",
    "InsecureIdentityProviderError",
    "InsecureKeyringWarning",
    "InsecureTokenFileError",
    "OIDCConfigurationError",
    "OIDCError",
    "StoredTokenNotFoundError",
    "TokenRefreshError",
    "TokenStore",
    "TokenStoreError",
]
