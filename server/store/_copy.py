"""Record copies: a new record in the source's table with the source version's values and subsets.

The copy is created like any imported record (one history, version 1 in a version-controlled
table), then the source version's values are copied row for row. Links are not copied.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ._read import get_table, resolve_reference
from ._subsets import record_subsets
from ._write import import_item, invalid_item, item_not_found

__all__ = ["copy_item"]


def _check_free_name(
    db: sqlite3.Connection, table_guid: str, parent: str | None, name: str, at: str
) -> None:
    """A copy may not take the name of a record already at its destination."""
    where = "h.parent_guid = ?" if parent is not None else "h.parent_guid IS NULL"
    taken = db.execute(
        "SELECT 1 FROM sl_histories h JOIN sl_versions v ON v.guid = h.latest_guid "
        f"WHERE h.table_guid = ? AND {where} AND v.name = ? LIMIT 1",
        (table_guid, *((parent,) if parent is not None else ()), name),
    ).fetchone()
    if taken is not None:
        raise invalid_item(
            f"{at}/name",
            "the destination already has a record of that name; give the copy another name",
        )


def copy_item(
    db: sqlite3.Connection, item: dict[str, Any], at: str, user: str, notes: str | None
) -> sqlite3.Row:
    """Copy one record; returns the new record's version (as a record row)."""
    source = resolve_reference(db, item["source"], drafts=True)
    if source is None:
        raise item_not_found("No record with that source reference.")
    table = get_table(db, source["database_key"], source["table_guid"])
    assert table is not None
    parent = (item.get("parentHistoryGuid") or "").lower() or None
    name = item.get("name") or source["name"]
    _check_free_name(db, table["guid"], parent, name, at)
    created = {
        "databaseKey": source["database_key"],
        "tableGuid": table["guid"],
        "parentHistoryGuid": parent,
        "name": name,
        "shortName": name if item.get("name") else source["short_name"],
        "type": "folder" if source["type"] == "folder" else "record",
        "color": source["color"],
        "subsets": record_subsets(db, [source["identity"]])[source["identity"]],
        "release": bool(item.get("release")),
    }
    row = import_item(db, created, at, user, notes, None)
    db.execute(
        "INSERT INTO sl_values (value_set, attribute_guid, value, text) "
        "SELECT ?, attribute_guid, value, text FROM sl_values WHERE value_set = ?",
        (row["value_set"], source["value_set"]),
    )
    copied = resolve_reference(
        db, {"databaseKey": source["database_key"], "versionGuid": row["version_guid"]}, True
    )
    assert copied is not None
    return copied
