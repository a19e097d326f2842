"""Range cells of local tabular columns take their bounds one at a time, as Toolkit scripts set them."""

from __future__ import annotations

import pytest

from facade import LocalRangeValue, TabularColumn

GRAIN_SIZE = TabularColumn("Grain size", "RNGE", "um")


def test_bounds_are_set_one_at_a_time() -> None:
    cell = LocalRangeValue(GRAIN_SIZE)
    cell.low = 1.0
    cell.high = 2
    cell.unit = "mil"
    cell.high_value_is_inclusive = False
    assert (cell.low, cell.high, cell.value) == (1.0, 2.0, (1.0, 2.0))
    assert isinstance(cell.high, float) and cell.unit == "mil"
    assert cell.low_value_is_inclusive is True and cell.high_value_is_inclusive is False


def test_an_open_bound_is_none() -> None:
    cell = LocalRangeValue(GRAIN_SIZE, 1.0, 2.0)
    cell.low = None
    assert cell.value == (None, 2.0) and not cell.is_empty()
    cell.high = None
    assert cell.value is None and cell.is_empty()


def test_a_bound_on_the_wrong_side_names_both() -> None:
    cell = LocalRangeValue(GRAIN_SIZE, 1.0, 2.0)
    with pytest.raises(ValueError, match=r"low 5\.0 is above high 2\.0"):
        cell.low = 5.0
    with pytest.raises(ValueError, match=r"low 1\.0 is above high 0\.5"):
        cell.high = 0.5
    assert cell.value == (1.0, 2.0)
    with pytest.raises(TypeError, match="number"):
        cell.high = "wide"  # type: ignore[assignment]
