"""Python SDK for the materials-data Service Layer.

Build a session with ``SessionBuilder``; everything users need is importable from here.
Modules whose names begin with ``_`` are private.
"""

from ._builder import SessionBuilder
from ._bulk import BulkOperationError, BulkResult, ItemFailure
from ._config import SessionConfiguration
from ._connect import API_VERSION, ApiVersionWarning
from ._contract import ContractValidator, ContractViolation, validate_contract
from ._errors import (
    APIError,
    ApiVersionMismatchError,
    AuthenticationError,
    ConflictError,
    ConnectionFailedError,
    InvalidRecordStateError,
    InvalidRequestError,
    InvalidResponseError,
    NotFoundError,
    PermissionDeniedError,
    PlainHttpCredentialsError,
    RateLimitedError,
    RequestTimeoutError,
    ResponseTooLargeError,
    ServerError,
    ServiceLayerError,
    TransportError,
    UnexportedBinaryDataError,
)
from ._oidc_builder import OIDCSessionBuilder
from ._oidc_errors import (
    AccessDeniedError,
    AuthorizationCodeFlowError,
    BrowserUnavailableError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    InsecureTokenFileError,
    OIDCConfigurationError,
    OIDCError,
    StoredTokenNotFoundError,
    TokenRefreshError,
    TokenStoreError,
)
from ._record_enums import RecordColor, RecordType, ReleaseState
from ._records import Record
from ._session import Session
from ._tree import Database, Table
from ._values import (
    AttributeDate,
    AttributeDiscrete,
    AttributeFile,
    AttributeHyperlink,
    AttributeInteger,
    AttributeLogical,
    AttributeLongText,
    AttributePicture,
    AttributePoint,
    AttributeRange,
    AttributeShortText,
    AttributeValue,
    BinaryType,
    ParameterizedPointValue,
    PointParameterValue,
    Range,
)
from .auth._device_code import DeviceCodePrompt
from .auth._negotiate import AutologonUnavailableError
from .auth._token_store import KEYRING_SERVICE

__all__ = [
    "API_VERSION",
    "KEYRING_SERVICE",
    "APIError",
    "AccessDeniedError",
    "ApiVersionMismatchError",
    "ApiVersionWarning",
    "AttributeDate",
    "AttributeDiscrete",
    "AttributeFile",
    "AttributeHyperlink",
    "AttributeInteger",
    "AttributeLogical",
    "AttributeLongText",
    "AttributePicture",
    "AttributePoint",
    "AttributeRange",
    "AttributeShortText",
    "AttributeValue",
    "AuthenticationError",
    "AuthorizationCodeFlowError",
    "AutologonUnavailableError",
    "BinaryType",
    "BrowserUnavailableError",
    "BulkOperationError",
    "BulkResult",
    "ConflictError",
    "ConnectionFailedError",
    "ContractValidator",
    "ContractViolation",
    "Database",
    "DeviceCodeCancelledError",
    "DeviceCodeExpiredError",
    "DeviceCodePrompt",
    "IdentityProviderChangedError",
    "InsecureIdentityProviderError",
    "InsecureTokenFileError",
    "InvalidRecordStateError",
    "InvalidRequestError",
    "InvalidResponseError",
    "ItemFailure",
    "NotFoundError",
    "OIDCConfigurationError",
    "OIDCError",
    "OIDCSessionBuilder",
    "ParameterizedPointValue",
    "PermissionDeniedError",
    "PlainHttpCredentialsError",
    "PointParameterValue",
    "Range",
    "RateLimitedError",
    "Record",
    "RecordColor",
    "RecordType",
    "ReleaseState",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "ServerError",
    "ServiceLayerError",
    "Session",
    "SessionBuilder",
    "SessionConfiguration",
    "StoredTokenNotFoundError",
    "Table",
    "TokenRefreshError",
    "TokenStoreError",
    "TransportError",
    "UnexportedBinaryDataError",
    "validate_contract",
]
