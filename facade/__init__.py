"""Python SDK for the materials-data Service Layer.

Users import everything from here; the modules beginning with ``_`` are private.
"""

from ._config import SessionConfiguration
from ._errors import (
    APIError,
    ApiVersionMismatchError,
    AuthenticationError,
    ConflictError,
    ConnectionFailedError,
    InvalidRecordStateError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RequestTimeoutError,
    ServerError,
    ServiceLayerError,
    TransportError,
    UnexportedBinaryDataError,
)

API_VERSION = "1.0.0"
"""The version of ``openapi/servicelayer.yaml`` this facade was built against."""

__all__ = [
    "API_VERSION",
    "APIError",
    "ApiVersionMismatchError",
    "AuthenticationError",
    "ConflictError",
    "ConnectionFailedError",
    "InvalidRecordStateError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "RequestTimeoutError",
    "ServerError",
    "ServiceLayerError",
    "SessionConfiguration",
    "TransportError",
    "UnexportedBinaryDataError",
]
