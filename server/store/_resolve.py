"""Set-based resolution of a batch of RecordReferences: a few SQL queries per batch.

Same answers as ``_store_read.resolve_reference`` one reference at a time (priority
versionGuid > historyIdentity (+versionNumber) > historyGuid; ``strict`` keeps a named
version, otherwise the latest visible version), but each kind of look-up runs once for the
whole batch with ``IN (...)`` instead of once per reference: a 1,000-reference batch costs a
handful of queries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from ._read import RECORD_COLUMNS, RECORD_FROM, latest_column, visible

__all__ = ["STATE_COLUMNS", "resolve_many", "select_in"]

CHUNK = 500  # host parameters per query, well under SQLite's limit

STATE_COLUMNS = """
    h.guid AS history_guid, h.database_key, v.guid AS version_guid, v.version_number,
    v.release_state
"""
"""The columns resolution itself reads, and all a release-state answer needs: a quarter of
RECORD_COLUMNS, so a batch of release states reads and builds far smaller rows."""

Row = sqlite3.Row


def select_in(db: sqlite3.Connection, sql: str, keys: Iterable[Any]) -> list[Row]:
    """Rows of ``sql`` (``{marks}`` = the placeholders) for every key, in chunks."""
    unique = list(dict.fromkeys(keys))
    rows: list[Row] = []
    for start in range(0, len(unique), CHUNK):
        chunk = unique[start : start + CHUNK]
        rows += db.execute(sql.format(marks=",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def _versions_by_guid(db: sqlite3.Connection, guids: Iterable[str], columns: str) -> dict[str, Row]:
    sql = f"SELECT {columns} {RECORD_FROM} WHERE v.guid IN ({{marks}})"
    return {row["version_guid"]: row for row in select_in(db, sql, guids)}


def _histories_by_identity(db: sqlite3.Connection, identities: Iterable[int]) -> dict[int, Row]:
    sql = "SELECT guid, identity, database_key FROM sl_histories WHERE identity IN ({marks})"
    return {row["identity"]: row for row in select_in(db, sql, identities)}


def _versions_by_number(
    db: sqlite3.Connection, history_guids: Iterable[str], columns: str
) -> dict[tuple[str, int], Row]:
    """Every version of these histories by (history, number); an unversioned one is number 0."""
    sql = f"SELECT {columns} {RECORD_FROM} WHERE v.history_guid IN ({{marks}})"
    found: dict[tuple[str, int], Row] = {}
    for row in select_in(db, sql, history_guids):
        number = row["version_number"]
        found.setdefault((row["history_guid"], 0 if number is None else number), row)
    return found


def _latest(
    db: sqlite3.Connection, history_guids: Iterable[str], drafts: bool, columns: str
) -> dict[str, Row]:
    """The latest version each history shows the caller (absent when it shows none)."""
    sql = (
        f"SELECT {columns} FROM sl_histories h "
        f"JOIN sl_versions v ON v.guid = {latest_column(drafts)} "
        "JOIN sl_tables t ON t.guid = h.table_guid WHERE h.guid IN ({marks})"
    )
    return {row["history_guid"]: row for row in select_in(db, sql, history_guids)}


# A plan per reference: ("row", row | None), ("latest", key, history) or
# ("number", key, history, number) - the last two are answered by the set queries.
Plan = tuple[Any, ...]
_NONE: Plan = ("row", None)


def resolve_many(
    db: sqlite3.Connection,
    references: list[dict[str, Any]],
    drafts: bool,
    strict: bool = True,
    *,
    columns: str = RECORD_COLUMNS,
) -> list[Row | None]:
    """One row (or None: missing, hidden, or in another database) per reference, in order.

    ``columns``: what each row holds, RECORD_COLUMNS or STATE_COLUMNS (or any selection of
    the ``h``, ``v`` and ``t`` columns that includes STATE_COLUMNS).
    """
    by_version = _versions_by_guid(
        db, (r["versionGuid"].lower() for r in references if r.get("versionGuid")), columns
    )
    by_identity = _histories_by_identity(
        db,
        (
            r["historyIdentity"]
            for r in references
            if not r.get("versionGuid") and r.get("historyIdentity") is not None
        ),
    )
    plans = [_plan(r, by_version, by_identity, drafts, strict) for r in references]
    numbered = _versions_by_number(db, (p[2] for p in plans if p[0] == "number"), columns)
    latest = _latest(db, (p[2] for p in plans if p[0] == "latest"), drafts, columns)
    results: list[Row | None] = []
    for plan in plans:
        row: Row | None
        if plan[0] == "row":
            row = plan[1]
        elif plan[0] == "latest":
            row = latest.get(plan[2])
        else:
            row = numbered.get((plan[2], plan[3]))
            if row is not None and not visible(row["release_state"], drafts):
                row = None
        if row is not None and plan[0] != "row" and row["database_key"] != plan[1]:
            row = None
        results.append(row)
    return results


def _plan(
    reference: dict[str, Any],
    by_version: dict[str, Row],
    by_identity: dict[int, Row],
    drafts: bool,
    strict: bool,
) -> Plan:
    key = reference["databaseKey"]
    if reference.get("versionGuid"):
        row = by_version.get(reference["versionGuid"].lower())
        if row is None or row["database_key"] != key:
            return _NONE
        if strict:
            return ("row", row if visible(row["release_state"], drafts) else None)
        return ("latest", key, row["history_guid"])
    if reference.get("historyIdentity") is not None:
        history = by_identity.get(reference["historyIdentity"])
        if history is None or history["database_key"] != key:
            return _NONE
        history_guid = history["guid"]
    elif reference.get("historyGuid"):
        history_guid = reference["historyGuid"].lower()
    else:
        return _NONE
    number = reference.get("versionNumber")
    if number is not None and strict:
        return ("number", key, history_guid, number)
    return ("latest", key, history_guid)
