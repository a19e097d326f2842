"""Contains all the data models used in inputs/outputs.

Each model's module is imported when the model is first used (PEP 562 ``__getattr__``):
importing one model, or an endpoint, does not import every model.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attribute_definition import AttributeDefinition
    from .attribute_definition_list import AttributeDefinitionList
    from .attribute_parameter import AttributeParameter
    from .attribute_type_code_known import AttributeTypeCodeKnown
    from .attribute_type_known import AttributeTypeKnown
    from .auth_configuration import AuthConfiguration
    from .auth_scheme_known import AuthSchemeKnown
    from .binary_data_info import BinaryDataInfo
    from .copy_item import CopyItem
    from .copy_request import CopyRequest
    from .create_session_request import CreateSessionRequest
    from .criteria_search_request import CriteriaSearchRequest
    from .data_revision import DataRevision
    from .database import Database
    from .database_list import DatabaseList
    from .date_value import DateValue
    from .delete_or_withdraw_request import DeleteOrWithdrawRequest
    from .delete_or_withdraw_response import DeleteOrWithdrawResponse
    from .discrete_value import DiscreteValue
    from .export_request import ExportRequest
    from .export_response import ExportResponse
    from .export_result import ExportResult
    from .field_error import FieldError
    from .file_value import FileValue
    from .functional_grid_point_value import FunctionalGridPointValue
    from .functional_grid_range_value import FunctionalGridRangeValue
    from .functional_parameter_setting import FunctionalParameterSetting
    from .functional_series_point_value import FunctionalSeriesPointValue
    from .functional_series_points import FunctionalSeriesPoints
    from .functional_series_range_value import FunctionalSeriesRangeValue
    from .functional_series_ranges import FunctionalSeriesRanges
    from .grid_parameter_values import GridParameterValues
    from .hyperlink_display_known import HyperlinkDisplayKnown
    from .hyperlink_value import HyperlinkValue
    from .import_item import ImportItem
    from .import_request import ImportRequest
    from .import_response import ImportResponse
    from .integer_value import IntegerValue
    from .item_result import ItemResult
    from .item_status_known import ItemStatusKnown
    from .layout_attribute import LayoutAttribute
    from .layout_category import LayoutCategory
    from .limits import Limits
    from .link_group import LinkGroup
    from .link_group_list import LinkGroupList
    from .link_group_type_known import LinkGroupTypeKnown
    from .link_group_update import LinkGroupUpdate
    from .link_target import LinkTarget
    from .link_update_item import LinkUpdateItem
    from .link_update_request import LinkUpdateRequest
    from .link_update_response import LinkUpdateResponse
    from .logical_value import LogicalValue
    from .long_text_value import LongTextValue
    from .meta_attribute_name import MetaAttributeName
    from .meta_attribute_values import MetaAttributeValues
    from .object_history import ObjectHistory
    from .oidc_configuration import OidcConfiguration
    from .parameter_data_type_known import ParameterDataTypeKnown
    from .picture_value import PictureValue
    from .point_entry import PointEntry
    from .point_parameter import PointParameter
    from .point_value import PointValue
    from .problem import Problem
    from .range_value import RangeValue
    from .record import Record
    from .record_color_known import RecordColorKnown
    from .record_history_event import RecordHistoryEvent
    from .record_history_event_kind_known import RecordHistoryEventKindKnown
    from .record_history_event_list import RecordHistoryEventList
    from .record_links import RecordLinks
    from .record_list import RecordList
    from .record_page import RecordPage
    from .record_properties import RecordProperties
    from .record_property_name import RecordPropertyName
    from .record_reference import RecordReference
    from .record_subsets_request import RecordSubsetsRequest
    from .record_subsets_response import RecordSubsetsResponse
    from .record_subsets_result import RecordSubsetsResult
    from .record_target import RecordTarget
    from .record_type_input import RecordTypeInput
    from .record_type_known import RecordTypeKnown
    from .release_state_known import ReleaseStateKnown
    from .release_state_result import ReleaseStateResult
    from .release_states_request import ReleaseStatesRequest
    from .release_states_response import ReleaseStatesResponse
    from .resolve_request import ResolveRequest
    from .resolve_response import ResolveResponse
    from .search_criterion import SearchCriterion
    from .search_mode import SearchMode
    from .search_operator import SearchOperator
    from .series_parameter_value import SeriesParameterValue
    from .server_session import ServerSession
    from .server_session_status_known import ServerSessionStatusKnown
    from .short_text_value import ShortTextValue
    from .status import Status
    from .subset import Subset
    from .subset_list import SubsetList
    from .table import Table
    from .table_layout import TableLayout
    from .table_layout_list import TableLayoutList
    from .table_list import TableList
    from .tabular_column import TabularColumn
    from .tabular_date_cell import TabularDateCell
    from .tabular_discrete_cell import TabularDiscreteCell
    from .tabular_file_cell import TabularFileCell
    from .tabular_hyperlink_cell import TabularHyperlinkCell
    from .tabular_integer_cell import TabularIntegerCell
    from .tabular_linked_cell import TabularLinkedCell
    from .tabular_linked_cell_value import TabularLinkedCellValue
    from .tabular_linked_records import TabularLinkedRecords
    from .tabular_logical_cell import TabularLogicalCell
    from .tabular_long_text_cell import TabularLongTextCell
    from .tabular_picture_cell import TabularPictureCell
    from .tabular_point_cell import TabularPointCell
    from .tabular_range_cell import TabularRangeCell
    from .tabular_row import TabularRow
    from .tabular_short_text_cell import TabularShortTextCell
    from .tabular_value import TabularValue
    from .trailing_zero_information import TrailingZeroInformation
    from .unit_equivalent import UnitEquivalent
    from .unit_equivalents import UnitEquivalents
    from .unit_system_list import UnitSystemList
    from .version_histories_request import VersionHistoriesRequest
    from .version_histories_response import VersionHistoriesResponse
    from .version_histories_result import VersionHistoriesResult

__all__ = (
    "AttributeDefinition",
    "AttributeDefinitionList",
    "AttributeParameter",
    "AttributeTypeCodeKnown",
    "AttributeTypeKnown",
    "AuthConfiguration",
    "AuthSchemeKnown",
    "BinaryDataInfo",
    "CopyItem",
    "CopyRequest",
    "CreateSessionRequest",
    "CriteriaSearchRequest",
    "DataRevision",
    "Database",
    "DatabaseList",
    "DateValue",
    "DeleteOrWithdrawRequest",
    "DeleteOrWithdrawResponse",
    "DiscreteValue",
    "ExportRequest",
    "ExportResponse",
    "ExportResult",
    "FieldError",
    "FileValue",
    "FunctionalGridPointValue",
    "FunctionalGridRangeValue",
    "FunctionalParameterSetting",
    "FunctionalSeriesPointValue",
    "FunctionalSeriesPoints",
    "FunctionalSeriesRangeValue",
    "FunctionalSeriesRanges",
    "GridParameterValues",
    "HyperlinkDisplayKnown",
    "HyperlinkValue",
    "ImportItem",
    "ImportRequest",
    "ImportResponse",
    "IntegerValue",
    "ItemResult",
    "ItemStatusKnown",
    "LayoutAttribute",
    "LayoutCategory",
    "Limits",
    "LinkGroup",
    "LinkGroupList",
    "LinkGroupTypeKnown",
    "LinkGroupUpdate",
    "LinkTarget",
    "LinkUpdateItem",
    "LinkUpdateRequest",
    "LinkUpdateResponse",
    "LogicalValue",
    "LongTextValue",
    "MetaAttributeName",
    "MetaAttributeValues",
    "ObjectHistory",
    "OidcConfiguration",
    "ParameterDataTypeKnown",
    "PictureValue",
    "PointEntry",
    "PointParameter",
    "PointValue",
    "Problem",
    "RangeValue",
    "Record",
    "RecordColorKnown",
    "RecordHistoryEvent",
    "RecordHistoryEventKindKnown",
    "RecordHistoryEventList",
    "RecordLinks",
    "RecordList",
    "RecordPage",
    "RecordProperties",
    "RecordPropertyName",
    "RecordReference",
    "RecordSubsetsRequest",
    "RecordSubsetsResponse",
    "RecordSubsetsResult",
    "RecordTarget",
    "RecordTypeInput",
    "RecordTypeKnown",
    "ReleaseStateKnown",
    "ReleaseStateResult",
    "ReleaseStatesRequest",
    "ReleaseStatesResponse",
    "ResolveRequest",
    "ResolveResponse",
    "SearchCriterion",
    "SearchMode",
    "SearchOperator",
    "SeriesParameterValue",
    "ServerSession",
    "ServerSessionStatusKnown",
    "ShortTextValue",
    "Status",
    "Subset",
    "SubsetList",
    "Table",
    "TableLayout",
    "TableLayoutList",
    "TableList",
    "TabularColumn",
    "TabularDateCell",
    "TabularDiscreteCell",
    "TabularFileCell",
    "TabularHyperlinkCell",
    "TabularIntegerCell",
    "TabularLinkedCell",
    "TabularLinkedCellValue",
    "TabularLinkedRecords",
    "TabularLogicalCell",
    "TabularLongTextCell",
    "TabularPictureCell",
    "TabularPointCell",
    "TabularRangeCell",
    "TabularRow",
    "TabularShortTextCell",
    "TabularValue",
    "TrailingZeroInformation",
    "UnitEquivalent",
    "UnitEquivalents",
    "UnitSystemList",
    "VersionHistoriesRequest",
    "VersionHistoriesResponse",
    "VersionHistoriesResult",
)

_MODULES = {
    "AttributeDefinition": ".attribute_definition",
    "AttributeDefinitionList": ".attribute_definition_list",
    "AttributeParameter": ".attribute_parameter",
    "AttributeTypeCodeKnown": ".attribute_type_code_known",
    "AttributeTypeKnown": ".attribute_type_known",
    "AuthConfiguration": ".auth_configuration",
    "AuthSchemeKnown": ".auth_scheme_known",
    "BinaryDataInfo": ".binary_data_info",
    "CopyItem": ".copy_item",
    "CopyRequest": ".copy_request",
    "CreateSessionRequest": ".create_session_request",
    "CriteriaSearchRequest": ".criteria_search_request",
    "DataRevision": ".data_revision",
    "Database": ".database",
    "DatabaseList": ".database_list",
    "DateValue": ".date_value",
    "DeleteOrWithdrawRequest": ".delete_or_withdraw_request",
    "DeleteOrWithdrawResponse": ".delete_or_withdraw_response",
    "DiscreteValue": ".discrete_value",
    "ExportRequest": ".export_request",
    "ExportResponse": ".export_response",
    "ExportResult": ".export_result",
    "FieldError": ".field_error",
    "FileValue": ".file_value",
    "FunctionalGridPointValue": ".functional_grid_point_value",
    "FunctionalGridRangeValue": ".functional_grid_range_value",
    "FunctionalParameterSetting": ".functional_parameter_setting",
    "FunctionalSeriesPointValue": ".functional_series_point_value",
    "FunctionalSeriesPoints": ".functional_series_points",
    "FunctionalSeriesRangeValue": ".functional_series_range_value",
    "FunctionalSeriesRanges": ".functional_series_ranges",
    "GridParameterValues": ".grid_parameter_values",
    "HyperlinkDisplayKnown": ".hyperlink_display_known",
    "HyperlinkValue": ".hyperlink_value",
    "ImportItem": ".import_item",
    "ImportRequest": ".import_request",
    "ImportResponse": ".import_response",
    "IntegerValue": ".integer_value",
    "ItemResult": ".item_result",
    "ItemStatusKnown": ".item_status_known",
    "LayoutAttribute": ".layout_attribute",
    "LayoutCategory": ".layout_category",
    "Limits": ".limits",
    "LinkGroup": ".link_group",
    "LinkGroupList": ".link_group_list",
    "LinkGroupTypeKnown": ".link_group_type_known",
    "LinkGroupUpdate": ".link_group_update",
    "LinkTarget": ".link_target",
    "LinkUpdateItem": ".link_update_item",
    "LinkUpdateRequest": ".link_update_request",
    "LinkUpdateResponse": ".link_update_response",
    "LogicalValue": ".logical_value",
    "LongTextValue": ".long_text_value",
    "MetaAttributeName": ".meta_attribute_name",
    "MetaAttributeValues": ".meta_attribute_values",
    "ObjectHistory": ".object_history",
    "OidcConfiguration": ".oidc_configuration",
    "ParameterDataTypeKnown": ".parameter_data_type_known",
    "PictureValue": ".picture_value",
    "PointEntry": ".point_entry",
    "PointParameter": ".point_parameter",
    "PointValue": ".point_value",
    "Problem": ".problem",
    "RangeValue": ".range_value",
    "Record": ".record",
    "RecordColorKnown": ".record_color_known",
    "RecordHistoryEvent": ".record_history_event",
    "RecordHistoryEventKindKnown": ".record_history_event_kind_known",
    "RecordHistoryEventList": ".record_history_event_list",
    "RecordLinks": ".record_links",
    "RecordList": ".record_list",
    "RecordPage": ".record_page",
    "RecordProperties": ".record_properties",
    "RecordPropertyName": ".record_property_name",
    "RecordReference": ".record_reference",
    "RecordSubsetsRequest": ".record_subsets_request",
    "RecordSubsetsResponse": ".record_subsets_response",
    "RecordSubsetsResult": ".record_subsets_result",
    "RecordTarget": ".record_target",
    "RecordTypeInput": ".record_type_input",
    "RecordTypeKnown": ".record_type_known",
    "ReleaseStateKnown": ".release_state_known",
    "ReleaseStateResult": ".release_state_result",
    "ReleaseStatesRequest": ".release_states_request",
    "ReleaseStatesResponse": ".release_states_response",
    "ResolveRequest": ".resolve_request",
    "ResolveResponse": ".resolve_response",
    "SearchCriterion": ".search_criterion",
    "SearchMode": ".search_mode",
    "SearchOperator": ".search_operator",
    "SeriesParameterValue": ".series_parameter_value",
    "ServerSession": ".server_session",
    "ServerSessionStatusKnown": ".server_session_status_known",
    "ShortTextValue": ".short_text_value",
    "Status": ".status",
    "Subset": ".subset",
    "SubsetList": ".subset_list",
    "Table": ".table",
    "TableLayout": ".table_layout",
    "TableLayoutList": ".table_layout_list",
    "TableList": ".table_list",
    "TabularColumn": ".tabular_column",
    "TabularDateCell": ".tabular_date_cell",
    "TabularDiscreteCell": ".tabular_discrete_cell",
    "TabularFileCell": ".tabular_file_cell",
    "TabularHyperlinkCell": ".tabular_hyperlink_cell",
    "TabularIntegerCell": ".tabular_integer_cell",
    "TabularLinkedCell": ".tabular_linked_cell",
    "TabularLinkedCellValue": ".tabular_linked_cell_value",
    "TabularLinkedRecords": ".tabular_linked_records",
    "TabularLogicalCell": ".tabular_logical_cell",
    "TabularLongTextCell": ".tabular_long_text_cell",
    "TabularPictureCell": ".tabular_picture_cell",
    "TabularPointCell": ".tabular_point_cell",
    "TabularRangeCell": ".tabular_range_cell",
    "TabularRow": ".tabular_row",
    "TabularShortTextCell": ".tabular_short_text_cell",
    "TabularValue": ".tabular_value",
    "TrailingZeroInformation": ".trailing_zero_information",
    "UnitEquivalent": ".unit_equivalent",
    "UnitEquivalents": ".unit_equivalents",
    "UnitSystemList": ".unit_system_list",
    "VersionHistoriesRequest": ".version_histories_request",
    "VersionHistoriesResponse": ".version_histories_response",
    "VersionHistoriesResult": ".version_histories_result",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
