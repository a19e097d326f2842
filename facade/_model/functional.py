"""Functional (FUNC) attribute values: series or grids of points or ranges, with parameters.

``unit`` is the y unit; each parameter (``parameters[name]``, a ``FunctionalValueParameter``)
has its own unit, the x-axis parameter included. Assigning ``value`` checks the data against
the parameters at once: an unknown parameter, or x values of the wrong kind for the x
parameter, raises ValueError before anything is sent.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from .functional_data import GridPoint, GridRange, SeriesPoint, SeriesRange, _Curve
from .functional_export import functional_to_model
from .functional_parameters import FunctionalValueParameter
from .functional_reshape import grid_from_series, series_from_grid, swap_x_axis
from .functional_table import FunctionalTableView
from .value_base import AttributeValue

__all__ = [
    "AttributeFunctionalGridPoint",
    "AttributeFunctionalGridRange",
    "AttributeFunctionalSeriesPoint",
    "AttributeFunctionalSeriesRange",
    "FunctionalValue",
]


def _parameters(
    items: Iterable[FunctionalValueParameter | str], x_axis: str
) -> dict[str, FunctionalValueParameter]:
    out: dict[str, FunctionalValueParameter] = {}
    for item in items:
        parameter = FunctionalValueParameter(item) if isinstance(item, str) else item
        if not isinstance(parameter, FunctionalValueParameter):
            raise TypeError("parameters takes FunctionalValueParameter items or parameter names")
        out[parameter.name] = parameter
    if x_axis not in out:
        out = {x_axis: FunctionalValueParameter(x_axis), **out}
    return out


class FunctionalValue(AttributeValue):
    """What the four functional value classes share: y ``unit``, ``x_axis``, ``parameters``.

    Args:
        name: The attribute's name.
        value: The data (series classes: curves; grid classes: one grid); None for empty.
        x_axis: The name of the parameter on the x axis.
        unit: The y unit (None: dimensionless or the attribute's unit).
        parameters: The value's parameters (``FunctionalValueParameter`` or names); the x
            axis is added when missing.
    """

    type = "FUNC"
    kind = "functional"
    curve_type: ClassVar[builtins.type[_Curve]]
    is_series: ClassVar[bool] = True

    def __init__(
        self,
        name: str,
        value: Any = None,
        *,
        x_axis: str,
        unit: str | None = None,
        parameters: Iterable[FunctionalValueParameter | str] = (),
    ) -> None:
        if not isinstance(x_axis, str) or not x_axis:
            raise TypeError("x_axis must name a parameter (a non-empty str)")
        self._x_axis = x_axis
        self._parameters = _parameters(parameters, x_axis)
        self._unit = unit
        super().__init__(name, value)

    def _fill_checked(
        self,
        name: str,
        curves: Any,
        *,
        x_axis: str,
        unit: str | None,
        parameters: list[FunctionalValueParameter],
    ) -> None:
        """Set every field from checked data (what ``__init__`` does, without the checks)."""
        self.name = name
        self.definition = None
        self._is_applicable = True
        self._x_axis = x_axis
        self._parameters = {p.name: p for p in parameters}
        self._unit = unit
        self._value = curves or None

    @property
    def unit(self) -> str | None:
        """The y unit (None when dimensionless); set it to declare the unit you write."""
        return self._unit

    @unit.setter
    def unit(self, unit: str | None) -> None:
        if unit is not None and not isinstance(unit, str):
            raise TypeError(f"unit of {self.name!r} must be a str or None")
        self._unit = unit

    @property
    def x_axis(self) -> str:
        """The name of the parameter on the x axis."""
        return self._x_axis

    @property
    def parameters(self) -> Mapping[str, FunctionalValueParameter]:
        """The parameters of this value by name (set ``.unit`` on one to declare its unit)."""
        return MappingProxyType(self._parameters)

    def _known(self) -> str:
        return ", ".join(repr(name) for name in self._parameters)

    def _check_curve(self, curve: Any, where: str) -> None:
        if not isinstance(curve, self.curve_type):
            raise TypeError(
                f"{where} of {self.name!r} must be a {self.curve_type.__name__}, "
                f"not {type(curve).__name__}"
            )
        for parameter in curve.parameters:
            if parameter.name not in self._parameters:
                raise ValueError(
                    f"{where} of {self.name!r} names unknown parameter {parameter.name!r}; "
                    f"known parameters: {self._known()}"
                )
            if self.is_series and parameter.name == self._x_axis:
                raise ValueError(
                    f"{where} of {self.name!r}: {parameter.name!r} is the x axis; it varies "
                    "along the series and cannot be a series parameter"
                )
        x_parameter = self._parameters[self._x_axis]
        if curve.x and x_parameter.data_type == "discrete" and not curve.x_is_discrete:
            raise ValueError(
                f"{where} of {self.name!r}: x parameter {self._x_axis!r} is discrete; give x "
                f"as strs, not floats (got {curve.x[0]!r})"
            )
        if curve.x and x_parameter.data_type == "numeric" and curve.x_is_discrete:
            raise ValueError(
                f"{where} of {self.name!r}: x parameter {self._x_axis!r} is numeric; give x "
                f"as numbers, not strs (got {curve.x[0]!r})"
            )

    def with_new_x_axis(self, parameter_name: str, create_empty: bool = False) -> Any:
        """A new value of the same class with ``parameter_name`` on the x axis.

        Args:
            parameter_name: One of ``parameters``.
            create_empty: True for a value without data (units and parameters only).

        Returns:
            The new value; this one is unchanged.

        Raises:
            ValueError: ``parameter_name`` is not a parameter of this value.
        """
        if parameter_name not in self._parameters:
            raise ValueError(
                f"{parameter_name!r} is not a parameter of {self.name!r}; "
                f"known parameters: {self._known()}"
            )
        data = (
            None
            if create_empty or self.is_empty()
            else swap_x_axis(
                self._value, old=self._x_axis, new=parameter_name, series=self.is_series
            )
        )
        return self._copy(type(self), data, x_axis=parameter_name)

    def _copy(
        self, cls: builtins.type[FunctionalValue], data: Any, *, x_axis: str | None = None
    ) -> Any:
        made = cls(
            self.name,
            data,
            x_axis=x_axis or self._x_axis,
            unit=self.unit,
            parameters=[p.copy() for p in self._parameters.values()],
        )
        if isinstance(self, _SeriesValue) and isinstance(made, _SeriesValue):
            made.show_as_table = self.show_as_table
            made.log_yaxis = self.log_yaxis
        return made

    def _to_model(self) -> Any:
        return functional_to_model(self)

    @property
    def table_view(self) -> FunctionalTableView:
        """A read-only table of the data (editing it changes nothing)."""
        curves: tuple[Any, ...] = ()
        if not self.is_empty():
            curves = self._value if self.is_series else (self._value,)
        return FunctionalTableView(
            name=self.name,
            unit=self.unit,
            x_axis=self._x_axis,
            parameters=tuple(self._parameters.values()),
            curves=curves,
            with_series_numbers=self.is_series,
        )

    def _data(self) -> tuple[Any, ...]:
        options = (getattr(self, "show_as_table", None), getattr(self, "log_yaxis", None))
        return (self.name, self._value, self.unit, self._x_axis, self._parameters, options)

    def __eq__(self, other: object) -> bool:
        """Same class, data, units, x axis, parameters and options (definitions aside)."""
        return (
            type(other) is type(self)
            and isinstance(other, FunctionalValue)
            and (other._data() == self._data())
        )

    __hash__ = None

    def __repr__(self) -> str:
        size = 0 if self.is_empty() else (len(self._value) if self.is_series else 1)
        what = "series" if self.is_series else "grid"
        return (
            f"<{type(self).__name__} {self.name!r}: {size} {what}, y [{self.unit}] "
            f"vs {self._x_axis!r}, parameters {list(self._parameters)}>"
        )


class _SeriesValue(FunctionalValue):
    """Series values: a tuple of curves, each with constant parameter values."""

    grid_class: ClassVar[builtins.type[FunctionalValue]]
    show_as_table: bool
    log_yaxis: bool

    def __init__(
        self,
        name: str,
        value: Any = None,
        *,
        x_axis: str,
        unit: str | None = None,
        parameters: Iterable[FunctionalValueParameter | str] = (),
        show_as_table: bool = False,
        log_yaxis: bool = False,
    ) -> None:
        self.show_as_table = show_as_table
        self.log_yaxis = log_yaxis
        super().__init__(name, value, x_axis=x_axis, unit=unit, parameters=parameters)

    def _check(self, value: Any) -> Any:
        curves = (value,) if isinstance(value, self.curve_type) else value
        if isinstance(curves, str | bytes) or not isinstance(curves, Iterable):
            raise TypeError(
                f"value of {self.name!r} must be a {self.curve_type.__name__} or a sequence of "
                f"them, not {type(value).__name__}"
            )
        curves = tuple(curves)
        for index, curve in enumerate(curves):
            self._check_curve(curve, f"series {index}")
        return curves or None

    @classmethod
    def _checked(
        cls,
        name: str,
        curves: tuple[Any, ...],
        *,
        x_axis: str,
        unit: str | None,
        parameters: list[FunctionalValueParameter],
        show_as_table: bool,
        log_yaxis: bool,
    ) -> _SeriesValue:
        """A value from data the server already checked (the cheap path of bulk reads)."""
        made = cls.__new__(cls)
        made.show_as_table = show_as_table
        made.log_yaxis = log_yaxis
        made._fill_checked(name, curves, x_axis=x_axis, unit=unit, parameters=parameters)
        return made

    def set_value(self, value: Any) -> None:
        """Set the series (a sequence of curves, or one); same checks as assigning ``value``."""
        self.value = value

    def generate_grid_version(self, create_empty: bool = False) -> Any:
        """The same data as a grid (series membership is lost).

        Args:
            create_empty: True for a grid value without data.

        Returns:
            The grid value (units, parameters copied).

        Raises:
            ValueError: two points share x and every parameter value (e.g. a repeated series).
        """
        data = None if create_empty or self.is_empty() else grid_from_series(self._value)
        return self._copy(self.grid_class, data)


class _GridValue(FunctionalValue):
    """Grid values: one cloud of points, parameter values per point."""

    is_series = False
    series_class: ClassVar[builtins.type[FunctionalValue]]

    def _check(self, value: Any) -> Any:
        self._check_curve(value, "grid")
        return value if value.x else None

    def generate_series_version(self, create_empty: bool = False) -> Any:
        """The same data as series: one per combination of parameter values.

        Args:
            create_empty: True for a series value without data.

        Returns:
            The series value (units, parameters copied).
        """
        data = None if create_empty or self.is_empty() else series_from_grid(self._value)
        return self._copy(self.series_class, data)


class AttributeFunctionalSeriesPoint(_SeriesValue):
    """A functional value as series of points (``value``: tuple of ``SeriesPoint``)."""

    curve_type = SeriesPoint


class AttributeFunctionalSeriesRange(_SeriesValue):
    """A functional value as series of ranges (``value``: tuple of ``SeriesRange``)."""

    curve_type = SeriesRange


class AttributeFunctionalGridPoint(_GridValue):
    """A functional value as a grid of points (``value``: a ``GridPoint``)."""

    curve_type = GridPoint


class AttributeFunctionalGridRange(_GridValue):
    """A functional value as a grid of ranges (``value``: a ``GridRange``)."""

    curve_type = GridRange


AttributeFunctionalSeriesPoint.grid_class = AttributeFunctionalGridPoint
AttributeFunctionalSeriesRange.grid_class = AttributeFunctionalGridRange
AttributeFunctionalGridPoint.series_class = AttributeFunctionalSeriesPoint
AttributeFunctionalGridRange.series_class = AttributeFunctionalSeriesRange
