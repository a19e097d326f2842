"""Handlers of the search tag: by name or text, and by a list of criteria."""

from __future__ import annotations

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import CriterionError, criteria_page, get_table, search_page
from ._call import Call, Handler
from ._common import database_key, paging, sees_drafts, subset_filter, subsets_filter
from .units import unit_selection

__all__ = ["HANDLERS"]


async def search_records(call: Call) -> Response:
    key = database_key(call)
    page, size = paging(call)
    table_guid = call.query.get("tableGuid")
    table = get_table(call.db, key, str(table_guid).lower()) if table_guid is not None else None
    if table_guid is not None and table is None:
        raise Problem(404, f'No table {table_guid} in database "{key}".')
    subset_name = call.query.get("subset")
    subset: int | list[int] | None
    if table is None:
        subset = subsets_filter(call, key, subset_name, "#/query/subset")
    else:
        subset = subset_filter(call, table, subset_name, "#/query/subset")
    result = search_page(
        call.db,
        key,
        str(call.query["mode"]),
        str(call.query["query"]),
        str(table_guid).lower() if table_guid else None,
        sees_drafts(call),
        page,
        size,
        subset=subset,
    )
    return json_response(result.json())


async def search_records_by_criteria(call: Call) -> Response:
    key = database_key(call)
    page, size = paging(call)
    body = call.body
    table_guid = body.get("tableGuid")
    subset: int | list[int] | None
    if table_guid is not None:
        table = get_table(call.db, key, str(table_guid).lower())
        if table is None:
            message = f'No table {table_guid} in database "{key}".'
            raise Problem(404, message, errors=[{"pointer": "/tableGuid", "message": message}])
        table_guid = table["guid"]
        subset = subset_filter(call, table, body.get("subset"), "/subset")
    else:
        subset = subsets_filter(call, key, body.get("subset"), "/subset")
    units = unit_selection(
        body.get("unitSystem"), body.get("absoluteTemperatures"), pointer="/unitSystem"
    )
    try:
        result = criteria_page(
            call.db,
            key,
            table_guid=table_guid,
            criteria=body["criteria"],
            units=units,
            drafts=sees_drafts(call),
            page=page,
            page_size=size,
            subset=subset,
        )
    except CriterionError as error:
        raise Problem(
            422,
            f"{error.pointer}: {error.message}",
            errors=[{"pointer": error.pointer, "message": error.message}],
        ) from error
    return json_response(result.json())


HANDLERS: dict[str, Handler] = {
    "search_records": search_records,
    "search_records_by_criteria": search_records_by_criteria,
}
