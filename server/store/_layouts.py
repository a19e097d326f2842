"""Table layouts: the categories (headings) a table's attributes and link groups are shown under.

A layout is stored whole, as the JSON list of its categories, in the order the table lists
its layouts; one layout per table may be the default.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import Any

__all__ = ["LAYOUT_SCHEMA", "store_layout", "table_layouts"]

LAYOUT_SCHEMA = """
CREATE TABLE IF NOT EXISTS sl_layouts (
    table_guid TEXT NOT NULL,
    name TEXT NOT NULL,
    position INTEGER NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0,
    categories TEXT NOT NULL,
    PRIMARY KEY (table_guid, name)
);
"""


def table_layouts(db: sqlite3.Connection, table_guid: str) -> dict[str, Any]:
    """The ``TableLayoutList`` of a table: its layouts in order and the default one."""
    rows = db.execute(
        "SELECT name, is_default, categories FROM sl_layouts WHERE table_guid = ? "
        "ORDER BY position",
        (table_guid,),
    ).fetchall()
    default = next((row["name"] for row in rows if row["is_default"]), None)
    layouts = [{"name": row["name"], "categories": json.loads(row["categories"])} for row in rows]
    return {"layouts": layouts, "defaultLayout": default}


def store_layout(
    db: sqlite3.Connection,
    table_guid: str,
    name: str,
    categories: Sequence[tuple[str, Sequence[str], Sequence[str]]],
    *,
    default: bool = False,
    meta_attributes: dict[str, list[str]] | None = None,
) -> None:
    """Add a layout after the table's others.

    Args:
        db: The store.
        table_guid: The table.
        name: The layout's name.
        categories: ``(heading, attribute names, link group names)`` in display order.
        default: Make it the table's default layout.
        meta_attributes: Meta-attribute names shown with an attribute, by attribute name.
    """
    metas = meta_attributes or {}
    stored = [
        {
            "name": heading,
            "attributes": [{"name": a, "metaAttributes": list(metas.get(a, []))} for a in names],
            "linkGroups": list(groups),
        }
        for heading, names, groups in categories
    ]
    position = db.execute(
        "SELECT COUNT(*) FROM sl_layouts WHERE table_guid = ?", (table_guid,)
    ).fetchone()[0]
    if default:
        db.execute("UPDATE sl_layouts SET is_default = 0 WHERE table_guid = ?", (table_guid,))
    db.execute(
        "INSERT INTO sl_layouts (table_guid, name, position, is_default, categories) "
        "VALUES (?, ?, ?, ?, ?)",
        (table_guid, name, position, int(default), json.dumps(stored)),
    )
