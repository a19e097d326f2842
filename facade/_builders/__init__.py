"""Builders: choose how to sign in, connect, and return a Session.

``SessionBuilder`` signs in with a password, the current user (autologon) or an API key;
``SessionBuilder.with_oidc(...)`` returns an ``OIDCSessionBuilder`` for OpenID Connect.
"""

from .connecting import connect
from .credentials import SessionBuilder

__all__ = ["SessionBuilder", "connect"]
