"""Display units of a table: point and range attributes shown in a unit of the caller's choice.

``Table.set_display_unit("Young's modulus", "ksi")`` makes the definition's ``unit`` read
``ksi`` and converts the values of that attribute read from then on (the number, the bounds
and the unit; the precision they were entered with is unchanged). The unit system still
decides every other attribute; writing values and criteria searches are not affected.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .definitions import AttributeDefinition, AttributeDefinitionPoint, AttributeDefinitionRange
from .point_values import AttributePoint
from .values import AttributeRange, AttributeValue

if TYPE_CHECKING:  # the table imports this module; the name appears in annotations only
    from .table import Table

__all__ = ["DisplayUnits"]


class DisplayUnits:
    """The display unit chosen for each point or range attribute of one table."""

    __slots__ = ("_table", "_units")

    def __init__(self, table: Table) -> None:
        self._table = table
        self._units: dict[str, str] = {}

    def set(self, definition: AttributeDefinition, unit: str) -> None:
        """Show ``definition``'s values in ``unit``.

        Raises:
            TypeError: ``unit`` is not a str.
            ValueError: The attribute is not a point or range, or ``unit`` is not equivalent.
        """
        if not isinstance(definition, AttributeDefinitionPoint | AttributeDefinitionRange):
            raise ValueError(
                f"display units are for point and range attributes; {definition.name!r} is "
                f"{definition.type}"
            )
        if not isinstance(unit, str):
            raise TypeError(f"unit_symbol must be a str, not {type(unit).__name__}")
        definition.check_unit(unit)
        self._units[definition.name] = unit

    def reset(self, name: str) -> None:
        """Show the attribute's values in the unit system's unit again."""
        self._units.pop(name, None)

    def apply_to(self, definitions: Mapping[str, AttributeDefinition]) -> None:
        """Give each point and range definition its display unit (or its unit system's)."""
        for name, definition in definitions.items():
            if isinstance(definition, AttributeDefinitionPoint | AttributeDefinitionRange):
                definition._show_in(self._units.get(name))

    def convert(self, values: Mapping[str, AttributeValue]) -> None:
        """Convert the values read of attributes that have a display unit."""
        for name, unit in self._units.items():
            value = values.get(name)
            if not isinstance(value, AttributePoint | AttributeRange) or value.is_empty():
                continue
            shown = value.unit
            if shown is None or shown == unit:
                continue
            factors: dict[str, Any] = self._table.database.dimensionally_equivalent_units(shown)
            conversion = factors[unit]
            value._show_in(
                unit, factor=float(conversion["factor"]), offset=float(conversion["offset"])
            )
