"""The server's status: API version, viewer URL and limits, read once at connect."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generated import Client
from generated.api.status import get_status

from .._core.errors import NotFoundError
from .._core.responses import error_from_generated

if TYPE_CHECKING:  # annotations only: each model loads where it is first used
    from generated.models import Status

__all__ = ["read_status"]


def read_status(client: Client, url: str) -> Status:
    """The server's status document; ``NotFoundError`` naming ``url`` when nothing answers there.

    Args:
        client: The generated client to ask (at connect, the one-connection control channel).
        url: The Service Layer URL, for the error message.

    Returns:
        The parsed status.

    Raises:
        NotFoundError: Nothing answers at ``url``'s status path.
        APIError: Any other error answer.
    """
    from generated.models import Status

    response = get_status.sync_detailed(client=client)
    if response.status_code == 200 and isinstance(response.parsed, Status):
        return response.parsed
    error = error_from_generated(response, "get_status")
    if isinstance(error, NotFoundError):
        raise NotFoundError(
            f"No Service Layer answers at {url} (GET /api/v1/status: 404). Check "
            "service_layer_url: it is the root URL the server prints at start-up.",
            status=404,
            operation="get_status",
            problem=error.problem,
            request_id=error.request_id,
        )
    raise error
