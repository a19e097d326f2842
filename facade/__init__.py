"""Python SDK for the materials-data Service Layer.

Start the reference server with ``make serve`` (or ``python -m server --demo``), then:

>>> from facade import AttributeInteger, SessionBuilder
>>> session = SessionBuilder("http://127.0.0.1:8765").with_credentials("writer", "writer-password")
>>> [db.db_key for db in session.dbs]
['DEMO_MATERIALS', ...]
>>> record = session.search_for_records_by_name("Aluminium 6061-T6")[0]
>>> record.attributes["Density"].unit
'kg/m^3'
>>> record.set_attributes([AttributeInteger("Batch size", 12)])
>>> record.flag_for_release  # records read from the server are released by update
True
>>> result = session.update([record])
>>> len(result), result.failures
(1, [])
>>> session.close()

Everything users need is importable from here: ``SessionBuilder`` signs in and returns a
``Session``; ``Database``, ``Table`` and ``Record`` hold the data; attribute values are the
``Attribute...`` classes; bulk methods return ``BulkResult`` / ``LookupResult`` and report
every failure (see ``BulkOperationError``); errors derive from ``ServiceLayerError``.
"""

# First: httpx without its command line client (Rich, Click, Pygments); see light_httpx.
from ._core import light_httpx as _light_httpx  # noqa: F401

# isort: split
from typing import TYPE_CHECKING, Any

from ._builders import SessionBuilder
from ._core.api_version import API_VERSION, ApiVersionWarning
from ._core.batching import (
    BulkOperationError,
    BulkResult,
    FailedItemError,
    ItemFailure,
    LookupResult,
    Progress,
    ProgressCallback,
)
from ._core.configuration import SessionConfiguration
from ._core.errors import (
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
from ._model.binary_objects import File, Picture
from ._model.criteria import SearchCriterion
from ._model.data_revisions import DataRevisionHistory
from ._model.database import Database
from ._model.dataframes import functional_to_dataframe, records_to_dataframe
from ._model.definitions import (
    AttributeDefinition,
    AttributeDefinitionDate,
    AttributeDefinitionDiscrete,
    AttributeDefinitionFile,
    AttributeDefinitionFloatFunctional,
    AttributeDefinitionHyperlink,
    AttributeDefinitionInteger,
    AttributeDefinitionLogical,
    AttributeDefinitionLongText,
    AttributeDefinitionMultiValue,
    AttributeDefinitionPicture,
    AttributeDefinitionPoint,
    AttributeDefinitionRange,
    AttributeDefinitionShortText,
    AttributeDefinitionTabular,
    AttributeDefinitionUnsupported,
    AttributeParameter,
)
from ._model.enums import RecordColor, RecordType, ReleaseState
from ._model.export import export_table
from ._model.history import (
    ObjectHistory,
    RecordVersionHistory,
)
from ._model.layouts import TableLayout
from ._model.precision import TrailingZeroInformation, ValueWithPrecision
from ._model.properties import (
    PseudoAttributeDefinition,
    PseudoAttributeValue,
    RecordProperties,
)
from ._model.record import Record
from ._model.structured_values import (
    AttributeFunctionalGridPoint,
    AttributeFunctionalGridRange,
    AttributeFunctionalSeriesPoint,
    AttributeFunctionalSeriesRange,
    AttributeTabular,
    FunctionalTableView,
    FunctionalValue,
    FunctionalValueParameter,
    GraphDecoration,
    GridParameterValues,
    GridPoint,
    GridRange,
    LinkedCell,
    LocalCell,
    LocalDateValue,
    LocalDiscreteValue,
    LocalHyperlinkValue,
    LocalIntegerValue,
    LocalLogicalValue,
    LocalLongTextValue,
    LocalPointValue,
    LocalRangeValue,
    LocalShortTextValue,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
    TabularColumn,
    TabularRow,
)
from ._model.table import Table
from ._model.tabular_binary_cells import LocalFileValue, LocalPictureValue
from ._model.units import (
    DATABASE_UNIT_SYSTEM,
)
from ._model.values import (
    AttributeDate,
    AttributeDiscrete,
    AttributeDiscreteMulti,
    AttributeDiscreteSingle,
    AttributeFile,
    AttributeHyperlink,
    AttributeInteger,
    AttributeLogical,
    AttributeLongText,
    AttributePicture,
    AttributePoint,
    AttributePointMulti,
    AttributePointSingle,
    AttributeRange,
    AttributeShortText,
    AttributeUnsupported,
    AttributeValue,
    BinaryType,
    ParameterizedPointValue,
    PointParameterValue,
    PointValueParameter,
    Range,
)
from ._ops.lookups import RecordListMismatchWarning
from ._session import Session
from .auth import (
    KEYRING_SERVICE,
    AccessDeniedError,
    AuthorizationCodeFlowError,
    AutologonUnavailableError,
    BrowserUnavailableError,
    DeviceCodeCancelledError,
    DeviceCodeExpiredError,
    DeviceCodePrompt,
    DeviceCodeTimeoutError,
    IdentityProviderChangedError,
    InsecureIdentityProviderError,
    InsecureKeyringWarning,
    InsecureTokenFileError,
    OIDCConfigurationError,
    OIDCError,
    StoredTokenNotFoundError,
    TokenRefreshError,
    TokenStore,
    TokenStoreError,
)

if TYPE_CHECKING:  # for type checkers; at run time __getattr__ below imports these
    from ._async_builders import AsyncOIDCSessionBuilder, AsyncSessionBuilder
    from ._async_session import AsyncDatabase, AsyncSession, AsyncTable
    from ._builders.oidc import OIDCSessionBuilder
    from ._core.contract_validation import ContractValidator, ContractViolation, validate_contract

# Loaded at first use: the asyncio API (and asyncio itself), which a blocking program never
# needs, the OIDC builder with its flows (discovery, tokens, the loopback HTTP server), and
# contract validation (the spec's operations and the openapi-core adapter).
_LAZY_NAMES = {
    "AsyncDatabase": "._async_session",
    "AsyncOIDCSessionBuilder": "._async_builders",
    "AsyncSession": "._async_session",
    "AsyncSessionBuilder": "._async_builders",
    "AsyncTable": "._async_session",
    "ContractValidator": "._core.contract_validation",
    "ContractViolation": "._core.contract_validation",
    "OIDCSessionBuilder": "._builders.oidc",
    "validate_contract": "._core.contract_validation",
}


def __getattr__(name: str) -> Any:
    """The names of ``_LAZY_NAMES``, imported when first asked for (PEP 562)."""
    module_name = _LAZY_NAMES.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY_NAMES})


__all__ = [
    "API_VERSION",
    "DATABASE_UNIT_SYSTEM",
    "KEYRING_SERVICE",
    "APIError",
    "AccessDeniedError",
    "ApiVersionMismatchError",
    "ApiVersionWarning",
    "AsyncDatabase",
    "AsyncOIDCSessionBuilder",
    "AsyncSession",
    "AsyncSessionBuilder",
    "AsyncTable",
    "AttributeDate",
    "AttributeDefinition",
    "AttributeDefinitionDate",
    "AttributeDefinitionDiscrete",
    "AttributeDefinitionFile",
    "AttributeDefinitionFloatFunctional",
    "AttributeDefinitionHyperlink",
    "AttributeDefinitionInteger",
    "AttributeDefinitionLogical",
    "AttributeDefinitionLongText",
    "AttributeDefinitionMultiValue",
    "AttributeDefinitionPicture",
    "AttributeDefinitionPoint",
    "AttributeDefinitionRange",
    "AttributeDefinitionShortText",
    "AttributeDefinitionTabular",
    "AttributeDefinitionUnsupported",
    "AttributeDiscrete",
    "AttributeDiscreteMulti",
    "AttributeDiscreteSingle",
    "AttributeFile",
    "AttributeFunctionalGridPoint",
    "AttributeFunctionalGridRange",
    "AttributeFunctionalSeriesPoint",
    "AttributeFunctionalSeriesRange",
    "AttributeHyperlink",
    "AttributeInteger",
    "AttributeLogical",
    "AttributeLongText",
    "AttributeParameter",
    "AttributePicture",
    "AttributePoint",
    "AttributePointMulti",
    "AttributePointSingle",
    "AttributeRange",
    "AttributeShortText",
    "AttributeTabular",
    "AttributeUnsupported",
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
    "DataRevisionHistory",
    "Database",
    "DeviceCodeCancelledError",
    "DeviceCodeExpiredError",
    "DeviceCodePrompt",
    "DeviceCodeTimeoutError",
    "FailedItemError",
    "File",
    "FunctionalTableView",
    "FunctionalValue",
    "FunctionalValueParameter",
    "GraphDecoration",
    "GridParameterValues",
    "GridPoint",
    "GridRange",
    "IdentityProviderChangedError",
    "InsecureIdentityProviderError",
    "InsecureKeyringWarning",
    "InsecureTokenFileError",
    "InvalidRecordStateError",
    "InvalidRequestError",
    "InvalidResponseError",
    "ItemFailure",
    "LinkedCell",
    "LocalCell",
    "LocalDateValue",
    "LocalDiscreteValue",
    "LocalFileValue",
    "LocalHyperlinkValue",
    "LocalIntegerValue",
    "LocalLogicalValue",
    "LocalLongTextValue",
    "LocalPictureValue",
    "LocalPointValue",
    "LocalRangeValue",
    "LocalShortTextValue",
    "LookupResult",
    "NotFoundError",
    "OIDCConfigurationError",
    "OIDCError",
    "OIDCSessionBuilder",
    "ObjectHistory",
    "ParameterizedPointValue",
    "PermissionDeniedError",
    "Picture",
    "PlainHttpCredentialsError",
    "PointParameterValue",
    "PointValueParameter",
    "Progress",
    "ProgressCallback",
    "PseudoAttributeDefinition",
    "PseudoAttributeValue",
    "Range",
    "RateLimitedError",
    "Record",
    "RecordColor",
    "RecordListMismatchWarning",
    "RecordProperties",
    "RecordType",
    "RecordVersionHistory",
    "ReleaseState",
    "RequestTimeoutError",
    "ResponseTooLargeError",
    "SearchCriterion",
    "SeriesParameterValue",
    "SeriesPoint",
    "SeriesRange",
    "ServerError",
    "ServiceLayerError",
    "Session",
    "SessionBuilder",
    "SessionConfiguration",
    "StoredTokenNotFoundError",
    "Table",
    "TableLayout",
    "TabularColumn",
    "TabularRow",
    "TokenRefreshError",
    "TokenStore",
    "TokenStoreError",
    "TrailingZeroInformation",
    "TransportError",
    "UnexportedBinaryDataError",
    "ValueWithPrecision",
    "export_table",
    "functional_to_dataframe",
    "records_to_dataframe",
    "validate_contract",
]
