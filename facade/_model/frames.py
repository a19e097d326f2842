"""Records as rows: the cells of one record, shared by dataframes, Parquet export and HTML display.

One row per record holds its identifiers, name and release state, then one cell per scalar
attribute value. Point and range values go in columns named with their unit
(``Density [kg/m^3]``, ``Tensile strength low [MPa]``); a column's unit is also reported
separately so writers can keep it as metadata. Multi-valued and parameterized points have no
single cell: they are read in long form (one row per point) by ``point_rows``.

Nothing here imports pandas or pyarrow: these are plain dicts and lists that both build on.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .binary_values import BinaryType
from .functional import FunctionalValue
from .values import (
    AttributeDiscrete,
    AttributeHyperlink,
    AttributeInteger,
    AttributeLogical,
    AttributePoint,
    AttributeRange,
    AttributeValue,
)

if TYPE_CHECKING:  # records import the model modules this one reads
    from .record import Record

__all__ = [
    "RECORD_COLUMNS",
    "Cell",
    "column_name",
    "point_rows",
    "record_cells",
    "value_cells",
]

RECORD_COLUMNS: tuple[str, ...] = (
    "db_key",
    "table",
    "history_guid",
    "record_guid",
    "history_identity",
    "version_number",
    "name",
    "release_state",
)
"""The columns every row starts with, in this order."""

CELL_KINDS: dict[str, str] = {
    "point": "float",
    "range": "float",
    "integer": "int",
    "logical": "bool",
    "date": "date",
    "discrete": "str",
    "shortText": "str",
    "longText": "str",
    "hyperlink": "str",
    "file": "str",
    "picture": "str",
}
"""The type of the cells an attribute kind fills (files and pictures: their file name or URL)."""


@dataclass(frozen=True)
class Cell:
    """One cell of a row: its column name, the attribute it comes from, its unit and value."""

    column: str
    attribute: str
    unit: str | None
    value: Any


def column_name(attribute: str, unit: str | None, *, part: str | None = None) -> str:
    """The column of ``attribute`` (``part``: ``low``/``high`` of a range) with its unit.

    Args:
        attribute: The attribute name.
        unit: Its unit, or None when dimensionless.
        part: ``"low"`` or ``"high"`` for the bounds of a range, else None.

    Returns:
        For example ``Density [kg/m^3]`` or ``Tensile strength low [MPa]``.
    """
    name = f"{attribute} {part}" if part else attribute
    return f"{name} [{unit}]" if unit else name


def record_cells(record: Record) -> dict[str, Any]:
    """The identifier, name and release-state cells of ``record`` (see ``RECORD_COLUMNS``)."""
    state = record._release_state_if_known
    return {
        "db_key": record.db_key,
        "table": record.table_name,
        "history_guid": record.history_guid,
        "record_guid": record.record_guid,
        "history_identity": record.history_identity,
        "version_number": record.version_number,
        "name": record.name,
        "release_state": state.name if state is not None else None,
    }


def value_cells(value: AttributeValue) -> list[Cell]:
    """The cells one attribute value fills in a row (none for an empty value).

    A single number of a point fills one column, a range two (``low`` and ``high``), both
    named with their unit. A point with several values or with parameters fills none (see
    ``point_rows``). Multi-valued discrete values are joined with ``"; "``; a file or
    picture gives its file name, else its URL.

    Args:
        value: An attribute value of a record.

    Returns:
        Zero, one or two cells.
    """
    name = value.name
    if value.is_empty():
        return []
    if isinstance(value, AttributePoint):
        points = value.points
        if len(points) != 1 or points[0].parameters:
            return []
        return [Cell(column_name(name, value.unit), name, value.unit, points[0].value)]
    if isinstance(value, AttributeRange):
        return [
            Cell(column_name(name, value.unit, part="low"), name, value.unit, value.low),
            Cell(column_name(name, value.unit, part="high"), name, value.unit, value.high),
        ]
    if isinstance(value, BinaryType):
        label = getattr(value, "file_name", None) or value.url
        return [Cell(name, name, None, label)]
    if isinstance(value, AttributeDiscrete) and isinstance(value.value, tuple):
        return [Cell(name, name, None, "; ".join(value.value))]
    if isinstance(value, AttributeHyperlink | AttributeInteger | AttributeLogical):
        return [Cell(name, name, None, value.value)]
    data = value.value
    if isinstance(data, datetime.datetime):
        data = data.date()
    return [Cell(name, name, None, data)]


def point_rows(
    records: Iterable[Record], attribute: str
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """Long form of a point or functional attribute: one row per point.

    A point attribute gives ``point``, the value column and one column per parameter; a
    functional attribute the columns of its table view (``Y min``/``Y max`` with the y unit,
    x and the other parameters with theirs, ``Estimated point?``, ``Series number``).

    Args:
        records: The records to read (their attribute values must be fetched, or are
            fetched one record at a time).
        attribute: The name of a point or functional attribute.

    Returns:
        The rows (``name``, ``db_key``, ``history_guid``, ``record_guid``, ``attribute``,
        ``point``, then the data columns) and the unit of each column that has one.

    Raises:
        TypeError: ``attribute`` is not a str, or a record's value of it is neither a point
            nor a functional value.
    """
    if not isinstance(attribute, str) or not attribute:
        raise TypeError("attribute must be the name of an attribute (a non-empty str)")
    rows: list[dict[str, Any]] = []
    units: dict[str, str] = {}
    for record in records:
        value = record.attributes.get(attribute)
        if value is None or value.is_empty():
            continue
        first = {
            "name": record.name,
            "db_key": record.db_key,
            "history_guid": record.history_guid,
            "record_guid": record.record_guid,
            "attribute": attribute,
        }
        if isinstance(value, FunctionalValue):
            rows.extend(_functional_rows(value, first, units=units))
            continue
        if not isinstance(value, AttributePoint):
            raise TypeError(
                f"attribute {attribute!r} of {record!r} is a {value.kind} value; long form "
                "needs point or functional values"
            )
        value_column = column_name("value", value.unit)
        if value.unit:
            units[value_column] = value.unit
        for index, point in enumerate(value.points):
            row: dict[str, Any] = {**first, "point": index, value_column: point.value}
            for parameter in point.parameters:
                column = column_name(parameter.name, parameter.unit)
                if parameter.unit:
                    units[column] = parameter.unit
                row[column] = parameter.value
            rows.append(row)
    return rows, units


def _functional_rows(
    value: FunctionalValue, first: dict[str, Any], *, units: dict[str, str]
) -> list[dict[str, Any]]:
    view = value.table_view
    headers = view.column_headers
    data = view.table_view_with_series_number if view.with_series_numbers else view.table_view
    if value.unit:
        units[headers[0]] = units[headers[1]] = value.unit
    for name, parameter in value.parameters.items():
        unit = getattr(parameter, "unit", None)
        column = column_name(name, unit)
        if unit and column in headers:
            units[column] = unit
    return [
        {**first, "point": index, **dict(zip(headers, row, strict=True))}
        for index, row in enumerate(data)
    ]


def ordered_columns(first: Sequence[str], rows: Iterable[dict[str, Any]]) -> list[str]:
    """``first``, then every other key of ``rows`` in the order first seen."""
    seen = dict.fromkeys(first)
    for row in rows:
        for key in row:
            seen.setdefault(key)
    return list(seen)
