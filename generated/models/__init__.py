"""Contains all the data models used in inputs/outputs"""

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
from .tabular_hyperlink_cell import TabularHyperlinkCell
from .tabular_integer_cell import TabularIntegerCell
from .tabular_linked_cell import TabularLinkedCell
from .tabular_linked_cell_value import TabularLinkedCellValue
from .tabular_linked_records import TabularLinkedRecords
from .tabular_logical_cell import TabularLogicalCell
from .tabular_long_text_cell import TabularLongTextCell
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
    "TabularHyperlinkCell",
    "TabularIntegerCell",
    "TabularLinkedCell",
    "TabularLinkedCellValue",
    "TabularLinkedRecords",
    "TabularLogicalCell",
    "TabularLongTextCell",
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
