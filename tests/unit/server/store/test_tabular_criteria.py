"""Criteria on tabular columns read the cells indexed from stored tabular values: criteria on
one column must be met by a single row; criteria on different columns may be met by
different rows; numbers are compared in the column's database unit."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from server._demo import load_demo
from server.store import UnitSelection, create_schema, criteria_page, import_item

ROWS = {
    "A": [("Cu", 4.0, "Alloying"), ("Mg", 1.0, "Alloying"), ("Al", 95.0, "Base")],
    "B": [("Cu", 0.5, "Impurity"), ("Zn", 6.0, "Alloying"), ("Al", 93.5, "Base")],
}


def _cells(element: str, fraction: float, role: str) -> list[dict[str, Any]]:
    return [
        {"type": "shortText", "value": element},
        {"type": "point", "value": fraction, "unit": "%"},
        {"type": "discrete", "value": role},
    ]


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.row_factory = sqlite3.Row
    create_schema(connection)
    load_demo(connection, 40)
    table = connection.execute("SELECT guid FROM sl_tables WHERE name = 'Metals'").fetchone()[0]
    composition = connection.execute(
        "SELECT guid FROM sl_attributes WHERE table_guid = ? AND name = 'Composition'", (table,)
    ).fetchone()[0]
    for name, rows in ROWS.items():
        item = {"databaseKey": "DEMO_MATERIALS", "tableGuid": table, "name": f"Tabular {name}"}
        record = import_item(connection, item, "/items/0", "writer", None, None)
        stored = {
            "type": "tabular",
            "rows": [
                {"identity": k + 1, "linkingValue": None, "cells": _cells(*row)}
                for k, row in enumerate(rows)
            ],
        }
        connection.execute(
            "INSERT INTO sl_values (value_set, attribute_guid, value, text) VALUES (?, ?, ?, NULL)",
            (record["value_set"], composition, json.dumps(stored)),
        )
    yield connection
    connection.close()


def _found(db: sqlite3.Connection, *criteria: dict[str, Any]) -> set[str]:
    table = db.execute("SELECT guid FROM sl_tables WHERE name = 'Metals'").fetchone()[0]
    page = criteria_page(
        db,
        "DEMO_MATERIALS",
        table_guid=table,
        criteria=[{"attribute": "Composition", **c} for c in criteria],
        units=UnitSelection(),
        drafts=True,
        page=1,
        page_size=100,
    )
    return {r["name"] for r in page.records}


def test_criteria_on_one_column_need_a_single_row(db: sqlite3.Connection) -> None:
    between = (
        {"column": "Mass fraction", "operator": "greaterThan", "value": 3},
        {"column": "Mass fraction", "operator": "lessThan", "value": 5},
    )
    assert _found(db, *between) == {"Tabular A"}  # B has 6 and 0.5, in different rows
    assert _found(db, between[0]) == {"Tabular A", "Tabular B"}


def test_criteria_on_different_columns_may_use_different_rows(db: sqlite3.Connection) -> None:
    assert _found(
        db,
        {"column": "Element", "operator": "equal", "value": "Cu"},
        {"column": "Mass fraction", "operator": "greaterThan", "value": 5},
    ) == {"Tabular A", "Tabular B"}


def test_cell_kinds_have_their_operators(db: sqlite3.Connection) -> None:
    assert _found(db, {"column": "Element", "operator": "contains", "value": "z"}) == {"Tabular B"}
    assert _found(db, {"column": "Role", "operator": "containsAny", "values": ["Impurity"]}) == {
        "Tabular B"
    }
    assert _found(db, {"column": "Mass fraction", "operator": "between", "values": [94, 96]}) == {
        "Tabular A"
    }
    assert "Tabular A" not in _found(
        db, {"column": "Element", "operator": "notContains", "value": "Mg"}
    )
    assert {"Tabular A", "Tabular B"} <= _found(db, {"operator": "exists"})


def test_cells_are_unindexed_with_their_value(db: sqlite3.Connection) -> None:
    mine = (
        "SELECT count(*) FROM sl_search WHERE column_name != '' AND value_set IN "
        "(SELECT value_set FROM sl_versions WHERE name LIKE 'Tabular _')"
    )
    assert db.execute(mine).fetchone()[0] == 18  # 2 values x 3 rows x 3 cells
    db.execute("SAVEPOINT s")
    db.execute(
        "DELETE FROM sl_values WHERE value_set IN "
        "(SELECT value_set FROM sl_versions WHERE name LIKE 'Tabular _')"
    )
    assert db.execute(mine).fetchone()[0] == 0
    db.execute("ROLLBACK TO s")
    db.execute("RELEASE s")
