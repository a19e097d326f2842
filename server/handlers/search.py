"""Handler of ``GET /databases/{key}/search``: by name or text, per database or table."""

from __future__ import annotations

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import get_table, search_page
from ._call import Call, Handler
from ._common import database_key, paging, sees_drafts

__all__ = ["HANDLERS"]


async def search_records(call: Call) -> Response:
    key = database_key(call)
    page, size = paging(call)
    table_guid = call.query.get("tableGuid")
    if table_guid is not None and get_table(call.db, key, str(table_guid).lower()) is None:
        raise Problem(404, f'No table {table_guid} in database "{key}".')
    result = search_page(
        call.db,
        key,
        str(call.query["mode"]),
        str(call.query["query"]),
        str(table_guid).lower() if table_guid else None,
        sees_drafts(call),
        page,
        size,
    )
    return json_response(result.json())


HANDLERS: dict[str, Handler] = {"search_records": search_records}
