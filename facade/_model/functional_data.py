"""The data of functional values: frozen series and grids of points or ranges.

A series is one curve: x and y values, one estimated flag per point, a decoration, and
parameter values held constant over the whole curve (``SeriesParameterValue``). A grid is
one cloud of points whose parameters vary per point (``GridParameterValues``). x values are
numbers for a numeric x parameter and strs for a discrete one. Constructors check lengths and
kinds at once (ValueError / TypeError), before anything is sent.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from enum import StrEnum
from typing import Any, SupportsFloat

_set = object.__setattr__

__all__ = [
    "GraphDecoration",
    "GridParameterValues",
    "GridPoint",
    "GridRange",
    "SeriesParameterValue",
    "SeriesPoint",
    "SeriesRange",
]


class GraphDecoration(StrEnum):
    """How a curve is drawn."""

    LINES = "Lines"
    MARKERS = "Markers"
    LINES_AND_MARKERS = "LinesAndMarkers"

    def __repr__(self) -> str:
        return f"GraphDecoration.{self.name}"


def _floats(values: Iterable[Any], what: str) -> tuple[float, ...]:
    out = []
    for index, value in enumerate(values):
        if isinstance(value, bool | str) or not isinstance(value, SupportsFloat):
            raise TypeError(f"{what}[{index}] must be a number, not {type(value).__name__}")
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"{what}[{index}] must be finite, got {value!r}")
        out.append(number)
    return tuple(out)


def _x_values(values: Iterable[Any], what: str) -> tuple[float, ...] | tuple[str, ...]:
    items = tuple(values)
    if items and all(isinstance(v, str) for v in items):
        return items
    if any(isinstance(v, str) for v in items):
        raise TypeError(f"{what} mixes strs and numbers: give all numbers or all strs")
    return _floats(items, what)


def _flags(flags: Iterable[bool] | None, *, count: int, what: str) -> tuple[bool, ...]:
    if flags is None:
        return (False,) * count
    out = tuple(flags)
    if not all(isinstance(f, bool) for f in out):
        raise TypeError(f"{what}.is_estimated takes one bool per point")
    if len(out) != count:
        raise ValueError(f"{what} has {count} x values but {len(out)} is_estimated flags")
    return out


def _same_length(what: str, x: Sequence[Any], *, name: str, values: Sequence[Any]) -> None:
    if len(values) != len(x):
        raise ValueError(
            f"{what} has {len(x)} x values but {len(values)} {name} values: give one per x"
        )


def _decoration(value: GraphDecoration | str) -> GraphDecoration:
    try:
        return GraphDecoration(value)
    except ValueError:
        allowed = ", ".join(d.value for d in GraphDecoration)
        raise ValueError(f"decoration must be one of {allowed}, got {value!r}") from None


def _parameter_value(value: Any, what: str) -> float | str:
    if isinstance(value, str):
        return value
    return _floats([value], what)[0]


@dataclass(frozen=True, slots=True)
class SeriesParameterValue:
    """A parameter value held constant over a whole series (float numeric, str discrete)."""

    name: str
    value: float | str

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError("a parameter value needs the parameter's name (a non-empty str)")
        object.__setattr__(self, "value", _parameter_value(self.value, f"parameter {self.name}"))

    @classmethod
    def _trusted_pair(cls, name: str, value: float | str) -> SeriesParameterValue:
        """An instance from data already checked (by the server)."""
        made = object.__new__(cls)
        object.__setattr__(made, "name", name)
        object.__setattr__(made, "value", value)
        return made


@dataclass(frozen=True, slots=True)
class GridParameterValues:
    """The values of one parameter, one per point of a grid."""

    name: str
    values: Sequence[float] | Sequence[str]

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise TypeError("grid parameter values need the parameter's name (a non-empty str)")
        object.__setattr__(self, "values", _x_values(self.values, f"parameter {self.name}"))


class _Curve:
    """What series and grids share: checks and by-name access to parameters."""

    __slots__ = ()
    x: Sequence[float] | Sequence[str]
    is_estimated: Sequence[bool] | None
    parameters: Sequence[Any]
    decoration: GraphDecoration

    def __repr__(self) -> str:
        x = self.x
        span = f"{x[0]!r}..{x[-1]!r}" if x else "-"
        params = ", ".join(
            f"{p.name}={p.value!r}" if hasattr(p, "value") else f"{p.name}[{len(p.values)}]"
            for p in self.parameters
        )
        decoration = self.decoration.name
        return f"<{type(self).__name__} {len(x)} points x={span} {decoration} ({params})>"

    @classmethod
    def _trusted(cls, **fields: Any) -> Any:
        """An instance from data already checked (by the server): no checks, no copies."""
        made = object.__new__(cls)
        for name, value in fields.items():
            object.__setattr__(made, name, value)
        return made

    @property
    def parameters_by_name(self) -> Mapping[str, Any]:
        """The parameters by name."""
        return {p.name: p for p in self.parameters}

    @property
    def x_is_discrete(self) -> bool:
        """True when x values are strs (a discrete x parameter)."""
        return bool(self.x) and isinstance(self.x[0], str)

    def _check_common(self, what: str, item_type: type) -> None:
        object.__setattr__(self, "x", _x_values(self.x, f"{what}.x"))
        flags = _flags(self.is_estimated, count=len(self.x), what=what)
        object.__setattr__(self, "is_estimated", flags)
        object.__setattr__(self, "decoration", _decoration(self.decoration))
        parameters = tuple(self.parameters)
        for parameter in parameters:
            if not isinstance(parameter, item_type):
                raise TypeError(f"{what}.parameters takes {item_type.__name__} items")
        names = [p.name for p in parameters]
        if len(set(names)) != len(names):
            raise ValueError(f"{what} names a parameter twice: {names}")
        object.__setattr__(self, "parameters", parameters)


@dataclass(frozen=True, slots=True, repr=False)
class SeriesPoint(_Curve):
    """One curve of y values against x, with parameter values constant over the curve."""

    x: Sequence[float] | Sequence[str]
    y: Sequence[float]
    _: KW_ONLY
    is_estimated: Sequence[bool] | None = None
    decoration: GraphDecoration = GraphDecoration.LINES
    parameters: Sequence[SeriesParameterValue] = ()

    @classmethod
    def _checked(
        cls,
        x: tuple[Any, ...],
        y: tuple[float, ...],
        *,
        is_estimated: tuple[bool, ...],
        decoration: GraphDecoration,
        parameters: tuple[SeriesParameterValue, ...],
    ) -> SeriesPoint:
        """A curve from data the server already checked (the cheap path of bulk reads)."""
        made = object.__new__(cls)
        _set(made, "x", x)
        _set(made, "y", y)
        _set(made, "is_estimated", is_estimated)
        _set(made, "decoration", decoration)
        _set(made, "parameters", parameters)
        return made

    def __post_init__(self) -> None:
        self._check_common("SeriesPoint", SeriesParameterValue)
        object.__setattr__(self, "y", _floats(self.y, "SeriesPoint.y"))
        _same_length("SeriesPoint", self.x, name="y", values=self.y)


@dataclass(frozen=True, slots=True, repr=False)
class SeriesRange(_Curve):
    """One curve of y ranges (y_low to y_high) against x."""

    x: Sequence[float] | Sequence[str]
    y_low: Sequence[float]
    y_high: Sequence[float]
    _: KW_ONLY
    is_estimated: Sequence[bool] | None = None
    decoration: GraphDecoration = GraphDecoration.LINES
    parameters: Sequence[SeriesParameterValue] = ()

    def __post_init__(self) -> None:
        self._check_common("SeriesRange", SeriesParameterValue)
        _check_ranges(self, "SeriesRange")


def _check_ranges(curve: Any, what: str) -> None:
    object.__setattr__(curve, "y_low", _floats(curve.y_low, f"{what}.y_low"))
    object.__setattr__(curve, "y_high", _floats(curve.y_high, f"{what}.y_high"))
    x = curve.x
    _same_length(what, x, name="y_low", values=curve.y_low)
    _same_length(what, x, name="y_high", values=curve.y_high)
    for index, (low, high) in enumerate(zip(curve.y_low, curve.y_high, strict=True)):
        if low > high:
            raise ValueError(f"{what} point {index}: y_low {low} is above y_high {high}")


def _check_grid_parameters(grid: Any, what: str) -> None:
    count = len(grid.x)
    for parameter in grid.parameters:
        if len(parameter.values) != count:
            raise ValueError(
                f"{what} has {count} points but parameter {parameter.name!r} has "
                f"{len(parameter.values)} values: give one per point"
            )


@dataclass(frozen=True, slots=True, repr=False)
class GridPoint(_Curve):
    """A cloud of (x, y) points, each with its own parameter values."""

    x: Sequence[float] | Sequence[str]
    y: Sequence[float]
    _: KW_ONLY
    is_estimated: Sequence[bool] | None = None
    decoration: GraphDecoration = GraphDecoration.LINES
    parameters: Sequence[GridParameterValues] = ()

    def __post_init__(self) -> None:
        self._check_common("GridPoint", GridParameterValues)
        object.__setattr__(self, "y", _floats(self.y, "GridPoint.y"))
        _same_length("GridPoint", self.x, name="y", values=self.y)
        _check_grid_parameters(self, "GridPoint")

    def __add__(self, other: GridPoint) -> GridPoint:
        if not isinstance(other, GridPoint):
            return NotImplemented
        return GridPoint(
            (*self.x, *other.x),
            (*self.y, *other.y),
            is_estimated=(*(self.is_estimated or ()), *(other.is_estimated or ())),
            decoration=_same_decoration(self, other),
            parameters=_joined_parameters(self, other),
        )


@dataclass(frozen=True, slots=True, repr=False)
class GridRange(_Curve):
    """A cloud of y ranges against x, each with its own parameter values."""

    x: Sequence[float] | Sequence[str]
    y_low: Sequence[float]
    y_high: Sequence[float]
    _: KW_ONLY
    is_estimated: Sequence[bool] | None = None
    decoration: GraphDecoration = GraphDecoration.LINES
    parameters: Sequence[GridParameterValues] = ()

    def __post_init__(self) -> None:
        self._check_common("GridRange", GridParameterValues)
        _check_ranges(self, "GridRange")
        _check_grid_parameters(self, "GridRange")

    def __add__(self, other: GridRange) -> GridRange:
        if not isinstance(other, GridRange):
            return NotImplemented
        return GridRange(
            (*self.x, *other.x),
            (*self.y_low, *other.y_low),
            (*self.y_high, *other.y_high),
            is_estimated=(*(self.is_estimated or ()), *(other.is_estimated or ())),
            decoration=_same_decoration(self, other),
            parameters=_joined_parameters(self, other),
        )


def _same_decoration(a: Any, b: Any) -> GraphDecoration:
    if a.decoration != b.decoration:
        raise ValueError(f"cannot add grids drawn as {a.decoration} and {b.decoration}")
    decoration: GraphDecoration = a.decoration
    return decoration


def _joined_parameters(a: Any, b: Any) -> tuple[GridParameterValues, ...]:
    names_a = [p.name for p in a.parameters]
    if names_a != [p.name for p in b.parameters]:
        raise ValueError(
            f"cannot add grids with different parameters: {names_a} and "
            f"{[p.name for p in b.parameters]}"
        )
    return tuple(
        GridParameterValues(p.name, (*p.values, *q.values))
        for p, q in zip(a.parameters, b.parameters, strict=True)
    )
