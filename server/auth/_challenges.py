"""What the server advertises about authentication: 401 challenges and the auth configuration."""

from __future__ import annotations

from typing import Any

from .._config import ServerConfig

__all__ = ["API_KEY_HEADER", "SESSION_HEADER", "auth_configuration", "challenges", "issuer_of"]

API_KEY_HEADER = "X-API-Key"
SESSION_HEADER = "X-Session-Id"


def issuer_of(config: ServerConfig) -> str:
    """The issuer whose tokens are accepted: the external one when given, else the embedded one."""
    return (config.oidc_issuer or config.embedded_issuer).rstrip("/")


def challenges(config: ServerConfig) -> list[str]:
    """One ``WWW-Authenticate`` value per enabled scheme, in the spec's order."""
    schemes = set(config.schemes)
    values: list[str] = []
    if "basic" in schemes:
        values.append('Basic realm="Service Layer"')
    if "ntlm" in schemes:
        values.append("NTLM")
    if "negotiate" in schemes:
        values.append("Negotiate")
    if "bearer" in schemes:
        values.append(
            f'Bearer authority="{issuer_of(config)}", clientid="{config.oidc_client_id}",'
            f' redirecturi="{config.oidc_redirect_uri}", scope="{" ".join(config.oidc_scopes)}"'
        )
    if "apiKey" in schemes:
        values.append(f'ApiKey header="{API_KEY_HEADER}"')
    if "session" in schemes:
        values.append(f'Session header="{SESSION_HEADER}"')
    return values


def auth_configuration(config: ServerConfig) -> dict[str, Any]:
    """The ``AuthConfiguration`` body of ``GET /api/v1/auth/configuration``."""
    oidc: dict[str, Any] | None = None
    if "bearer" in config.schemes:
        issuer = issuer_of(config)
        oidc = {
            "authority": issuer,
            "issuer": issuer,
            "clientId": config.oidc_client_id,
            "redirectUri": config.oidc_redirect_uri,
            "scopes": list(config.oidc_scopes),
            "audience": config.oidc_audience,
        }
    return {
        "schemes": list(config.schemes),
        "apiKeyHeader": API_KEY_HEADER,
        "sessionHeader": SESSION_HEADER,
        "sessionLifetimeSeconds": max(1, config.session_ttl),
        "oidc": oidc,
    }
