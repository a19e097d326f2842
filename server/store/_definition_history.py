"""History of schema objects (attribute and meta-attribute definitions, their parameters and
tabular columns): created, modified.

Events are numbered per object in the order they happened; the contract's ObjectHistory
summarises them: the first event's time and user, the last event's, and how many changes
followed the creation. A parameter or a column is keyed by its attribute's GUID and its name
(``part_key``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from ._resolve import select_in

__all__ = ["add_definition_event", "definition_histories", "part_key"]


def part_key(attribute_guid: str, part: str, name: str) -> str:
    """The history key of a parameter (``part`` 'parameter') or a column ('column')."""
    return f"{attribute_guid}/{part}/{name}"


def add_definition_event(
    db: sqlite3.Connection, *, object_guid: str, kind: str, at: str, user: str
) -> None:
    """Record that a definition was created (``kind`` 'create') or changed ('modify')."""
    db.execute(
        "INSERT INTO sl_definition_events (object_guid, seq, kind, at, user) VALUES "
        "(?, (SELECT coalesce(max(seq), 0) + 1 FROM sl_definition_events WHERE object_guid = ?),"
        " ?, ?, ?)",
        (object_guid, object_guid, kind, at, user),
    )


def definition_histories(db: sqlite3.Connection, guids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """ObjectHistory of every definition with recorded events, by GUID."""
    sql = (
        "SELECT object_guid, seq, at, user FROM sl_definition_events "
        "WHERE object_guid IN ({marks}) ORDER BY object_guid, seq"
    )
    events: dict[str, list[sqlite3.Row]] = {}
    for row in select_in(db, sql, guids):
        events.setdefault(row["object_guid"], []).append(row)
    return {
        guid: {
            "createdAt": rows[0]["at"],
            "createdBy": rows[0]["user"],
            "lastModifiedAt": rows[-1]["at"],
            "lastModifiedBy": rows[-1]["user"],
            "updateCount": len(rows) - 1,
        }
        for guid, rows in events.items()
    }
