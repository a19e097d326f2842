"""Read queries: databases, tables, attribute definitions, records, pages, search, references.

``drafts`` says whether the caller sees unreleased versions (writers and admins do); every
record query goes through the history's ``latest_guid`` (drafts) or ``public_guid`` (readers).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ._subsets import subset_condition

PUBLIC_STATES = ("released", "superseded", "withdrawn", "unversioned")

RECORD_COLUMNS = """
    h.guid AS history_guid, h.identity, h.parent_guid, h.table_guid, h.database_key,
    t.name AS table_name, t.version_controlled,
    v.guid AS version_guid, v.version_number, v.name, v.short_name, v.type, v.color,
    v.release_state, v.created_at, v.created_by, v.modified_at, v.modified_by, v.released_at,
    v.value_set
"""
RECORD_FROM = """
    FROM sl_versions v
    JOIN sl_histories h ON h.guid = v.history_guid
    JOIN sl_tables t ON t.guid = h.table_guid
"""


def latest_column(drafts: bool) -> str:
    """The history column naming the latest version the caller may see."""
    return "h.latest_guid" if drafts else "h.public_guid"


def visible(state: str, drafts: bool) -> bool:
    return drafts or state in PUBLIC_STATES


def record_json(row: sqlite3.Row) -> dict[str, Any]:
    """A ``Record`` of the contract from a row selected with RECORD_COLUMNS."""
    return {
        "historyGuid": row["history_guid"],
        "versionGuid": row["version_guid"],
        "historyIdentity": row["identity"],
        "versionNumber": row["version_number"],
        "name": row["name"],
        "shortName": row["short_name"],
        "type": row["type"],
        "color": row["color"],
        "parentHistoryGuid": row["parent_guid"],
        "tableGuid": row["table_guid"],
        "tableName": row["table_name"],
        "databaseKey": row["database_key"],
        "releaseState": row["release_state"],
        "createdAt": row["created_at"],
        "createdBy": row["created_by"],
        "lastModifiedAt": row["modified_at"],
        "lastModifiedBy": row["modified_by"],
        "releasedAt": row["released_at"],
    }


# --- databases, tables, schema ---------------------------------------------------------------


def database_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "key": row["key"],
        "guid": row["guid"],
        "versionGuid": row["version_guid"],
        "name": row["name"],
        "currencyCode": row["currency_code"],
    }


def list_databases(db: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = db.execute("SELECT * FROM sl_databases ORDER BY key").fetchall()
    return [database_json(row) for row in rows]


def get_database(db: sqlite3.Connection, key: str) -> dict[str, Any] | None:
    row = db.execute("SELECT * FROM sl_databases WHERE key = ?", (key,)).fetchone()
    return database_json(row) if row else None


def table_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "guid": row["guid"],
        "name": row["name"],
        "databaseKey": row["database_key"],
        "versionControlled": bool(row["version_controlled"]),
    }


def list_tables(db: sqlite3.Connection, database_key: str) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT * FROM sl_tables WHERE database_key = ? ORDER BY position", (database_key,)
    ).fetchall()
    return [table_json(row) for row in rows]


def get_table(db: sqlite3.Connection, database_key: str, table_guid: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM sl_tables WHERE database_key = ? AND guid = ? COLLATE NOCASE",
        (database_key, table_guid),
    ).fetchone()
    return row


@dataclass(frozen=True, slots=True)
class AttributeDef:
    guid: str
    name: str
    type: str
    unit: str | None
    discrete_values: tuple[str, ...] | None
    order: int = 1
    details: dict[str, Any] = field(default_factory=dict)
    meta_for: str | None = None  # meta-attributes: the parent attribute's name

    def parameter_units(self) -> dict[str, str | None]:
        """Database unit of each parameter, by name."""
        return {p["name"]: p.get("unit") for p in self.details.get("parameters", ())}


_DEFINITIONS: dict[tuple[int, str], dict[str, AttributeDef]] = {}


def attribute_defs(db: sqlite3.Connection, table_guid: str) -> dict[str, AttributeDef]:
    """The table's attribute definitions by name, in display order (cached: they never change
    while the server runs)."""
    key = (id(db), table_guid)
    cached = _DEFINITIONS.get(key)
    if cached is None:
        cached = _DEFINITIONS[key] = _load_attribute_defs(db, table_guid)
    return cached


def _load_attribute_defs(db: sqlite3.Connection, table_guid: str) -> dict[str, AttributeDef]:
    rows = db.execute(
        "SELECT * FROM sl_attributes WHERE table_guid = ? ORDER BY position", (table_guid,)
    ).fetchall()
    return {
        row["name"]: definition_from_row(row, order=position + 1)
        for position, row in enumerate(rows)
    }


def definition_from_row(
    row: sqlite3.Row, *, order: int, meta_for: str | None = None
) -> AttributeDef:
    """The definition stored in a row of ``sl_attributes`` (or ``sl_meta_attributes``)."""
    return AttributeDef(
        guid=row["guid"],
        name=row["name"],
        type=row["type"],
        unit=row["unit"],
        discrete_values=(
            tuple(json.loads(row["discrete_values"])) if row["discrete_values"] else None
        ),
        order=order,
        details=json.loads(row["details"]) if row["details"] else {},
        meta_for=meta_for,
    )


def list_link_groups(db: sqlite3.Connection, database_key: str) -> list[dict[str, Any]]:
    rows = db.execute(
        "SELECT * FROM sl_link_groups WHERE database_key = ? ORDER BY name", (database_key,)
    ).fetchall()
    return [
        {
            "name": row["name"],
            "type": row["type"],
            "sourceTableGuid": row["source_table_guid"],
            "targetDatabaseKey": row["target_database_key"],
            "targetTableGuid": row["target_table_guid"],
        }
        for row in rows
    ]


# --- records ---------------------------------------------------------------------------------


def latest_record(
    db: sqlite3.Connection, database_key: str, history_guid: str, drafts: bool
) -> sqlite3.Row | None:
    """The latest version of a history the caller may see."""
    row: sqlite3.Row | None = db.execute(
        f"SELECT {RECORD_COLUMNS} {RECORD_FROM} "
        f"WHERE h.guid = ? AND h.database_key = ? AND v.guid = {latest_column(drafts)}",
        (history_guid.lower(), database_key),
    ).fetchone()
    return row


def record_version(
    db: sqlite3.Connection, database_key: str, version_guid: str, drafts: bool
) -> sqlite3.Row | None:
    """One version by GUID, None when missing or hidden from the caller."""
    row: sqlite3.Row | None = db.execute(
        f"SELECT {RECORD_COLUMNS} {RECORD_FROM} WHERE v.guid = ? AND h.database_key = ?",
        (version_guid.lower(), database_key),
    ).fetchone()
    if row is None or not visible(row["release_state"], drafts):
        return None
    return row


def versions_of(
    db: sqlite3.Connection, database_key: str, history_guid: str, drafts: bool
) -> list[sqlite3.Row] | None:
    """All visible versions of a history, oldest first; None when the history is not visible."""
    rows = db.execute(
        f"SELECT {RECORD_COLUMNS} {RECORD_FROM} WHERE h.guid = ? AND h.database_key = ? "
        "ORDER BY v.version_number",
        (history_guid.lower(), database_key),
    ).fetchall()
    shown = [row for row in rows if visible(row["release_state"], drafts)]
    return shown or None


def _version_by_number(
    db: sqlite3.Connection, history_column: str, key: Any, number: int, database_key: str
) -> sqlite3.Row | None:
    row: sqlite3.Row | None = db.execute(
        f"SELECT {RECORD_COLUMNS} {RECORD_FROM} "
        f"WHERE {history_column} = ? AND h.database_key = ? "
        "AND (v.version_number = ? OR (v.version_number IS NULL AND ? = 0))",
        (key, database_key, number, number),
    ).fetchone()
    return row


def resolve_reference(
    db: sqlite3.Connection, reference: dict[str, Any], drafts: bool, strict: bool = True
) -> sqlite3.Row | None:
    """Resolve a RecordReference by priority versionGuid > historyIdentity(+versionNumber) > historyGuid.

    ``strict``: a reference naming a version gives that version only (None when hidden);
    otherwise the latest version visible to the caller.
    """
    key = reference["databaseKey"]
    if reference.get("versionGuid"):
        row = db.execute(
            f"SELECT {RECORD_COLUMNS} {RECORD_FROM} WHERE v.guid = ? AND h.database_key = ?",
            (reference["versionGuid"].lower(), key),
        ).fetchone()
        if row is None:
            return None
        if strict:
            return row if visible(row["release_state"], drafts) else None
        return latest_record(db, key, row["history_guid"], drafts)
    if reference.get("historyIdentity") is not None:
        history_column, history_key = "h.identity", reference["historyIdentity"]
    elif reference.get("historyGuid"):
        history_column, history_key = "h.guid", reference["historyGuid"].lower()
    else:
        return None
    number = reference.get("versionNumber")
    if number is not None:
        row = _version_by_number(db, history_column, history_key, number, key)
        if row is not None and (not strict or visible(row["release_state"], drafts)):
            if strict:
                return row
            return latest_record(db, key, row["history_guid"], drafts)
        if strict:
            return None
    history = db.execute(
        f"SELECT guid FROM sl_histories h WHERE {history_column} = ? AND h.database_key = ?",
        (history_key, key),
    ).fetchone()
    return latest_record(db, key, history["guid"], drafts) if history else None


@dataclass(frozen=True, slots=True)
class Page:
    records: list[dict[str, Any]]
    page: int
    page_size: int
    total: int

    def json(self) -> dict[str, Any]:
        more = self.page * self.page_size < self.total
        return {
            "records": self.records,
            "page": self.page,
            "pageSize": self.page_size,
            "totalCount": self.total,
            "nextPage": self.page + 1 if more else None,
        }


def page_of(
    db: sqlite3.Connection,
    where: str,
    params: tuple[Any, ...],
    drafts: bool,
    page: int,
    page_size: int,
    *,
    versions_first: bool = False,
) -> Page:
    """One page of latest visible versions of the histories matching ``where``, by name.

    ``versions_first`` makes SQLite drive the query from the versions' name indexes (name
    search) instead of from the histories (tree pages).
    """
    if versions_first:
        join = "FROM sl_versions v CROSS JOIN sl_histories h ON h.guid = v.history_guid "
        join += f"AND v.guid = {latest_column(drafts)} "
    else:
        join = f"FROM sl_histories h JOIN sl_versions v ON v.guid = {latest_column(drafts)} "
    join += "JOIN sl_tables t ON t.guid = h.table_guid "
    total = db.execute(f"SELECT COUNT(*) {join} WHERE {where}", params).fetchone()[0]
    rows = db.execute(
        f"SELECT {RECORD_COLUMNS} {join} WHERE {where} ORDER BY v.name, h.identity "
        "LIMIT ? OFFSET ?",
        (*params, page_size, (page - 1) * page_size),
    ).fetchall()
    return Page([record_json(row) for row in rows], page, page_size, total)


def children_page(
    db: sqlite3.Connection,
    table_guid: str,
    parent_guid: str | None,
    drafts: bool,
    page: int,
    page_size: int,
    *,
    subset: int | None = None,
) -> Page:
    """One page of a node's children (``subset``: only members of that subset)."""
    only, extra = subset_condition(subset)
    if parent_guid is None:
        where, params = "h.table_guid = ? AND h.parent_guid IS NULL", (table_guid,)
    else:
        where, params = "h.parent_guid = ?", (parent_guid,)
    return page_of(db, where + only, (*params, *extra), drafts, page, page_size)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_page(
    db: sqlite3.Connection,
    database_key: str,
    mode: str,
    query: str,
    table_guid: str | None,
    drafts: bool,
    page: int,
    page_size: int,
    *,
    subset: int | list[int] | None = None,
) -> Page:
    """Name search (exact, case-insensitive, name or short name) or text search."""
    where = "h.database_key = ?"
    params: list[Any] = [database_key]
    if table_guid is not None:
        where += " AND h.table_guid = ?"
        params.append(table_guid.lower())
    only, extra = subset_condition(subset)
    where += only
    params += extra
    if mode == "name":
        where += " AND (v.name = ? OR v.short_name = ?)"
        params += [query, query]
        return page_of(db, where, tuple(params), drafts, page, page_size, versions_first=True)
    pattern = _like(query.lower())
    where += (
        " AND (v.name LIKE ? ESCAPE '\\' OR v.short_name LIKE ? ESCAPE '\\'"
        " OR v.value_set IN (SELECT x.value_set FROM sl_values x WHERE x.text LIKE ? ESCAPE '\\'))"
    )
    params += [pattern, pattern, pattern]
    return page_of(db, where, tuple(params), drafts, page, page_size)
