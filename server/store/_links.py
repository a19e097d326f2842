"""Record links: replacing a record's targets per link group, and reading them back."""

from __future__ import annotations

import sqlite3
from typing import Any

from ._read import latest_record
from ._write import invalid_item, item_not_found

__all__ = ["links_of", "update_links"]


def update_links(db: sqlite3.Connection, item: dict[str, Any], at: str) -> sqlite3.Row:
    """Replace the targets of each named link group of one record."""
    source = latest_record(db, item["databaseKey"], item["historyGuid"], drafts=True)
    if source is None:
        raise item_not_found(f"No record {item['historyGuid']} in {item['databaseKey']!r}.")
    for g_index, group in enumerate(item["groups"]):
        definition = db.execute(
            "SELECT * FROM sl_link_groups WHERE source_table_guid = ? AND name = ?",
            (source["table_guid"], group["group"]),
        ).fetchone()
        if definition is None:
            raise invalid_item(f"{at}/groups/{g_index}/group", "no such link group for this table")
        targets: list[str] = []
        for t_index, target in enumerate(group["targets"]):
            found = db.execute(
                "SELECT guid FROM sl_histories WHERE guid = ? AND database_key = ? "
                "AND table_guid = ?",
                (
                    target["historyGuid"].lower(),
                    target["databaseKey"],
                    definition["target_table_guid"],
                ),
            ).fetchone()
            if found is None:
                raise invalid_item(
                    f"{at}/groups/{g_index}/targets/{t_index}", "no such record in the target table"
                )
            if found["guid"] not in targets:
                targets.append(found["guid"])
        db.execute(
            "DELETE FROM sl_links WHERE source_guid = ? AND group_name = ?",
            (source["history_guid"], group["group"]),
        )
        db.executemany(
            "INSERT INTO sl_links (source_guid, group_name, position, target_guid) "
            "VALUES (?, ?, ?, ?)",
            [(source["history_guid"], group["group"], i, t) for i, t in enumerate(targets)],
        )
    return source


def links_of(db: sqlite3.Connection, source: sqlite3.Row, drafts: bool) -> list[dict[str, Any]]:
    """The record's link groups with their visible targets (RecordLinks of the contract)."""
    latest = "h.latest_guid" if drafts else "h.public_guid"
    groups = db.execute(
        "SELECT name FROM sl_link_groups WHERE source_table_guid = ? ORDER BY name",
        (source["table_guid"],),
    ).fetchall()
    out: list[dict[str, Any]] = []
    for group in groups:
        rows = db.execute(
            "SELECT h.database_key, h.guid, v.name, t.name AS table_name FROM sl_links l "
            "JOIN sl_histories h ON h.guid = l.target_guid "
            f"JOIN sl_versions v ON v.guid = {latest} JOIN sl_tables t ON t.guid = h.table_guid "
            "WHERE l.source_guid = ? AND l.group_name = ? ORDER BY l.position",
            (source["history_guid"], group["name"]),
        ).fetchall()
        out.append(
            {
                "group": group["name"],
                "targets": [
                    {
                        "databaseKey": r["database_key"],
                        "historyGuid": r["guid"],
                        "name": r["name"],
                        "tableName": r["table_name"],
                    }
                    for r in rows
                ],
            }
        )
    return out
