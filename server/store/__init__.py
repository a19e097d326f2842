"""The reference server's data store on SQLite: schema, reads, writes, values, links, export.

Handlers, the viewer and the demo loader use only the names exported here.
"""

from ._export import Exported, export_many
from ._links import links_of, update_links
from ._read import (
    attribute_definition_json,
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
from ._resolve import resolve_many
from ._schema import create_schema, drop_secondary_indexes, is_empty
from ._values import binary_visible, export_value, store_binary, version_values
from ._write import ItemFailure, atomic_item, delete_or_withdraw, import_item

__all__ = [
    "Exported",
    "ItemFailure",
    "atomic_item",
    "attribute_definition_json",
    "attribute_defs",
    "binary_visible",
    "children_page",
    "create_schema",
    "delete_or_withdraw",
    "drop_secondary_indexes",
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
    "record_json",
    "record_version",
    "resolve_many",
    "resolve_reference",
    "search_page",
    "store_binary",
    "update_links",
    "version_values",
    "versions_of",
]
