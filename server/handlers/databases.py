"""Handlers of the databases tag: databases, tables, attribute definitions, link groups."""

from __future__ import annotations

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import (
    attribute_defs,
    definitions_json,
    get_database,
    list_databases,
    list_link_groups,
    list_tables,
    meta_defs,
    table_layouts,
    table_subsets,
)
from ._call import Call, Handler
from ._common import database_key, table_row
from .units import unit_selection

__all__ = ["HANDLERS"]


async def list_databases_handler(call: Call) -> Response:
    return json_response({"databases": list_databases(call.db)})


async def get_database_handler(call: Call) -> Response:
    key = str(call.path["databaseKey"])
    found = get_database(call.db, key)
    if found is None:
        raise Problem(404, f'No database with key "{key}".')
    return json_response(found)


async def list_tables_handler(call: Call) -> Response:
    return json_response({"tables": list_tables(call.db, database_key(call))})


async def list_attribute_definitions(call: Call) -> Response:
    table = table_row(call)
    selection = unit_selection(
        call.query.get("unitSystem"),
        call.query.get("absoluteTemperatures", False),
        pointer="#/query/unitSystem",
    )
    defs = list(attribute_defs(call.db, table["guid"]).values())
    metas = [m for group in meta_defs(call.db, table["guid"]).values() for m in group.values()]
    return json_response(
        {
            "attributes": definitions_json(call.db, table["guid"], defs, selection),
            "metaAttributes": definitions_json(call.db, table["guid"], metas, selection),
        }
    )


async def list_link_groups_handler(call: Call) -> Response:
    return json_response({"linkGroups": list_link_groups(call.db, database_key(call))})


async def list_table_layouts(call: Call) -> Response:
    return json_response(table_layouts(call.db, table_row(call)["guid"]))


async def list_table_subsets(call: Call) -> Response:
    return json_response(table_subsets(call.db, table_row(call)["guid"]))


HANDLERS: dict[str, Handler] = {
    "list_databases": list_databases_handler,
    "get_database": get_database_handler,
    "list_tables": list_tables_handler,
    "list_attribute_definitions": list_attribute_definitions,
    "list_link_groups": list_link_groups_handler,
    "list_table_layouts": list_table_layouts,
    "list_table_subsets": list_table_subsets,
}
