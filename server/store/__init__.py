"""The reference server's data store on SQLite: schema, reads, writes, values, links, export.

Handlers, the viewer and the demo loader use only the names exported here.
"""

from ._copy import copy_item
from ._criteria import CriterionError
from ._data_revisions import data_revisions
from ._definition_history import add_definition_event, definition_histories, part_key
from ._definitions import TYPE_CODES, definitions_json
from ._export import Exported, export_many, properties_of
from ._history import events_by_history, versions_by_history
from ._layouts import store_layout, table_layouts
from ._links import links_of, update_links
from ._meta import meta_defs, meta_requested, meta_values_by_set
from ._read import (
    attribute_defs,
    children_page,
    get_database,
    get_table,
    latest_record,
    list_databases,
    list_link_groups,
    list_tables,
    record_json,
    record_version,
    resolve_reference,
    search_page,
    versions_of,
)
from ._resolve import STATE_COLUMNS, resolve_many
from ._schema import create_schema, drop_secondary_indexes, is_empty
from ._subsets import UnknownSubset, record_subsets, subset_id, subsets_named, table_subsets
from ._tree import criteria_page, records_page
from ._unit_values import UnitSelection, UnitValueError, shown_in, to_database_units
from ._units import (
    DATABASE_UNIT_SYSTEM,
    UNIT_SYSTEMS,
    Conversion,
    UnitError,
    conversion,
    equivalent_units,
    target_unit,
)
from ._values import binary_visible, export_value, store_binary, version_values
from ._write import ItemFailure, atomic_item, delete_or_withdraw, import_item

__all__ = [
    "DATABASE_UNIT_SYSTEM",
    "STATE_COLUMNS",
    "TYPE_CODES",
    "UNIT_SYSTEMS",
    "Conversion",
    "CriterionError",
    "Exported",
    "ItemFailure",
    "UnitError",
    "UnitSelection",
    "UnitValueError",
    "UnknownSubset",
    "add_definition_event",
    "atomic_item",
    "attribute_defs",
    "binary_visible",
    "children_page",
    "conversion",
    "copy_item",
    "create_schema",
    "criteria_page",
    "data_revisions",
    "definition_histories",
    "definitions_json",
    "delete_or_withdraw",
    "drop_secondary_indexes",
    "equivalent_units",
    "events_by_history",
    "export_many",
    "export_value",
    "get_database",
    "get_table",
    "import_item",
    "is_empty",
    "latest_record",
    "links_of",
    "list_databases",
    "list_link_groups",
    "list_tables",
    "meta_defs",
    "meta_requested",
    "meta_values_by_set",
    "part_key",
    "properties_of",
    "record_json",
    "record_subsets",
    "record_version",
    "records_page",
    "resolve_many",
    "resolve_reference",
    "search_page",
    "shown_in",
    "store_binary",
    "store_layout",
    "subset_id",
    "subsets_named",
    "table_layouts",
    "table_subsets",
    "target_unit",
    "to_database_units",
    "update_links",
    "version_values",
    "versions_by_history",
    "versions_of",
]
