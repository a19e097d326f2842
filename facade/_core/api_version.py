"""The API version this SDK speaks, and how it is checked against the server's at connect."""

from __future__ import annotations

import re

from .errors import ApiVersionMismatchError
from .warn import warn_caller

__all__ = ["API_VERSION", "ApiVersionWarning", "negotiate_api_version"]

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
        warn_caller(
            f"The server implements Service Layer API {server_version}, newer than this SDK's "
            f"{client_version}: everything here works, but newer features are not available. "
            "Upgrade the SDK to use them.",
            ApiVersionWarning,
        )
    return server_version
