"""The Service Layer's sign-in endpoints (server sessions, the advertised identity provider), for the authentication code, which knows them only through its own protocols."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generated import Client
from generated.api.auth import (
    create_session,
    get_auth_configuration,
    get_session,
    refresh_session,
    revoke_session,
)
from generated.types import UNSET, Response

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models import CreateSessionRequest

__all__ = ["ServiceLayerAuthEndpoints"]


class ServiceLayerAuthEndpoints:
    """Implements ``ServerSessionEndpoints`` and ``AuthDiscoveryEndpoints`` with the generated client: each method is one request; answers are returned as they come, unchecked."""

    def create_session(
        self, client: Client, body: CreateSessionRequest | None = None
    ) -> Response[Any]:
        """``POST /api/v1/sessions`` (without a body: the unauthenticated probe for challenges)."""
        return create_session.sync_detailed(client=client, body=UNSET if body is None else body)

    def get_session(self, client: Client, session_id: str) -> Response[Any]:
        """``GET /api/v1/sessions/{id}``."""
        return get_session.sync_detailed(session_id, client=client)

    def refresh_session(self, client: Client, session_id: str) -> Response[Any]:
        """``POST /api/v1/sessions/{id}/refresh``."""
        return refresh_session.sync_detailed(session_id, client=client)

    def revoke_session(self, client: Client, session_id: str) -> Response[Any]:
        """``DELETE /api/v1/sessions/{id}``."""
        return revoke_session.sync_detailed(session_id, client=client)

    def auth_configuration(self, client: Client) -> Response[Any]:
        """``GET /api/v1/auth/configuration``."""
        return get_auth_configuration.sync_detailed(client=client)
