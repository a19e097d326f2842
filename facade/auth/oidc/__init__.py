"""OpenID Connect sign-in: discovery, tokens, the device-code and authorization-code flows, and where refresh tokens are stored.

Depends on the facade's core only.
"""

from ._errors import (
    AccessDeniedError,
    AuthorizationCodeFlowError,
    BrowserUnavailableError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    DeviceCodeTimeoutError,
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    InsecureTokenFileError,
    OIDCConfigurationError,
    OIDCError,
    StoredTokenNotFoundError,
    TokenRefreshError,
    TokenStoreError,
)
from ._prompt import DeviceCodePrompt
from ._token_store import KEYRING_SERVICE, InsecureKeyringWarning, TokenStore

__all__ = [
    "KEYRING_SERVICE",
    "AccessDeniedError",
    "AuthorizationCodeFlowError",
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
