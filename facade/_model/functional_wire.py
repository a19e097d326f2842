"""Functional values from the contract's models (the write side is ``functional_export``).

Exported data was checked by the server, so curves are built without checking again (the
bulk-read path stays cheap); values built here for an import are checked by their classes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generated import models
from generated.types import Unset

from .functional import (
    AttributeFunctionalGridPoint,
    AttributeFunctionalGridRange,
    AttributeFunctionalSeriesPoint,
    AttributeFunctionalSeriesRange,
    FunctionalValue,
)
from .functional_data import (
    GraphDecoration,
    GridParameterValues,
    GridPoint,
    GridRange,
    SeriesParameterValue,
    SeriesPoint,
    SeriesRange,
)
from .functional_export import DECORATIONS
from .functional_parameters import FunctionalValueParameter

if TYPE_CHECKING:  # annotations only
    from generated.models.functional_parameter_setting import FunctionalParameterSetting
    from generated.models.functional_series_points import FunctionalSeriesPoints

    from .functional_export import FunctionalModel

__all__ = ["functional_from_model"]


_FROM_WIRE: dict[Any, GraphDecoration] = {wire: facade for facade, wire in DECORATIONS.items()}


def _opt(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _decoration(value: Any) -> GraphDecoration:
    return _FROM_WIRE.get(value, GraphDecoration.LINES)  # unknown (newer) kinds draw as lines


def _x(item: Any) -> tuple[Any, ...]:
    x = item.x
    return tuple(x) if not isinstance(x, Unset) else tuple(_opt(item.x_text) or ())


def _flags(item: Any, count: int) -> tuple[bool, ...]:
    flags = item.estimated
    return tuple(flags) if not isinstance(flags, Unset) else (False,) * count


def _curve(cls: Any, item: Any, parameters: tuple[Any, ...], **ys: tuple[float, ...]) -> Any:
    x = _x(item)
    fields: dict[str, Any] = {"x": x, **ys}
    fields.update(
        is_estimated=_flags(item, len(x)),
        decoration=_decoration(item.decoration),
        parameters=parameters,
    )
    return cls._trusted(**fields)


def _series_point(item: FunctionalSeriesPoints) -> SeriesPoint:
    x = item.x
    xs = tuple(x) if x.__class__ is list else tuple(_opt(item.x_text) or ())
    flags = item.estimated
    return SeriesPoint._checked(
        xs,
        tuple(item.y),
        is_estimated=tuple(flags) if flags.__class__ is list else (False,) * len(xs),
        decoration=_FROM_WIRE.get(item.decoration, GraphDecoration.LINES),
        parameters=_series_parameters(item),
    )


_KNOWN_PARAMETERS: dict[tuple[Any, ...], tuple[SeriesParameterValue, ...]] = {}
_KNOWN_PARAMETERS_LIMIT = 4096


def _series_parameters(item: Any) -> tuple[SeriesParameterValue, ...]:
    """A series' parameter values, equal ones shared.

    They are frozen, so a bulk read of curves at the same temperatures builds each only once.
    """
    parameters = item.parameters
    if parameters.__class__ is not list:
        return ()
    key = tuple(
        (p.name, p.value if p.value.__class__ is not Unset else p.text_value) for p in parameters
    )
    found = _KNOWN_PARAMETERS.get(key)
    if found is None:
        if len(_KNOWN_PARAMETERS) >= _KNOWN_PARAMETERS_LIMIT:
            _KNOWN_PARAMETERS.clear()
        found = _KNOWN_PARAMETERS[key] = tuple(
            SeriesParameterValue._trusted_pair(name, value) for name, value in key
        )
    return found


def _grid_parameters(model: Any) -> tuple[GridParameterValues, ...]:
    out = []
    for p in _opt(model.parameter_values) or ():
        values = p.values if not isinstance(p.values, Unset) else _opt(p.text_values) or []
        out.append(GridParameterValues(p.name, tuple(values)))
    return tuple(out)


def _parameter(setting: FunctionalParameterSetting) -> FunctionalValueParameter:
    data_type = setting.data_type
    default = setting.default_value
    return FunctionalValueParameter._trusted(
        name=setting.name,
        unit=_opt(setting.unit),
        data_type="discrete" if data_type == "discrete" else "numeric",
        default_value=default if not isinstance(default, Unset) else _opt(setting.default_text),
        interpolation_type=_opt(setting.interpolation_type),
        axis_scale_type=_opt(setting.scale_type),
    )


def functional_from_model(model: FunctionalModel) -> FunctionalValue:
    """The facade value of an exported functional model."""
    common: dict[str, Any] = {
        "x_axis": model.x_axis,
        "unit": _opt(model.unit),
        "parameters": [_parameter(s) for s in _opt(model.parameters) or ()],
    }
    if isinstance(model, models.FunctionalSeriesPointValue | models.FunctionalSeriesRangeValue):
        series_options: dict[str, Any] = {
            "show_as_table": bool(model.show_as_table),
            "log_yaxis": bool(model.log_y_axis),
        }
        if isinstance(model, models.FunctionalSeriesPointValue):
            return AttributeFunctionalSeriesPoint._checked(
                model.attribute,
                tuple(_series_point(s) for s in model.series),
                **common,
                **series_options,
            )
        ranges = tuple(
            _curve(
                SeriesRange, s, _series_parameters(s), y_low=tuple(s.y_low), y_high=tuple(s.y_high)
            )
            for s in model.series
        )
        return AttributeFunctionalSeriesRange(model.attribute, ranges, **common, **series_options)
    if isinstance(model, models.FunctionalGridPointValue):
        grid = _curve(GridPoint, model, _grid_parameters(model), y=tuple(model.y))
        return AttributeFunctionalGridPoint(model.attribute, grid, **common)
    grid_range = _curve(
        GridRange,
        model,
        _grid_parameters(model),
        y_low=tuple(model.y_low),
        y_high=tuple(model.y_high),
    )
    return AttributeFunctionalGridRange(model.attribute, grid_range, **common)
