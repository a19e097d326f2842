"""Handlers of unit systems and equivalent units, and the unit selection of reads."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .._problems import Problem, json_response
from ..store import (
    DATABASE_UNIT_SYSTEM,
    UNIT_SYSTEMS,
    UnitError,
    UnitSelection,
    conversion,
    equivalent_units,
)
from ._call import Call, Handler
from ._common import database_key

__all__ = ["HANDLERS", "unit_selection"]


def unit_selection(system: Any, absolute: Any, *, pointer: str) -> UnitSelection:
    """The unit selection a read asked for; 404 names an unknown unit system."""
    name = DATABASE_UNIT_SYSTEM if system is None else str(system)
    if name not in UNIT_SYSTEMS:
        message = f"No unit system {name!r}; available: {', '.join(UNIT_SYSTEMS)}."
        raise Problem(404, message, errors=[{"pointer": pointer, "message": message}])
    return UnitSelection(name, bool(absolute))


async def list_unit_systems(call: Call) -> Response:
    database_key(call)
    return json_response(
        {"databaseUnitSystem": DATABASE_UNIT_SYSTEM, "unitSystems": list(UNIT_SYSTEMS)}
    )


async def list_equivalent_units(call: Call) -> Response:
    database_key(call)
    unit = str(call.query["unit"])
    try:
        symbols = equivalent_units(unit)
    except UnitError as error:
        message = f"No unit {unit!r}."
        raise Problem(
            404, message, errors=[{"pointer": "#/query/unit", "message": message}]
        ) from error
    equivalents = []
    for symbol in symbols:
        factor_offset = conversion(unit, symbol)
        equivalents.append(
            {"symbol": symbol, "factor": factor_offset.factor, "offset": factor_offset.offset}
        )
    return json_response({"unit": unit, "equivalents": equivalents})


HANDLERS: dict[str, Handler] = {
    "list_unit_systems": list_unit_systems,
    "list_equivalent_units": list_equivalent_units,
}
