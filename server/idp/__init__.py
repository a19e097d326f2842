"""Embedded OpenID Connect identity provider of the reference server (mounted at ``/oidc``)."""

from ._provider import IdentityProvider

__all__ = ["IdentityProvider"]
