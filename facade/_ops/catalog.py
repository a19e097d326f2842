"""The catalogue: databases, their tables and attribute definitions, and binary data."""

from __future__ import annotations

from collections.abc import Callable

from generated.api.binary import download_binary_data
from generated.api.databases import list_attribute_definitions, list_databases, list_tables
from generated.models.attribute_definition_list import AttributeDefinitionList
from generated.models.database import Database as DatabaseModel
from generated.models.database_list import DatabaseList
from generated.models.table import Table as TableModel
from generated.models.table_list import TableList
from generated.types import File

from .._core.responses import checked
from .context import OperationContext

__all__ = ["attribute_types", "binary_loader", "databases", "tables"]


def databases(context: OperationContext) -> list[DatabaseModel]:
    """Every database the user may read (one request)."""
    response = list_databases.sync_detailed(client=context.client)
    return checked(response, "list_databases", expected=DatabaseList).databases


def tables(context: OperationContext, db_key: str) -> list[TableModel]:
    """Every table of database ``db_key`` (one request)."""
    response = list_tables.sync_detailed(db_key, client=context.client)
    return checked(response, "list_tables", expected=TableList).tables


def attribute_types(context: OperationContext, *, db_key: str, table_guid: str) -> dict[str, str]:
    """Attribute names of a table and their kinds (one request)."""
    response = list_attribute_definitions.sync_detailed(db_key, table_guid, client=context.client)
    listed = checked(response, "list_attribute_definitions", expected=AttributeDefinitionList)
    return {d.name: str(d.type_) for d in listed.attributes}


def binary_loader(context: OperationContext, db_key: str) -> Callable[[str], Callable[[], bytes]]:
    """For a binary value's URL, a function that downloads its bytes (one request when called)."""

    def loader_for(url: str) -> Callable[[], bytes]:
        binary_id = url.rstrip("/").rsplit("/", 1)[-1]

        def load() -> bytes:
            response = download_binary_data.sync_detailed(db_key, binary_id, client=context.client)
            return checked(response, "download_binary_data", expected=File).payload.read()

        return load

    return loader_for
