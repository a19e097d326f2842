"""Units and unit systems of the reference server, converted with pint.

Values are stored in the database's own unit system ("Metric": the units the demo data was
entered in). A read names a unit system (and whether temperatures are absolute); every unit
then maps to the system's unit of the same dimension, and values convert with a factor and an
offset that pint computes once per pair of units (cached), so converting many values costs one
multiplication and one addition each.

Symbols are the ones users see and write (``kg/m^3``, ``W/m.K``, ``degC``); each maps to the
pint expression that defines it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import pint

__all__ = [
    "DATABASE_UNIT_SYSTEM",
    "UNIT_SYSTEMS",
    "Conversion",
    "UnitError",
    "conversion",
    "equivalent_units",
    "is_known_unit",
    "target_unit",
]

DATABASE_UNIT_SYSTEM = "Metric"
UNIT_SYSTEMS = ("Metric", "SI (Consistent)", "US Customary")

# Display symbol -> pint expression. Temperature differences inside compound units use
# pint's delta units (a conductivity per kelvin has no offset).
_SYMBOLS: dict[str, str] = {
    "kg/m^3": "kilogram / meter ** 3",
    "g/cm^3": "gram / centimeter ** 3",
    "lb/ft^3": "pound / foot ** 3",
    "lb/in^3": "pound / inch ** 3",
    "W/m.K": "watt / meter / kelvin",
    "BTU/hr.ft.F": "Btu / hour / foot / delta_degF",
    "Pa": "pascal",
    "kPa": "kilopascal",
    "MPa": "megapascal",
    "GPa": "gigapascal",
    "psi": "psi",
    "ksi": "kip / inch ** 2",
    "Msi": "megapsi",
    "degC": "degC",
    "degF": "degF",
    "K": "kelvin",
    "degR": "degR",
    "s": "second",
    "min": "minute",
    "h": "hour",
    "m": "meter",
    "mm": "millimeter",
    "in": "inch",
    "ft": "foot",
    "kg": "kilogram",
    "lb": "pound",
    "%": "percent",
    "J/kg.K": "joule / kilogram / kelvin",
    "BTU/lb.F": "Btu / pound / delta_degF",
}

# Preferred units of each non-database system; a unit with no preferred unit of its dimension
# stays as stored.
_PREFERRED: dict[str, tuple[str, ...]] = {
    "SI (Consistent)": ("kg/m^3", "W/m.K", "Pa", "degC", "s", "m", "kg", "J/kg.K"),
    "US Customary": ("lb/ft^3", "BTU/hr.ft.F", "ksi", "degF", "h", "in", "lb", "BTU/lb.F"),
}
_ABSOLUTE = {"degC": "K", "degF": "degR"}

_registry: Any = pint.UnitRegistry()


class UnitError(ValueError):
    """A unit symbol the server does not know, or one of another dimension."""


@dataclass(frozen=True, slots=True)
class Conversion:
    """``value * factor + offset`` converts a value from one unit to another."""

    factor: float
    offset: float

    @property
    def is_identity(self) -> bool:
        return self.factor == 1.0 and self.offset == 0.0

    def __call__(self, value: float) -> float:
        return value * self.factor + self.offset


IDENTITY = Conversion(1.0, 0.0)


def is_known_unit(symbol: str) -> bool:
    """Whether ``symbol`` is a unit symbol of the server."""
    return symbol in _SYMBOLS


@cache
def _unit(symbol: str) -> Any:
    try:
        return _registry.Unit(_SYMBOLS[symbol])
    except KeyError as error:
        raise UnitError(f"unknown unit {symbol!r}") from error


@cache
def _dimensionality(symbol: str) -> str:
    return str(_unit(symbol).dimensionality)


@cache
def equivalent_units(symbol: str) -> tuple[str, ...]:
    """Every known symbol of the same dimension as ``symbol`` (itself first).

    Raises:
        UnitError: ``symbol`` is unknown.
    """
    dimension = _dimensionality(symbol)
    others = [s for s in _SYMBOLS if s != symbol and _dimensionality(s) == dimension]
    return (symbol, *others)


@cache
def conversion(source: str, target: str) -> Conversion:
    """Factor and offset from ``source`` to ``target`` (pint, computed once per pair).

    Raises:
        UnitError: a symbol is unknown or the two are of different dimensions.
    """
    if source == target:
        _unit(source)
        return IDENTITY
    if _dimensionality(source) != _dimensionality(target):
        raise UnitError(f"unit {source!r} cannot be converted to {target!r}")
    at_zero = _registry.Quantity(0.0, _unit(source)).to(_unit(target)).magnitude
    at_one = _registry.Quantity(1.0, _unit(source)).to(_unit(target)).magnitude
    return Conversion(float(at_one - at_zero), float(at_zero))


@cache
def target_unit(symbol: str | None, system: str, absolute_temperatures: bool) -> str | None:
    """The unit a value stored in ``symbol`` is shown in, in ``system``.

    Unknown symbols and dimensionless values (None) are shown as stored.
    """
    if symbol is None or symbol not in _SYMBOLS:
        return symbol
    shown = symbol
    if system != DATABASE_UNIT_SYSTEM:
        dimension = _dimensionality(symbol)
        shown = next((s for s in _PREFERRED[system] if _dimensionality(s) == dimension), symbol)
    if absolute_temperatures:
        shown = _ABSOLUTE.get(shown, shown)
    return shown


def check_unit_system(name: str) -> None:
    """Raises UnitError naming the available systems when ``name`` is not one of them."""
    if name not in UNIT_SYSTEMS:
        raise UnitError(f"unknown unit system {name!r}; available: {', '.join(UNIT_SYSTEMS)}")
