"""The SDK's typed errors and the mapping from HTTP answers to them.

Every error carries what a user needs to act (operation, status, problem details, request id)
and never a secret: messages are built only from the server's problem document and our text.
"""

from __future__ import annotations

import contextvars
import json
from typing import Any

import httpx

__all__ = [
    "APIError",
    "ApiVersionMismatchError",
    "AuthenticationError",
    "ConflictError",
    "ConnectionFailedError",
    "InvalidRecordStateError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlainHttpCredentialsError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "ServiceLayerError",
    "TransportError",
    "UnexportedBinaryDataError",
    "error_from_response",
]


_CALL: contextvars.ContextVar[str | None] = contextvars.ContextVar("facade_call", default=None)
"""The public method running in this context (set by ``calls.names_errors``)."""


def current_call() -> str | None:
    """The public method the current request belongs to, if one is running."""
    return _CALL.get()


class ServiceLayerError(Exception):
    """Root of every error the SDK raises on purpose."""


class APIError(ServiceLayerError):
    """The Service Layer answered with a non-2xx status."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        operation: str | None = None,
        problem: dict[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.operation = operation
        self.problem = problem or {}
        self.request_id = request_id

    @property
    def field_errors(self) -> list[dict[str, Any]]:
        """The problem's per-field errors (``pointer``, ``message``), if any."""
        errors = self.problem.get("errors")
        return list(errors) if isinstance(errors, list) else []


class AuthenticationError(APIError):
    """401: the credentials are missing, wrong or expired."""


class PermissionDeniedError(APIError, PermissionError):
    """403: authenticated, but the account may not do this."""


class NotFoundError(APIError):
    """404: no such resource, or not visible to this account."""


class ConflictError(APIError):
    """409: the request conflicts with the current state."""


class InvalidRequestError(APIError, ValueError):
    """400, 413 or 422: the server rejected the request as invalid."""


class RateLimitedError(APIError):
    """429: too many requests; ``retry_after`` says how long to wait, in seconds."""

    retry_after: float | None = None


class ServerError(APIError):
    """5xx: the server failed; the request may or may not have been applied."""

    retry_after: float | None = None


class TransportError(ServiceLayerError):
    """No HTTP answer at all."""


class ConnectionFailedError(TransportError, ConnectionError):
    """The server could not be reached or dropped the connection."""


class RequestTimeoutError(TransportError, TimeoutError):
    """No response within the configured timeout (the server may still be working)."""


class InvalidResponseError(ServiceLayerError):
    """The server's answer cannot be used: it breaks the contract or one of the SDK's limits.

    For example pages whose ``nextPage`` loops, or more pages than ``max_pages``.
    """


class ResponseTooLargeError(InvalidResponseError, TransportError):
    """An answer's body (after decompression) is larger than ``max_response_bytes``."""


class ApiVersionMismatchError(ServiceLayerError):
    """The server implements another major version of the API contract."""

    def __init__(self, message: str, *, client_version: str, server_version: str) -> None:
        super().__init__(message)
        self.client_version = client_version
        self.server_version = server_version


class PlainHttpCredentialsError(ServiceLayerError, PermissionError):
    """A password or API key would go over plain http to a host that is not loopback.

    Nothing was sent. Use an ``https://`` URL, or allow it explicitly with
    ``SessionConfiguration(allow_plain_http_credentials=True)`` on a network you trust.
    """


class InvalidRecordStateError(ServiceLayerError):
    """The operation needs records that exist on the server, and at least one does not yet."""


class UnexportedBinaryDataError(ServiceLayerError):
    """Binary data needed for the operation was never fetched from the server."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: InvalidRequestError,
    422: InvalidRequestError,
    429: RateLimitedError,
}


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _problem(response: httpx.Response) -> dict[str, Any]:
    content_type = response.headers.get("Content-Type", "")
    if "json" not in content_type:
        return {}
    try:
        body = json.loads(response.content)
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _field_messages(problem: dict[str, Any], detail: object) -> list[str]:
    """Each distinct field error once, leaving out those the detail already says."""
    said = str(detail or "").casefold()
    messages: list[str] = []
    for field_error in problem.get("errors") or []:
        if not isinstance(field_error, dict):
            continue
        message = str(field_error.get("message") or "")
        pointer = field_error.get("pointer")
        text = f"{pointer}: {message}" if pointer else message
        last_step = str(pointer or "").rstrip("/").rsplit("/", 1)[-1]
        said_already = f"{pointer} {message}".casefold() in said or (
            f"{last_step} {message}".casefold() in said and not str(pointer).startswith("/")
        )
        if text in messages or said_already:
            continue
        messages.append(text)
    return messages


def error_from_response(response: httpx.Response, operation: str | None = None) -> APIError:
    """Build the typed error for a non-2xx ``response`` of ``operation``.

    The error names the public method the user called when one is running (``update``),
    else ``operation``.
    """
    status = response.status_code
    problem = _problem(response)
    request_id = problem.get("requestId") or response.headers.get("X-Request-Id")
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else APIError)
    title = problem.get("title") or response.reason_phrase or "HTTP error"
    detail = problem.get("detail")
    name = current_call() or operation
    parts = [f"{name}: " if name else "", f"{status} {title}"]
    if detail and str(detail).strip() != str(title).strip():
        parts.append(f": {detail}")
    parts.extend(f"; {text}" for text in _field_messages(problem, detail))
    if request_id:
        parts.append(f" (request id {request_id})")
    error = cls(
        "".join(parts), status=status, operation=name, problem=problem, request_id=request_id
    )
    if isinstance(error, RateLimitedError | ServerError):
        error.retry_after = _retry_after(response)
    return error
