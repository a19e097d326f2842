"""Functional values without a server: bad input fails at once with a message that says what
is wrong; series and grids convert into each other; the table view is read-only."""

from __future__ import annotations

import pytest

from facade import (
    AttributeFunctionalGridPoint,
    AttributeFunctionalSeriesPoint,
    AttributeFunctionalSeriesRange,
    FunctionalValueParameter,
    GraphDecoration,
    GridParameterValues,
    GridPoint,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
)


def _stress_strain(value: object = None) -> AttributeFunctionalSeriesPoint:
    return AttributeFunctionalSeriesPoint(
        "Stress-strain",
        value,
        x_axis="Strain",
        unit="MPa",
        parameters=[
            FunctionalValueParameter("Strain", "%"),
            FunctionalValueParameter("Temperature", "degC"),
        ],
    )


def _curve(temperature: float, x: tuple[float, ...] = (0.0, 0.1, 1.0)) -> SeriesPoint:
    return SeriesPoint(
        x,
        [0.0, 70.0, 200.0][: len(x)],
        parameters=[SeriesParameterValue("Temperature", temperature)],
    )


def test_series_x_and_y_of_different_lengths_name_both_lengths() -> None:
    with pytest.raises(ValueError, match="3 x values but 2 y values"):
        SeriesPoint([0.0, 1.0, 2.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="2 x values but 1 y_high values"):
        SeriesRange([0.0, 1.0], [1.0, 2.0], [3.0])


def test_unknown_parameter_lists_the_known_ones() -> None:
    curve = SeriesPoint([0.0], [1.0], parameters=[SeriesParameterValue("Humidity", 50.0)])
    with pytest.raises(ValueError, match=r"unknown parameter 'Humidity'.*'Strain', 'Temperature'"):
        _stress_strain([curve])
    with pytest.raises(ValueError, match="known parameters: 'Strain', 'Temperature'"):
        _stress_strain().with_new_x_axis("Humidity")


def test_grid_parameter_values_must_match_the_points() -> None:
    with pytest.raises(ValueError, match="3 points but parameter 'Stress ratio' has 2 values"):
        GridPoint(
            [1.0, 2.0, 3.0],
            [4.0, 5.0, 6.0],
            parameters=[GridParameterValues("Stress ratio", [-1.0, 0.1])],
        )


def test_discrete_x_given_as_floats_is_refused() -> None:
    value = AttributeFunctionalSeriesPoint(
        "Hardness by form",
        x_axis="Form",
        parameters=[FunctionalValueParameter("Form", data_type="discrete")],
    )
    with pytest.raises(ValueError, match="'Form' is discrete; give x as strs, not floats"):
        value.value = [SeriesPoint([1.0, 2.0], [10.0, 20.0])]
    value.value = [SeriesPoint(["Bar", "Sheet"], [10.0, 20.0])]
    assert value.value is not None and value.value[0].x == ("Bar", "Sheet")


def test_wrong_types_raise_type_error() -> None:
    with pytest.raises(TypeError):
        _stress_strain(GridPoint([1.0], [2.0]))
    with pytest.raises(TypeError):
        SeriesPoint([0.0, "a"], [1.0, 2.0])
    with pytest.raises(ValueError, match="decoration must be one of"):
        SeriesPoint([0.0], [1.0], decoration="Dots")  # type: ignore[arg-type]


def test_series_points_are_frozen_and_default_to_not_estimated() -> None:
    curve = _curve(20.0)
    assert curve.is_estimated == (False, False, False)
    assert curve.decoration is GraphDecoration.LINES
    with pytest.raises(AttributeError):
        curve.x = (1.0,)  # type: ignore[misc]
    assert "SeriesPoint 3 points" in repr(curve)


def test_series_to_grid_and_back() -> None:
    series = _stress_strain([_curve(20.0), _curve(200.0)])
    grid = series.generate_grid_version()
    assert isinstance(grid, AttributeFunctionalGridPoint)
    assert grid.unit == "MPa" and grid.parameters["Temperature"].unit == "degC"
    assert grid.value.parameters_by_name["Temperature"].values == (20.0,) * 3 + (200.0,) * 3
    again = grid.generate_series_version()
    assert again == series
    assert grid.generate_series_version(create_empty=True).is_empty()


def test_repeated_points_cannot_become_a_grid() -> None:
    with pytest.raises(ValueError, match=r"repeats x=0.0 with the same parameter values"):
        _stress_strain([_curve(20.0), _curve(20.0)]).generate_grid_version()


def test_new_x_axis_swaps_a_parameter_onto_x() -> None:
    series = _stress_strain([_curve(20.0, (0.1,)), _curve(100.0, (0.1,)), _curve(200.0, (0.1,))])
    swapped = series.with_new_x_axis("Temperature")
    assert swapped.x_axis == "Temperature"
    (curve,) = swapped.value
    assert curve.x == (20.0, 100.0, 200.0)
    assert curve.parameters_by_name["Strain"].value == 0.1
    assert series.x_axis == "Strain"


def test_grids_add_up_and_need_the_same_parameters() -> None:
    a = GridPoint([1.0], [2.0], parameters=[GridParameterValues("R", [0.1])])
    b = GridPoint([3.0], [4.0], parameters=[GridParameterValues("R", [-1.0])])
    assert (a + b).x == (1.0, 3.0)
    with pytest.raises(ValueError, match="different parameters"):
        _ = a + GridPoint([3.0], [4.0])


def test_table_view_uses_the_legacy_layout() -> None:
    value = AttributeFunctionalSeriesRange(
        "Scatter",
        [SeriesRange([1.0], [2.0], [3.0], parameters=[SeriesParameterValue("Temperature", 20.0)])],
        x_axis="Strain",
        unit="MPa",
        parameters=[
            FunctionalValueParameter("Strain", "%"),
            FunctionalValueParameter("Temperature", "degC"),
        ],
    )
    view = value.table_view
    assert view.column_headers == [
        "Y min (Scatter [MPa])",
        "Y max (Scatter [MPa])",
        "Strain [%]",
        "Temperature [degC]",
        "Estimated point?",
        "Series number",
    ]
    assert view.table_view == [[2.0, 3.0, 1.0, 20.0, False]]
    assert view.table_view_with_series_number == [[2.0, 3.0, 1.0, 20.0, False, 1]]
    view.table_view[0][0] = 99.0
    assert value.table_view.table_view[0][0] == 2.0
    assert view.parameter_column_index == {"Strain": 2, "Temperature": 3}


def test_parameter_settings_are_checked() -> None:
    parameter = FunctionalValueParameter("Strain", "%", inherited={"axis_scale_type": "Linear"})
    assert parameter.effective_axis_scale_type == "Linear"
    parameter.axis_scale_type = "Log"
    assert parameter.effective_axis_scale_type == "Log"
    with pytest.raises(ValueError, match="axis_scale_type must be one of"):
        parameter.axis_scale_type = "Square"
    with pytest.raises(TypeError):
        parameter.interpolation_type = 3  # type: ignore[assignment]
