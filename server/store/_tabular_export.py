"""Exported tabular values: columns, local cells in the caller's units and linked cells.

A linked tabular attribute links each row, by its linking value, to the records of the
linking table whose short-text linking attribute holds that value. A linked column shows,
per linked record, that record's value of the attribute named like the column (read-only).
Look-ups are memoised per export (``LinkedTables``), so a batch resolves each value once.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ._definitions import _column_json
from ._read import AttributeDef, attribute_defs, latest_column
from ._resolve import select_in
from ._tabular import CELL_TYPES, shown_cell
from ._unit_values import UnitSelection

__all__ = ["LinkedTables", "cell_of_value"]


def cell_of_value(stored: dict[str, Any]) -> dict[str, Any] | None:
    """The tabular cell showing a stored attribute value (None for kinds a cell cannot hold)."""
    kind = stored["type"]
    if kind == "point":
        values = stored.get("values") or []
        if not values:
            return None
        return {"type": "point", "value": values[0]["value"], "unit": stored.get("unit")}
    if kind == "range":
        bounds = ("low", "high", "lowInclusive", "highInclusive", "unit")
        return {"type": "range", **{k: stored[k] for k in bounds if k in stored}}
    if kind == "discrete":
        return {"type": "discrete", "value": stored["values"][0]}
    if kind == "hyperlink":
        link = ("url", "description", "display")
        return {"type": "hyperlink", **{k: stored[k] for k in link if k in stored}}
    if kind in CELL_TYPES.values():
        return {"type": kind, "value": stored["value"]}
    return None


class LinkedTables:
    """Resolves linking values to records and their linked-column values, once per export."""

    def __init__(self, db: sqlite3.Connection, *, selection: UnitSelection, drafts: bool) -> None:
        self.db = db
        self.selection = selection
        self.drafts = drafts
        self._tables: dict[tuple[str, str], str | None] = {}
        self._records: dict[tuple[str, str, str], list[dict[str, Any]]] = {}

    def _table_guid(self, database_key: str, name: str) -> str | None:
        key = (database_key, name)
        if key not in self._tables:
            row = self.db.execute(
                "SELECT guid FROM sl_tables WHERE database_key = ? AND name = ?",
                (database_key, name),
            ).fetchone()
            self._tables[key] = row["guid"] if row else None
        return self._tables[key]

    def records(self, database_key: str, details: dict[str, Any], linking_value: str) -> list[Any]:
        """The records linked by ``linking_value`` with their values by attribute name."""
        table = self._table_guid(database_key, str(details.get("linkingTable")))
        key = (str(table), str(details.get("linkingAttribute")), linking_value)
        if key in self._records:
            return self._records[key]
        found: list[dict[str, Any]] = []
        linking = attribute_defs(self.db, table).get(key[1]) if table else None
        if linking is not None:
            rows = self.db.execute(
                "SELECT h.guid AS history_guid, v.name, v.value_set, t.name AS table_name "
                "FROM sl_values x JOIN sl_versions v ON v.value_set = x.value_set "
                f"JOIN sl_histories h ON {latest_column(self.drafts)} = v.guid "
                "JOIN sl_tables t ON t.guid = h.table_guid "
                "WHERE x.attribute_guid = ? AND json_extract(x.value, '$.value') = ? "
                "ORDER BY v.name, h.guid",
                (linking.guid, linking_value),
            ).fetchall()
            values: dict[str, dict[str, Any]] = {}
            sql = (
                "SELECT x.value_set, a.name, x.value FROM sl_values x JOIN sl_attributes a "
                "ON a.guid = x.attribute_guid WHERE x.value_set IN ({marks})"
            )
            for row in select_in(self.db, sql, list({r["value_set"] for r in rows})):
                values.setdefault(row["value_set"], {})[row["name"]] = json.loads(row["value"])
            found = [
                {
                    "target": {
                        "databaseKey": database_key,
                        "historyGuid": r["history_guid"],
                        "name": r["name"],
                        "tableName": r["table_name"],
                    },
                    "values": values.get(r["value_set"], {}),
                }
                for r in rows
            ]
        self._records[key] = found
        return found

    def export(
        self, stored: dict[str, Any], definition: AttributeDef, database_key: str
    ) -> dict[str, Any]:
        """The contract's TabularValue (without ``attribute``) for a stored one."""
        details = definition.details
        columns = list(details.get("columns", ()))
        linked_by: dict[str, list[dict[str, Any]]] = {}
        rows = []
        for row in stored.get("rows", ()):
            linking = row.get("linkingValue")
            linked = []
            if linking is not None and details.get("linkingTable"):
                linked = linked_by.setdefault(linking, self.records(database_key, details, linking))
            cells: list[dict[str, Any] | None] = []
            for column, cell in zip(columns, row["cells"], strict=True):
                if column.get("isLinked"):
                    cells.append(self._linked_cell(column["name"], linked))
                else:
                    cells.append(shown_cell(cell, self.selection))
            rows.append({"identity": row["identity"], "linkingValue": linking, "cells": cells})
        return {
            "type": "tabular",
            "columns": [_column_json(c, self.selection) for c in columns],
            "linkingAttribute": details.get("linkingAttribute"),
            "linkingTable": details.get("linkingTable"),
            "rows": rows,
            "linkedRecords": [
                {"linkingValue": value, "records": [r["target"] for r in records]}
                for value, records in linked_by.items()
            ],
        }

    def _linked_cell(self, column: str, linked: list[dict[str, Any]]) -> dict[str, Any]:
        values = []
        for record in linked:
            stored = record["values"].get(column)
            cell = cell_of_value(stored) if stored is not None else None
            values.append(
                {
                    "historyGuid": record["target"]["historyGuid"],
                    "value": shown_cell(cell, self.selection),
                }
            )
        return {"type": "linked", "values": values}
