"""Criteria on tabular columns against the demo's heat-treatment steps: criteria on one column
must be met by a single row, criteria on different columns by any rows; results equal a
brute-force filter of the rows fetched with ``bulk_fetch``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facade._model.table import Table
from facade._session import Session

COLUMNS = ("Step", "Temperature", "Duration", "Atmosphere")


def _rows(record: Any) -> list[tuple[Any, ...]]:
    value = record.attributes["Heat treatment steps"]
    return [] if value.is_empty() else list(value.value)


def _number(cell: Any) -> float | None:
    if isinstance(cell, int | float):
        return float(cell)
    return getattr(cell, "value", None)


def _check(
    session: Session, table: Table, criteria: list[Any], keep: Callable[[list[Any]], bool]
) -> None:
    records = table.all_records()
    table.bulk_fetch(records, attributes=["Heat treatment steps"])
    expected = {r.history_guid for r in records if keep(_rows(r))}
    found = {r.history_guid for r in table.search_for_records_where(criteria)}
    assert expected, "the demo holds heat-treatment steps"
    assert found == expected


def test_criteria_on_one_column_are_met_by_a_single_row(writer: Session) -> None:
    table = writer.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    steps = table.attributes["Heat treatment steps"]
    low, high = 300.0, 700.0
    criteria = [
        steps.search_criterion(greater_than=low, in_column="Temperature"),
        steps.search_criterion(less_than=high, in_column="Temperature"),
    ]
    column = COLUMNS.index("Temperature")

    def keep(rows: list[Any]) -> bool:
        return any((t := _number(row[column])) is not None and low < t < high for row in rows)

    _check(writer, table, criteria, keep)


def test_a_narrow_window_on_one_column_is_not_met_across_rows(writer: Session) -> None:
    table = writer.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    records = table.all_records()
    table.bulk_fetch(records, attributes=["Heat treatment steps"])
    column = COLUMNS.index("Temperature")
    temperatures = {r.history_guid: [_number(row[column]) for row in _rows(r)] for r in records}
    values = sorted({t for ts in temperatures.values() for t in ts if t is not None})
    low = (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2  # between two values
    high = low + 1e-6
    steps = table.attributes["Heat treatment steps"]
    criteria = [
        steps.search_criterion(greater_than=low, in_column="Temperature"),
        steps.search_criterion(less_than=high, in_column="Temperature"),
    ]
    found = {r.history_guid for r in table.search_for_records_where(criteria)}
    across_rows = {
        guid
        for guid, ts in temperatures.items()
        if any(t is not None and t > low for t in ts)
        and any(t is not None and t < high for t in ts)
    }
    assert found == set()  # no single temperature lies in the window
    assert across_rows  # yet records meet each criterion in some row


def test_criteria_on_different_columns_may_use_different_rows(writer: Session) -> None:
    table = writer.get_db(db_key="DEMO_MATERIALS").get_table("Metals")
    steps = table.attributes["Heat treatment steps"]
    criteria = [
        steps.search_criterion(contains_any=["Vacuum"], in_column="Atmosphere"),
        steps.search_criterion(greater_than=1.0, in_column="Duration"),
    ]
    atmosphere, duration = COLUMNS.index("Atmosphere"), COLUMNS.index("Duration")

    def keep(rows: list[Any]) -> bool:
        return any(row[atmosphere] == "Vacuum" for row in rows) and any(
            (d := _number(row[duration])) is not None and d > 1.0 for row in rows
        )

    _check(writer, table, criteria, keep)
