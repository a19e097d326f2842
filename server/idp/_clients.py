"""Registered clients of the embedded identity provider and their redirect URIs."""

from __future__ import annotations

from urllib.parse import urlsplit

from .._config import ServerConfig

__all__ = ["SUPPORTED_SCOPES", "is_registered_redirect", "normalize_scope"]

SUPPORTED_SCOPES = ("openid", "profile", "offline_access")
_LOOPBACK_HOSTS = ("127.0.0.1", "localhost")


def is_registered_redirect(config: ServerConfig, client_id: str, redirect_uri: str) -> bool:
    """RFC 8252 loopback redirects: ``http://127.0.0.1:<port>/callback`` or localhost, any port."""
    if client_id != config.oidc_client_id:
        return False
    if redirect_uri == config.oidc_redirect_uri:
        return True
    try:
        parts = urlsplit(redirect_uri)
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme == "http"
        and parts.hostname in _LOOPBACK_HOSTS
        and parts.netloc == f"{parts.hostname}:{port}"
        and port is not None
        and parts.path == "/callback"
        and not parts.query
        and not parts.fragment
    )


def normalize_scope(requested: str | None) -> str | None:
    """The requested scopes in canonical order, or None when one is not supported."""
    scopes = (requested or "openid").split()
    if any(scope not in SUPPORTED_SCOPES for scope in scopes):
        return None
    return " ".join(scope for scope in SUPPORTED_SCOPES if scope in scopes)
