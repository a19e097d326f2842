"""Subsets: named selections of a table's records, and the filter listings apply with them.

Membership is kept per record history (by its integer identity), so every version of a record
is in the same subsets. A record in a subset has its ancestors in it too: joining a subset
brings the ancestors along, and leaving one takes the descendants out with it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

__all__ = [
    "SUBSET_SCHEMA",
    "UnknownSubset",
    "forget_member",
    "join_default_subset",
    "record_subsets",
    "set_record_subsets",
    "subset_condition",
    "subset_id",
    "subsets_named",
    "table_subsets",
]

SUBSET_SCHEMA = """
CREATE TABLE IF NOT EXISTS sl_subsets (
    id INTEGER PRIMARY KEY,
    table_guid TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    UNIQUE (table_guid, name)
);
CREATE TABLE IF NOT EXISTS sl_subset_members (
    subset_id INTEGER NOT NULL,
    identity INTEGER NOT NULL,
    PRIMARY KEY (subset_id, identity)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sl_subset_members_identity ON sl_subset_members (identity);
CREATE TRIGGER IF NOT EXISTS sl_subset_members_added AFTER INSERT ON sl_subset_members BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS sl_subset_members_changed AFTER UPDATE ON sl_subset_members BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
CREATE TRIGGER IF NOT EXISTS sl_subset_members_removed AFTER DELETE ON sl_subset_members BEGIN
    UPDATE sl_tree_generation SET generation = generation + 1;
END;
"""

_ANCESTORS = """
    WITH RECURSIVE up(guid, parent) AS (
        SELECT guid, parent_guid FROM sl_histories WHERE identity = :identity
        UNION ALL
        SELECT h.guid, h.parent_guid FROM sl_histories h JOIN up ON h.guid = up.parent
    )
    SELECT h.identity FROM sl_histories h WHERE h.guid IN (SELECT guid FROM up)
"""
_DESCENDANTS = """
    WITH RECURSIVE down(guid) AS (
        SELECT guid FROM sl_histories WHERE identity = :identity
        UNION ALL
        SELECT c.guid FROM sl_histories c JOIN down d ON c.parent_guid = d.guid
    )
    SELECT h.identity FROM sl_histories h WHERE h.guid IN (SELECT guid FROM down)
"""


class UnknownSubset(LookupError):
    """A subset name the table does not have."""

    def __init__(self, name: str, table_name: str) -> None:
        super().__init__(f"No subset {name!r} in table {table_name!r}.")
        self.name = name


def table_subsets(db: sqlite3.Connection, table_guid: str) -> dict[str, Any]:
    """The ``SubsetList`` of a table: its subsets in order and the default one."""
    rows = db.execute(
        "SELECT name, is_default FROM sl_subsets WHERE table_guid = ? ORDER BY position",
        (table_guid,),
    ).fetchall()
    default = next((row["name"] for row in rows if row["is_default"]), None)
    return {"subsets": [{"name": row["name"]} for row in rows], "defaultSubset": default}


def subset_id(db: sqlite3.Connection, table: sqlite3.Row, name: str) -> int:
    """The id of the table's subset ``name``.

    Raises:
        UnknownSubset: the table has no such subset.
    """
    row = db.execute(
        "SELECT id FROM sl_subsets WHERE table_guid = ? AND name = ?", (table["guid"], name)
    ).fetchone()
    if row is None:
        raise UnknownSubset(name, table["name"])
    return int(row["id"])


def subsets_named(db: sqlite3.Connection, database_key: str, name: str) -> list[int]:
    """Ids of the subsets called ``name`` in the tables of a database.

    Raises:
        UnknownSubset: no table of the database has a subset of that name.
    """
    rows = db.execute(
        "SELECT s.id FROM sl_subsets s JOIN sl_tables t ON t.guid = s.table_guid "
        "WHERE t.database_key = ? AND s.name = ?",
        (database_key, name),
    ).fetchall()
    if not rows:
        raise UnknownSubset(name, f"any table of {database_key}")
    return [int(row[0]) for row in rows]


def subset_condition(subset: int | list[int] | None) -> tuple[str, tuple[Any, ...]]:
    """A WHERE fragment on ``h`` (sl_histories) keeping the members of ``subset`` (None: all;
    a list: members of any of those subsets)."""
    if subset is None:
        return "", ()
    if isinstance(subset, list):
        marks = ",".join("?" * len(subset))
        return (
            " AND EXISTS (SELECT 1 FROM sl_subset_members m"
            f" WHERE m.subset_id IN ({marks}) AND m.identity = h.identity)",
            tuple(subset),
        )
    return (
        " AND EXISTS (SELECT 1 FROM sl_subset_members m"
        " WHERE m.subset_id = ? AND m.identity = h.identity)",
        (subset,),
    )


def record_subsets(db: sqlite3.Connection, identities: Sequence[int]) -> dict[int, list[str]]:
    """The subsets of each record history (by identity), in the table's subset order."""
    found: dict[int, list[str]] = {identity: [] for identity in identities}
    for start in range(0, len(identities), 500):
        chunk = list(identities[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT m.identity, s.name FROM sl_subset_members m "
            f"JOIN sl_subsets s ON s.id = m.subset_id WHERE m.identity IN ({marks}) "
            "ORDER BY s.position",
            chunk,
        )
        for row in rows:
            found[row["identity"]].append(row["name"])
    return found


def _ids_by_name(db: sqlite3.Connection, table_guid: str) -> dict[str, int]:
    rows = db.execute("SELECT id, name FROM sl_subsets WHERE table_guid = ?", (table_guid,))
    return {row["name"]: row["id"] for row in rows}


def set_record_subsets(
    db: sqlite3.Connection, table: sqlite3.Row, identity: int, names: Sequence[str]
) -> None:
    """Make ``names`` the subsets of record ``identity`` (ancestors join, descendants leave).

    Raises:
        UnknownSubset: a name is not a subset of the table.
    """
    ids = _ids_by_name(db, table["guid"])
    for name in names:
        if name not in ids:
            raise UnknownSubset(name, table["name"])
    wanted = {ids[name] for name in names}
    current = {
        row[0]
        for row in db.execute(
            "SELECT subset_id FROM sl_subset_members WHERE identity = ?", (identity,)
        )
    }
    if wanted - current:
        ancestors = [row[0] for row in db.execute(_ANCESTORS, {"identity": identity})]
        db.executemany(
            "INSERT OR IGNORE INTO sl_subset_members (subset_id, identity) VALUES (?, ?)",
            [(subset, member) for subset in wanted - current for member in ancestors],
        )
    if current - wanted:
        descendants = [row[0] for row in db.execute(_DESCENDANTS, {"identity": identity})]
        db.executemany(
            "DELETE FROM sl_subset_members WHERE subset_id = ? AND identity = ?",
            [(subset, member) for subset in current - wanted for member in descendants],
        )


def join_default_subset(db: sqlite3.Connection, table: sqlite3.Row, identity: int) -> None:
    """Put a new record (and its ancestors) in the table's default subset, if it has one."""
    row = db.execute(
        "SELECT name FROM sl_subsets WHERE table_guid = ? AND is_default = 1", (table["guid"],)
    ).fetchone()
    if row is not None:
        set_record_subsets(db, table, identity, [row["name"]])


def forget_member(db: sqlite3.Connection, history_guid: str) -> None:
    """Drop a deleted record history from every subset."""
    db.execute(
        "DELETE FROM sl_subset_members WHERE identity = "
        "(SELECT identity FROM sl_histories WHERE guid = ?)",
        (history_guid,),
    )
