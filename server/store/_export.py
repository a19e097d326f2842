"""Set-based export of a batch of records: attribute values, binaries and links.

Same answers as ``export_value`` / ``version_values`` / ``links_of`` record by record, but
each look-up runs once for the whole batch (``IN (...)``): values of every value set, every
binary they name, every link group of the tables and every link of the sources.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ._functional import FUNCTIONAL_TYPES, shown_functional
from ._read import attribute_defs, latest_column
from ._resolve import select_in
from ._tabular_export import LinkedTables
from ._unit_values import UnitSelection, shown_in
from ._values import BINARY_TYPES, export_stored, show_binary

__all__ = ["Exported", "export_many", "properties_of"]


@dataclass(slots=True)
class Exported:
    """What ``export_records`` answers for one found record besides the record itself."""

    attributes: list[dict[str, Any]]
    links: list[dict[str, Any]]


def export_many(
    db: sqlite3.Connection,
    rows: list[sqlite3.Row],
    *,
    wanted: set[str] | None,
    include_binary: bool,
    include_links: bool,
    drafts: bool,
    root_url: str,
    selection: UnitSelection | None = None,
) -> list[Exported]:
    """Attribute values (only ``wanted`` names if given) and links of each record row, in order.

    Point and range values are shown in ``selection`` (default: as stored), converted once per
    shared value set.
    """
    selection = selection or UnitSelection()
    linked = LinkedTables(db, selection=selection, drafts=drafts)
    values = _values_by_set(db, rows, wanted, selection, linked)
    binaries = _binaries(db, values.values(), include_binary)
    links = _links_by_source(db, rows, drafts) if include_links else {}
    return [
        Exported(
            attributes=[
                export_stored(
                    name,
                    _tabular_binaries(
                        stored, root_url, row["database_key"], include_binary, binaries
                    ),
                    root_url,
                    row["database_key"],
                    include_binary,
                    binaries.get(str(stored.get("binaryId"))),
                )
                for name, stored in values.get(row["value_set"], [])
            ],
            links=links.get(row["history_guid"], []) if include_links else [],
        )
        for row in rows
    ]


Stored = list[tuple[str, dict[str, Any]]]


def shown_value(
    db: sqlite3.Connection,
    stored: dict[str, Any],
    *,
    attribute: sqlite3.Row,
    database_key: str,
    selection: UnitSelection,
    linked: LinkedTables,
) -> dict[str, Any]:
    """A stored value as exported in ``selection`` (tabular values with their linked cells)."""
    kind = stored["type"]
    if kind in FUNCTIONAL_TYPES:
        return shown_functional(stored, selection)
    if kind == "tabular":
        definition = attribute_defs(db, attribute["table_guid"])[attribute["name"]]
        return linked.export(stored, definition, database_key)
    return shown_in(stored, selection)


def _values_by_set(
    db: sqlite3.Connection,
    rows: list[sqlite3.Row],
    wanted: set[str] | None,
    selection: UnitSelection,
    linked: LinkedTables,
) -> dict[str, Stored]:
    """Parsed stored values (attribute name, value) of each value set, in display order."""
    sql = (
        "SELECT x.value_set, a.name, a.table_guid, x.value FROM sl_values x JOIN sl_attributes a "
        "ON a.guid = x.attribute_guid WHERE x.value_set IN ({marks}) ORDER BY a.position"
    )
    database_of = {row["value_set"]: row["database_key"] for row in rows}
    found: dict[str, Stored] = defaultdict(list)
    for row in select_in(db, sql, list(database_of)):
        if wanted is None or row["name"] in wanted:
            stored = json.loads(row["value"])
            shown = shown_value(
                db,
                stored,
                attribute=row,
                database_key=database_of[row["value_set"]],
                selection=selection,
                linked=linked,
            )
            found[row["value_set"]].append((row["name"], shown))
    return found


def _binary_cells(stored: dict[str, Any]) -> list[dict[str, Any]]:
    """The picture and file cells of a tabular value's local columns."""
    if stored["type"] != "tabular":
        return []
    return [
        cell
        for row in stored.get("rows", ())
        for cell in row.get("cells", ())
        if isinstance(cell, dict) and cell.get("type") in BINARY_TYPES
    ]


def _tabular_binaries(
    stored: dict[str, Any],
    root_url: str,
    database_key: str,
    include_binary: bool,
    binaries: dict[str, sqlite3.Row],
) -> dict[str, Any]:
    """A tabular value whose picture and file cells carry their size, type and content."""
    cells = _binary_cells(stored)
    if not cells:
        return stored
    shown = json.loads(json.dumps(stored))  # the stored value may be shared by other versions
    for cell in _binary_cells(shown):
        binary = binaries.get(str(cell.get("binaryId")))
        show_binary(cell, root_url, database_key, include_binary, binary)
    return dict(shown)


def _binaries(db: sqlite3.Connection, values: Any, include_data: bool) -> dict[str, sqlite3.Row]:
    """Size, type (and bytes when exported inline) of every binary the values name."""
    ids = [
        item.get("binaryId")
        for stored_values in values
        for _, stored in stored_values
        for item in ([stored] if stored["type"] in BINARY_TYPES else _binary_cells(stored))
    ]
    columns = "id, size, mime_type" + (", data" if include_data else "")
    sql = f"SELECT {columns} FROM sl_binaries WHERE id IN ({{marks}})"
    return {row["id"]: row for row in select_in(db, sql, ids)}


def _links_by_source(
    db: sqlite3.Connection, rows: list[sqlite3.Row], drafts: bool
) -> dict[str, list[dict[str, Any]]]:
    """RecordLinks (every group of the table, with its visible targets) by source history."""
    groups: dict[str, list[str]] = defaultdict(list)
    sql = (
        "SELECT source_table_guid, name FROM sl_link_groups "
        "WHERE source_table_guid IN ({marks}) ORDER BY name"
    )
    for group in select_in(db, sql, [row["table_guid"] for row in rows]):
        groups[group["source_table_guid"]].append(group["name"])
    targets: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    sql = (
        "SELECT l.source_guid, l.group_name, h.database_key, h.guid, v.name, "
        "t.name AS table_name FROM sl_links l JOIN sl_histories h ON h.guid = l.target_guid "
        f"JOIN sl_versions v ON v.guid = {latest_column(drafts)} "
        "JOIN sl_tables t ON t.guid = h.table_guid "
        "WHERE l.source_guid IN ({marks}) ORDER BY l.source_guid, l.group_name, l.position"
    )
    for link in select_in(db, sql, [row["history_guid"] for row in rows]):
        targets[(link["source_guid"], link["group_name"])].append(
            {
                "databaseKey": link["database_key"],
                "historyGuid": link["guid"],
                "name": link["name"],
                "tableName": link["table_name"],
            }
        )
    return {
        row["history_guid"]: [
            {"group": name, "targets": list(targets.get((row["history_guid"], name), []))}
            for name in groups.get(row["table_guid"], [])
        ]
        for row in rows
    }


def properties_of(
    db: sqlite3.Connection, rows: list[sqlite3.Row], *, drafts: bool, writable: bool
) -> list[dict[str, Any]]:
    """RecordProperties of each record row: dates, users, writability and parent names."""
    sql = (
        "SELECT h.guid, h.identity, v.name, v.short_name FROM sl_histories h "
        f"JOIN sl_versions v ON v.guid = {latest_column(drafts)} WHERE h.guid IN ({{marks}})"
    )
    parents = {
        row["guid"]: row
        for row in select_in(db, sql, [r["parent_guid"] for r in rows if r["parent_guid"]])
    }
    out = []
    for row in rows:
        parent = parents.get(row["parent_guid"]) if row["parent_guid"] else None
        out.append(
            {
                "createdAt": row["created_at"],
                "createdBy": row["created_by"],
                "lastModifiedAt": row["modified_at"],
                "lastModifiedBy": row["modified_by"],
                "releasedAt": row["released_at"],
                "isWritable": writable,
                "parentName": parent["name"] if parent else None,
                "parentShortName": parent["short_name"] if parent else None,
                "parentHistoryIdentity": parent["identity"] if parent else None,
            }
        )
    return out
