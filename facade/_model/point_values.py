"""Point values (POIN): one number (``AttributePointSingle``) or several numbers with parameters (``AttributePointMulti``), each with the ``unit`` it is written in.

``AttributePoint(name, value, unit)`` still builds the right one of the two from ``value``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, SupportsFloat

from generated import models
from generated.types import UNSET

from .._core.strict import StrictAttributes
from .precision import (
    TrailingZeroInformation,
    ValueWithPrecision,
    trailing_zeros_to_model,
)
from .value_base import AttributeValue, _number

if TYPE_CHECKING:  # annotations only: the models load at first use (generated.models)
    from generated.models.point_value import PointValue

__all__ = [
    "AttributePoint",
    "AttributePointMulti",
    "AttributePointSingle",
    "ParameterizedPointValue",
    "PointParameterValue",
    "PointValueParameter",
]


@dataclass(frozen=True, slots=True)
class PointParameterValue:
    """A parameter value of one point (e.g. Temperature = 20.0, in ``unit`` when given)."""

    name: str
    value: float | str
    unit: str | None = None

    @classmethod
    def from_data(cls, name: str, value: SupportsFloat | str) -> PointParameterValue:
        """A parameter value from a number (numeric parameter) or a str (discrete parameter)."""
        if not isinstance(name, str) or not name:
            raise TypeError("a parameter value needs the parameter's name (a non-empty str)")
        if isinstance(value, str):
            return cls(name, value)
        return cls(name, _number(float(value), f"parameter {name!r}"))


@dataclass(frozen=True, slots=True)
class ParameterizedPointValue:
    """One point of a multi-valued point attribute, with its parameter values.

    ``value`` is a number, or a ``ValueWithPrecision`` to write the number with its precision.
    """

    value: float | ValueWithPrecision
    parameters: tuple[PointParameterValue, ...] = ()

    @property
    def parameters_by_name(self) -> Mapping[str, float | str]:
        """Parameter values by parameter name."""
        return MappingProxyType({p.name: p.value for p in self.parameters})

    @classmethod
    def from_data(
        cls, value: SupportsFloat, parameters: Mapping[str, SupportsFloat | str] | None = None
    ) -> ParameterizedPointValue:
        """A point from a number and a ``{parameter name: value}`` mapping."""
        return cls(
            _number(float(value), "point value"),
            tuple(PointParameterValue.from_data(n, v) for n, v in (parameters or {}).items()),
        )


class PointValueParameter(StrictAttributes):
    """A parameter of a multi-valued point datum; set ``unit`` to declare the unit you write.

    Args:
        name: The parameter's name (e.g. ``"Temperature"``).
        unit: The unit its values are written in.
    """

    __slots__ = ("name", "unit")

    def __init__(self, name: str, unit: str | None = None) -> None:
        self.name = name
        self.unit = unit

    def __repr__(self) -> str:
        return f"<PointValueParameter {self.name!r} [{self.unit}]>"


def _format_number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e16 else repr(value)


class AttributePoint(AttributeValue):
    """A point (POIN): the parent of single and multi-valued points, with a ``unit``.

    ``AttributePoint(name, value, unit)`` builds an ``AttributePointSingle`` for a number and
    an ``AttributePointMulti`` for a sequence of points.

    Args:
        name: The attribute's name.
        value: A number, or a sequence of numbers or parameterized points.
        unit: The unit of the value (e.g. ``"kg/m^3"``); None for the attribute's own.
        is_estimated: Whether the value is an estimate.
    """

    __slots__ = ("_trailing_zeros", "_unit", "is_estimated")

    type = "POIN"
    kind = "point"
    is_multivalued = False

    def __new__(cls, name: str, value: Any = None, *args: Any, **kwargs: Any) -> Any:
        if cls is AttributePoint:
            multi = isinstance(value, tuple | list)
            cls = AttributePointMulti if multi else AttributePointSingle
        return super().__new__(cls)

    def __init__(
        self, name: str, value: Any = None, unit: str | None = None, is_estimated: bool = False
    ) -> None:
        self._unit: str | None = None
        self._trailing_zeros: tuple[TrailingZeroInformation | None, ...] = ()
        super().__init__(name, value)
        self.unit = unit
        self.is_estimated = is_estimated

    @property
    def unit(self) -> str | None:
        """The unit of the value (None when dimensionless).

        Set it to declare the unit you write. Checked against the attribute's equivalent units when
        the definition is known.
        """
        return self._unit

    @unit.setter
    def unit(self, unit: str | None) -> None:
        if unit is not None and not isinstance(unit, str):
            raise TypeError(f"unit of {self.name!r} must be a str or None")
        if unit is not None and self.definition is not None:
            self.definition.check_unit(unit)
        self._unit = unit

    @property
    def default_unit(self) -> str | None:
        """The attribute's unit in the current unit system (None without a definition)."""
        return self.definition.unit if self.definition is not None else None

    @property
    def points(self) -> tuple[ParameterizedPointValue, ...]:
        """Every point, as parameterized values of floats (one for a single number)."""
        return tuple(
            p if type(p.value) is float else ParameterizedPointValue(float(p.value), p.parameters)
            for p in self._written_points()
        )

    def _written_points(self) -> tuple[ParameterizedPointValue, ...]:
        """The points as set, numbers written with precision kept as ``ValueWithPrecision``."""
        value = self._value
        if value is None:
            return ()
        if isinstance(value, tuple):
            return value
        number = value if isinstance(value, ValueWithPrecision) else float(value)
        return (ParameterizedPointValue(number),)

    def _show_in(self, unit: str, *, factor: float, offset: float) -> None:
        """Show the numbers in ``unit`` (``number * factor + offset``); parameters and precision stay."""
        value = self._value
        if isinstance(value, tuple):
            self._value = tuple(
                ParameterizedPointValue(float(p.value) * factor + offset, p.parameters)
                for p in value
            )
        elif value is not None:
            self._value = float(value) * factor + offset
        self._unit = unit

    def _entered_unit(self) -> str | None:
        """The unit the written numbers are in: ``unit``, else the attribute's database unit."""
        if self._unit is not None or self.definition is None:
            return self._unit
        return getattr(self.definition, "database_unit", None)

    def _read_precision(self, entries: tuple[TrailingZeroInformation | None, ...]) -> None:
        """Keep the precision the server exported with each point."""
        self._trailing_zeros = entries

    def _exported_precision(self) -> tuple[TrailingZeroInformation | None, ...]:
        """One entry per point: the precision read with it (None where none was kept)."""
        count = len(self._written_points())
        kept = self._trailing_zeros if len(self._trailing_zeros) == count else ()
        return kept or (None,) * count

    def _parameter_unit(self, parameter: PointParameterValue) -> str | None:
        return parameter.unit

    def _to_model(self) -> PointValue:
        entries = [
            models.PointEntry(
                value=float(p.value),
                parameters=[
                    models.PointParameter(name=q.name, value=q.value, unit=self._parameter_unit(q))
                    for q in p.parameters
                ],
                trailing_zeros=trailing_zeros_to_model(p.value, self._entered_unit()) or UNSET,
            )
            for p in self._written_points()
        ]
        return models.PointValue(
            type_="point",
            attribute=self.name,
            values=entries,
            unit=self._unit,
            estimated=self.is_estimated,
        )

    def _shown(self) -> str:
        unit = f" {self._unit}" if self._unit else ""
        if self._value is None:
            return "empty"
        return ", ".join(_format_number(float(p.value)) for p in self.points) + unit

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}: {self._shown()}>"


class AttributePointSingle(AttributePoint):
    """A single-valued point: ``value`` is a number, or a ``ValueWithPrecision`` set by you.

    A number written as a ``ValueWithPrecision`` is read back as a float, with its precision
    in ``trailing_zero_information``.
    """

    @property
    def trailing_zero_information(self) -> TrailingZeroInformation | None:
        """The precision the stored number was written with (None when none was kept)."""
        return self._exported_precision()[0] if self._value is not None else None

    __slots__ = ()

    def _check(self, value: Any) -> Any:
        self._trailing_zeros = ()
        if isinstance(value, ValueWithPrecision):
            return value
        if isinstance(value, tuple | list):
            raise TypeError(
                f"value of {self.name!r} must be a number (single-valued point), "
                f"not {type(value).__name__}"
            )
        return _number(value, f"value of {self.name!r}")

    def set_value(self, value: SupportsFloat) -> None:
        """Set the number.

        Args:
            value: Any number (``SupportsFloat``).

        Raises:
            TypeError: ``value`` is not a number.
            ValueError: ``value`` is not finite.
        """
        self.value = _number(float(value), f"value of {self.name!r}")


class AttributePointMulti(AttributePoint):
    """A multi-valued point: ``value`` is a tuple of ``ParameterizedPointValue``."""

    __slots__ = ("_parameters",)

    is_multivalued = True

    def __init__(
        self, name: str, value: Any = None, unit: str | None = None, is_estimated: bool = False
    ) -> None:
        self._parameters: dict[str, PointValueParameter] = {}
        super().__init__(name, value, unit, is_estimated)

    @property
    def trailing_zero_information(self) -> tuple[TrailingZeroInformation | None, ...]:
        """Per point, the precision its stored number was written with (None: none kept)."""
        return self._exported_precision()

    def _check(self, value: Any) -> Any:
        self._trailing_zeros = ()
        if not isinstance(value, tuple | list):
            raise TypeError(
                f"value of multi-valued {self.name!r} must be a tuple of ParameterizedPointValue, "
                f"not {type(value).__name__}"
            )
        points = []
        for index, point in enumerate(value):
            if not isinstance(point, ParameterizedPointValue):
                point = ParameterizedPointValue(_number(point, f"{self.name}[{index}]"))
            points.append(point)
            for parameter in point.parameters:
                if parameter.unit is not None:
                    self._parameters.setdefault(
                        parameter.name, PointValueParameter(parameter.name, parameter.unit)
                    )
        return tuple(points) or None

    @property
    def parameters(self) -> Mapping[str, PointValueParameter]:
        """The parameters of the datum by name (set ``.unit`` on one to declare its unit)."""
        if self.definition is not None:
            for name, definition in getattr(self.definition, "parameters", {}).items():
                self._parameters.setdefault(name, PointValueParameter(name, definition.unit))
        return MappingProxyType(self._parameters)

    def set_value(
        self,
        values: Sequence[SupportsFloat],
        parameters: Sequence[Mapping[str, SupportsFloat | str]] | None = None,
    ) -> None:
        """Set the points from numbers and, per point, ``{parameter: value}`` mappings.

        Args:
            values: One number per point.
            parameters: Per point, the parameter values (e.g. ``{"Temperature": 20.0}``).

        Raises:
            ValueError: ``parameters`` is not as long as ``values``.
        """
        if parameters is not None and len(parameters) != len(values):
            raise ValueError(
                f"{self.name!r}: {len(values)} values but {len(parameters)} parameter sets"
            )
        sets = parameters if parameters is not None else [{}] * len(values)
        self.value = tuple(
            ParameterizedPointValue.from_data(v, p) for v, p in zip(values, sets, strict=True)
        )

    def _parameter_unit(self, parameter: PointParameterValue) -> str | None:
        """The unit a parameter value is written in: the value's own, else the one declared on ``parameters`` (by default the definition's, in the current unit system)."""
        if parameter.unit is not None:
            return parameter.unit
        declared = self.parameters.get(parameter.name)
        return declared.unit if declared is not None else None
