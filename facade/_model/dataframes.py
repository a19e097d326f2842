"""Records as pandas DataFrames (pandas is the optional ``dataframe`` extra, imported on use).

``records_to_dataframe`` gives one row per record (wide form); ``functional_to_dataframe``
one row per point of a multi-valued or parameterized attribute (long form). Values that are
not fetched yet are fetched first, one batched request per table and batch of records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .frames import RECORD_COLUMNS, ordered_columns, point_rows, record_cells, value_cells
from .record import Record, check_records

if TYPE_CHECKING:  # pandas is optional and imported on use; tables import this module
    import pandas

    from .table import Table

__all__ = ["functional_to_dataframe", "records_to_dataframe"]


def import_pandas() -> Any:
    """The pandas module, or ImportError saying how to install it."""
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "dataframes need pandas: pip install 'servicelayer-sdk[dataframe]'"
        ) from None
    return pandas


def _check_attributes(attributes: object) -> list[str] | None:
    if attributes is None:
        return None
    if isinstance(attributes, str) or not isinstance(attributes, Iterable):
        raise TypeError("attributes must be a list of attribute names (or None for all)")
    names = list(attributes)
    for index, name in enumerate(names):
        if not isinstance(name, str) or not name:
            raise TypeError(f"attributes[{index}] must be an attribute name (a non-empty str)")
    return names


def fetch_missing(records: Sequence[Record], attributes: list[str] | None) -> None:
    """Fetch attribute values of the records that have none yet: one bulk fetch per table."""
    by_table: dict[Table, list[Record]] = defaultdict(list)
    for record in records:
        if record.exists_on_server and not record._attributes_fetched:
            by_table[record.table].append(record)
    for table, missing in by_table.items():
        table.bulk_fetch(missing, attributes=attributes)


def records_to_dataframe(
    records: Iterable[Record], attributes: Sequence[str] | None = None
) -> pandas.DataFrame:
    """One row per record: identifiers, name, release state and attribute values.

    Point and range values go in columns named with their unit (``Density [kg/m^3]``,
    ``Tensile strength low [MPa]`` / ``... high [MPa]``); ``df.attrs["units"]`` maps each
    such column to its unit. Multi-valued and parameterized points are left out of this
    wide form: ``functional_to_dataframe`` gives them one row per point.

    Records whose values were not fetched yet are fetched first (one batched request per
    table and batch). Records may come from several tables.

    Args:
        records: Records (a list, a ``BulkResult`` …).
        attributes: Attribute names to include, in this order; None for every attribute a
            record has.

    Returns:
        A ``pandas.DataFrame`` with the columns ``db_key``, ``table``, ``history_guid``,
        ``record_guid``, ``history_identity``, ``version_number``, ``name``,
        ``release_state``, then the attribute columns.

    Raises:
        ImportError: pandas is not installed (``servicelayer-sdk[dataframe]``).
        TypeError: ``records`` is not a collection of Record objects, or ``attributes`` is
            not a list of names.
        BulkOperationError: Some records' values could not be fetched.
    """
    pandas = import_pandas()
    chosen = _check_attributes(attributes)
    listed = check_records(records)
    fetch_missing(listed, chosen)
    rows: list[dict[str, Any]] = []
    units: dict[str, str] = {}
    for record in listed:
        row = record_cells(record)
        values = record.attributes
        for name in chosen if chosen is not None else list(values):
            value = values.get(name)
            for cell in value_cells(value) if value is not None else []:
                row[cell.column] = cell.value
                if cell.unit:
                    units[cell.column] = cell.unit
        rows.append(row)
    columns = ordered_columns(RECORD_COLUMNS, rows)
    frame = pandas.DataFrame.from_records(rows, columns=columns)
    frame.attrs["units"] = units
    return frame


def functional_to_dataframe(
    record_or_records: Record | Iterable[Record], attribute: str
) -> pandas.DataFrame:
    """Long form of a functional or multi-valued (parameterized) point attribute.

    One row per point. For a point attribute the columns are ``point`` (its index), the
    value column named with its unit (e.g. ``value [GPa]``) and one column per parameter
    (e.g. ``Temperature [degC]``). For a functional attribute they are the columns of its
    table view: ``Y min``/``Y max`` with the y unit, the x axis and the other parameters
    with their units, ``Estimated point?`` and, for series, ``Series number``.

    Args:
        record_or_records: One record or several.
        attribute: The attribute name.

    Returns:
        A ``pandas.DataFrame`` with ``name``, ``db_key``, ``history_guid``, ``record_guid``,
        ``attribute``, ``point``, then the data columns; ``df.attrs["units"]`` maps columns
        to units.

    Raises:
        ImportError: pandas is not installed.
        TypeError: A record's value of ``attribute`` is neither a point nor a functional
            value.
    """
    pandas = import_pandas()
    if isinstance(record_or_records, Record):
        listed = [record_or_records]
    else:
        listed = check_records(record_or_records)
    if not isinstance(attribute, str) or not attribute:
        raise TypeError("attribute must be the name of an attribute (a non-empty str)")
    fetch_missing(listed, [attribute])
    rows, units = point_rows(listed, attribute)
    first = ("name", "db_key", "history_guid", "record_guid", "attribute", "point")
    frame = pandas.DataFrame.from_records(rows, columns=ordered_columns(first, rows))
    frame.attrs["units"] = units
    return frame
