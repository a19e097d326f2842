"""Reshaping functional data: series to grid, grid to series, another parameter on x."""

from __future__ import annotations

from typing import Any

from .functional_data import (
    GridParameterValues,
    GridPoint,
    GridRange,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
)

__all__ = ["grid_from_series", "series_from_grid", "swap_x_axis"]


def _ys(curve: Any) -> dict[str, Any]:
    if isinstance(curve, SeriesPoint | GridPoint):
        return {"y": curve.y}
    return {"y_low": curve.y_low, "y_high": curve.y_high}


def grid_from_series(series: tuple[Any, ...]) -> GridPoint | GridRange:
    """One grid holding every point of ``series``; parameters become per-point values.

    Raises:
        ValueError: two points share x and every parameter value, or the series disagree on
            their parameters.
    """
    names = [p.name for p in series[0].parameters]
    x: list[Any] = []
    ys: dict[str, list[float]] = {key: [] for key in _ys(series[0])}
    flags: list[bool] = []
    columns: dict[str, list[Any]] = {name: [] for name in names}
    seen: set[tuple[Any, ...]] = set()
    for index, curve in enumerate(series):
        by_name = curve.parameters_by_name
        if sorted(by_name) != sorted(names):
            raise ValueError(
                f"series {index} has parameters {sorted(by_name)}, series 0 has {sorted(names)}: "
                "a grid needs the same parameters on every point"
            )
        fixed = tuple(by_name[name].value for name in names)
        for point, x_value in enumerate(curve.x):
            key = (x_value, *fixed)
            if key in seen:
                raise ValueError(
                    f"series {index} point {point} repeats x={x_value!r} with the same parameter "
                    "values as another point: a grid cannot tell them apart"
                )
            seen.add(key)
            x.append(x_value)
            for name, value in zip(names, fixed, strict=True):
                columns[name].append(value)
        for y_key, values in _ys(curve).items():
            ys[y_key].extend(values)
        flags.extend(curve.is_estimated or ())
    grid_class: Any = GridPoint if isinstance(series[0], SeriesPoint) else GridRange
    made: GridPoint | GridRange = grid_class(
        tuple(x),
        *ys.values(),
        is_estimated=tuple(flags),
        decoration=series[0].decoration,
        parameters=tuple(GridParameterValues(n, tuple(v)) for n, v in columns.items()),
    )
    return made


def series_from_grid(grid: GridPoint | GridRange) -> tuple[Any, ...]:
    """One series per combination of parameter values, in order of first appearance."""
    names = [p.name for p in grid.parameters]
    groups: dict[tuple[Any, ...], list[int]] = {}
    for index in range(len(grid.x)):
        key = tuple(p.values[index] for p in grid.parameters)
        groups.setdefault(key, []).append(index)
    series_class: Any = SeriesPoint if isinstance(grid, GridPoint) else SeriesRange
    out = []
    flags = tuple(grid.is_estimated or ())
    for key, indexes in groups.items():
        ys = [tuple(values[i] for i in indexes) for values in _ys(grid).values()]
        out.append(
            series_class(
                tuple(grid.x[i] for i in indexes),
                *ys,
                is_estimated=tuple(flags[i] for i in indexes),
                decoration=grid.decoration,
                parameters=tuple(
                    SeriesParameterValue(n, v) for n, v in zip(names, key, strict=True)
                ),
            )
        )
    return tuple(out)


def swap_x_axis(data: Any, *, old: str, new: str, series: bool) -> Any:
    """``data`` (a series tuple or a grid) with parameter ``new`` on x and ``old`` a parameter.

    Raises:
        ValueError: the data does not hold values of ``new`` on every point.
    """
    grid = grid_from_series(data) if series else data
    columns = {p.name: p.values for p in grid.parameters}
    if new not in columns:
        raise ValueError(f"the data has no values of parameter {new!r} to put on the x axis")
    parameters = tuple(
        GridParameterValues(old, grid.x) if p.name == new else p for p in grid.parameters
    )
    swapped = type(grid)(
        columns[new],
        *_ys(grid).values(),
        is_estimated=grid.is_estimated,
        decoration=grid.decoration,
        parameters=parameters,
    )
    return series_from_grid(swapped) if series else swapped
