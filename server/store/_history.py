"""Record lifecycle events (create, modify, release, supersede, withdraw) and version listings.

Events are kept per history, numbered in the order they happened; each names the version it
happened to. A caller sees the events of the versions it may see.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ._read import RECORD_COLUMNS, RECORD_FROM, visible
from ._resolve import select_in

__all__ = ["add_event", "delete_events", "events_by_history", "versions_by_history"]


def add_event(
    db: sqlite3.Connection,
    *,
    history: str,
    version: str,
    kind: str,
    at: str,
    user: str,
    notes: str | None,
) -> None:
    """Append one event to a history."""
    db.execute(
        "INSERT INTO sl_events (history_guid, seq, version_guid, kind, at, user, notes) "
        "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM sl_events WHERE history_guid = ?), "
        "?, ?, ?, ?, ?)",
        (history, history, version, kind, at, user, notes),
    )


def delete_events(db: sqlite3.Connection, *, history: str, version: str | None = None) -> None:
    """Forget the events of a deleted history (or of one deleted version)."""
    if version is None:
        db.execute("DELETE FROM sl_events WHERE history_guid = ?", (history,))
    else:
        db.execute("DELETE FROM sl_events WHERE version_guid = ?", (version,))


def events_by_history(
    db: sqlite3.Connection, histories: Iterable[str], drafts: bool
) -> dict[str, list[dict[str, Any]]]:
    """RecordHistoryEvents of each history, oldest first, of the versions the caller sees."""
    sql = (
        "SELECT e.history_guid, e.version_guid, e.kind, e.at, e.user, e.notes, "
        "v.version_number, v.release_state FROM sl_events e "
        "JOIN sl_versions v ON v.guid = e.version_guid "
        "WHERE e.history_guid IN ({marks}) ORDER BY e.history_guid, e.at, e.seq"
    )
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in select_in(db, sql, histories):
        if not visible(row["release_state"], drafts):
            continue
        found[row["history_guid"]].append(
            {
                "kind": row["kind"],
                "versionNumber": row["version_number"],
                "versionGuid": row["version_guid"],
                "at": row["at"],
                "user": row["user"],
                "notes": row["notes"],
            }
        )
    return found


def versions_by_history(
    db: sqlite3.Connection, histories: Iterable[str], drafts: bool
) -> dict[str, list[sqlite3.Row]]:
    """Visible versions (record rows) of each history, oldest first."""
    sql = (
        f"SELECT {RECORD_COLUMNS} {RECORD_FROM} WHERE h.guid IN ({{marks}}) "
        "ORDER BY h.guid, v.version_number"
    )
    found: dict[str, list[sqlite3.Row]] = defaultdict(list)
    for row in select_in(db, sql, histories):
        if visible(row["release_state"], drafts):
            found[row["history_guid"]].append(row)
    return found
