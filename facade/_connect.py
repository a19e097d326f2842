"""connect(): read the server's status, negotiate the API version, sign in, return a Session.

The credentials are checked at once by creating a server session, so a wrong password fails
here, not at the first data call. With ``use_server_session=False`` (e.g. bearer tokens that
refresh themselves) that session is revoked right away and ``auth`` signs every request.
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

import httpx

from generated import Client
from generated.api.status import get_status
from generated.models import Status

from ._config import SessionConfiguration
from ._connection import Connection, CredentialsIdentity, Identity
from ._errors import ApiVersionMismatchError, NotFoundError, error_from_response
from ._transport import TransportStats, build_httpx_client
from .auth._server_session import ControlChannel, ServerSessionAuth

if TYPE_CHECKING:
    from ._session import Session

__all__ = [
    "API_VERSION",
    "ApiVersionWarning",
    "CredentialsIdentity",
    "Identity",
    "connect",
    "negotiate_api_version",
    "open_connection",
]

API_VERSION = "1.0.0"
"""The version of ``openapi/servicelayer.yaml`` this facade was built against."""

_VERSION = re.compile(r"^\s*v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?\s*$")


class ApiVersionWarning(UserWarning):
    """The server implements a newer minor version: everything here works, newer features not."""


def _parse(version: str) -> tuple[int, int] | None:
    match = _VERSION.match(version)
    return (int(match.group(1)), int(match.group(2))) if match else None


def negotiate_api_version(server_version: str, client_version: str = API_VERSION) -> str:
    """Accept the same major version; warn for a newer minor; raise for another major."""
    server, client = _parse(server_version), _parse(client_version)
    if server is None or client is None or server[0] != client[0]:
        raise ApiVersionMismatchError(
            f"The server implements Service Layer API {server_version!r} but this SDK speaks "
            f"{client_version}: major versions differ. Install an SDK release for API "
            f"{server_version.split('.')[0]}.x, or connect to a server for API {client[0] if client else '?'}.x.",
            client_version=client_version,
            server_version=server_version,
        )
    if server[1] > client[1]:
        warnings.warn(
            f"The server implements Service Layer API {server_version}, newer than this SDK's "
            f"{client_version}: everything here works, but newer features are not available. "
            "Upgrade the SDK to use them.",
            ApiVersionWarning,
            stacklevel=3,
        )
    return server_version


def _normalized(url: str) -> str:
    if not isinstance(url, str):
        raise TypeError(f"service_layer_url must be a str, not {type(url).__name__}")
    parsed = httpx.URL(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(
            f"service_layer_url must be an http(s) URL such as https://server/servicelayer, "
            f"got {url!r}"
        )
    return str(parsed.copy_with(query=None, fragment=None)).rstrip("/")


def _read_status(channel: ControlChannel, url: str) -> Status:
    with channel.using() as client:
        response = get_status.sync_detailed(client=client)
    if response.status_code == 200 and isinstance(response.parsed, Status):
        return response.parsed
    error = error_from_response(
        httpx.Response(response.status_code, headers=response.headers, content=response.content),
        "get_status",
    )
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


def open_connection(
    service_layer_url: str,
    configuration: SessionConfiguration,
    auth: httpx.Auth,
    *,
    identity: Identity,
    use_server_session: bool = True,
) -> Connection:
    """Everything ``connect`` does, returning the Connection itself."""
    url = _normalized(service_layer_url)
    stats = TransportStats()
    channel = ControlChannel.build(
        lambda control_auth: build_httpx_client(
            configuration, base_url=url, auth=control_auth, stats=stats, max_connections=1
        )
    )
    session_auth = ServerSessionAuth(
        channel,
        auth,
        service_layer_url=url,
        margin_seconds=configuration.token_refresh_margin,
    )
    http = build_httpx_client(
        configuration,
        base_url=url,
        auth=session_auth if use_server_session else auth,
        stats=stats,
    )
    client = Client(base_url=url).set_httpx_client(http)
    try:
        status = _read_status(channel, url)
        api_version = negotiate_api_version(status.api_version)
        session_auth.start()
        if not use_server_session:
            session_auth.close()
        return Connection(
            service_layer_url=url,
            viewer_base_url=status.viewer_base_url,
            api_version=api_version,
            max_batch_size=status.limits.max_batch_size,
            max_page_size=status.limits.max_page_size,
            configuration=configuration,
            client=client,
            identity=identity,
            channel=channel,
            server_session=session_auth if use_server_session else None,
            stats=stats,
        )
    except BaseException:
        http.close()
        channel.close()
        raise


def connect(
    service_layer_url: str,
    configuration: SessionConfiguration,
    auth: httpx.Auth,
    *,
    identity: Identity,
    use_server_session: bool = True,
) -> Session:
    """Connect and sign in; returns ``Session(connection)``.

    ``auth`` signs the creation of the server session (and every request when
    ``use_server_session`` is False). ``auth.can_reauthenticate`` (default True) says whether
    it may sign in again when the server session is lost.
    """
    from ._session import Session

    connection = open_connection(
        service_layer_url,
        configuration,
        auth,
        identity=identity,
        use_server_session=use_server_session,
    )
    try:
        return Session(connection)
    except BaseException:
        connection.close()
        raise
