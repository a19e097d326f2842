"""Tabular (TABL) attribute values: rows of local and linked cells, edited cell by cell.

Updates keep row identities by default: rows are edited, appended or deleted and the server
applies the changes cell by cell. Swapping rows or relinking a row that was exported changes
what the row is, so those need ``enable_destructive_editing()`` first (ValueError otherwise).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .tabular_binary_cells import cell_class
from .tabular_cells import LinkedCell, LocalCell, TabularColumn
from .tabular_export import tabular_to_model
from .value_base import AttributeValue

if TYPE_CHECKING:  # annotations only: the record module imports the values
    from .record import Record

__all__ = ["AttributeTabular", "TabularRow"]

Cell = LocalCell | tuple[LinkedCell, ...]


class TabularRow:
    """One row of a tabular value: its cells, ``linking_value`` and lasting ``identity``.

    A linked column's cell is a tuple of linked cells, one per linked record.

    Rows come from a tabular value (``rows``, ``append_row``); they are not built by hand.

    Args:
        table: The tabular value the row belongs to.
        cells: One cell per column.
        identity: The row's id on the server (None for a new row).
        linking_value: The value the row links by (None: not linked).
    """

    def __init__(
        self,
        table: AttributeTabular,
        cells: Sequence[Cell],
        *,
        identity: int | None = None,
        linking_value: str | None = None,
    ) -> None:
        self._table = table
        self._cells = tuple(cells)
        self._identity = identity
        self._linking_value = linking_value

    @property
    def cells(self) -> tuple[Cell, ...]:
        """The cells, in column order (edit a local cell's ``value``; linked cells are read-only)."""
        return self._cells

    @property
    def cells_by_column(self) -> Mapping[str, Cell]:
        """The cells by column name."""
        return MappingProxyType(dict(zip(self._table.columns, self._cells, strict=True)))

    @property
    def identity(self) -> int | None:
        """The row's lasting id on the server (None until the row is written)."""
        return self._identity

    @property
    def is_exported(self) -> bool:
        """True for a row that came from the server."""
        return self._identity is not None

    @property
    def linking_value(self) -> str | None:
        """The value of the linking attribute this row links by (None: not linked)."""
        return self._linking_value

    def set_linking_value(self, value: str | None) -> None:
        """Link the row by ``value`` (None unlinks).

        Args:
            value: A value of the linking table's linking attribute, or None.

        Raises:
            ValueError: the table is not linked, or the row was exported and destructive
                editing is not enabled.
        """
        if value is not None and not isinstance(value, str):
            raise TypeError(f"a linking value is a str or None, not {type(value).__name__}")
        if self._table.linking_table is None:
            raise ValueError(f"tabular attribute {self._table.name!r} is not linked")
        if self.is_exported and value != self._linking_value:
            self._table.require_destructive_editing(f"relinking exported row {self._identity}")
        self._linking_value = value

    def values(self) -> tuple[Any, ...]:
        """The cells' Python values.

        Returns:
            One value per column (a tuple of the linked records' values for a linked column).
        """
        return tuple(
            tuple(c.value for c in cell) if isinstance(cell, tuple) else cell.value
            for cell in self._cells
        )

    def __repr__(self) -> str:
        link = f" linked by {self._linking_value!r}" if self._linking_value else ""
        return f"<TabularRow {self._identity}{link}: {self.values()!r}>"


class AttributeTabular(AttributeValue):
    """A tabular value: ``rows`` of cells under ``columns``; ``value`` is a read-only view.

    Args:
        name: The attribute's name.
        columns: The attribute's columns.
        linking_attribute: The short-text attribute of ``linking_table`` rows link by.
        linking_table: The table linked rows link to (None: purely local).
    """

    type = "TABL"
    kind = "tabular"

    def __init__(
        self,
        name: str,
        columns: Iterable[TabularColumn],
        *,
        linking_attribute: str | None = None,
        linking_table: str | None = None,
    ) -> None:
        if not isinstance(name, str) or not name:
            raise TypeError("an attribute value needs its attribute name (a non-empty str)")
        self.name = name
        self.definition = None
        self._is_applicable = True
        self._value = None
        self._columns = tuple(columns)
        self.linking_attribute = linking_attribute
        self.linking_table = linking_table
        self._rows: list[TabularRow] = []
        self._exported: Callable[[AttributeTabular], list[TabularRow]] | None = None
        self._linked_targets: dict[str, list[tuple[str, str]]] = {}
        self._linked_records: dict[str, list[Record]] | None = None
        self._record: Record | None = None
        self._destructive_allowed = False
        self._destructively_edited = False

    # --- loading ----------------------------------------------------------------------------

    def load_exported(
        self,
        rows: Callable[[AttributeTabular], list[TabularRow]],
        linked_targets: Mapping[str, list[tuple[str, str]]],
    ) -> None:
        """Set the exported state (what ``load`` goes back to).

        Args:
            rows: Builds fresh rows from the exported data.
            linked_targets: The linked records' (database key, history GUID) by linking value.
        """
        self._exported = rows
        self._linked_targets = {k: list(v) for k, v in linked_targets.items()}
        self.load()

    def bind_record(self, record: Record) -> None:
        """Attach the record this value was exported from (to resolve ``linked_records``).

        Args:
            record: The record holding this value.
        """
        self._record = record

    def load(self) -> None:
        """Go back to the exported data, discarding staged edits."""
        self._rows = self._exported(self) if self._exported is not None else []
        self._destructively_edited = False

    # --- reading ----------------------------------------------------------------------------

    @property
    def value(self) -> tuple[tuple[Any, ...], ...]:
        """The rows' cell values (read-only; edit ``rows``); ``()`` when there are no rows."""
        return tuple(row.values() for row in self._rows)

    @value.setter
    def value(self, value: Any) -> None:
        raise AttributeError(
            f"value of tabular attribute {self.name!r} is read-only: edit its rows' cells, "
            "append_row() or delete_row()"
        )

    def is_empty(self) -> bool:
        """Whether the table has no rows.

        Returns:
            True when there are no rows.
        """
        return not self._rows

    @property
    def rows(self) -> tuple[TabularRow, ...]:
        """The rows, in order."""
        return tuple(self._rows)

    @property
    def columns(self) -> list[str]:
        """The column names."""
        return [c.name for c in self._columns]

    @property
    def column_definitions(self) -> tuple[TabularColumn, ...]:
        """The columns with their type codes, units and whether they are linked."""
        return self._columns

    @property
    def column_types(self) -> list[str]:
        """Each column's 4-letter type code."""
        return [c.type_code for c in self._columns]

    @property
    def linked_columns(self) -> list[bool]:
        """For each column, True when its cells come from the linked records."""
        return [c.is_linked for c in self._columns]

    def _linked_record_keys(self) -> set[tuple[str, str]]:
        """(database key, history GUID) of every record the rows link to, as exported."""
        return {target for targets in self._linked_targets.values() for target in targets}

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns)."""
        return (len(self._rows), len(self._columns))

    @property
    def linked_records(self) -> dict[str, list[Record]]:
        """The linked records by linking value, as exported (not updated by local edits).

        Resolved on first use with one look-up; empty for a value not read from a record.
        """
        if self._linked_records is None:
            found: dict[str, list[Record]] = {}
            if self._record is not None and self._linked_targets:
                keys = [(k, t) for k, targets in self._linked_targets.items() for t in targets]
                records = self._record.database.get_records_by_ids(
                    [{"db_key": db_key, "hguid": hguid} for _, (db_key, hguid) in keys]
                )
                for (linking, _), record in zip(keys, records, strict=True):
                    if record is not None:
                        found.setdefault(linking, []).append(record)
            self._linked_records = found
        return dict(self._linked_records)

    # --- editing ----------------------------------------------------------------------------

    def append_row(self, linking_value: str | None = None) -> TabularRow:
        """Add an empty row at the end.

        Args:
            linking_value: The value the new row links by (linked tables only).

        Returns:
            The new row.

        Raises:
            ValueError: a linking value for a table that is not linked.
        """
        if linking_value is not None and self.linking_table is None:
            raise ValueError(f"tabular attribute {self.name!r} is not linked")
        cells: list[Cell] = [() if c.is_linked else cell_class(c)(c) for c in self._columns]
        row = TabularRow(self, cells, linking_value=linking_value)
        self._rows.append(row)
        return row

    def delete_row(self, index: int) -> None:
        """Remove a row (the server deletes it on update; not destructive).

        Args:
            index: The row's position.
        """
        del self._rows[index]

    def swap_rows(self, row1: int, row2: int) -> None:
        """Swap two rows (destructive: needs ``enable_destructive_editing()``).

        Args:
            row1: The first row's position.
            row2: The second row's position.

        Raises:
            ValueError: destructive editing is not enabled.
        """
        self.require_destructive_editing(f"swapping rows {row1} and {row2}")
        self._rows[row1], self._rows[row2] = self._rows[row2], self._rows[row1]

    def enable_destructive_editing(self) -> None:
        """Allow swapping rows and relinking exported rows on the next update."""
        self._destructive_allowed = True

    @property
    def is_destructive_editing_allowed(self) -> bool:
        """True after ``enable_destructive_editing()``."""
        return self._destructive_allowed

    @property
    def destructively_edited(self) -> bool:
        """True when a destructive edit is staged."""
        return self._destructively_edited

    def require_destructive_editing(self, action: str) -> None:
        """Record a destructive edit about to be made.

        Args:
            action: What is about to be done, for the error message.

        Raises:
            ValueError: destructive editing is not enabled (says how to enable it).
        """
        if not self._destructive_allowed:
            raise ValueError(
                f"{action} in tabular attribute {self.name!r} is a destructive edit: call "
                f"enable_destructive_editing() on the value first"
            )
        self._destructively_edited = True

    def show(self) -> None:
        """Print the table as text."""
        print(self.as_text())

    def as_text(self) -> str:
        """The table as aligned text.

        Returns:
            What ``show`` prints.
        """
        header = ["#", *(f"{c.name} [{c.unit}]" if c.unit else c.name for c in self._columns)]
        body = [
            [str(row.identity or "new"), *(_cell_text(v) for v in row.values())]
            for row in self._rows
        ]
        widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]
        lines = [
            " | ".join(t.ljust(w) for t, w in zip(r, widths, strict=True)) for r in [header, *body]
        ]
        lines.insert(1, "-+-".join("-" * w for w in widths))
        return "\n".join(lines)

    def _to_model(self) -> Any:
        return tabular_to_model(self)

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, AttributeTabular)
            and other.name == self.name
            and other._columns == self._columns
            and [(r.identity, r.linking_value, r.values()) for r in other._rows]
            == [(r.identity, r.linking_value, r.values()) for r in self._rows]
        )

    __hash__ = None

    def __repr__(self) -> str:
        linked = (
            f" linked to {self.linking_table} by {self.linking_attribute}"
            if self.linking_table
            else ""
        )
        return f"<AttributeTabular {self.name!r}: {len(self._rows)} rows x {self.columns}{linked}>"


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(_cell_text(v) for v in value)
    return str(value)
