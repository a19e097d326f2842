"""Criteria search reads the search index through its indexes: the query plans of the main
shapes (EXPLAIN QUERY PLAN) show each criterion as one indexed subquery built once, never a
scan of the values or of the index per record."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest

from server._demo import load_demo
from server.store import UnitSelection, create_schema
from server.store._criteria import criteria_condition
from server.store._read import RECORD_COLUMNS


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.row_factory = sqlite3.Row
    create_schema(connection)
    load_demo(connection, 2000)
    yield connection
    connection.close()


def _plan(db: sqlite3.Connection, criteria: list[dict[str, Any]]) -> list[str]:
    table = db.execute("SELECT guid FROM sl_tables WHERE name = 'Metals'").fetchone()[0]
    condition, params = criteria_condition(
        db, table_guid=table, criteria=criteria, units=UnitSelection(), drafts=True
    )
    sql = (
        f"SELECT {RECORD_COLUMNS} FROM sl_histories h JOIN sl_versions v ON v.guid = "
        "h.latest_guid JOIN sl_tables t ON t.guid = h.table_guid WHERE h.database_key = ? "
        f"AND h.table_guid = ? AND {condition} ORDER BY v.name, h.identity LIMIT 100"
    )
    rows = db.execute("EXPLAIN QUERY PLAN " + sql, ("DEMO_MATERIALS", table, *params))
    return [row[3] for row in rows]


def _assert_indexed(plan: list[str], subqueries: int, index: str) -> None:
    text = "\n".join(plan)
    assert text.count("LIST SUBQUERY") == subqueries, text  # each set is built once
    assert "CORRELATED" not in text, text
    assert not any(step.startswith(("SCAN s", "SCAN v", "SCAN sl_")) for step in plan), text
    assert "SEARCH h USING INDEX" in text, text  # records of the one table only
    assert index in text, text


def test_a_numeric_criterion_is_a_range_read_of_the_index(db: sqlite3.Connection) -> None:
    plan = _plan(db, [{"attribute": "Density", "operator": "lessThan", "value": 3000}])
    _assert_indexed(
        plan, 1, "COVERING INDEX sl_search_low (attribute_guid=? AND column_name=? AND low<?)"
    )


def test_two_criteria_are_two_indexed_sets(db: sqlite3.Connection) -> None:
    criteria = [
        {"attribute": "Yield strength", "operator": "greaterThan", "value": 200},
        {"attribute": "Form", "operator": "containsAny", "values": ["Sheet", "Bar"]},
    ]
    plan = _plan(db, criteria)
    _assert_indexed(
        plan, 2, "COVERING INDEX sl_search_high (attribute_guid=? AND column_name=? AND high>?)"
    )
    assert (
        "COVERING INDEX sl_search_word (attribute_guid=? AND column_name=? AND word=?)"
        in "\n".join(plan)
    )


def test_text_contains_is_driven_by_the_trigram_index(db: sqlite3.Connection) -> None:
    plan = _plan(db, [{"attribute": "Notes", "operator": "contains", "value": "corrosion"}])
    _assert_indexed(plan, 1, "VIRTUAL TABLE INDEX 0:M")
    assert "SEARCH s0 USING INTEGER PRIMARY KEY (rowid=?)" in plan


def test_absence_and_dates_use_the_index(db: sqlite3.Connection) -> None:
    criteria = [
        {"attribute": "Micrograph", "operator": "notExists"},
        {"attribute": "Test date", "operator": "between", "values": ["2021-01-01", "2023-06-30"]},
    ]
    plan = _plan(db, criteria)
    _assert_indexed(
        plan, 2, "sl_search_word (attribute_guid=? AND column_name=? AND word>? AND word<?)"
    )


def test_criteria_on_one_tabular_column_join_rows_by_index(db: sqlite3.Connection) -> None:
    criteria = [
        {
            "attribute": "Composition",
            "column": "Mass fraction",
            "operator": "greaterThan",
            "value": 1,
        },
        {"attribute": "Composition", "column": "Mass fraction", "operator": "lessThan", "value": 5},
    ]
    plan = _plan(db, criteria)
    _assert_indexed(
        plan,
        1,
        "sl_search_owner (value_set=? AND attribute_guid=? AND column_name=? AND row_number=?)",
    )
