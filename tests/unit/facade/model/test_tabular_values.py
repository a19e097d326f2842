"""Tabular values without a server: editable local cells, read-only linked cells and the
destructive-editing guard."""

from __future__ import annotations

import pytest

from facade import (
    AttributeTabular,
    LinkedCell,
    LocalDiscreteValue,
    LocalPointValue,
    LocalRangeValue,
    TabularColumn,
)

COLUMNS = (
    TabularColumn("Polymer family", "DISC", is_linked=True),
    TabularColumn("Temperature", "POIN", "degC"),
    TabularColumn("Rating", "DISC", discrete_values=("Good", "Fair", "Poor")),
    TabularColumn("Window", "RNGE", "degC"),
)


def _table() -> AttributeTabular:
    value = AttributeTabular(
        "Compatible polymers", COLUMNS, linking_attribute="Designation", linking_table="Polymers"
    )
    row = value.append_row("TP-1017")
    row.cells_by_column["Rating"].value = "Good"  # type: ignore[union-attr]
    return value


def test_local_cells_check_what_is_assigned() -> None:
    row = _table().rows[0]
    rating = row.cells_by_column["Rating"]
    assert isinstance(rating, LocalDiscreteValue)
    assert rating.order == 1 and rating.possible_discrete_values == {"Good", "Fair", "Poor"}
    with pytest.raises(ValueError, match="one of"):
        rating.value = "Excellent"
    temperature = row.cells_by_column["Temperature"]
    assert isinstance(temperature, LocalPointValue) and temperature.unit == "degC"
    with pytest.raises(TypeError):
        temperature.value = "hot"
    temperature.value, temperature.unit = 300.0, "degF"
    temperature.clear()
    assert temperature.is_empty() and temperature.unit == "degC"
    window = row.cells_by_column["Window"]
    assert isinstance(window, LocalRangeValue)
    with pytest.raises(ValueError, match="above high"):
        window.set_bounds(10.0, 5.0)


def test_linked_cells_are_read_only() -> None:
    cell = LinkedCell(
        COLUMNS[0], "bdd640fb-0667-4ad1-9c80-000000000261", kind="discrete", value="Rubber"
    )
    with pytest.raises(AttributeError, match="read-only"):
        cell.value = "Epoxy"  # type: ignore[misc]
    assert cell.value == "Rubber"


def test_value_is_a_read_only_view() -> None:
    value = _table()
    assert value.value == (((), None, "Good", None),)
    assert value.shape == (1, 4)
    with pytest.raises(AttributeError, match="read-only"):
        value.value = ()


def test_swapping_rows_needs_destructive_editing() -> None:
    value = _table()
    value.append_row("TP-1034")
    with pytest.raises(ValueError, match=r"call enable_destructive_editing\(\) on the value first"):
        value.swap_rows(0, 1)
    assert not value.destructively_edited
    value.enable_destructive_editing()
    value.swap_rows(0, 1)
    assert [r.linking_value for r in value.rows] == ["TP-1034", "TP-1017"]
    assert value.destructively_edited and value.to_model().destructive is True


def test_new_rows_relink_freely_and_local_tables_cannot_link() -> None:
    value = _table()
    value.rows[0].set_linking_value("EL-1017")  # not exported: not destructive
    assert value.rows[0].linking_value == "EL-1017"
    local = AttributeTabular("Steps", COLUMNS[1:])
    with pytest.raises(ValueError, match="not linked"):
        local.append_row("TP-1017")


def test_show_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    _table().show()
    printed = capsys.readouterr().out
    assert "Temperature [degC]" in printed and "Good" in printed
