"""Handlers of the records tag: a record, its versions, one version, tree children."""

from __future__ import annotations

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import (
    children_page,
    get_table,
    latest_record,
    record_json,
    record_version,
    records_page,
    versions_of,
)
from ._call import Call, Handler
from ._common import database_key, paging, sees_drafts, subset_filter, table_row

__all__ = ["HANDLERS"]


def _history(call: Call) -> str:
    return str(call.path["historyGuid"]).lower()


async def get_record(call: Call) -> Response:
    key = database_key(call)
    row = latest_record(call.db, key, _history(call), sees_drafts(call))
    if row is None:
        raise Problem(404, f"No record {_history(call)} visible in database {key!r}.")
    return json_response(record_json(row))


async def list_record_versions(call: Call) -> Response:
    key = database_key(call)
    rows = versions_of(call.db, key, _history(call), sees_drafts(call))
    if rows is None:
        raise Problem(404, f"No record {_history(call)} visible in database {key!r}.")
    return json_response({"records": [record_json(row) for row in rows]})


async def get_record_version(call: Call) -> Response:
    key = database_key(call)
    guid = str(call.path["versionGuid"]).lower()
    row = record_version(call.db, key, guid, sees_drafts(call))
    if row is None:
        raise Problem(404, f"No record version {guid} visible in database {key!r}.")
    return json_response(record_json(row))


async def list_table_children(call: Call) -> Response:
    table = table_row(call)
    page, size = paging(call)
    subset = subset_filter(call, table, call.query.get("subset"), "#/query/subset")
    result = children_page(
        call.db, table["guid"], None, sees_drafts(call), page, size, subset=subset
    )
    return json_response(result.json())


async def list_record_children(call: Call) -> Response:
    key = database_key(call)
    page, size = paging(call)
    drafts = sees_drafts(call)
    parent = latest_record(call.db, key, _history(call), drafts)
    if parent is None:
        raise Problem(404, f"No record {_history(call)} visible in database {key!r}.")
    table = get_table(call.db, key, parent["table_guid"])
    assert table is not None
    subset = subset_filter(call, table, call.query.get("subset"), "#/query/subset")
    result = children_page(
        call.db, parent["table_guid"], parent["history_guid"], drafts, page, size, subset=subset
    )
    return json_response(result.json())


async def list_table_records(call: Call) -> Response:
    table = table_row(call)
    page, size = paging(call)
    drafts = sees_drafts(call)
    under = call.query.get("under")
    if under is not None:
        node = latest_record(call.db, table["database_key"], str(under), drafts)
        if node is None or node["table_guid"] != table["guid"]:
            raise Problem(404, f"No record {under} visible in table {table['name']!r}.")
        under = node["history_guid"]
    subset = subset_filter(call, table, call.query.get("subset"), "#/query/subset")
    result = records_page(
        call.db,
        table["guid"],
        under=under,
        drafts=drafts,
        page=page,
        page_size=size,
        subset=subset,
    )
    return json_response(result.json())


HANDLERS: dict[str, Handler] = {
    "get_record": get_record,
    "list_record_versions": list_record_versions,
    "get_record_version": get_record_version,
    "list_table_children": list_table_children,
    "list_record_children": list_record_children,
    "list_table_records": list_table_records,
}
