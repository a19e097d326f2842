"""Point and range values between the database's units and the units a caller reads or writes.

``shown_in`` converts a stored value (database units) to a unit selection for export;
``to_database_units`` converts an imported value to the database units of its attribute
and raises ``UnitValueError`` (the pointer suffix and a message naming the attribute, the unit
given and the units allowed) for a unit that is unknown or of another dimension.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ._units import (
    DATABASE_UNIT_SYSTEM,
    Conversion,
    UnitError,
    conversion,
    equivalent_units,
    is_known_unit,
    target_unit,
)

__all__ = ["UnitSelection", "UnitValueError", "shown_in", "to_database_units"]


@dataclass(frozen=True, slots=True)
class UnitSelection:
    """The unit system a caller reads in and whether temperatures are absolute."""

    system: str = DATABASE_UNIT_SYSTEM
    absolute_temperatures: bool = False

    @property
    def is_database(self) -> bool:
        """True when values are shown exactly as stored."""
        return self.system == DATABASE_UNIT_SYSTEM and not self.absolute_temperatures

    def unit(self, stored: str | None) -> str | None:
        """The unit a value stored in ``stored`` is shown in."""
        return target_unit(stored, self.system, self.absolute_temperatures)

    def conversion(self, stored: str | None) -> tuple[str | None, Conversion | None]:
        """The shown unit and the conversion to it (None when nothing changes)."""
        shown = self.unit(stored)
        if stored is None or shown == stored or shown is None:
            return stored, None
        return shown, conversion(stored, shown)


@dataclass(slots=True)
class UnitValueError(Exception):
    """An imported unit that is unknown or not convertible to the attribute's unit."""

    pointer: str
    message: str


def _shown_entry(
    entry: dict[str, Any], value_conversion: Conversion | None, selection: UnitSelection
) -> dict[str, Any]:
    out = dict(entry)
    if value_conversion is not None:
        out["value"] = value_conversion(entry["value"])
    parameters = entry.get("parameters")
    if parameters:
        shown_parameters = []
        for parameter in parameters:
            unit = parameter.get("unit")
            value = parameter.get("value")
            if unit is not None and isinstance(value, int | float):
                shown_unit, parameter_conversion = selection.conversion(unit)
                if parameter_conversion is not None:
                    parameter = {
                        **parameter,
                        "value": parameter_conversion(value),
                        "unit": shown_unit,
                    }
            shown_parameters.append(parameter)
        out["parameters"] = shown_parameters
    return out


def shown_in(stored: dict[str, Any], selection: UnitSelection) -> dict[str, Any]:
    """A stored point or range value in the selected units (other kinds are returned as is)."""
    kind = stored.get("type")
    if selection.is_database or kind not in ("point", "range"):
        return stored
    unit, value_conversion = selection.conversion(stored.get("unit"))
    out = dict(stored)
    out["unit"] = unit
    if kind == "range":
        if value_conversion is not None:
            for bound in ("low", "high"):
                if out.get(bound) is not None:
                    out[bound] = value_conversion(out[bound])
        return out
    out["values"] = [_shown_entry(e, value_conversion, selection) for e in stored["values"]]
    return out


def _import_conversion(
    given: str | None, database_unit: str | None, what: str, pointer: str
) -> Conversion | None:
    if given is None or given == database_unit:
        return None
    if database_unit is None:
        raise UnitValueError(pointer, f'{what} is dimensionless: unit "{given}" is not allowed')
    allowed = (
        ", ".join(equivalent_units(database_unit))
        if is_known_unit(database_unit)
        else database_unit
    )
    if not is_known_unit(given):
        raise UnitValueError(pointer, f'{what}: unknown unit "{given}"; units allowed: {allowed}')
    try:
        return conversion(given, database_unit)
    except UnitError as error:
        raise UnitValueError(
            pointer, f'{what}: unit "{given}" is not allowed; units allowed: {allowed}'
        ) from error


def _significant_digits(entered: str) -> int:
    """Digits a plain decimal needs at least: "40.7" needs 3, "1200" 2 (its zeros may be padding)."""
    number = entered.lstrip("-")
    digits = number.replace(".", "").lstrip("0") if "." in number else number.strip("0")
    return max(1, len(digits))


def _check_trailing_zeros(value: dict[str, Any], database_unit: str | None, what: str) -> None:
    """Trailing-zero information: a unit the attribute accepts, figures its number can have."""
    if value["type"] == "range":
        found = [(f"/{key}", value.get(key)) for key in ("lowTrailingZeros", "highTrailingZeros")]
    else:
        found = [
            (f"/values/{i}/trailingZeros", e.get("trailingZeros"))
            for i, e in enumerate(value["values"])
        ]
    for pointer, info in found:
        if info is None:
            continue
        _import_conversion(info.get("enteredUnit"), database_unit, what, f"{pointer}/enteredUnit")
        entered, figures = info["enteredValue"], info["significantFigures"]
        if _significant_digits(entered) > figures:
            raise UnitValueError(
                f"{pointer}/significantFigures",
                f'{what}: "{entered}" has more significant digits than significantFigures {figures}',
            )


def to_database_units(
    value: dict[str, Any],
    *,
    attribute: str,
    database_unit: str | None,
    parameter_units: Mapping[str, str | None],
) -> dict[str, Any]:
    """An imported point or range value converted to the attribute's database units.

    Args:
        value: the imported value (without ``attribute``).
        attribute: the attribute's name, for messages.
        database_unit: the attribute's unit in the database.
        parameter_units: database unit of each defined parameter, by name.

    Raises:
        UnitValueError: a unit is unknown or of another dimension.
    """
    what = f'attribute "{attribute}"'
    value_conversion = _import_conversion(value.get("unit"), database_unit, what, "/unit")
    _check_trailing_zeros(value, database_unit, what)
    out = dict(value)
    out["unit"] = database_unit
    if value["type"] == "range":
        if value_conversion is not None:
            for bound in ("low", "high"):
                if out.get(bound) is not None:
                    out[bound] = value_conversion(out[bound])
        return out
    entries = []
    for index, entry in enumerate(value["values"]):
        converted = dict(entry)
        if value_conversion is not None:
            converted["value"] = value_conversion(entry["value"])
        parameters = []
        for p_index, parameter in enumerate(entry.get("parameters") or ()):
            name = parameter["name"]
            if name in parameter_units and isinstance(parameter.get("value"), int | float):
                stored_unit = parameter_units[name]
                parameter_conversion = _import_conversion(
                    parameter.get("unit"),
                    stored_unit,
                    f'{what}, parameter "{name}"',
                    f"/values/{index}/parameters/{p_index}/unit",
                )
                parameter = {**parameter, "unit": stored_unit}
                if parameter_conversion is not None:
                    parameter["value"] = parameter_conversion(parameter["value"])
            parameters.append(parameter)
        if "parameters" in entry:
            converted["parameters"] = parameters
        entries.append(converted)
    out["values"] = entries
    return out
