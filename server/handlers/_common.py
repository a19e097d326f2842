"""Small helpers shared by the data handlers: visibility, look-ups that answer 404."""

from __future__ import annotations

import sqlite3

from .._problems import Problem
from ..store import UnknownSubset, get_database, get_table, subset_id, subsets_named
from ._call import Call


def sees_drafts(call: Call) -> bool:
    """Writers and admins see unreleased versions; readers do not."""
    return call.principal is not None and call.principal.sees_drafts


def database_key(call: Call) -> str:
    """The path's database key, after checking the database exists (404 otherwise)."""
    key = str(call.path["databaseKey"])
    if get_database(call.db, key) is None:
        raise Problem(404, f'No database with key "{key}".')
    return key


def table_row(call: Call) -> sqlite3.Row:
    """The path's table of the path's database (404 otherwise)."""
    key = database_key(call)
    guid = str(call.path["tableGuid"]).lower()
    row = get_table(call.db, key, guid)
    if row is None:
        raise Problem(404, f'No table {guid} in database "{key}".')
    return row


def subset_filter(call: Call, table: sqlite3.Row, name: object, pointer: str) -> int | None:
    """The id of the table's subset ``name`` (None when no subset was asked for; 404 if unknown)."""
    if name is None:
        return None
    try:
        return subset_id(call.db, table, str(name))
    except UnknownSubset as error:
        raise Problem(
            404, str(error), errors=[{"pointer": pointer, "message": "no such subset"}]
        ) from error


def subsets_filter(call: Call, database: str, name: object, pointer: str) -> list[int] | None:
    """Ids of the subsets called ``name`` in any table of ``database`` (404 if none)."""
    if name is None:
        return None
    try:
        return subsets_named(call.db, database, str(name))
    except UnknownSubset as error:
        raise Problem(
            404, str(error), errors=[{"pointer": pointer, "message": "no such subset"}]
        ) from error


def paging(call: Call) -> tuple[int, int]:
    """``page`` and ``pageSize`` (limited by the server's maxPageSize)."""
    page = int(call.query.get("page", 1))
    size = int(call.query.get("pageSize", 100))
    if size > call.config.max_page_size:
        raise Problem(
            400,
            f'Query parameter "pageSize" must be at most {call.config.max_page_size}.',
            errors=[{"pointer": "#/query/pageSize", "message": "too large"}],
        )
    return page, size
