"""Functional values to the contract's models, for an import.

The read side is ``functional_wire``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generated import models

from .functional_data import GraphDecoration, GridPoint, SeriesPoint

if TYPE_CHECKING:  # annotations only
    from generated.models.functional_grid_point_value import FunctionalGridPointValue
    from generated.models.functional_grid_range_value import FunctionalGridRangeValue
    from generated.models.functional_parameter_setting import FunctionalParameterSetting
    from generated.models.functional_series_point_value import FunctionalSeriesPointValue
    from generated.models.functional_series_range_value import FunctionalSeriesRangeValue
    from generated.models.grid_parameter_values import (
        GridParameterValues as GridParameterValuesModel,
    )

    FunctionalModel = (
        FunctionalSeriesPointValue
        | FunctionalSeriesRangeValue
        | FunctionalGridPointValue
        | FunctionalGridRangeValue
    )


__all__ = ["DECORATIONS", "functional_to_model"]

DECORATIONS = {
    GraphDecoration.LINES: "lines",
    GraphDecoration.MARKERS: "markers",
    GraphDecoration.LINES_AND_MARKERS: "linesAndMarkers",
}
_TO_WIRE = DECORATIONS


def _settings(value: Any) -> list[FunctionalParameterSetting]:
    out = []
    for p in value.parameters.values():
        setting = models.FunctionalParameterSetting(name=p.name)
        if p.unit is not None:
            setting.unit = p.unit
        if isinstance(p.default_value, str):
            setting.default_text = p.default_value
        elif p.default_value is not None:
            setting.default_value = p.default_value
        if p.interpolation_type is not None:
            setting.interpolation_type = p.interpolation_type
        if p.axis_scale_type is not None:
            setting.scale_type = p.axis_scale_type
        out.append(setting)
    return out


def _wire_x(curve: Any) -> dict[str, Any]:
    return {"x_text": list(curve.x)} if curve.x_is_discrete else {"x": list(curve.x)}


def _wire_grid_parameters(grid: Any) -> list[GridParameterValuesModel]:
    out = []
    for p in grid.parameters:
        discrete = bool(p.values) and isinstance(p.values[0], str)
        values = list(p.values)
        out.append(
            models.GridParameterValues(name=p.name, text_values=values)
            if discrete
            else models.GridParameterValues(name=p.name, values=values)
        )
    return out


def functional_to_model(value: Any) -> FunctionalModel:
    """The contract's model of a functional value, for an import."""
    common: dict[str, Any] = {
        "attribute": value.name,
        "x_axis": value.x_axis,
        "parameters": _settings(value),
    }
    if value.unit is not None:
        common["unit"] = value.unit
    data = value.value
    if value.is_series:
        options: dict[str, Any] = {
            "show_as_table": value.show_as_table,
            "log_y_axis": value.log_yaxis,
        }
        curves: list[Any] = []
        for curve in data:
            fields: dict[str, Any] = {
                **_wire_x(curve),
                "estimated": list(curve.is_estimated),
                "decoration": _TO_WIRE[curve.decoration],
                "parameters": [
                    models.SeriesParameterValue(name=p.name, text_value=p.value)
                    if isinstance(p.value, str)
                    else models.SeriesParameterValue(name=p.name, value=p.value)
                    for p in curve.parameters
                ],
            }
            if isinstance(curve, SeriesPoint):
                curves.append(models.FunctionalSeriesPoints(y=list(curve.y), **fields))
            else:
                curves.append(
                    models.FunctionalSeriesRanges(
                        y_low=list(curve.y_low), y_high=list(curve.y_high), **fields
                    )
                )
        if isinstance(data[0], SeriesPoint):
            return models.FunctionalSeriesPointValue(
                type_="functionalSeriesPoint", series=curves, **common, **options
            )
        return models.FunctionalSeriesRangeValue(
            type_="functionalSeriesRange", series=curves, **common, **options
        )
    grid: dict[str, Any] = {
        **_wire_x(data),
        "estimated": list(data.is_estimated),
        "decoration": _TO_WIRE[data.decoration],
        "parameter_values": _wire_grid_parameters(data),
    }
    if isinstance(data, GridPoint):
        return models.FunctionalGridPointValue(
            type_="functionalGridPoint", y=list(data.y), **common, **grid
        )
    return models.FunctionalGridRangeValue(
        type_="functionalGridRange",
        y_low=list(data.y_low),
        y_high=list(data.y_high),
        **common,
        **grid,
    )
